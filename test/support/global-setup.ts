import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedStore } from '../../server/db/embedded-store';

/** The machine's PostgreSQL (CI makes sure it answers); override with GJ_TEST_SYSTEM_PG. */
export const SYSTEM_PG = process.env.GJ_TEST_SYSTEM_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Starts one embedded PostgreSQL for the whole run and checks the machine's PostgreSQL answers.
 * Every storage suite runs on both; a missing system PostgreSQL fails the run rather than skipping.
 */
export default async function globalSetup(): Promise<void> {
  // Suites that run the server as a separate process need dist/ to match the sources (incremental: ~1 s when current).
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: 'inherit',
  });
  if (Date.now() - started > 3000) console.log(`\nbuilt dist/ for process tests in ${Date.now() - started} ms`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongjian-test-'));
  const store = await startEmbeddedStore(dir);
  (globalThis as Record<string, unknown>).__gongjianStore = { store, dir };
  process.env.GJ_TEST_EMBEDDED_PG = store.url.replace(/\/gongjian$/, '/postgres');
  const client = new Client({ connectionString: SYSTEM_PG, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    await store.stop();
    throw new Error(
      `The machine's PostgreSQL does not answer at ${SYSTEM_PG} (${(err as Error).message}). ` +
        'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) — storage suites run on it and on the embedded one.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  process.env.GJ_TEST_SYSTEM_PG_URL = SYSTEM_PG;
}
