/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core, against the
 * in-process server serving client/dist, on a fresh database with the demo alliance. Runs on both
 * stores like the other suites. Screenshots go to test-artifacts/ (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { DEMO_LOGINS, loadDemo } from '../server/seed/demo';
import { ARTIFACTS, browserSuiteEnabled, CLIENT_DIST, ensureClientBuilt, launchChromium } from './support/browser';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

const PASSWORD = DEMO_LOGINS[0].password;
const SECRETARY = 'wang.shuji@demo.gongjian.cn';
const HOSPITAL_REP = 'zhao.hushi@demo.gongjian.cn';
const WIDE = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

jest.setTimeout(120_000);

/** What the tests read inside the page (the root tsconfig has no DOM lib). */
interface BrowserGlobals {
  document: { documentElement: { scrollWidth: number } };
  __sameDocument?: boolean;
}

interface Pledgeable {
  allianceId: string;
  projectTitle: string;
  requirementId: string;
  resourceId: string;
  resourceName: string;
  unit: string;
  available: number;
}

(browserSuiteEnabled() ? describe : describe.skip).each(STORES)('dashboard in chromium ($name)', (store) => {
  let srv: TestServer;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    srv = await startTestServer(store, { clientDir: CLIENT_DIST });
    await loadDemo(srv.services);
    base = srv.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
  });

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  const shot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: path.join(ARTIFACTS, `dashboard-${store.name}-${name}.png`), fullPage });

  /** Opens the dashboard at `/` in a new context (Chinese browser), logs in through the form, waits for the overview. */
  async function logIn(email: string, viewport = WIDE, setup?: (page: Page) => Promise<void>): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    (page as Page & { problems?: string[] }).problems = problems;
    await setup?.(page);
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    try {
      await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
    } catch (err) {
      await shot(page, `login-failed-${viewport.width}`);
      const alert = await page.getByRole('alert').allInnerTexts();
      throw new Error(`login as ${email} did not leave /login (alerts: ${JSON.stringify(alert)}, errors: ${JSON.stringify(problems)}): ${err}`);
    }
    await page.locator('[role="feed"] [role="article"]').first().waitFor();
    await waitOnline(page);
    return page;
  }

  const waitOnline = (page: Page) => page.getByRole('status').filter({ hasText: '实时连接正常' }).waitFor({ timeout: 10_000 });

  /** Summaries in the feed, newest first. */
  const feed = (page: Page) => page.locator('[role="feed"] [role="article"]').allInnerTexts();

  /** The hospital's volunteer hours and the open volunteer requirement of the meal-delivery project, from the API. */
  async function findPledgeable(token: string): Promise<Pledgeable> {
    const me = await srv.gql(`{ me { memberships { alliance { id } organization { id } } } }`, {}, token);
    const m = me.data.me.memberships[0];
    const r = await srv.gql(
      `query($a: ID!, $o: ID!) {
        alliance(id: $a) { projects(first: 50, status: IN_PROGRESS) { edges { node { title requirements { id kind outstanding } } } } }
        node(id: $o) { ... on Organization { resources(first: 50, kind: VOLUNTEERS) { edges { node { id name unit available } } } } }
      }`,
      { a: m.alliance.id, o: m.organization.id },
      token,
    );
    expect(r.errors).toBeUndefined();
    const resource = r.data.node.resources.edges[0].node;
    for (const { node: p } of r.data.alliance.projects.edges) {
      const req = p.requirements.find((q: { kind: string; outstanding: number }) => q.kind === 'VOLUNTEERS' && q.outstanding > 0);
      if (req) {
        return {
          allianceId: m.alliance.id,
          projectTitle: p.title,
          requirementId: req.id,
          resourceId: resource.id,
          resourceName: resource.name,
          unit: resource.unit,
          available: resource.available,
        };
      }
    }
    throw new Error('the demo has no open volunteer requirement');
  }

  async function pledgeViaApi(token: string, p: Pledgeable, quantity: number) {
    const r = await srv.gql(
      `mutation($i: PledgeResourceInput!) { pledgeResource(input: $i) { id quantity } }`,
      { i: { requirementId: p.requirementId, resourceId: p.resourceId, quantity } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data.pledgeResource;
  }

  it('logs the demo secretary in and shows the overview with charts, in Chinese, at both sizes', async () => {
    const page = await logIn(SECRETARY);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '概览' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-card="orgs"] .card-value').innerText()).resolves.toBe('11');
    for (const name of ['各类资源认领与兑现（占所需比例）', '项目状态分布', '贡献单位排行（认领次数）']) {
      const chart = page.getByRole('img', { name, exact: true });
      await chart.waitFor();
      await chart.locator('canvas').first().waitFor();
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(200);
    }
    const entries = await feed(page);
    expect(entries.length).toBeGreaterThan(5);
    // The secretary coordinates: project moves and pledge decisions are offered, pledging is not.
    await page.getByRole('link', { name: '项目清单' }).click();
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    await page.getByRole('article').filter({ hasText: '四点半课堂' }).waitFor();
    expect(await page.getByRole('button', { name: /^改为/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-action="pledge"]').count()).toBe(0);
    await shot(page, 'projects-1920x1080', true);
    await page.getByRole('link', { name: '概览' }).click();
    await page.getByRole('img', { name: '项目状态分布' }).locator('canvas').waitFor();
    await page.waitForTimeout(600); // chart animations
    await shot(page, 'overview-1920x1080');

    // English on request, Chinese again after.
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('img', { name: 'Projects by status' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('status').filter({ hasText: 'Live: connected' }).waitFor();
    await page.getByRole('button', { name: /Switch to Chinese/ }).click();
    await page.getByRole('heading', { level: 1, name: '概览' }).waitFor();

    // Big-screen mode for the office wall.
    await page.getByRole('link', { name: '大屏模式' }).click();
    await page.getByRole('img', { name: '各类资源认领与兑现（占所需比例）' }).locator('canvas').waitFor();
    await page.waitForTimeout(600);
    await shot(page, 'bigscreen-1920x1080');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: '概览' }).waitFor();

    const phone = await logIn(SECRETARY, PHONE);
    await phone.getByRole('img', { name: '贡献单位排行（认领次数）' }).locator('canvas').waitFor();
    await phone.waitForTimeout(600);
    await shot(phone, 'overview-390x844');
    await shot(phone, 'overview-390x844-full', true);
    await phone.goto(`${base}/projects`);
    await phone.getByRole('heading', { name: '项目看板' }).waitFor();
    await phone.getByRole('article').filter({ hasText: '四点半课堂' }).waitFor();
    await shot(phone, 'projects-390x844');
    // The phone layout does not scroll sideways.
    expect(await phone.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
  });

  it('shows a pledge made through the API on the open page within 2 seconds, without reload', async () => {
    const page = await logIn(SECRETARY);
    const activeBefore = Number(await page.locator('[data-card="pledges"] .card-value').innerText());
    const repToken = await srv.login(HOSPITAL_REP, PASSWORD);
    const target = await findPledgeable(repToken);
    await page.evaluate(() => ((globalThis as unknown as BrowserGlobals).__sameDocument = true));

    // Live through the allianceEvents subscription (not the polling fallback).
    expect(await page.getByRole('status').getAttribute('data-transport')).toBe('ws');
    const started = Date.now();
    await pledgeViaApi(repToken, target, 3);
    const expected = `市第一人民医院 认领 ${target.resourceName} 3 ${target.unit} → ${target.projectTitle}`;
    await page.locator('[role="feed"] [role="article"]').first().filter({ hasText: expected }).waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    // Newest first, once.
    const entries = await feed(page);
    expect(entries[0]).toContain(expected);
    expect(entries.filter((e) => e.includes(expected))).toHaveLength(1);
    // The number cards follow (allianceStatsUpdated / refetch after the event), still without a reload.
    await page.locator('[data-card="pledges"] .card-value').filter({ hasText: new RegExp(`^${activeBefore + 1}$`) }).waitFor({ timeout: 2000 });
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__sameDocument)).toBe(true);
  });

  it('shows "reconnecting" when the connection drops and resumes with nothing missed', async () => {
    let blocked = false;
    const sockets: WebSocketRoute[] = [];
    const page = await logIn(SECRETARY, WIDE, async (p) => {
      // Stand between the page and the server's WebSocket so the test can cut it.
      await p.routeWebSocket(/\/graphql$/, (ws) => {
        if (blocked) {
          void ws.close({ code: 1006, reason: 'test: network down' });
          return;
        }
        ws.connectToServer();
        sockets.push(ws);
      });
    });
    expect(sockets.length).toBeGreaterThan(0);
    const repToken = await srv.login(HOSPITAL_REP, PASSWORD);
    const target = await findPledgeable(repToken);

    blocked = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1006, reason: 'test: dropped' });
    await page.getByRole('status').filter({ hasText: '正在重新连接' }).waitFor({ timeout: 5000 });
    // Changes while the page is offline.
    await pledgeViaApi(repToken, target, 1);
    await pledgeViaApi(repToken, target, 2);
    blocked = false;

    await waitOnline(page);
    for (const q of [1, 2]) {
      await page
        .locator('[role="feed"] [role="article"]')
        .filter({ hasText: `市第一人民医院 认领 ${target.resourceName} ${q} ${target.unit} → ${target.projectTitle}` })
        .waitFor({ timeout: 5000 });
    }
    const entries = await feed(page);
    // Newest first, in order, no duplicates across the reconnect.
    expect(entries[0]).toContain(`${target.resourceName} 2 ${target.unit}`);
    expect(entries[1]).toContain(`${target.resourceName} 1 ${target.unit}`);
    const cursors = await page.locator('[role="feed"] [role="article"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cursor')));
    expect(new Set(cursors).size).toBe(cursors.length);
  });

  it('lets the secretary confirm, fulfil and reject pledges and move a project, by keyboard', async () => {
    const repToken = await srv.login(HOSPITAL_REP, PASSWORD);
    const target = await findPledgeable(repToken);
    await pledgeViaApi(repToken, target, 6);
    await pledgeViaApi(repToken, target, 7);
    const page = await logIn(SECRETARY);
    await page.getByRole('link', { name: '项目清单' }).click();
    const row = (q: number) =>
      page.locator(`[data-requirement="${target.requirementId}"] .pledge`).filter({ hasText: `市第一人民医院 · ${target.resourceName} · ${q} ${target.unit}` });

    // Confirm with the keyboard: focus the button, press Enter.
    await row(6).getByRole('button', { name: '确认', exact: true }).focus();
    await page.keyboard.press('Enter');
    await row(6).filter({ hasText: '已确认' }).waitFor();
    // Record delivery of 5.
    await row(6).getByRole('button', { name: '登记兑现' }).click();
    const fulfil = page.getByRole('dialog', { name: '登记兑现' });
    await fulfil.getByLabel(/实际交付数量/).fill('5');
    await fulfil.getByRole('button', { name: '登记兑现' }).click();
    await row(6).filter({ hasText: '已兑现' }).filter({ hasText: '实际交付 5' }).waitFor();
    // Reject the other one with a reason; an empty reason is refused in a sentence first.
    await row(7).getByRole('button', { name: '不采纳' }).click();
    const reject = page.getByRole('dialog', { name: '不采纳这条认领' });
    await reject.getByRole('button', { name: '不采纳这条认领' }).click();
    expect(await reject.getByRole('alert').innerText()).toBe('请填写原因。');
    await reject.getByLabel('原因').fill('本期志愿者已足够');
    await page.keyboard.press('Tab');
    await reject.getByRole('button', { name: '不采纳这条认领' }).click();
    await row(7).filter({ hasText: '未采纳' }).waitFor();

    // Move the draft project on: it appears under 已提议.
    const draft = page.locator('[data-status="DRAFT"] [data-project]').first();
    const title = await draft.getAttribute('data-project');
    await draft.getByRole('button', { name: '改为“已提议”' }).click();
    await page.locator(`[data-status="PROPOSED"] [data-project="${title}"]`).waitFor();

    // The feed (newest first) has all of it; Page Down walks it.
    await page.getByRole('link', { name: '概览' }).click();
    const first = page.locator('[role="feed"] [role="article"]').first();
    await first.filter({ hasText: title! }).waitFor();
    await first.focus();
    await page.keyboard.press('PageDown');
    const focused = await page.evaluate(() => {
      const g = globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } };
      return g.document.activeElement?.getAttribute('data-type') ?? null;
    });
    expect(focused).toBe('PLEDGE_REJECTED');
  });

  it('lets a unit representative pledge through the form and shows the refusal when it asks too much', async () => {
    const page = await logIn(HOSPITAL_REP);
    const repToken = await srv.login(HOSPITAL_REP, PASSWORD);
    const target = await findPledgeable(repToken);

    await page.getByRole('link', { name: '项目清单' }).click();
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    await page.getByRole('button', { name: `认领：${target.projectTitle} · 志愿服务` }).waitFor();
    // A representative pledges; coordinating actions are not offered.
    expect(await page.getByRole('button', { name: /^改为/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '确认', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: `认领：${target.projectTitle} · 志愿服务` }).click();
    const dialog = page.getByRole('dialog', { name: '认领资源' });
    await dialog.waitFor();
    const resource = dialog.getByLabel('资源');
    await expect(resource.locator('option:checked').innerText()).resolves.toContain(`可认领 ${target.available} ${target.unit}`);
    await dialog.getByText(`该资源目前可认领 ${target.available} ${target.unit}。`).waitFor();

    // Too much: the server refuses with CAPACITY_EXCEEDED, read as a plain sentence.
    await dialog.getByLabel(/数量/).fill(String(target.available + 10));
    await dialog.getByRole('button', { name: '提交认领' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      `该资源可认领的数量不足：目前只剩 ${target.available}${target.unit}，您填写的是 ${target.available + 10}${target.unit}。`,
    );
    await shot(page, 'pledge-refused-1920x1080');

    // A quantity that fits goes through, and the board shows it.
    await dialog.getByLabel(/数量/).fill('4');
    await dialog.getByRole('button', { name: '提交认领' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`已认领 4 ${target.unit}。`).waitFor();
    await page
      .locator(`[data-requirement="${target.requirementId}"] .pledge`)
      .filter({ hasText: `市第一人民医院 · ${target.resourceName} · 4 ${target.unit}` })
      .first()
      .waitFor();
    const after = await findPledgeable(repToken);
    expect(after.available).toBe(target.available - 4);

    // The same refusal on a phone.
    const phone = await logIn(HOSPITAL_REP, PHONE);
    await phone.goto(`${base}/projects`);
    await phone.getByRole('button', { name: `认领：${target.projectTitle} · 志愿服务` }).click();
    const d2 = phone.getByRole('dialog', { name: '认领资源' });
    await d2.getByLabel(/数量/).fill(String(after.available + 1));
    await d2.getByRole('button', { name: '提交认领' }).click();
    await d2.getByRole('alert').waitFor();
    await shot(phone, 'pledge-refused-390x844');
  });
});
