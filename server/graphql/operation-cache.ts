import { DocumentNode, GraphQLError, GraphQLSchema, validate, ValidationRule } from 'graphql';
import { parseWithTokenLimit } from './limits';

/** Operation texts longer than this are parsed and validated every time, never kept. */
const MAX_CACHED_SOURCE = 16 * 1024;

/**
 * Parsed operations by text, and their validation verdicts by document, for the WebSocket server.
 *
 * Every wall screen subscribes with the same few operations, and a reconnect storm (a deploy, a
 * network blip) sends them thousands of times at once: parsing each twice (token limit, then
 * graphql-ws) and validating it with every rule was about half of the server's CPU per subscriber in a
 * storm of 3,000 identical subscriptions (2.1 ms, 1.1–1.3 ms with this cache). A verdict depends only on the
 * schema, the rules and the document, all fixed for one server, so a kept verdict is the verdict.
 * What depends on the variables (the row estimate) is still checked on every subscribe, by the caller.
 * Apollo keeps parsed and validated documents the same way over HTTP.
 */
export class OperationCache {
  /** Least recently used first (a Map keeps insertion order; a hit moves its entry to the end). */
  private readonly parsed = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private readonly verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly production: boolean,
    private readonly maxEntries = 500,
  ) {}

  /** The operation's document (parsed under the token limit), or its refusal: too many tokens, a syntax error. */
  parse(source: string): DocumentNode | readonly GraphQLError[] {
    const held = this.parsed.get(source);
    if (held !== undefined) {
      this.parsed.delete(source);
      this.parsed.set(source, held);
      return held;
    }
    const result = parseWithTokenLimit(source, this.production);
    if (source.length <= MAX_CACHED_SOURCE) {
      if (this.parsed.size >= this.maxEntries) this.parsed.delete(this.parsed.keys().next().value as string);
      this.parsed.set(source, result);
    }
    return result;
  }

  /** The validation errors of a document under this server's schema and rules (none: valid). */
  validate(document: DocumentNode): readonly GraphQLError[] {
    let verdict = this.verdicts.get(document);
    if (!verdict) this.verdicts.set(document, (verdict = validate(this.schema, document, this.rules)));
    return verdict;
  }
}

/** Whether a parse result is a document (not a refusal). */
export function isDocument(result: DocumentNode | readonly GraphQLError[]): result is DocumentNode {
  return !Array.isArray(result);
}
