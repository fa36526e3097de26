/**
 * The governance views in a real browser (Debian chromium via playwright-core) against the demo
 * alliance: joint meetings, staged decisions, points and service days, agreements, residents'
 * feedback (anonymous submission, following by tracking code, the secretary's triage), open data,
 * and the public page of published decisions. Screenshots go to test-artifacts/governance-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_LOGINS, loadDemo } from '../server/seed/demo';
import { ARTIFACTS, browserSuiteEnabled, CLIENT_DIST, ensureClientBuilt, launchChromium } from './support/browser';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

const PASSWORD = DEMO_LOGINS[0].password;
const SECRETARY = 'wang.shuji@demo.gongjian.cn';
const HOSPITAL_REP = 'zhao.hushi@demo.gongjian.cn';
const WIDE = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

jest.setTimeout(180_000);

/** A date this many days from today, YYYY-MM-DD in local time (as the browser's date inputs take it). */
function ymdFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface BrowserGlobals {
  document: { documentElement: { scrollWidth: number } };
}

(browserSuiteEnabled() ? describe : describe.skip).each(STORES)('governance views in chromium ($name)', (store) => {
  let srv: TestServer;
  let browser: Browser;
  let base: string;
  let allianceId: string;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    srv = await startTestServer(store, { clientDir: CLIENT_DIST });
    await loadDemo(srv.services);
    base = srv.url.replace(/\/graphql$/, '');
    const token = await srv.login(SECRETARY, PASSWORD);
    const me = await srv.gql(`{ me { memberships { alliance { id } } } }`, {}, token);
    allianceId = me.data.me.memberships[0].alliance.id;
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

  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(ARTIFACTS, `governance-${store.name}-${name}.png`), fullPage });

  async function newPage(viewport = WIDE): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    return page;
  }

  async function logIn(email: string, viewport = WIDE): Promise<Page> {
    const page = await newPage(viewport);
    await page.goto(`${base}/login`);
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
    await page.getByRole('status').filter({ hasText: '实时连接正常' }).waitFor({ timeout: 15_000 });
    return page;
  }

  const noSideways = async (page: Page) =>
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  it('lets a resident send feedback without logging in, follow it by tracking code, and read the reply once the secretary answers', async () => {
    // The public page: published decisions (两公开) as steppers, links to feedback.
    const resident = await newPage();
    await resident.goto(`${base}/public/${encodeURIComponent(allianceId)}`);
    await resident.getByRole('heading', { level: 1, name: '幸福里社区大工委 · 公开信息' }).waitFor();
    const published = resident.locator('article[data-decision]');
    await published.first().waitFor();
    expect(await published.count()).toBe(3);
    const power = resident.locator('article[data-decision="老旧小区用电安全改造"]');
    await power.getByText('完成 3 号、7 号楼等 20 次线路检修').waitFor();
    const steps = power.getByRole('list', { name: /决策环节/ }).getByRole('listitem');
    expect(await steps.count()).toBe(7);
    expect(await power.locator('[data-stage="REVIEW"]').innerText()).toContain('实到 38 / 应到 45');
    expect(await power.locator('[data-stage="STREET_REVIEW"]').innerText()).toContain('未进行');
    await shot(resident, 'public-1920x1080');

    // Feedback: an empty form is refused in a sentence, a filled one gives the tracking code.
    await resident.getByRole('link', { name: '我要反馈' }).click();
    await resident.getByRole('heading', { level: 1, name: '居民反馈' }).waitFor();
    await resident.getByRole('button', { name: '提交反馈' }).click();
    expect(await resident.getByRole('alert').innerText()).toBe('请填写反馈内容。');
    await resident.getByLabel('类别').selectOption('SAFETY');
    await resident.getByLabel('反馈内容').fill('幸福里 9 号楼楼道堆放杂物，影响消防通道，请尽快清理。');
    await resident.getByLabel(/联系方式/).fill('9 号楼 李先生');
    await resident.getByRole('button', { name: '提交反馈' }).click();
    const codeEl = resident.locator('[data-tracking-code]');
    await codeEl.waitFor();
    const code = (await codeEl.innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    await shot(resident, 'feedback-submitted-1920x1080');
    await resident.getByRole('link', { name: '查看进度' }).click();
    await resident.waitForURL(/\/track\?code=/);
    const tracked = resident.locator('[data-tracked]');
    await tracked.getByText('已收到').waitFor();
    await tracked.getByText('尚未答复，请稍后再来查看。').waitFor();

    // The secretary's triage list shows it live (no reload), with the contact; she answers it.
    const sec = await logIn(SECRETARY);
    await sec.getByRole('link', { name: '居民反馈' }).click();
    await sec.getByRole('heading', { level: 1, name: '居民反馈' }).waitFor();
    const item = sec.locator(`[data-feedback="${code}"]`);
    await item.waitFor();
    await item.getByText('联系方式：9 号楼 李先生').waitFor();
    expect(await item.getByRole('button', { name: '转为需求' }).count()).toBe(1);
    // Another resident writes while the page is open: it appears without a reload.
    const live = await srv.gql(
      `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { trackingCode } }`,
      { i: { allianceId, content: '小区东门晚上路灯太暗，老人出行不安全。', category: 'SAFETY' } },
    );
    expect(live.errors).toBeUndefined();
    await sec.locator(`[data-feedback="${live.data.submitFeedback.trackingCode}"]`).waitFor({ timeout: 3000 });
    await item.getByRole('button', { name: '答复' }).click();
    const dialog = sec.getByRole('dialog', { name: '答复居民' });
    await dialog.getByRole('button', { name: '答复' }).click();
    expect(await dialog.getByRole('alert').innerText()).toBe('请填写答复内容。');
    await dialog.getByLabel('答复内容').fill('已安排物业今天下午清理楼道杂物，感谢您的监督。');
    await dialog.getByRole('button', { name: '答复' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sec.locator(`[data-feedback="${code}"][data-status="ANSWERED"]`).waitFor();
    await shot(sec, 'feedback-triage-1920x1080');

    // The resident looks again and reads the reply.
    await resident.getByRole('button', { name: '刷新' }).click();
    await tracked.locator('[data-reply]').filter({ hasText: '已安排物业今天下午清理楼道杂物' }).waitFor();
    await tracked.getByText('已答复').waitFor();
    await shot(resident, 'feedback-tracked-1920x1080');

    // The same pages on a phone.
    const phone = await newPage(PHONE);
    await phone.goto(`${base}/track?code=${code}`);
    await phone.locator('[data-reply]').waitFor();
    await shot(phone, 'feedback-tracked-390x844');
    await noSideways(phone);
    await phone.goto(`${base}/public/${encodeURIComponent(allianceId)}`);
    await phone.locator('article[data-decision]').first().waitFor();
    await shot(phone, 'public-390x844');
    await noSideways(phone);
    expect(problems).toEqual([]);
  });

  it('walks the secretary through meetings, decisions, points, agreements and open data', async () => {
    const page = await logIn(SECRETARY);
    // 联席会议: the held meeting with attendance by unit, minutes and resolutions linked to projects.
    await page.getByRole('link', { name: '联席会议' }).click();
    await page.getByRole('heading', { level: 1, name: '联席会议' }).waitFor();
    expect(await page.getByRole('button', { name: '安排会议' }).count() + (await page.getByText('安排会议').count())).toBeGreaterThan(0);
    await shot(page, 'meetings-1920x1080');
    await page.getByRole('link', { name: '大工委第三次联席会议' }).click();
    await page.getByRole('heading', { level: 1, name: '大工委第三次联席会议' }).waitFor();
    await page.getByRole('heading', { name: '会议纪要' }).waitFor();
    await page.getByText('通报“幸福食堂”送餐进展').waitFor();
    const attendance = page.getByRole('table', { name: '出席情况' });
    await attendance.getByRole('row').filter({ hasText: '市第一人民医院' }).waitFor();
    await page.getByRole('link', { name: /幸福食堂/ }).first().waitFor();
    await shot(page, 'meeting-held-1920x1080');

    // 决策: the decision under way; a vote without quorum is refused in a sentence, then recorded.
    await page.getByRole('link', { name: '决策', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '项目决策（四议两公开）' }).waitFor();
    const fraud = page.locator('article[data-decision="银发反诈课堂"]');
    await fraud.locator('[data-stage="DELIBERATION"][data-state="done"]').waitFor();
    expect(await fraud.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('REVIEW');
    await fraud.getByLabel('应到人数').fill('45');
    await fraud.getByLabel('实到人数').fill('20');
    await fraud.getByLabel('赞成票').fill('18');
    await fraud.getByLabel('反对票').fill('1');
    await fraud.getByRole('button', { name: '记录“审议”' }).click();
    expect(await fraud.getByRole('alert').innerText()).toBe('出席人数未达到法定人数，本次表决无效，请重新召开会议。');
    await fraud.getByLabel('实到人数').fill('36');
    await fraud.getByLabel('赞成票').fill('31');
    await fraud.getByLabel('反对票').fill('3');
    await fraud.getByRole('button', { name: '记录“审议”' }).click();
    await fraud.locator('[data-stage="REVIEW"][data-state="done"]').filter({ hasText: '实到 36 / 应到 45' }).waitFor();
    expect(await fraud.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('RESOLUTION');
    await shot(page, 'decisions-1920x1080');

    // 积分: leaderboards, entries with their causes, service days.
    await page.getByRole('link', { name: '积分', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '积分' }).waitFor();
    const orgBoard = page.getByRole('region', { name: '积分明细' });
    await orgBoard.locator('[data-cause="MEETING_ATTENDANCE"]').first().waitFor();
    expect(await orgBoard.locator('[data-cause="PLEDGE_FULFILLED"]').count()).toBeGreaterThan(0);
    expect(await orgBoard.locator('[data-cause="SERVICE_DAY"]').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: '单位积分榜' }).waitFor();
    expect(await page.getByRole('button', { name: /^报名/ }).count()).toBe(0);
    await shot(page, 'points-1920x1080');

    // The secretary schedules a service day from the dashboard: refusals in sentences, then it is listed.
    const dayDate = ymdFromToday(40);
    await page.locator('summary', { hasText: '安排奉献日' }).click();
    const dayForm = page.locator('form').filter({ has: page.getByLabel('奉献日名称') });
    await dayForm.getByRole('button', { name: '安排奉献日' }).click();
    expect(await dayForm.getByRole('alert').innerText()).toBe('请填写名称。');
    await dayForm.getByLabel('奉献日名称').fill('党员奉献日·垃圾分类宣传');
    await dayForm.getByLabel('日期', { exact: true }).fill(dayDate);
    await dayForm.getByLabel('出席积分').fill('8');
    await dayForm.getByLabel(/^名额/).fill('0');
    await dayForm.getByRole('button', { name: '安排奉献日' }).click();
    expect(await dayForm.getByRole('alert').innerText()).toBe('名额须为 1 至 100000 之间的整数。');
    await dayForm.getByLabel(/^名额/).fill('25');
    await dayForm.getByLabel('之后每月同日重复的次数').fill('1');
    await dayForm.scrollIntoViewIfNeeded();
    await shot(page, 'points-schedule-form-1920x1080', false);
    await dayForm.getByRole('button', { name: '安排奉献日' }).click();
    const newDay = page.locator(`[data-service-day="党员奉献日·垃圾分类宣传 ${dayDate}"]`);
    await newDay.getByText('已报名 0 / 名额 25').waitFor();
    await newDay.getByText('出席得 8 分').waitFor();
    expect(await page.locator('[data-service-day^="党员奉献日·垃圾分类宣传 "]').count()).toBe(2);
    expect(await dayForm.count()).toBe(1);
    expect(await page.locator('summary', { hasText: '安排奉献日' }).locator('xpath=..').getAttribute('open')).toBeNull();

    // 开放数据: every list, which are anonymous, and a member's download.
    await page.getByRole('link', { name: '开放数据' }).click();
    await page.getByRole('heading', { level: 1, name: '开放数据' }).waitFor();
    await page.locator('[data-list="decisions"][data-anonymous="true"]').waitFor();
    expect(await page.locator('[data-list="needs"]').getAttribute('data-anonymous')).toBe('false');
    expect(await page.locator('[data-list="points"]').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载需求清单（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe('needs.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('独居老人助餐');
    await shot(page, 'open-data-1920x1080');

    // English on request.
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await page.getByRole('button', { name: /Switch to Chinese/ }).click();

    // The phone layout holds on the busiest views.
    const phone = await logIn(SECRETARY, PHONE);
    for (const [route, name, heading] of [
      ['/decisions', 'decisions', '项目决策（四议两公开）'],
      ['/points', 'points', '积分'],
      ['/meetings', 'meetings', '联席会议'],
      ['/open-data', 'open-data', '开放数据'],
    ] as const) {
      await phone.goto(`${base}${route}`);
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
      await phone.waitForTimeout(300);
      await shot(phone, `${name}-390x844`);
      await noSideways(phone);
    }

    // 共建协议: the one ending within 30 days is highlighted, the new one is not.
    await page.getByRole('link', { name: '共建协议' }).click();
    await page.getByRole('heading', { level: 1, name: '共建协议' }).waitFor();
    const due = page.locator('[data-agreement="用电安全共建协议"]');
    await due.getByText(/协议将于 \d+ 天后到期，请及时续签/).waitFor();
    expect(await due.getAttribute('data-due')).toBe('true');
    expect(await page.locator('[data-agreement="书香社区共建协议"]').getAttribute('data-due')).toBeNull();
    await shot(page, 'agreements-1920x1080');

    // The secretary records a new agreement between two units: refusals in sentences, then it is listed.
    await page.locator('summary', { hasText: '签订共建协议' }).click();
    const agForm = page.locator('form').filter({ has: page.getByLabel('协议名称') });
    await agForm.getByLabel('协议名称').fill('垃圾分类共建协议');
    await agForm.getByRole('button', { name: '签订共建协议' }).click();
    expect(await agForm.getByRole('alert').innerText()).toBe('请至少选择两个协议方。');
    await agForm.getByLabel('协议方 1', { exact: true }).selectOption({ label: '绿源环保科技有限公司' });
    await agForm.getByLabel('协议方 1 的承诺').fill('每月提供分类垃圾桶与宣传物料');
    await agForm.getByLabel('协议方 2', { exact: true }).selectOption({ label: '绿源环保科技有限公司' });
    await agForm.getByLabel('协议方 2 的承诺').fill('每周两次巡查分类投放点');
    await agForm.getByRole('button', { name: '签订共建协议' }).click();
    expect(await agForm.getByRole('alert').innerText()).toBe('同一单位只能作为一方：绿源环保科技有限公司。');
    await agForm.getByLabel('协议方 2', { exact: true }).selectOption({ label: '和平街道城市管理中队' });
    await agForm.getByRole('button', { name: '添加协议方' }).click();
    await agForm.getByLabel('协议方 3', { exact: true }).selectOption({ label: '幸福里志愿者协会' });
    await agForm.getByLabel('协议方 3 的承诺').fill('组织志愿者在投放点值守');
    await agForm.getByLabel('开始日期').fill(ymdFromToday(0));
    await agForm.getByLabel('到期日期').fill(ymdFromToday(-1));
    await agForm.getByRole('button', { name: '签订共建协议' }).click();
    expect(await agForm.getByRole('alert').innerText()).toBe('到期日期须晚于开始日期。');
    await agForm.getByLabel('到期日期').fill(ymdFromToday(365));
    await agForm.getByLabel('评估周期（月）').fill('3');
    await agForm.getByLabel('协议说明（可选）').fill('推进幸福里小区垃圾分类，三方分工协作。');
    await shot(page, 'agreements-create-form-1920x1080', false);
    await agForm.getByRole('button', { name: '签订共建协议' }).click();
    const created = page.locator('[data-agreement="垃圾分类共建协议"]');
    await created.waitFor();
    const parties = created.getByRole('table', { name: '协议各方' });
    await parties.getByRole('row').filter({ hasText: '绿源环保科技有限公司' }).filter({ hasText: '每月提供分类垃圾桶与宣传物料' }).waitFor();
    await parties.getByRole('row').filter({ hasText: '和平街道城市管理中队' }).filter({ hasText: '每周两次巡查分类投放点' }).waitFor();
    await parties.getByRole('row').filter({ hasText: '幸福里志愿者协会' }).waitFor();
    await created.getByText('每 3 个月评估一次').waitFor();
    expect(await created.getAttribute('data-due')).toBeNull();

    await phone.goto(`${base}/agreements`);
    await phone.locator('[data-agreement]').first().waitFor();
    await shot(phone, 'agreements-390x844');
    await noSideways(phone);
    expect(problems).toEqual([]);
  });

  it('lets a unit representative submit an agenda item and sign up for a service day, and offers no secretary actions', async () => {
    const page = await logIn(HOSPITAL_REP);
    await page.getByRole('link', { name: '联席会议' }).click();
    expect(await page.getByText('安排会议').count()).toBe(0);
    await page.getByRole('link', { name: '大工委第四次联席会议' }).click();
    await page.getByRole('heading', { level: 1, name: '大工委第四次联席会议' }).waitFor();
    expect(await page.getByRole('heading', { name: '记录会议' }).count()).toBe(0);
    await page.getByLabel('议题名称').fill('下季度义诊排班');
    await page.getByLabel('相关项目（可选）').selectOption({ label: '助老送餐“幸福食堂”' });
    await page.getByRole('button', { name: '提交议题' }).click();
    await page.getByRole('listitem').filter({ hasText: '下季度义诊排班' }).filter({ hasText: '赵敏 提交' }).waitFor();
    await shot(page, 'meeting-agenda-rep-1920x1080');

    await page.getByRole('link', { name: '决策', exact: true }).click();
    await page.locator('article[data-decision="银发反诈课堂"]').waitFor();
    expect(await page.getByRole('button', { name: /^记录“/ }).count()).toBe(0);

    await page.getByRole('link', { name: '积分', exact: true }).click();
    const signUp = page.getByRole('button', { name: /^报名：党员奉献日·助老服务/ }).first();
    await signUp.click();
    await page.getByText('您已报名').first().waitFor();
    expect(await page.getByText('安排奉献日').count()).toBe(0);
    await shot(page, 'points-rep-1920x1080');
    await page.getByRole('link', { name: '共建协议' }).click();
    await page.locator('[data-agreement]').first().waitFor();
    expect(await page.getByText('签订共建协议').count()).toBe(0);

    const phone = await logIn(HOSPITAL_REP, PHONE);
    await phone.goto(`${base}/points`);
    await phone.getByText('您已报名').first().waitFor();
    await shot(phone, 'points-rep-390x844');
    await noSideways(phone);
    expect(problems).toEqual([]);
  });
});
