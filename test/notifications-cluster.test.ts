import net from 'node:net';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../server/db/data-source';
import { ChannelKind, NotificationLanguage } from '../server/domain/notification.enums';
import { createServices, Services } from '../server/services';
import { AllianceFixture, createAllianceFixture, PASSWORD } from './support/fixtures';
import { TEST_JWT_SECRET } from './support/harness';
import { ServerProcess, startServerProcess } from './support/process';
import { eventually, Robots } from './support/robots';
import { createTestDatabase, STORES, TestDatabase } from './support/stores';

/**
 * The dispatcher across real server processes on one PostgreSQL: a process killed while a robot
 * holds its request (the message is delivered once, by the restarted process, after the lease), and
 * two processes racing for the same outbox rows (every message exactly once at every robot).
 */
const NEED = 'mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { id } }';

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

const LEASE_MS = 3_000;

class Instance {
  proc: ServerProcess | null = null;
  constructor(
    readonly port: number,
    private readonly dbUrl: string,
  ) {}
  async start() {
    this.proc = startServerProcess({
      DATABASE_URL: this.dbUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(this.port),
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://gongjian.test',
      NOTIFY_POLL_MS: '50',
      NOTIFY_LEASE_MS: String(LEASE_MS),
      NOTIFY_BACKOFF_MS: '100',
      NOTIFY_MAX_BACKOFF_MS: '400',
      NOTIFY_TIMEOUT_MS: '1000',
      NOTIFY_CONCURRENCY: '4',
      NOTIFY_KEY: '',
    });
    await this.proc.waitFor(/GraphQL:\s+http:\/\/localhost:\d+/);
  }
  async kill(signal: NodeJS.Signals) {
    const p = this.proc;
    if (!p || p.child.exitCode !== null) return;
    p.child.kill(signal);
    await p.exited;
    this.proc = null;
  }
  async gql(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: unknown[] }> {
    const res = await fetch(`http://127.0.0.1:${this.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json() as Promise<{ data?: any; errors?: unknown[] }>;
  }
  async login(email: string): Promise<string> {
    const r = await this.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: PASSWORD });
    return r.data.login.token;
  }
}

describe.each(STORES)('notification delivery across processes on $name', (store) => {
  let db: TestDatabase;
  let ds: DataSource;
  let services: Services;
  let robots: Robots;
  const instances: Instance[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(store);
    ds = createDataSource({ url: db.url, poolSize: 5 });
    await ds.initialize();
    await migrate(ds);
    // Same JWT_SECRET and no NOTIFY_KEY: the processes derive the same key and can open the channel secrets sealed here.
    services = createServices(ds, TEST_JWT_SECRET);
    robots = await Robots.start();
  });
  afterAll(async () => {
    for (const i of instances) await i.kill('SIGKILL');
    await robots?.close();
    await ds?.destroy();
    await db?.drop();
  });

  async function channels(fx: AllianceFixture, tag: string) {
    const ids = { wecom: `${tag}-wecom`, ding: `${tag}-ding`, feishu: `${tag}-feishu` };
    const base = { allianceId: fx.allianceId, eventTypes: ['NEED_RAISED' as never], language: NotificationLanguage.ZH };
    await services.notifications.addChannel(fx.viewers.secretary, { ...base, kind: ChannelKind.WECOM, name: '企业微信群', webhookUrl: robots.wecomUrl(ids.wecom) });
    await services.notifications.addChannel(fx.viewers.secretary, { ...base, kind: ChannelKind.DINGTALK, name: '钉钉群', webhookUrl: robots.dingtalkUrl(ids.ding, `SEC-${tag}`), secret: `SEC-${tag}` });
    await services.notifications.addChannel(fx.viewers.secretary, { ...base, kind: ChannelKind.FEISHU, name: '飞书群', webhookUrl: robots.feishuUrl(ids.feishu, `fs-${tag}`), secret: `fs-${tag}` });
    return ids;
  }

  it('a process killed mid-delivery: the restarted one delivers after the lease, once', async () => {
    const fx = await createAllianceFixture(services, `restart-${store.name}`);
    const ids = await channels(fx, `restart-${store.name}`);
    robots.behave(ids.wecom, { hang: true });
    const a = new Instance(await freePort(), db.url);
    instances.push(a);
    await a.start();
    const token = await a.login(fx.emails.secretary);
    const r = await a.gql(NEED, { input: { allianceId: fx.allianceId, title: '加装电梯协调', description: '', category: 'OTHER' } }, token);
    expect(r.errors).toBeUndefined();
    const text = `【测试大工委 restart-${store.name}】登记需求「加装电梯协调」\n查看：http://gongjian.test/needs`;
    await eventually(() => robots.messages(ids.ding).length === 1 && robots.messages(ids.feishu).length === 1, 15_000, 'the other robots');
    await eventually(async () => (await ds.query(`SELECT count(*)::int n FROM notification_outbox WHERE status = 'SENDING'`))[0].n === 1, 15_000, 'the held delivery');
    // Kill the process while the WeCom robot is holding its request.
    await a.kill('SIGKILL');
    await eventually(() => robots.aborted.some((x) => x.id === ids.wecom), 5_000, 'the robot to see the connection drop');
    expect(robots.messages(ids.wecom)).toEqual([]);
    robots.behave(ids.wecom, { hang: false });

    const killedAt = Date.now();
    const a2 = new Instance(a.port, db.url);
    instances.push(a2);
    await a2.start();
    await eventually(() => robots.messages(ids.wecom).length === 1, 20_000, 'redelivery after the restart');
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(LEASE_MS - 500); // not before the lease ran out
    await new Promise((res) => setTimeout(res, 1_000));
    for (const id of Object.values(ids)) expect(robots.messages(id).map((m) => m.text)).toEqual([text]);
    const [row] = await ds.query(
      `SELECT o.status, o.attempts FROM notification_outbox o JOIN notification_channels c ON c.id = o.channel_id WHERE c.name = '企业微信群' AND c.alliance_id = $1`,
      [fx.allianceUuid],
    );
    expect(row).toEqual({ status: 'SENT', attempts: 2 });
    await a2.kill('SIGTERM');
  });

