import type { TypedDocumentString } from './gql/graphql';

/** One error of a GraphQL response, as the server formats it (see DESIGN.md, "Errors carry extensions.code"). */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** A refused or failed operation; `code` is the first error's extensions.code (NETWORK when the server is unreachable). */
export class ApiError extends Error {
  readonly code: string;
  readonly extensions: Record<string, unknown>;
  constructor(readonly errors: GqlError[]) {
    super(errors[0]?.message ?? 'request failed');
    this.name = 'ApiError';
    this.code = errors[0]?.extensions?.code ?? 'UNKNOWN';
    this.extensions = errors[0]?.extensions ?? {};
  }
}

let token: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setToken(value: string | null) {
  token = value;
}

export function getToken(): string | null {
  return token;
}

/** Called when the server says the session is no longer valid. */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

export const GRAPHQL_PATH = '/graphql';

/** Sends a generated, typed operation over HTTP. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError([{ message: 'network error', extensions: { code: 'NETWORK' } }]);
  }
  let body: { data?: TResult | null; errors?: GqlError[] } | null = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!body) throw new ApiError([{ message: `HTTP ${res.status}`, extensions: { code: res.status >= 500 ? 'NETWORK' : 'UNKNOWN' } }]);
  if (body.errors?.length) {
    const err = new ApiError(body.errors);
    if (err.code === 'UNAUTHENTICATED' && token) onUnauthenticated?.();
    throw err;
  }
  if (!body.data) throw new ApiError([{ message: 'empty response', extensions: { code: 'UNKNOWN' } }]);
  return body.data;
}
