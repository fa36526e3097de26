import { ApolloServer, HeaderMap } from '@apollo/server';
import http from 'node:http';

/** Largest request body accepted on /graphql (the express path's `express.json({ limit })` is the same). */
export const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/** The JSON error body the server answers for requests it cannot read (same as express's error handler). */
export function badRequestBody(status: number): string {
  const tooLarge = status === 413;
  const message = tooLarge ? 'Request body too large' : status < 500 ? 'Bad request' : 'Internal server error';
  return JSON.stringify({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
}

function answer(res: http.ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** `application/json`, optionally with `charset=utf-8`, and no content encoding: the only bodies this path reads. */
function plainJson(req: http.IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type'];
  if (!type) return false;
  const [media, ...params] = type.split(';').map((p) => p.trim().toLowerCase());
  if (media !== 'application/json') return false;
  return params.every((p) => p === '' || p === 'charset=utf-8');
}

/** What the fast path needs from the app. */
export interface FastPathOptions<C extends object> {
  apollo: ApolloServer<C>;
  /** Gives the request its id and echoes it (shared with the express path), before anything is answered. */
  identify: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Runs `next` inside the request's statement tally (shared with the express path). */
  tallied: (req: http.IncomingMessage, next: () => void) => void;
  context: (req: http.IncomingMessage) => Promise<C>;
  onError: (err: unknown) => void;
}

/**
 * Serves `POST /graphql` with a plain JSON body straight from Node's request to Apollo, without
 * express: its router, body-parser (content negotiation, raw-body, iconv) and `res.send` (ETag)
 * were ≈ 7 % of a request's CPU in the benchmark profiles, more than Apollo's own pipeline. It reads
 * the body the way `express.json({ limit: '1mb' })` does (413 over the limit, 400 for malformed or
 * non-object JSON, `{}` for an empty body) and answers as express would otherwise. Any other request
 * — another method, path, content type, a charset other than UTF-8, an encoded body — returns false
 * and goes through express unchanged.
 */
export function graphqlFastPath<C extends object>(opts: FastPathOptions<C>) {
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const url = req.url ?? '';
    const q = url.indexOf('?');
    if (req.method !== 'POST' || (q < 0 ? url : url.slice(0, q)) !== '/graphql' || !plainJson(req)) return false;
    opts.identify(req, res);
    const declared = Number(req.headers['content-length']);
    if (declared > GRAPHQL_BODY_LIMIT) {
      req.resume();
      answer(res, 413, badRequestBody(413));
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > GRAPHQL_BODY_LIMIT) {
        refused = true;
        answer(res, 413, badRequestBody(413));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (refused) return;
      let body: unknown = {};
      if (size > 0) {
        try {
          body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
        } catch {
          body = undefined;
        }
        // body-parser's strict mode: only an object or an array at the top.
        if (typeof body !== 'object' || body === null) return answer(res, 400, badRequestBody(400));
      }
      opts.tallied(req, () => void execute(req, res, url, q, body));
    });
    return true;
  };

  async function execute(req: http.IncomingMessage, res: http.ServerResponse, url: string, q: number, body: unknown): Promise<void> {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await opts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
        context: () => opts.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      opts.onError(err);
      if (!res.headersSent) answer(res, 500, badRequestBody(500));
      else res.destroy();
    }
  }
}
