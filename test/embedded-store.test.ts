import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../server/db/embedded-store';
import { startServerProcess } from './support/process';

/** PIDs of postgres postmasters whose data directory is `dir`. */
function postmastersOn(dir: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes('postgres') && l.includes(` -D ${dir}`))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

async function login(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "wang.shuji@demo.gongjian.cn", password: "gongjian2026") { token } }',
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } } };
  return body.data!.login.token;
}

async function allianceCount(port: number, token: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ alliances(first: 10) { totalCount } }' }),
  });
  return ((await res.json()) as { data: { alliances: { totalCount: number } } }).data.alliances.totalCount;
}

describe('the embedded store, as `npm start` runs it', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongjian-start-'));
  afterAll(() => {
    for (const pid of postmastersOn(path.join(dataDir, 'pg'))) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on an empty DATA_DIR with demo data, survives a SIGKILL of the previous run, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const first = startServerProcess({ DATA_DIR: dataDir, PORT: String(port) });
    await first.waitFor(/Demo logins:[\s\S]*gongjian2026/, 60_000);
    expect(first.output()).toContain(`http://localhost:${port}/`);
    expect(first.output()).toMatch(/wang\.shuji@demo\.gongjian\.cn/);
    const token = await login(port);
    expect(await allianceCount(port, token)).toBe(1);

    // A crash leaves the postmaster running and holding the data directory.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(postmastersOn(path.join(dataDir, 'pg')).length).toBe(1);

    const port2 = await freePort();
    const second = startServerProcess({ DATA_DIR: dataDir, PORT: String(port2) });
    await second.waitFor(/is running/, 60_000);
    expect(second.output()).toMatch(/left running by an earlier run/);
    // Same data: the demo is not loaded twice, and the JWT secret kept in DATA_DIR still signs.
    expect(await allianceCount(port2, token)).toBe(1);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(postmastersOn(path.join(dataDir, 'pg'))).toEqual([]);
  }, 120_000);
});