  it('two processes racing for the same outbox rows: every message reaches every robot exactly once', async () => {
    const fx = await createAllianceFixture(services, `race-${store.name}`);
    const ids = await channels(fx, `race-${store.name}`);
    for (const id of Object.values(ids)) robots.behave(id, { delayMs: 15 });
    const [a, b] = [new Instance(await freePort(), db.url), new Instance(await freePort(), db.url)];
    instances.push(a, b);
    await a.start();
    await b.start();
    const tokens = [await a.login(fx.emails.secretary), await b.login(fx.emails.secretary)];
    const N = 30;
    const titles = Array.from({ length: N }, (_, i) => `需求 ${String(i + 1).padStart(2, '0')}`);
    // Needs raised through both instances, concurrently.
    await Promise.all(
      titles.map(async (title, i) => {
        const inst = i % 2 ? b : a;
        const r = await inst.gql(NEED, { input: { allianceId: fx.allianceId, title, description: '', category: 'OTHER' } }, tokens[i % 2]);
        expect(r.errors).toBeUndefined();
      }),
    );
    await eventually(() => Object.values(ids).every((id) => robots.messages(id).length >= N), 30_000, 'all messages');
    await new Promise((res) => setTimeout(res, 1_500)); // any duplicate would arrive by now
    const expected = titles.map((t) => `【测试大工委 race-${store.name}】登记需求「${t}」\n查看：http://gongjian.test/needs`).sort();
    for (const id of Object.values(ids)) {
      const got = robots.messages(id).map((m) => m.text).sort();
      expect(got).toEqual(expected); // each once: same length, same set
    }
    // Both processes took part.
    const agents = new Set(Object.values(ids).flatMap((id) => robots.messages(id).map((m) => m.agent)));
    expect([...agents].sort()).toEqual([a.proc!.child.pid, b.proc!.child.pid].map((pid) => `Gongjian-Notify/1 (pid ${pid})`).sort());
    const rows = await ds.query(`SELECT status, attempts, count(*)::int n FROM notification_outbox WHERE alliance_id = $1 GROUP BY 1, 2`, [fx.allianceUuid]);
    expect(rows).toEqual([{ status: 'SENT', attempts: 1, n: 3 * N }]);
    await a.kill('SIGTERM');
    await b.kill('SIGTERM');
  });
});
