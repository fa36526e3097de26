import { buildSchema, GraphQLObjectType } from 'graphql';
import { printSortedSchema } from '../server/graphql/schema';
import { createLogger } from '../server/logger';
import { SecretBox } from '../server/notifications/crypto';
import { Deliverer } from '../server/notifications/delivery';
import { NotificationDispatcher } from '../server/notifications/dispatcher';
import { NotificationSettings } from '../server/notifications/settings';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { eventually, Robots } from './support/robots';
import { STORES } from './support/stores';

const ADD = `mutation($input: AddNotificationChannelInput!) { addNotificationChannel(input: $input) { id kind name eventTypes language enabled targetHint } }`;
const UPDATE = `mutation($input: UpdateNotificationChannelInput!) { updateNotificationChannel(input: $input) { id enabled } }`;
const TEST = `mutation($input: TestChannelInput!) { testChannel(input: $input) { ok error channel { id name } } }`;
const PLEDGE = `mutation($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }`;
const NEED = `mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { id } }`;
const DELIVERIES = `query($id: ID!, $status: DeliveryStatus) { alliance(id: $id) { notificationDeliveries(first: 50, status: $status) {
  totalCount edges { node { id kind status attempts lastError sentAt channel { name } event { type } } } } } }`;

export const FAST: NotificationSettings = {
  publicUrl: 'http://gongjian.test',
  pollMs: 50,
  leaseMs: 5_000,
  backoffMs: 100,
  maxBackoffMs: 400,
  maxAttempts: 3,
  timeoutMs: 1_000,
  concurrency: 4,
  digestHour: 8,
};

