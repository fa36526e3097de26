import net from 'node:net';
import { DataSource } from 'typeorm';
import { LiveClient, StateChange } from '../client/lib/live-client';
import { createDataSource, migrate } from '../server/db/data-source';
import { createServices, Services } from '../server/services';
import { encodeEventCursor } from '../server/services/event.service';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { TEST_JWT_SECRET } from './support/harness';
import { ServerProcess, startServerProcess } from './support/process';
import { createTestDatabase, STORES, TestDatabase } from './support/stores';
import { collect, expectExactly, headSeq, sleep, testClient, until } from './subscriptions-helpers';

const PLEDGE = 'mutation($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** One instance of the server as its own process, on a fixed port so it can come back on it. */
class Instance {
  proc: ServerProcess | null = null;
  constructor(
    readonly name: string,
    readonly port: number,
    private readonly dbUrl: string,
  ) {}
  get http() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }
  get ws() {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }
  async start() {
    this.proc = startServerProcess({ DATABASE_URL: this.dbUrl, JWT_SECRET: TEST_JWT_SECRET, PORT: String(this.port), LOG_LEVEL: 'warn' });
    await this.proc.waitFor(/GraphQL:\s+http:\/\/localhost:\d+/);
  }
  async kill(signal: NodeJS.Signals) {
    const p = this.proc;
    if (!p || p.child.exitCode !== null) return null;
    p.child.kill(signal);
    const code = await p.exited;
    this.proc = null;
    return code;
  }
  async gql<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
    const res = await fetch(this.http, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json() as Promise<{ data?: T; errors?: unknown[] }>;
  }
  async login(email: string) {
    const r = await this.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: PASSWORD });
    if (!r.data?.login) throw new Error(`login failed on ${this.name}: ${JSON.stringify(r.errors)}`);
    return r.data.login.token as string;
  }
}

describe.each(STORES)('subscriptions across server processes on the $name store', (store) => {
  let db: TestDatabase;
  let ds: DataSource;
  let services: Services;
  let f: AllianceFixture;
  let other: AllianceFixture;
  let pledgeable: Awaited<ReturnType<typeof createPledgeable>>;
  let a: Instance;
  let b: Instance;
  let repToken: string;
  const clients: LiveClient[] = [];
  const client = (url: string | string[], token: string) => {
    const c = testClient(url, token);
    clients.push(c);
    return c;
  };
  const head = () => headSeq((sql, p) => ds.query(sql, p), f.allianceUuid);
  const pledgeOn = async (inst: Instance) => {
    const r = await inst.gql(PLEDGE, { input: { requirementId: pledgeable.requirementId, resourceId: pledgeable.resource.nodeId, quantity: 1 } }, repToken);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };

  beforeAll(async () => {
    db = await createTestDatabase(store);
    ds = createDataSource({ url: db.url, poolSize: 5 });
    await ds.initialize();
    await migrate(ds);
    services = createServices(ds, TEST_JWT_SECRET);
    f = await createAllianceFixture(services, 'cluster');
    other = await createAllianceFixture(services, 'stranger');
    pledgeable = await createPledgeable(services, f, { capacity: 100_000, quantity: 100_000 });
    a = new Instance('A', await freePort(), db.url);
    b = new Instance('B', await freePort(), db.url);
    await Promise.all([a.start(), b.start()]);
    repToken = await a.login(f.emails.repA);
  }, 90_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await Promise.all([a?.kill('SIGKILL'), b?.kill('SIGKILL')]);
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  it('a subscriber on B sees pledges made on A, every one exactly once', async () => {
    const c = client(b.ws, await b.login(f.emails.viewer));
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected to B', () => c.state === 'connected');
    await sleep(200);
    await pledgeOn(a);
    await until('the pledge made on A', () => col.events.length === 1);
    expect(col.events[0].type).toBe('PLEDGE_CREATED');
    await Promise.all(Array.from({ length: 10 }, () => pledgeOn(a)));
    const end = await head();
    await until('all pledges', () => col.seqs().at(-1) === end);
    await sleep(200);
    expectExactly(col.seqs(), from, end);
  });

  it('after B is SIGKILLed and started again, the subscriber resumes with nothing lost or repeated', async () => {
    const c = client(b.ws, await b.login(f.emails.viewer));
    const states: StateChange[] = [];
    c.onState((s) => states.push(s));
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected to B', () => c.state === 'connected');
    for (let i = 0; i < 3; i++) await pledgeOn(a);
    await until('events before the kill', () => col.events.length === 3);

    await b.kill('SIGKILL');
    await until('the client notices', () => c.state === 'reconnecting');
    for (let i = 0; i < 5; i++) await pledgeOn(a);
    await b.start();
    for (let i = 0; i < 3; i++) await pledgeOn(a);
    const end = await head();
    await until('every event after the restart', () => col.seqs().at(-1) === end, 30_000);
    await sleep(300);
    expectExactly(col.seqs(), from, end);
    expect(states.filter((s) => s.state === 'connected').length).toBeGreaterThanOrEqual(2);
  });

  it('on SIGTERM A closes sockets with 1001 and exits; the client moves to B and resumes', async () => {
    const c = client([a.ws, b.ws], await a.login(f.emails.secretary));
    const states: StateChange[] = [];
    c.onState((s) => states.push(s));
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected to A', () => c.state === 'connected');
    expect(states.at(-1)!.url).toBe(a.ws);
    await pledgeOn(b);
    await until('first event', () => col.events.length === 1);

    const code = await a.kill('SIGTERM');
    expect(code).toBe(0);
    expect(states.some((s) => s.closeCode === 1001)).toBe(true);
    for (let i = 0; i < 4; i++) await pledgeOn(b);
    await until('connected to B', () => c.state === 'connected' && states.at(-1)!.url === b.ws);
    const end = await head();
    await until('every event', () => col.seqs().at(-1) === end);
    await sleep(200);
    expectExactly(col.seqs(), from, end);
    await a.start();
  });

  it('a stranger gets an error and nothing; an anonymous subscriber is refused', async () => {
    const stranger = client(b.ws, await b.login(other.emails.secretary));
    const col = collect(stranger, f.allianceId, null);
    await until('refusal', () => col.errors.length > 0);
    expect(col.errors[0].extensions?.code).toBe('NOT_FOUND');

    const anon = client(b.ws, '');
    const anonCol = collect(anon, f.allianceId, null);
    await until('anonymous refusal', () => anonCol.errors.length > 0);
    expect(anon.state).toBe('refused');

    await pledgeOn(a);
    await sleep(500);
    expect(col.events).toEqual([]);
    expect(anonCol.events).toEqual([]);
  });
});
