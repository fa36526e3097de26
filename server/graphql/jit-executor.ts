import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema, getVariableValues, printSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Executions of one operation with graphql-js before it is compiled. */
export const RUNS_BEFORE_COMPILING = 1;

type Entry = { runs: number; compiled?: CompiledQuery | ExecutionResult };

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
 * documents costs a graphql-js execution each, not a compilation. Compiled operations live as long
 * as Apollo keeps their parsed document (its document cache hands out the same object for the same
 * text). Subscriptions are served over WebSocket by graphql-js (see ws.ts), not here.
 *
 * Apollo takes a custom executor only through its gateway interface; the "gateway" here serves the
 * process's own schema and never changes it.
 */
export function jitGateway(schema: GraphQLSchema, onCompile?: () => void): GatewayInterface {
  const operations = new WeakMap<DocumentNode, Map<string, Entry>>();
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
          if (!entry.compiled && entry.runs++ >= RUNS_BEFORE_COMPILING) {
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