describe.each(STORES)('notification channels on $name', (store) => {
  let t: TestServer;
  let fx: AllianceFixture;
  let other: AllianceFixture;
  let robots: Robots;
  let dispatcher: NotificationDispatcher;
  const tok: Record<string, string> = {};
  let n = 0;
  const uniq = (p: string) => `${p}-${store.name}-${++n}`;

  beforeAll(async () => {
    t = await startTestServer(store);
    fx = await createAllianceFixture(t.services, `notif-${store.name}`);
    other = await createAllianceFixture(t.services, `notif-other-${store.name}`);
    for (const role of ['secretary', 'supervisor', 'viewer', 'repA', 'admin'] as const) tok[role] = await t.login(fx.emails[role], PASSWORD);
    tok.otherSecretary = await t.login(other.emails.secretary, PASSWORD);
    robots = await Robots.start();
    dispatcher = new NotificationDispatcher({
      ds: t.ds,
      deliverer: new Deliverer(t.ds, t.services.notifications.box, FAST),
      log: createLogger({ production: false, level: process.env.LOG_LEVEL ?? 'fatal' }),
    });
    dispatcher.start();
  });
  afterAll(async () => {
    await dispatcher?.stop();
    await robots?.close();
    await t?.close();
  });

  async function add(input: Record<string, unknown>, token = tok.secretary) {
    const r = await t.gql(ADD, { input: { allianceId: fx.allianceId, language: 'ZH', ...input } }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.addNotificationChannel;
  }

  it('each robot gets each subscribed event once, in its format and signature, in readable Chinese; secrets never come back', async () => {
    const [wk, dt, fs, fe] = [uniq('wecom'), uniq('ding'), uniq('feishu'), uniq('feishu-en')];
    const types = ['PLEDGE_CREATED', 'PROJECT_TRANSITIONED', 'NEED_RAISED'];
    const dingSecret = `SEC${'d'.repeat(20)}${n}`;
    const feishuSecret = `fs-secret-${n}`;
    await add({ kind: 'WECOM', name: '社区工作群', webhookUrl: robots.wecomUrl(wk), eventTypes: types });
    await add({ kind: 'DINGTALK', name: '钉钉群', webhookUrl: robots.dingtalkUrl(dt, dingSecret), secret: dingSecret, eventTypes: types });
    await add({ kind: 'FEISHU', name: '飞书群', webhookUrl: robots.feishuUrl(fs, feishuSecret), secret: feishuSecret, eventTypes: types });
    await add({ kind: 'FEISHU', name: 'English group', language: 'EN', webhookUrl: robots.feishuUrl(fe), eventTypes: ['PLEDGE_CREATED'] });

    // Nothing secret comes back, and nothing secret is stored in clear.
    const list = await t.gql(`query($id: ID!) { alliance(id: $id) { notificationChannels { name kind targetHint eventTypes language } } }`, { id: fx.allianceId }, tok.secretary);
    expect(list.errors).toBeUndefined();
    const json = JSON.stringify(list.data);
    for (const s of [wk, dt, fs, fe, dingSecret, feishuSecret]) expect(json).not.toContain(s);
    expect(list.data.alliance.notificationChannels.map((c: any) => c.targetHint)).toEqual(Array(4).fill(`${robots.base}/…`));
    const stored = JSON.stringify(await t.ds.query('SELECT * FROM notification_channels WHERE alliance_id = $1', [fx.allianceUuid]));
    for (const s of [wk, dt, fs, dingSecret, feishuSecret]) expect(stored).not.toContain(s);

    // Events through the API.
    const { resource, requirementId } = await createPledgeable(t.services, fx, { capacity: 100, quantity: 50 });
    const p = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 40 } }, await t.login(fx.emails.repA, PASSWORD));
    expect(p.errors).toBeUndefined();
    const need = await t.gql(NEED, { input: { allianceId: fx.allianceId, title: '社区助老送餐', description: '', category: 'ELDERLY_CARE' } }, tok.secretary);
    expect(need.errors).toBeUndefined();

    const head = `【测试大工委 notif-${store.name}】`;
    const expected = [
      `${head}项目「测试项目」草拟 → 已提议\n查看：http://gongjian.test/projects`,
      `${head}项目「测试项目」已提议 → 已通过\n查看：http://gongjian.test/projects`,
      `${head}notif-${store.name} 医院 认领 志愿服务 40 小时 → 测试项目，已满足 80%（40/50 小时）\n查看：http://gongjian.test/projects`,
      `${head}登记需求「社区助老送餐」\n查看：http://gongjian.test/needs`,
    ].sort();
    await eventually(() => [wk, dt, fs].every((id) => robots.messages(id).length >= 4) && robots.messages(fe).length >= 1, 15_000, 'every robot');
    await new Promise((r) => setTimeout(r, 500)); // nothing more arrives
    for (const id of [wk, dt, fs]) expect(robots.messages(id).map((m) => m.text).sort()).toEqual(expected);
    expect(robots.messages(fe).map((m) => m.text)).toEqual([
      `[测试大工委 notif-${store.name}] notif-${store.name} 医院 pledged 40 小时 of 志愿服务 → 测试项目; 80% covered (40/50 小时)\nOpen: http://gongjian.test/projects`,
    ]);
    expect(robots.failures.filter((f) => [wk, dt, fs, fe].includes(f.id))).toEqual([]);
    const sent = await t.gql(DELIVERIES, { id: fx.allianceId, status: 'SENT' }, tok.secretary);
    expect(sent.data.alliance.notificationDeliveries.totalCount).toBe(13);
  });

  it('a failing receiver is retried with backoff until it recovers; one that never does is dead-lettered and shown to the secretary', async () => {
    const [flaky, down, badSign, off] = [uniq('flaky'), uniq('down'), uniq('badsign'), uniq('off')];
    robots.behave(flaky, { failNext: 2 });
    robots.behave(down, { alwaysFail: true });
    await add({ kind: 'WECOM', name: '时好时坏', webhookUrl: robots.wecomUrl(flaky), eventTypes: ['NEED_RAISED'] });
    await add({ kind: 'WECOM', name: '一直故障', webhookUrl: robots.wecomUrl(down), eventTypes: ['NEED_RAISED'] });
    await add({ kind: 'DINGTALK', name: '密钥错误', webhookUrl: robots.dingtalkUrl(badSign, 'the-right-secret'), secret: 'a-wrong-secret', eventTypes: ['NEED_RAISED'] });
    const disabled = await add({ kind: 'WECOM', name: '已停用', webhookUrl: robots.wecomUrl(off), eventTypes: ['NEED_RAISED'] });
    const u = await t.gql(UPDATE, { input: { channelId: disabled.id, enabled: false } }, tok.secretary);
    expect(u.data.updateNotificationChannel.enabled).toBe(false);

    const need = await t.gql(NEED, { input: { allianceId: fx.allianceId, title: '楼道照明维修', description: '', category: 'SAFETY' } }, tok.secretary);
    expect(need.errors).toBeUndefined();
    await eventually(() => robots.messages(flaky).length === 1, 15_000, 'the flaky robot to recover');
    await eventually(async () => {
      const r = await t.gql(DELIVERIES, { id: fx.allianceId, status: 'DEAD' }, tok.secretary);
      return r.data.alliance.notificationDeliveries.totalCount === 2;
    }, 15_000, 'two dead letters');
    await new Promise((r) => setTimeout(r, 500));
    expect(robots.messages(flaky).map((m) => m.text)).toEqual([`【测试大工委 notif-${store.name}】登记需求「楼道照明维修」\n查看：http://gongjian.test/needs`]);
    expect(robots.failures.filter((f) => f.id === flaky)).toHaveLength(2);
    expect(robots.messages(down)).toEqual([]);
    expect(robots.failures.filter((f) => f.id === down)).toHaveLength(3); // maxAttempts
    expect(robots.attempts).toBeGreaterThan(0);
    expect(robots.messages(off)).toEqual([]);

    const dead = await t.gql(DELIVERIES, { id: fx.allianceId, status: 'DEAD' }, tok.secretary);
    const rows = dead.data.alliance.notificationDeliveries.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.channel.name).sort()).toEqual(['一直故障', '密钥错误']);
    for (const r of rows) expect(r).toMatchObject({ kind: 'CHANNEL', status: 'DEAD', attempts: 3, sentAt: null, event: { type: 'NEED_RAISED' } });
    expect(rows.find((r: any) => r.channel.name === '一直故障').lastError).toMatch(/^HTTP 502/);
    expect(rows.find((r: any) => r.channel.name === '密钥错误').lastError).toMatch(/310000 sign not match/);
    const flakyRow = (await t.ds.query(`SELECT o.status, o.attempts FROM notification_outbox o JOIN notification_channels c ON c.id = o.channel_id WHERE c.name = '时好时坏'`))[0];
    expect(flakyRow).toEqual({ status: 'SENT', attempts: 3 });

    // Only the secretary (and admins) see deliveries.
    for (const who of ['viewer', 'supervisor', 'repA']) {
      const r = await t.gql(DELIVERIES, { id: fx.allianceId }, tok[who]);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(DELIVERIES, { id: fx.allianceId }, tok.admin)).errors).toBeUndefined();
  });

  it('a slow receiver never slows a pledge', async () => {
    const slow = uniq('slow');
    robots.behave(slow, { delayMs: 800 });
    await add({ kind: 'WECOM', name: '很慢的群', webhookUrl: robots.wecomUrl(slow), eventTypes: ['PLEDGE_CREATED'] });
    const { resource, requirementId } = await createPledgeable(t.services, fx, { capacity: 100, quantity: 100 });
    const rep = await t.login(fx.emails.repA, PASSWORD);
    const started = Date.now();
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 1 } }, rep);
      expect(r.errors).toBeUndefined();
    }
    expect(Date.now() - started).toBeLessThan(2_000); // 5 × 800 ms if delivery were synchronous
    await eventually(() => robots.messages(slow).length === 5, 15_000, 'the slow robot');
  });

  it('testChannel sends now and reports; only the secretary (or an admin) may use it, and it changes nothing', async () => {
    const good = uniq('good');
    const bad = uniq('bad');
    robots.behave(bad, { alwaysFail: true });
    const g = await add({ kind: 'FEISHU', name: '测试群', webhookUrl: robots.feishuUrl(good, 'sss'), secret: 'sss', eventTypes: [] });
    const b = await add({ kind: 'WECOM', name: '坏群', webhookUrl: robots.wecomUrl(bad), eventTypes: [] });
    const events = (await t.ds.query('SELECT count(*)::int n FROM events'))[0].n;
    const ok = await t.gql(TEST, { input: { channelId: g.id } }, tok.secretary);
    expect(ok.data.testChannel).toEqual({ ok: true, error: null, channel: { id: g.id, name: '测试群' } });
    expect(robots.messages(good).map((m) => m.text)).toEqual([
      `【测试大工委 notif-${store.name}】通知渠道「测试群」测试消息：连接正常\n查看：http://localhost:4000/`,
    ]);
    const ko = await t.gql(TEST, { input: { channelId: b.id } }, tok.admin);
    expect(ko.data.testChannel).toMatchObject({ ok: false, error: expect.stringMatching(/^HTTP 502/) });
    for (const [who, code] of [['repA', 'FORBIDDEN'], ['supervisor', 'FORBIDDEN'], ['viewer', 'FORBIDDEN'], ['otherSecretary', 'NOT_FOUND'], ['anonymous', 'UNAUTHENTICATED']] as const) {
      const r = await t.gql(TEST, { input: { channelId: g.id } }, tok[who]);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(robots.messages(good)).toHaveLength(1);
    expect((await t.ds.query('SELECT count(*)::int n FROM events'))[0].n).toBe(events);
  });

  it('refuses malformed channels, and the schema has no field that could carry a secret', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'DINGTALK', name: 'x', webhookUrl: robots.dingtalkUrl('t', 's'), eventTypes: [] }, 'secret'],
      [{ kind: 'WECOM', name: 'x', webhookUrl: 'ftp://example.com/x', eventTypes: [] }, 'webhookUrl'],
      [{ kind: 'WECOM', name: 'x', eventTypes: [] }, 'webhookUrl'],
      [{ kind: 'EMAIL', name: 'x', eventTypes: [] }, 'smtp'],
      [{ kind: 'EMAIL', name: 'x', eventTypes: [], smtp: { host: 'h', port: 25, from: 'not-an-address', to: [] } }, 'smtp.from'],
      [{ kind: 'WECOM', name: ' ', webhookUrl: robots.wecomUrl('k'), eventTypes: [] }, 'name'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(ADD, { input: { allianceId: fx.allianceId, ...input } }, tok.secretary);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const schema = buildSchema(await printSortedSchema());
    const fields = Object.keys((schema.getType('NotificationChannel') as GraphQLObjectType).getFields());
    expect(fields.filter((f) => /secret|url|password|token|config/i.test(f))).toEqual([]);
  });

  it('secrets are sealed with AES-256-GCM under a key from NOTIFY_KEY or JWT_SECRET', () => {
    const a = SecretBox.fromEnv('jwt-secret-of-some-length', {});
    const sealed = a.seal({ secret: 'SECabc' });
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('SECabc');
    expect(a.open(sealed)).toEqual({ secret: 'SECabc' });
    expect(a.seal({ secret: 'SECabc' })).not.toBe(sealed); // fresh IV each time
    expect(() => SecretBox.fromEnv('another-jwt-secret-entirely', {}).open(sealed)).toThrow();
    const k = SecretBox.fromEnv('jwt-secret-of-some-length', { NOTIFY_KEY: 'dedicated key' });
    expect(() => k.open(sealed)).toThrow();
    expect(SecretBox.fromEnv('whatever-else-entirely', { NOTIFY_KEY: 'dedicated key' }).open(k.seal({ x: 1 }))).toEqual({ x: 1 });
  });
});
