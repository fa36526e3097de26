import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  GraphQLOutputType,
  valueFromASTUntyped,
} from 'graphql';
import { ErrorCode } from '../errors';

/** Rows an operation may plan to touch, counting each connection page at its `first`. */
export const MAX_ESTIMATED_ROWS = 25_000;
/** Assumed length of a plain list field (requirements, needs of a project…: small by nature). */
const LIST_GUESS = 10;
const DEFAULT_FIRST = 20;

function unwrapList(type: GraphQLOutputType): boolean {
  const t = isNonNullType(type) ? type.ofType : type;
  return isListType(t);
}

/**
 * Estimates how many objects an operation can return, with its variables: every connection field
 * multiplies what lies under it by its `first` (a literal or a variable; graphql-armor's cost rule
 * runs before variables are known and would let `first: $n` through), plain lists by a small guess.
 */
export function estimateRows(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const cost = (set: SelectionSetNode, parent: GraphQLObjectType | null, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        const t = schema.getType(frag.typeCondition.name.value);
        total += cost(frag.selectionSet, isObjectType(t) ? t : parent, new Set([...seen, frag.name.value]));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += cost(sel.selectionSet, isObjectType(t) ? t : parent, seen);
      } else {
        total += fieldCost(sel, parent, seen);
      }
    }
    return total;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLObjectType | null, seen: Set<string>): number => {
    if (!field.selectionSet) return 0;
    const def = parent?.getFields()[field.name.value];
    const named = def ? getNamedType(def.type) : null;
    const childType = named && isObjectType(named) ? named : null;
    let multiplier = 1;
    if (named && named.name.endsWith('Connection')) {
      const arg = field.arguments?.find((a) => a.name.value === 'first');
      const raw = arg ? valueFromASTUntyped(arg.value, variables ?? undefined) : DEFAULT_FIRST;
      multiplier = typeof raw === 'number' && raw >= 0 ? raw : DEFAULT_FIRST;
    } else if (def && unwrapList(def.type) && !(field.name.value === 'edges' && parent?.name.endsWith('Connection'))) {
      // A connection's edges are already counted by its `first`.
      multiplier = LIST_GUESS;
    }
    // Abstract types (Node) are costed through their inline fragments' object types.
    const inner = cost(field.selectionSet, childType, seen);
    return 1 + multiplier * inner;
  };

  return cost(operation.selectionSet, root, new Set());
}

/** The refusal for an operation over the estimate, or null. */
export function rowLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const rows = estimateRows(schema, document, operationName, variables);
  if (rows <= MAX_ESTIMATED_ROWS) return null;
  return new GraphQLError(
    `This query could return about ${Math.round(rows)} objects; the limit is ${MAX_ESTIMATED_ROWS}. Ask for smaller pages (first) or fewer nested lists.`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'first', http: { status: 400 } } },
  );
}
