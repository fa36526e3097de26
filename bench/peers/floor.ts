import http from 'node:http';
import { Pool } from 'pg';
import { FLOOR_DASHBOARD, FLOOR_PROJECTS } from './sql';

/**
 * The floor: node's http, pg, and one hand-written json_agg statement per operation returning the
 * same JSON as Gongjian's GraphQL response (ids and cursors included). No GraphQL, no auth, no
 * validation: the least any server could do to answer (a) and (b).
 * POST /graphql with { operationName: 'Dashboard' | 'Projects', variables: { id, after } }.
 * Env: DATABASE_URL, PORT, POOL_SIZE. Prints `LISTENING <port>`.
 */

function uuidOf(globalId: string | null | undefined, prefix: string): string | null {
  if (!globalId) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  return raw.startsWith(prefix) ? raw.slice(prefix.length) : null;
}

export async function startFloor(opts: { url: string; port?: number; poolSize?: number }): Promise<{ port: number; close(): Promise<void> }> {
const pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 20 });
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const id = uuidOf(variables.id, 'Alliance:');
      let sql: string;
      let params: unknown[];
      if (operationName === 'Dashboard') [sql, params] = [FLOOR_DASHBOARD, [id]];
      else if (operationName === 'Projects') [sql, params] = [FLOOR_PROJECTS, [id, uuidOf(variables.after, 'c:')]];
      else {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unknown operation"}]}');
        return;
      }
      // pg returns the json column as text when asked to skip parsing: send it as it came.
      const r = await pool.query({ text: sql, values: params, types: { getTypeParser: () => (v: string) => v } as never });
      const body = r.rows[0].body as string;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
    }
  });
});

await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
return {
  port: (server.address() as { port: number }).port,
  async close() {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await pool.end().catch(() => undefined);
  },
};
}

if (require.main === module) {
  startFloor({ url: process.env.DATABASE_URL!, port: Number(process.env.PORT ?? 0), poolSize: Number(process.env.POOL_SIZE ?? 20) }).then((f) => {
    process.stdout.write(`LISTENING ${f.port}\n`);
    process.on('SIGTERM', () => void f.close().then(() => process.exit(0)));
  });
}
