import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The entity properties a selection reads, sorted; null when it may read any of them (the full row).
 * `id` is always among them.
 */
export type Columns = readonly string[] | null;

/** What one GraphQL field of a projectable type reads from its entity row. */
interface FieldReads {
  reads: readonly string[];
  /** A field answered by another table's row found through this foreign key (a page can join it in). */
  ref?: { type: string; foreignKey: string };
}

const plain = (...reads: string[]): FieldReads => ({ reads });

/**
 * What each field of the types a page may load partially reads from the row: plain columns, getters
 * (`id` reads `id` through `nodeId`, `available` reads two counters) and field resolvers (the columns
 * they hand to loaders or access checks). A field that is not listed — a new field resolver, say —
 * makes the selection need the full row, so forgetting an entry costs speed, never correctness. The
 * projection test checks every entry against the answer computed from full rows.
 */
const READS: Record<string, Record<string, FieldReads>> = {
  Pledge: {
    id: plain('id'),
    quantity: plain('quantity'),
    deliveredQuantity: plain('deliveredQuantity'),
    status: plain('status'),
    note: plain('note'),
    reason: plain('reason'),
    createdAt: plain('createdAt'),
    updatedAt: plain('updatedAt'),
    organization: { reads: ['organizationId'], ref: { type: 'Organization', foreignKey: 'organizationId' } },
    resource: { reads: ['resourceId'], ref: { type: 'Resource', foreignKey: 'resourceId' } },
    requirement: plain('requirementId'),
    project: plain('projectId'),
    pledgedBy: plain('pledgedById'),
  },
  Organization: {
    id: plain('id'),
    name: plain('name'),
    kind: plain('kind'),
    sector: plain('sector'),
    partyOrgName: plain('partyOrgName'),
    status: plain('status'),
    joinedAt: plain('joinedAt'),
    // The connections check the viewer's access to the organization's alliance before loading by id.
    resources: plain('id', 'allianceId'),
    pledges: plain('id', 'allianceId'),
    members: plain('id', 'allianceId'),
  },
  Resource: {
    id: plain('id'),
    kind: plain('kind'),
    name: plain('name'),
    unit: plain('unit'),
    capacity: plain('capacity'),
    pledged: plain('pledged'),
    available: plain('capacity', 'pledged'),
    description: plain('description'),
    createdAt: plain('createdAt'),
    updatedAt: plain('updatedAt'),
    organization: plain('organizationId'),
    pledges: plain('id', 'allianceId'),
  },
};

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The fields of a selection set, with fragments (named and inline) flattened. Type conditions and
 * @include/@skip are ignored: taking every field that could apply reads a superset, which is safe.
 */
function collectFields(set: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[], seen = new Set<string>()): FieldNode[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) collectFields(sel.selectionSet, fragments, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag: FragmentDefinitionNode | undefined = fragments[sel.name.value];
      collectFields(frag?.selectionSet, fragments, out, seen);
    }
  }
  return out;
}

/** The sub-fields selected under some fields (their selections merged, as graphql-js merges them). */
function subFields(nodes: readonly FieldNode[], fragments: Fragments): FieldNode[] {
  const out: FieldNode[] = [];
  for (const n of nodes) collectFields(n.selectionSet, fragments, out);
  return out;
}

const finish = (reads: Set<string>): Columns => [...reads.add('id')].sort();

/** What the given fields (all selected on a `type` object) read from its row. */
function columnsOf(type: string, fields: readonly FieldNode[]): Columns {
  const table = READS[type];
  if (!table) return null;
  const reads = new Set<string>();
  for (const f of fields) {
    if (f.name.value === '__typename') continue;
    const entry = Object.prototype.hasOwnProperty.call(table, f.name.value) ? table[f.name.value] : undefined;
    if (!entry) return null;
    for (const r of entry.reads) reads.add(r);
  }
  return finish(reads);
}

/** What a page of `type` rows, and each table it can join in by foreign key, must carry. */
export interface PageColumns {
  own: Columns;
  /** foreign key → what the joined row must carry (a key that is absent: nothing selected reads it). */
  refs: ReadonlyMap<string, Columns>;
  /** A stable signature, part of the page loader's cache and batch keys. */
  key: string;
}

/** The columns of one selection, memoised by its first field node (a node of a cached, parsed document). */
function memoised<T>(cache: WeakMap<FieldNode, T>, info: GraphQLResolveInfo, compute: () => T): T {
  // Several nodes for one response key (merged fields) are rare; they are computed each time.
  if (info.fieldNodes.length !== 1) return compute();
  const node = info.fieldNodes[0];
  let v = cache.get(node);
  if (v === undefined) cache.set(node, (v = compute()));
  return v;
}

const pageCache = new WeakMap<FieldNode, PageColumns>();
const rowCache = new WeakMap<FieldNode, Columns>();

/**
 * The columns a connection field's nodes (`edges { node { … } }`) read, for a connection of `type`,
 * and for every field of theirs that is answered by a joinable row (`ref`), what that row's fields read.
 */
export function pageColumns(info: GraphQLResolveInfo, type: string): PageColumns {
  return memoised(pageCache, info, () => {
    const edges = subFields(info.fieldNodes, info.fragments).filter((f) => f.name.value === 'edges');
    const nodes = subFields(edges, info.fragments).filter((f) => f.name.value === 'node');
    const fields = subFields(nodes, info.fragments);
    // foreign key → the joined row's type and every field (aliases included) answered by it
    const byKey = new Map<string, { type: string; fields: FieldNode[] }>();
    for (const f of fields) {
      const ref = READS[type]?.[f.name.value]?.ref;
      if (!ref) continue;
      const entry = byKey.get(ref.foreignKey);
      if (entry) entry.fields.push(f);
      else byKey.set(ref.foreignKey, { type: ref.type, fields: [f] });
    }
    const own = columnsOf(type, fields);
    const refs = new Map<string, Columns>();
    for (const [fk, ref] of byKey) refs.set(fk, columnsOf(ref.type, subFields(ref.fields, info.fragments)));
    // Prefixed, so that no selection's key equals the whole-row key of a page asked for without columns.
    const key = ['cols', own?.join(',') ?? '*', ...[...refs].sort(([a], [b]) => a.localeCompare(b)).map(([fk, c]) => `${fk}:${c?.join(',') ?? '*'}`)].join('|');
    return { own, refs, key };
  });
}

/** The columns a field returning one `type` object reads from that object's row (e.g. a pledge's organization). */
export function rowColumns(info: GraphQLResolveInfo, type: string): Columns {
  return memoised(rowCache, info, () => columnsOf(type, subFields(info.fieldNodes, info.fragments)));
}

/** The fields whose reads are listed, per GraphQL type (what the projection test walks through). */
export const PROJECTABLE: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(READS).map(([type, fields]) => [type, Object.keys(fields)]),
);
