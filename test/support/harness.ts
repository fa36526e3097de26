import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp, GongjianServer } from '../../server/app';
import { createDataSource, migrate } from '../../server/db/data-source';
import { createLogger } from '../../server/logger';
import { createServices, Services } from '../../server/services';
import { createTestDatabase, TestDatabase, TestStore } from './stores';

export const TEST_JWT_SECRET = 'test-secret-of-sufficient-length';

/** A GraphQL response as the server sent it, plus what tests read from headers. */
export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; locations?: { line: number; column: number }[]; extensions?: Record<string, any> }[];
  statements: number;
}

/** A real server (HTTP and WS) on a fresh database of one store. */
export interface TestServer {
  url: string;
  wsUrl: string;
  ds: DataSource;
  services: Services;
  db: TestDatabase;
  server: GongjianServer;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the app in-process on a random port against a new database of `store`. */
export async function startTestServer(
  store: TestStore,
  opts: { production?: boolean; /** serve the built dashboard (client/dist) at `/`, as main.ts does */ clientDir?: string } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(store);
  const ds = createDataSource({ url: db.url, poolSize: 30 });
  await ds.initialize();
  await migrate(ds);
  const services = createServices(ds, TEST_JWT_SECRET);
  const log = createLogger({ production: false, level: process.env.LOG_LEVEL ?? 'fatal' });
  const server = await createApp({ ds, services, production: opts.production ?? false, log, clientDir: opts.clientDir });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResponse['errors'] };
    return { status: res.status, ...body, statements: Number(res.headers.get('x-sql-statements') ?? NaN) };
  };
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    ds,
    services,
    db,
    server,
    gql,
    async login(email, password) {
      const r = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async close() {
      await server.close();
      await ds.destroy();
      await db.drop();
    },
  };
}
