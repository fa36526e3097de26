import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { DocumentNode, GraphQLError, specifiedRules, ValidationRule } from 'graphql';
import { rowLimitError } from './query-cost';

/**
 * Query limits tuned to this schema. The dashboards' deepest real query (alliance → projects →
 * edges → node → requirements → pledges → edges → node → organization → name) is 10 levels deep;
 * these bounds leave room for that and refuse abusive shapes (a 40-deep query, thousands of aliases,
 * a megabyte of tokens). graphql-armor's cost rule multiplies only literal `first` values, so it is a
 * coarse first gate; the row estimate in query-cost.ts, which sees the variables, is the real bound.
 */
export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 50,
  maxDirectives: 30,
  maxTokens: 5000,
  maxCost: 100_000,
} as const;

function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: !production },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: !production },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: !production },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: !production },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1,
      ignoreIntrospection: true,
      exposeLimits: !production,
    },
    // Field suggestions ("Did you mean …?") reveal the schema; production hides them.
    blockFieldSuggestion: { enabled: production },
  });
}

/** Apollo plugins and validation rules that enforce the limits over HTTP. */
export function httpProtection(production: boolean) {
  const { plugins, validationRules } = armor(production).protect();
  const rowLimit: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const refusal = rowLimitError(schema, document, operationName, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
  return { plugins: [...plugins, rowLimit], validationRules };
}

/** The validation rules (GraphQL's own plus the limits) for operations arriving over WebSocket. */
export function wsValidationRules(production: boolean): ValidationRule[] {
  return [...specifiedRules, ...armor(production).protect().validationRules];
}

/**
 * Parses a WebSocket operation with the token limit (Apollo applies it over HTTP through its parser
 * plugin). Returns the document, or the refusal — too many tokens or a syntax error, which graphql-ws
 * would otherwise answer by dropping the whole connection.
 */
export function parseWithTokenLimit(source: string, production: boolean): DocumentNode | GraphQLError[] {
  try {
    return new MaxTokensParserWLexer(source, { n: QUERY_LIMITS.maxTokens, exposeLimits: !production }).parseDocument();
  } catch (err) {
    return [err instanceof GraphQLError ? err : new GraphQLError('The operation could not be parsed')];
  }
}
