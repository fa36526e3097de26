import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A PostgreSQL server the suites run against. */
export interface TestStore {
  name: 'embedded' | 'system';
  adminUrl: string;
}

/** Both stores: every storage suite is declared with `describe.each(STORES)`. */
export const STORES: TestStore[] = [
  { name: 'embedded', adminUrl: process.env.GJ_TEST_EMBEDDED_PG! },
  { name: 'system', adminUrl: process.env.GJ_TEST_SYSTEM_PG_URL! },
];

/** A throwaway database on a store; `drop` removes it (forcing out leftover sessions). */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(store: TestStore): Promise<TestDatabase> {
  if (!store.adminUrl) throw new Error(`store ${store.name} is not set up: run the tests through jest (global setup)`);
  const name = `gj_test_${randomBytes(6).toString('hex')}`;
  await admin(store.adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(store.adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(store.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
