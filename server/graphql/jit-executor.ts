import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  BREAK,
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  getVariableValues,
  Kind,
  printSchema,
  visit,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Executions of one operation with graphql-js before it is compiled. */
export const RUNS_BEFORE_COMPILING = 1;
/** Most compilations per minute in a process (a burst of up to as many); the rest wait on graphql-js. */
export const COMPILES_PER_MINUTE = 60;

type Entry = { runs: number; compilable?: boolean; compiled?: CompiledQuery | ExecutionResult };

/** Literal argument values graphql-jit may see: none of them can carry text into its generated code. */
const SAFE_LITERALS = new Set<string>([Kind.VARIABLE, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL]);

/**
 * Whether a document is one graphql-jit handles as graphql-js does, and safely. graphql-jit 0.8.9
 * writes literal arguments into the JavaScript it generates, and a crafted string literal there
 * becomes code (its date marker is expanded without escaping); it reads variables nested in inline
 * input objects without their defaults or non-null checks; and it records `@skip`/`@include` on the
 * shared fragment nodes, so one use of a fragment changes the others. So only documents whose
 * arguments are variables or number, boolean, enum and null literals, with no directives and no
 * variable defaults, are compiled: what the dashboard and other clients send (values in variables).
 * Everything else always runs on graphql-js.
 */
export function isCompilable(document: DocumentNode): boolean {
  let ok = true;
  visit(document, {
    Argument(node) {
      if (!SAFE_LITERALS.has(node.value.kind)) {
        ok = false;
        return BREAK;
      }
      return undefined;
    },
    Directive() {
      ok = false;
      return BREAK;
    },
    VariableDefinition(node) {
      if (node.defaultValue) {
        ok = false;
        return BREAK;
      }
      return undefined;
    },
  });
  return ok;
}

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the thrown error has none, which
 * Apollo's error formatting does not expect: each is rebuilt as graphql-js builds it (same message,
 * path, locations and original error, so domain codes are kept).
 */
function asGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const rebuilt = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    (rebuilt as { locations?: GraphQLError['locations'] }).locations = e.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/**
 * Apollo's executor for queries and mutations over HTTP: an operation (a parsed document and an
 * operation name) that comes again is compiled by graphql-jit into a function that resolves exactly
 * that selection, and runs as that function from then on. graphql-js instead walks the document for
 * every request, coercing each field's arguments and building its path and result map for every row:
 * in the dashboard's profile that was a quarter of the server's allocations and most of its time
 * outside the database driver. The resolvers, the context, the validation (Apollo's, before this)
 * and the error formatting are the same either way.
 *
 * An operation is compiled on its second run, not its first, so that a client sending ever-new
 * documents costs a graphql-js execution each, not a compilation, and at most COMPILES_PER_MINUTE
 * are compiled in a minute (beyond that they run on graphql-js until there is room); documents
 * graphql-jit cannot be trusted with (isCompilable) never are. Compiled operations live as long
 * as Apollo keeps their parsed document (its document cache hands out the same object for the same
 * text). Subscriptions are served over WebSocket by graphql-js (see ws.ts), not here.
 *
 * Apollo takes a custom executor only through its gateway interface; the "gateway" here serves the
 * process's own schema and never changes it.
 */
export function jitGateway(schema: GraphQLSchema, onCompile?: () => void): GatewayInterface {
  const operations = new WeakMap<DocumentNode, Map<string, Entry>>();
  let budget = COMPILES_PER_MINUTE;
  let refilledAt = Date.now();
  const mayCompile = () => {
    const t = Date.now();
    budget = Math.min(COMPILES_PER_MINUTE, budget + ((t - refilledAt) / 60_000) * COMPILES_PER_MINUTE);
    refilledAt = t;
    if (budget < 1) return false;
    budget -= 1;
    return true;
  };
  const entryFor = (document: DocumentNode, operationName: string | null): Entry => {
    let perDocument = operations.get(document);
    if (!perDocument) operations.set(document, (perDocument = new Map()));
    const key = operationName ?? '';
    let entry = perDocument.get(key);
    if (!entry) perDocument.set(key, (entry = { runs: 0 }));
    return entry;
  };
  return {
    async load() {
      return {
        executor: async ({ document, operation, operationName, context, request }) => {
          const variableValues = request.variables ?? {};
          const entry = entryFor(document, operationName);
          entry.compilable ??= isCompilable(document);
          if (!entry.compiled && entry.compilable && entry.runs++ >= RUNS_BEFORE_COMPILING && mayCompile()) {
            entry.compiled = compileQuery(schema, document, operationName ?? undefined);
            onCompile?.();
          }
          const compiled = entry.compiled;
          if (!compiled) return execute({ schema, document, contextValue: context, variableValues, operationName });
          // Compilation reports what graphql-js would have (an operation that cannot be run).
          if (!isCompiledQuery(compiled)) return compiled;
          // Variables are coerced by graphql-js, as on a first run: the same refusals (and Apollo's 400
          // and BAD_USER_INPUT for them), and input-field defaults applied, which graphql-jit's own
          // coercion misses for a non-null field with a default. The compiled query coerces the
          // result again, which changes nothing in this schema: every enum's value is its name, and
          // its two custom scalars (DateTimeISO, JSONObject) accept their own parsed values.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
          if (coerced.errors) return { errors: coerced.errors };
          return asGraphQLJsErrors(await compiled.query(undefined, context, coerced.coerced));
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
