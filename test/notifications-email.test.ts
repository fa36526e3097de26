import { createLogger } from '../server/logger';
import { Deliverer } from '../server/notifications/delivery';
import { NotificationDispatcher } from '../server/notifications/dispatcher';
import { NotificationSettings } from '../server/notifications/settings';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { eventually } from './support/robots';
import { LocalSmtp } from './support/smtp';
import { STORES } from './support/stores';

const FAST: NotificationSettings = {
  publicUrl: 'http://gongjian.test',
  pollMs: 50,
  leaseMs: 5_000,
  backoffMs: 100,
  maxBackoffMs: 400,
  maxAttempts: 3,
  timeoutMs: 2_000,
  concurrency: 4,
  digestHour: 8,
};
const PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { id eventTypes digest } }`;

describe.each(STORES)('email notifications, preferences and the daily digest on $name', (store) => {
  let t: TestServer;
  let fx: AllianceFixture;
  let smtp: LocalSmtp;
  let dispatcher: NotificationDispatcher;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    fx = await createAllianceFixture(t.services, `mail-${store.name}`);
    for (const role of ['secretary', 'viewer', 'repA', 'supervisor'] as const) tok[role] = await t.login(fx.emails[role], PASSWORD);
    smtp = await LocalSmtp.start();
    dispatcher = new NotificationDispatcher({
      ds: t.ds,
      deliverer: new Deliverer(t.ds, t.services.notifications.box, FAST),
      log: createLogger({ production: false, level: process.env.LOG_LEVEL ?? 'fatal' }),
      now: () => new Date(0), // keep the automatic digest check out of the way; the test drives it
    });
    dispatcher.start();
  });
  afterAll(async () => {
    await dispatcher?.stop();
    await smtp?.close();
    await t?.close();
  });

  it('sends channel mail and personal mail by preference, once each, in Chinese; digest readers get one digest a day', async () => {
    const add = await t.gql(
      `mutation($input: AddNotificationChannelInput!) { addNotificationChannel(input: $input) { id targetHint } }`,
      {
        input: {
          allianceId: fx.allianceId,
          kind: 'EMAIL',
          name: '社区办公室邮箱',
          eventTypes: ['PLEDGE_CREATED'],
          smtp: { host: '127.0.0.1', port: smtp.port, secure: false, username: 'gongjian', password: 'smtp-pass', from: 'notify@gongjian.test', to: ['office@community.test'] },
        },
      },
      tok.secretary,
    );
    expect(add.errors).toBeUndefined();
    expect(add.data.addNotificationChannel.targetHint).toBe(`127.0.0.1:${smtp.port} → office@community.test`);
    expect(JSON.stringify(await t.ds.query('SELECT * FROM notification_channels'))).not.toContain('smtp-pass');

    // repA: one email per project move and confirmation; the viewer: a daily digest of needs and pledges.
    const a = await t.gql(PREFS, { input: { allianceId: fx.allianceId, eventTypes: ['PROJECT_TRANSITIONED', 'PLEDGE_CONFIRMED'] } }, tok.repA);
    expect(a.data.updateNotificationPreferences).toMatchObject({ id: expect.any(String), digest: false });
    const v = await t.gql(PREFS, { input: { allianceId: fx.allianceId, eventTypes: ['NEED_RAISED', 'PLEDGE_CREATED'], digest: true } }, tok.viewer);
    expect(v.errors).toBeUndefined();
    const mine = await t.gql(`query($id: ID!) { alliance(id: $id) { myNotificationPreferences { eventTypes digest } } }`, { id: fx.allianceId }, tok.viewer);
    expect(mine.data.alliance.myNotificationPreferences).toEqual({ eventTypes: ['NEED_RAISED', 'PLEDGE_CREATED'], digest: true });
    const unset = await t.gql(`query($id: ID!) { alliance(id: $id) { myNotificationPreferences { id eventTypes digest } } }`, { id: fx.allianceId }, tok.supervisor);
    expect(unset.data.alliance.myNotificationPreferences).toEqual({ id: null, eventTypes: [], digest: false });

    const { resource, requirementId } = await createPledgeable(t.services, fx, { capacity: 100, quantity: 50 });
    const pledge = await t.services.pledges.pledge(fx.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 40 });
    await t.services.pledges.confirm(fx.viewers.secretary, { pledgeId: pledge.nodeId });
    await t.services.needs.raise(fx.viewers.secretary, { allianceId: fx.allianceId, title: '社区助老送餐', description: '', category: 'ELDERLY_CARE' as never });

    const head = `【测试大工委 mail-${store.name}】`;
    await eventually(() => smtp.to('office@community.test').length >= 1 && smtp.to(fx.emails.repA).length >= 3, 15_000, 'the emails');
    await new Promise((r) => setTimeout(r, 500));
    const office = smtp.to('office@community.test');
    expect(office).toEqual([
      {
        from: 'notify@gongjian.test',
        to: ['office@community.test'],
        user: 'gongjian',
        subject: `${head}mail-${store.name} 医院 认领 志愿服务 40 小时 → 测试项目，已满足 80%（40/50 小时）`,
        text: `${head}mail-${store.name} 医院 认领 志愿服务 40 小时 → 测试项目，已满足 80%（40/50 小时）\n查看：http://gongjian.test/projects`,
      },
    ]);
    expect(smtp.to(fx.emails.repA).map((m) => m.subject).sort()).toEqual(
      [`${head}项目「测试项目」草拟 → 已提议`, `${head}项目「测试项目」已提议 → 已通过`, `${head}确认认领（40），已满足 80%（40/50 小时）`].sort(),
    );
    expect(smtp.to(fx.emails.viewer)).toEqual([]); // digest only
    expect(smtp.mails).toHaveLength(4);

    // The digest: after 08:00 Beijing time the next day, one email with yesterday's events of the chosen types.
    const local = new Date(Date.now() + 8 * 3600_000);
    const day = local.toISOString().slice(0, 10);
    const nextMorning = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, 1, 0)); // 09:00 Beijing
    const tooEarly = new Date(nextMorning.getTime() - 2 * 3600_000); // 07:00 Beijing
    expect(await dispatcher.enqueueDigests(tooEarly)).toBe(0);
    expect(await dispatcher.enqueueDigests(nextMorning)).toBe(1);
    expect(await dispatcher.enqueueDigests(nextMorning)).toBe(0); // idempotent
    await eventually(() => smtp.to(fx.emails.viewer).length >= 1, 15_000, 'the digest');
    await new Promise((r) => setTimeout(r, 300));
    const digest = smtp.to(fx.emails.viewer);
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe(`${head}${day} 每日摘要：2 条动态`);
    expect(digest[0].text).toBe(
      [
        `${head}${day} 每日摘要：2 条动态`,
        `1. mail-${store.name} 医院 认领 志愿服务 40 小时 → 测试项目`,
        `2. 登记需求「社区助老送餐」`,
        `查看：http://gongjian.test/`,
      ].join('\n'),
    );

    // testChannel on the email channel.
    const test = await t.gql(`mutation($input: TestChannelInput!) { testChannel(input: $input) { ok error } }`, { input: { channelId: add.data.addNotificationChannel.id } }, tok.secretary);
    expect(test.data.testChannel).toEqual({ ok: true, error: null });
    expect(smtp.to('office@community.test').map((m) => m.subject)).toContain(`${head}通知渠道「社区办公室邮箱」测试消息：连接正常`);
  });

  it('a wrong SMTP password is a failed delivery with the reason, and testChannel says so', async () => {
    const add = await t.gql(
      `mutation($input: AddNotificationChannelInput!) { addNotificationChannel(input: $input) { id } }`,
      {
        input: {
          allianceId: fx.allianceId,
          kind: 'EMAIL',
          name: '密码错误的邮箱',
          eventTypes: [],
          smtp: { host: '127.0.0.1', port: smtp.port, username: 'gongjian', password: 'wrong', from: 'notify@gongjian.test', to: ['x@community.test'] },
        },
      },
      tok.secretary,
    );
    const r = await t.gql(`mutation($input: TestChannelInput!) { testChannel(input: $input) { ok error } }`, { input: { channelId: add.data.addNotificationChannel.id } }, tok.secretary);
    expect(r.data.testChannel.ok).toBe(false);
    expect(r.data.testChannel.error).toMatch(/^SMTP: .*Invalid/);
  });
});
