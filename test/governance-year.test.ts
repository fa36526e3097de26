import { hashPassword } from '../server/auth/password';
import { PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/**
 * A year of an alliance's life (issue #8, "how it will be checked"), through the public API only:
 * GraphQL over HTTP for every change and read, GET /export for the open data. A new alliance holds a
 * joint meeting every month (agenda items in before the lead time, attendance, minutes, a resolution
 * on the project), decides a project stage by stage along the default 四议两公开 list (审议 quorum
 * included), approves, publishes it for anonymous readers, delivers it and publishes the results; it
 * holds twelve monthly service days with sign-ups; pledges are fulfilled; every point is explained by
 * its cause and none counts twice (retries with the same idempotency key); residents send feedback and
 * follow it by tracking code while the secretary triages it; an agreement's review falls due and the
 * watchers raise it; and every list is exported as CSV (read as a spreadsheet reads it) and as JSON.
 *
 * Time: the scenario runs now; a meeting "is held" by moving its time into the past month it stands
 * for (as the meetings suite does), service days are scheduled on past months' first days, and the
 * watchers are run as of given dates (as the watchers suite does).
 */

const MEETING = `id title status scheduledAt agendaClosesAt minutes heldAt attendancePoints
  agenda { title project { id } submittedBy { id } }
  attendance { id user { id } organization { id } }
  resolutions { text project { id } }`;
const DECISION = `id status stages nextStage passedAt decisionPublishedAt resultsPublishedAt results project { id status }
  records { kind outcome eligible present votesFor votesAgainst }`;
const FEEDBACK = 'id trackingCode status category reply respondedAt need { id title status }';
const SEL: Record<string, string> = {
  createAlliance: 'id name partyCommittee { id }',
  addOrganization: 'id name',
  grantMembership: 'id user { id }',
  registerResource: 'id capacity available',
  raiseNeed: 'id title description',
  setPointRule: 'resourceKind points per',
  createProject: 'id status requirements { id kind quantity }',
  transitionProject: 'id status',
  startDecision: DECISION,
  recordDecisionStage: DECISION,
  scheduleMeeting: MEETING,
  submitAgendaItem: 'id title project { id }',
  recordMeeting: MEETING,
  scheduleServiceDay: 'id date points capacity',
  signUpForServiceDay: 'id user { id } organization { id } serviceDay { id signedUp }',
  recordServiceDayAttendance: 'id attendanceRecorded signups { user { id } attended }',
  pledgeResource: 'id status quantity',
  confirmPledge: 'id status',
  fulfillPledge: 'id status deliveredQuantity',
  submitFeedback: FEEDBACK,
  answerFeedback: FEEDBACK,
  convertFeedbackToNeed: FEEDBACK,
  createAgreement: 'id nextReviewOn endsOn',
  reviewAgreement: 'id nextReviewOn lastReviewNote',
  renewAgreement: 'id endsOn',
};
const doc = (name: string) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${SEL[name]} } }`;

/** The bytes of a CSV response as text, keeping a BOM (Response.text() would silently drop it). */
async function csvText(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

/** Reads CSV as a spreadsheet does (RFC 4180): a leading BOM, quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF rows. */
function parseCsvAsSpreadsheet(text: string): { bom: boolean; rows: string[][] } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const s = bom ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { bom, rows };
}

/** What a spreadsheet shows for a JSON export cell: formula-looking text carries the apostrophe the CSV adds. */
function shown(type: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return type === 'text' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const NEED_DESCRIPTION = '独居老人就医难，"挂号难、陪诊难"。\n希望：每周两次陪诊，优先 80 岁以上。';

describe.each(STORES)('a year of an alliance’s life on $name', (store) => {
  let t: TestServer;
  let base: string;
  const tok: Record<string, string> = {};
  const uid: Record<string, string> = {};
  const org: Record<string, string> = {};
  const id: Record<string, string> = {};
  const meetingIds: string[] = [];
  const dayIds: string[] = [];
  let yearStart = ''; // first day of the month eleven months ago (the database's calendar)

  beforeAll(async () => {
    t = await startTestServer(store);
    base = t.url.replace(/\/graphql$/, '');
    // The platform admin exists before the alliance (as BOOTSTRAP_ADMIN_EMAIL makes one); everything else goes through the API.
    await t.ds.query(`INSERT INTO users (name, email, password_hash, is_admin) VALUES ('平台管理员', 'admin@year.cn', $1, true)`, [
      await hashPassword(PASSWORD),
    ]);
    tok.admin = await t.login('admin@year.cn', PASSWORD);
    [{ d: yearStart }] = await t.ds.query(`SELECT to_char(date_trunc('month', current_date) - interval '11 months', 'YYYY-MM-DD') AS d`);
  });
  afterAll(() => t?.close());

  const eventsCount = async () => (await t.ds.query('SELECT count(*)::int n FROM events'))[0].n as number;
  const pointEntriesCount = async () => (await t.ds.query('SELECT count(*)::int n FROM point_entries'))[0].n as number;
  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc, unchanged: [pointEntriesCount] });
  const q = async (query: string, variables: Record<string, unknown> = {}, who: string | null = 'secretary') => {
    const r = await t.gql(query, variables, who ? tok[who] : undefined);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  /** Runs a mutation a second time with the same input (and idempotency key): the first result, no event, no points. */
  async function retry(name: string, input: Record<string, unknown>, who: string, first: any) {
    const events = await eventsCount();
    const points = await pointEntriesCount();
    const r = await t.gql(doc(name), { input }, tok[who]);
    expect(r.errors).toBeUndefined();
    expect(r.data[name]).toEqual(first);
    expect(await eventsCount()).toBe(events);
    expect(await pointEntriesCount()).toBe(points);
  }
  /** YYYY-MM-DD `n` calendar months after `date` (the day of the month kept; the scenario only uses the 1st). */
  const addMonths = (date: string, n: number) => {
    const [y, m] = date.split('-').map(Number);
    const total = y * 12 + (m - 1) + n;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${date.slice(8)}`;
  };
  /** YYYY-MM of the scenario's month `i` (0 = eleven months ago, 11 = this month). */
  const monthOf = (i: number) => addMonths(yearStart, i).slice(0, 7);
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  it('a new alliance: the admin founds it, admits its members and appoints its people', async () => {
    const a = await ok('createAlliance', { name: '幸福里社区大工委', region: '和平街道幸福里社区', description: '区域化党建联建', partyCommitteeName: '幸福里社区党委' }, 'admin');
    id.alliance = a.id;
    org.party = a.partyCommittee.id;
    org.hospital = (await ok('addOrganization', { allianceId: a.id, name: '市第一人民医院', kind: 'MEMBER_UNIT', sector: 'HOSPITAL' }, 'admin')).id;
    org.school = (await ok('addOrganization', { allianceId: a.id, name: '幸福里小学', kind: 'MEMBER_UNIT', sector: 'SCHOOL' }, 'admin')).id;
    // A name with a comma and quotes, to be read back from the CSV intact.
    org.social = (await ok('addOrganization', { allianceId: a.id, name: '"阳光"社工服务中心, 幸福里站', kind: 'SOCIAL_ORGANIZATION' }, 'admin')).id;
    const people: [string, string, string, string | undefined][] = [
      ['secretary', '王书记', 'SECRETARY', org.party],
      ['committee', '李委员', 'COMMITTEE_MEMBER', org.hospital],
      ['committee2', '张委员', 'COMMITTEE_MEMBER', org.school],
      ['repHospital', '赵联络员', 'UNIT_REPRESENTATIVE', org.hospital],
      ['repSchool', '钱联络员', 'UNIT_REPRESENTATIVE', org.school],
      ['repSocial', '孙联络员', 'UNIT_REPRESENTATIVE', org.social],
      ['supervisor', '周监督', 'SUPERVISOR', undefined],
      ['viewer', '吴观察', 'VIEWER', undefined],
    ];
    for (const [who, name, role, organizationId] of people) {
      // The admin appoints the first secretary; the secretary appoints everyone else.
      const input = { allianceId: a.id, email: `${who}@year.cn`, name, role, organizationId, title: role === 'COMMITTEE_MEMBER' ? '兼职委员' : undefined, password: PASSWORD };
      const m = await ok('grantMembership', input, who === 'secretary' ? 'admin' : 'secretary');
      uid[who] = m.user.id;
      tok[who] = await t.login(`${who}@year.cn`, PASSWORD);
    }
    const d = await q(`query($id: ID!) { alliance(id: $id) { organizations(first: 10) { totalCount } members(first: 20) { totalCount } decisionStages } }`, { id: a.id });
    expect(d.alliance).toMatchObject({ organizations: { totalCount: 4 }, members: { totalCount: 8 }, decisionStages: null });
  });

  it('lists: resources, needs and point rules', async () => {
    id.volHospital = (await ok('registerResource', { organizationId: org.hospital, kind: 'VOLUNTEERS', name: '医护志愿服务', unit: '小时', capacity: 100 }, 'repHospital')).id;
    id.volSchool = (await ok('registerResource', { organizationId: org.school, kind: 'VOLUNTEERS', name: '教师志愿服务', unit: '小时', capacity: 50 }, 'repSchool')).id;
    id.funds = (await ok('registerResource', { organizationId: org.social, kind: 'FUNDS', name: '公益金, 专款专用', unit: '元', capacity: 10000, description: '=SUM(A1:A9) 不是公式' }, 'repSocial')).id;
    id.need = (await ok('raiseNeed', { allianceId: id.alliance, title: '老人陪诊', description: NEED_DESCRIPTION, category: 'ELDERLY_CARE', priority: 'HIGH' }, 'committee')).id;
    await refused('setPointRule', { allianceId: id.alliance, resourceKind: 'VOLUNTEERS', points: 1, per: 1 }, 'committee', 'FORBIDDEN');
    await ok('setPointRule', { allianceId: id.alliance, resourceKind: 'VOLUNTEERS', points: 1, per: 1 }, 'secretary');
    await ok('setPointRule', { allianceId: id.alliance, resourceKind: 'FUNDS', points: 1, per: 100 }, 'secretary');
  });

  it('a project is decided stage by stage along the default 四议两公开 list, then approved and published', async () => {
    const p = await ok('createProject', {
      allianceId: id.alliance,
      title: '银龄陪诊',
      description: '医院、学校与社工机构共同为独居老人陪诊，每周两次',
      leadOrganizationId: org.hospital,
      needIds: [id.need],
      requirements: [
        { kind: 'VOLUNTEERS', quantity: 60, unit: '小时', description: '陪诊志愿者' },
        { kind: 'FUNDS', quantity: 5000, unit: '元', description: '交通与餐费' },
      ],
      startDate: `${monthOf(0)}-01`,
      endDate: `${monthOf(23)}-01`,
    }, 'committee');
    id.project = p.id;
    id.reqVolunteers = p.requirements.find((r: any) => r.kind === 'VOLUNTEERS').id;
    id.reqFunds = p.requirements.find((r: any) => r.kind === 'FUNDS').id;
    await ok('transitionProject', { projectId: p.id, to: 'PROPOSED' }, 'committee');

    // 提议 by a committee member; the alliance never set a list, so the default one applies.
    await refused('startDecision', { projectId: p.id, proposal: '开展银龄陪诊' }, 'repHospital', 'FORBIDDEN');
    const d0 = await ok('startDecision', { projectId: p.id, proposal: '由医院牵头开展银龄陪诊项目', heldOn: `${monthOf(0)}-03` }, 'committee');
    id.decision = d0.id;
    expect(d0.stages).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION']);
    expect(d0.nextStage).toBe('DELIBERATION');
    // While the decision is open the project cannot be approved directly.
    const blocked = await refused('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    expect(blocked.errors![0].extensions!.reason).toBe('DECISION_REQUIRED');

    const vote = (stage: string, eligible: number, present: number, votesFor: number, votesAgainst: number, heldOn: string) =>
      ({ decisionId: id.decision, stage, eligible, present, votesFor, votesAgainst, heldOn });
    // 商议: the committee (7), more than half present.
    await refused('recordDecisionStage', vote('DELIBERATION', 7, 6, 5, 1, `${monthOf(0)}-05`), 'committee', 'FORBIDDEN');
    expect((await ok('recordDecisionStage', vote('DELIBERATION', 7, 6, 5, 1, `${monthOf(0)}-05`), 'secretary')).nextStage).toBe('REVIEW');
    // 审议: the members' meeting needs two thirds present: 39 of 60 is not enough, 40 is.
    await refused('recordDecisionStage', vote('REVIEW', 60, 39, 39, 0, `${monthOf(0)}-10`), 'secretary', 'BAD_USER_INPUT', 'present');
    const d2 = await ok('recordDecisionStage', vote('REVIEW', 60, 40, 30, 6, `${monthOf(0)}-12`), 'secretary');
    expect(d2.records[2]).toMatchObject({ kind: 'REVIEW', outcome: 'PASSED', eligible: 60, present: 40, votesFor: 30 });
    await refused('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    // 决议 by the representatives; the decision passes and the project is approved.
    const d3 = await ok('recordDecisionStage', vote('RESOLUTION', 25, 21, 19, 2, `${monthOf(0)}-15`), 'secretary');
    expect(d3.status).toBe('PASSED');
    expect((await ok('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary')).status).toBe('APPROVED');
    // Nothing is public before 决议公开.
    const PUB = `query($id: ID!) { publicAlliance(id: $id) { name projects(first: 10) { totalCount edges { node { id title status } } }
      decisions(first: 10) { totalCount edges { node { ${DECISION} } } } } }`;
    expect((await q(PUB, { id: id.alliance }, null)).publicAlliance.decisions.totalCount).toBe(0);
    const d4 = await ok('recordDecisionStage', { decisionId: id.decision, stage: 'DECISION_PUBLICATION', heldOn: `${monthOf(0)}-16`, note: '决议：开展银龄陪诊，每周两次' }, 'secretary');
    expect(d4.decisionPublishedAt).toBeTruthy();
    await ok('transitionProject', { projectId: p.id, to: 'IN_PROGRESS' }, 'secretary');
    // Anyone reads the decision, stage by stage, and the project.
    const pub = (await q(PUB, { id: id.alliance }, null)).publicAlliance;
    expect(pub.name).toBe('幸福里社区大工委');
    expect(pub.decisions.totalCount).toBe(1);
    const node = pub.decisions.edges[0].node;
    expect(node).toMatchObject({ id: id.decision, status: 'PASSED', results: null, project: { id: id.project, status: 'IN_PROGRESS' } });
    expect(node.records.map((r: any) => `${r.kind}:${r.outcome}`)).toEqual(['PROPOSAL:DONE', 'DELIBERATION:PASSED', 'REVIEW:PASSED', 'RESOLUTION:PASSED', 'DECISION_PUBLICATION:DONE']);
    expect(pub.projects.edges.map((e: any) => e.node.id)).toContain(id.project);
  });

  it('twelve monthly joint meetings: agenda items before the lead time, attendance, minutes and a resolution on the project', async () => {
    const attendees = ['secretary', 'committee', 'repHospital', 'repSchool'];
    for (let i = 0; i < 12; i++) {
      const m = await ok('scheduleMeeting', {
        allianceId: id.alliance,
        title: `${monthOf(i)} 联席会议`,
        scheduledAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        location: '社区党群服务中心',
        agendaLeadHours: 72,
        attendancePoints: 2,
      }, 'secretary');
      meetingIds.push(m.id);
      await ok('submitAgendaItem', { meetingId: m.id, title: `银龄陪诊 ${monthOf(i)} 进展`, projectId: id.project }, 'committee');
      await ok('submitAgendaItem', { meetingId: m.id, title: '义诊进社区', description: '每月第一个周六，地点：社区广场' }, 'repHospital');
      await refused('submitAgendaItem', { meetingId: m.id, title: '来旁听' }, 'viewer', 'FORBIDDEN');
      // The month passes: the meeting was held on the 1st of its month (this month's, at the latest an hour ago).
      await t.ds.query(`UPDATE meetings SET scheduled_at = LEAST(($2::text || '-01 09:00:00+08')::timestamptz, now() - interval '1 hour') WHERE id = $1`, [
        Buffer.from(m.id, 'base64url').toString().split(':')[1],
        monthOf(i),
      ]);
      const late = await refused('submitAgendaItem', { meetingId: m.id, title: '迟到的议题' }, 'repSchool', 'INVALID_TRANSITION');
      expect(late.errors![0].message).toMatch(/agenda closed/);
      const input = {
        meetingId: m.id,
        minutes: `会议听取了银龄陪诊项目进展，讨论了义诊安排。\n出席：${attendees.length} 人`,
        attendeeUserIds: attendees.map((w) => uid[w]),
        resolutions: [{ text: `继续推进银龄陪诊（${monthOf(i)}）`, projectId: id.project }, { text: '义诊按月举行' }],
        idempotencyKey: `minutes-${i}`,
      };
      const held = await ok('recordMeeting', input, 'secretary');
      expect(held).toMatchObject({ status: 'HELD', minutes: input.minutes });
      expect(held.agenda).toHaveLength(2);
      expect(held.attendance.map((a: any) => a.user.id).sort()).toEqual(attendees.map((w) => uid[w]).sort());
      expect(held.attendance.find((a: any) => a.user.id === uid.repSchool).organization.id).toBe(org.school);
      expect(held.resolutions[0].project.id).toBe(id.project);
      if (i === 0) {
        // A retry of the same record (same key) gives the same meeting and counts nothing twice.
        await retry('recordMeeting', input, 'secretary', held);
        // Without the key it is refused: a meeting is recorded once.
        await refused('recordMeeting', { ...input, idempotencyKey: undefined }, 'secretary', 'INVALID_TRANSITION');
      }
    }
    const list = await q(`query($id: ID!) { alliance(id: $id) { meetings(first: 20) { totalCount edges { node { status } } } } }`, { id: id.alliance }, 'viewer');
    expect(list.alliance.meetings.totalCount).toBe(12);
    expect(list.alliance.meetings.edges.every((e: any) => e.node.status === 'HELD')).toBe(true);
    const proj = await q(`query($id: ID!) { node(id: $id) { ... on Project { resolutions { text } } } }`, { id: id.project }, 'viewer');
    expect(proj.node.resolutions).toHaveLength(12);
  });

  it('twelve monthly service days (党员奉献日) with sign-ups within the places and attendance', async () => {
    await refused('scheduleServiceDay', { allianceId: id.alliance, title: '党员奉献日', date: yearStart, points: 5 }, 'admin', 'FORBIDDEN');
    const first = await ok('scheduleServiceDay', { allianceId: id.alliance, title: '党员奉献日：清洁家园, 关爱老人', date: yearStart, points: 5, capacity: 3, repeatMonthly: 11 }, 'secretary');
    expect(first).toMatchObject({ date: yearStart, points: 5, capacity: 3 });
    const days = await q(`query($id: ID!) { alliance(id: $id) { serviceDays(first: 20) { totalCount edges { node { id date } } } } }`, { id: id.alliance }, 'viewer');
    expect(days.alliance.serviceDays.totalCount).toBe(12);
    const byDate = days.alliance.serviceDays.edges.map((e: any) => e.node).sort((a: any, b: any) => a.date.localeCompare(b.date));
    expect(byDate.map((d: any) => d.date)).toEqual(Array.from({ length: 12 }, (_, i) => `${monthOf(i)}-01`));
    for (const [i, day] of byDate.entries()) {
      dayIds.push(day.id);
      for (const who of ['repHospital', 'repSchool', 'committee']) await ok('signUpForServiceDay', { serviceDayId: day.id }, who);
      await refused('signUpForServiceDay', { serviceDayId: day.id }, 'repSocial', 'CAPACITY_EXCEEDED');
      await refused('signUpForServiceDay', { serviceDayId: day.id }, 'repHospital', 'CONFLICT');
      await refused('signUpForServiceDay', { serviceDayId: day.id }, 'supervisor', 'FORBIDDEN');
      // The committee member signed up but did not come.
      const input = { serviceDayId: day.id, attendedUserIds: [uid.repHospital, uid.repSchool], idempotencyKey: `day-${i}` };
      const rec = await ok('recordServiceDayAttendance', input, 'secretary');
      expect(rec.attendanceRecorded).toBe(true);
      expect(rec.signups.find((s: any) => s.user.id === uid.committee).attended).toBe(false);
      if (i === 0) {
        await retry('recordServiceDayAttendance', input, 'secretary', rec);
        await refused('recordServiceDayAttendance', { ...input, idempotencyKey: undefined }, 'secretary', 'INVALID_TRANSITION');
      }
    }
  });

  it('pledges are made, confirmed and fulfilled; a retried fulfilment counts nothing twice; the results are published', async () => {
    const pledge = async (who: string, requirementId: string, resourceId: string, quantity: number, delivered: number) => {
      const p = await ok('pledgeResource', { requirementId, resourceId, quantity, note: '按月交付' }, who);
      await refused('confirmPledge', { pledgeId: p.id }, 'committee', 'FORBIDDEN');
      await ok('confirmPledge', { pledgeId: p.id }, 'secretary');
      const input = { pledgeId: p.id, deliveredQuantity: delivered, idempotencyKey: `fulfil-${p.id}` };
      const f = await ok('fulfillPledge', input, 'secretary');
      expect(f).toMatchObject({ status: 'FULFILLED', deliveredQuantity: delivered });
      return { id: p.id, input, result: f };
    };
    const h = await pledge('repHospital', id.reqVolunteers, id.volHospital, 40, 40);
    id.pledgeHospital = h.id;
    await retry('fulfillPledge', h.input, 'secretary', h.result);
    await refused('fulfillPledge', { pledgeId: h.id, deliveredQuantity: 40 }, 'secretary', 'INVALID_TRANSITION');
    // The same key with a different input is a conflict, not a second delivery.
    await refused('fulfillPledge', { ...h.input, deliveredQuantity: 39 }, 'secretary', 'CONFLICT', 'idempotencyKey');
    id.pledgeSchool = (await pledge('repSchool', id.reqVolunteers, id.volSchool, 20, 18)).id;
    id.pledgeFunds = (await pledge('repSocial', id.reqFunds, id.funds, 3000, 3000)).id;

    await ok('transitionProject', { projectId: id.project, to: 'COMPLETED' }, 'secretary');
    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION', results: '   ' }, 'secretary', 'BAD_USER_INPUT', 'results');
    const results = '全年陪诊 58 小时，服务独居老人 23 人次；公益金支出 3,000 元，用于交通与餐费。';
    const d = await ok('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION', results }, 'secretary');
    expect(d).toMatchObject({ results, nextStage: null });
    const pub = await q(`query($id: ID!) { publicAlliance(id: $id) { decisions(first: 5) { edges { node { results resultsPublishedAt project { status } } } } } }`, { id: id.alliance }, null);
    expect(pub.publicAlliance.decisions.edges[0].node).toMatchObject({ results, project: { status: 'COMPLETED' } });
    expect(pub.publicAlliance.decisions.edges[0].node.resultsPublishedAt).toBeTruthy();
  });

  it('every point is explained by its cause, counted once, and the leaderboard in stats adds them up', async () => {
    const ENTRIES = `query($id: ID!, $after: String) { alliance(id: $id) { pointEntries(first: 100, after: $after) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { id holder points cause causeId explanation organization { id } user { id } } } } } }`;
    const entries: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await q(ENTRIES, { id: id.alliance, after }, 'viewer')).alliance.pointEntries;
      entries.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Meetings: 12 × 4 attendees, service days: 12 × 2 attendees, pledges: 3; each for a member and an organization.
    expect(entries).toHaveLength((12 * 4 + 12 * 2 + 3) * 2);
    const keys = entries.map((e) => `${e.cause}|${e.causeId}|${e.holder}`);
    expect(new Set(keys).size).toBe(entries.length); // nothing counted twice
    // Each entry's cause is a real thing of the alliance, reachable by its id, and the explanation says why.
    const CAUSE = `query($id: ID!) { node(id: $id) { __typename
      ... on Pledge { deliveredQuantity pledgeOrganization: organization { id } pledgedBy { id } }
      ... on ServiceDaySignup { attended user { id } signupOrganization: organization { id } serviceDay { date points } }
      ... on MeetingAttendance { user { id } attendanceOrganization: organization { id } meeting { title attendancePoints } } } }`;
    const causes = new Map<string, any>();
    for (const causeId of new Set(entries.map((e) => e.causeId))) causes.set(causeId, (await q(CAUSE, { id: causeId }, 'viewer')).node);
    for (const e of entries) {
      const c = causes.get(e.causeId);
      expect(c).toBeTruthy();
      const holderMatches = e.holder === 'MEMBER' ? (e.user?.id ?? null) : (e.organization?.id ?? null);
      if (e.cause === 'PLEDGE_FULFILLED') {
        expect(c.__typename).toBe('Pledge');
        expect(holderMatches).toBe(e.holder === 'MEMBER' ? c.pledgedBy.id : c.pledgeOrganization.id);
        expect(e.explanation).toContain(String(c.deliveredQuantity));
      } else if (e.cause === 'SERVICE_DAY') {
        expect(c).toMatchObject({ __typename: 'ServiceDaySignup', attended: true });
        expect(holderMatches).toBe(e.holder === 'MEMBER' ? c.user.id : c.signupOrganization.id);
        expect(e.points).toBe(c.serviceDay.points);
        expect(e.explanation).toContain(c.serviceDay.date);
      } else {
        expect(e.cause).toBe('MEETING_ATTENDANCE');
        expect(c.__typename).toBe('MeetingAttendance');
        expect(holderMatches).toBe(e.holder === 'MEMBER' ? c.user.id : c.attendanceOrganization.id);
        expect(e.points).toBe(c.meeting.attendancePoints);
        expect(e.explanation).toContain(c.meeting.title);
      }
    }
    const sum = (pred: (e: any) => boolean) => entries.filter(pred).reduce((s, e) => s + e.points, 0);
    const orgPoints = (o: string) => sum((e) => e.holder === 'ORGANIZATION' && e.organization.id === o);
    const memberPoints = (w: string) => sum((e) => e.holder === 'MEMBER' && e.user.id === uid[w]);
    // By hand: the hospital has two people at every meeting (2 × 2 × 12), the service days (5 × 12) and 40 hours at 1 point.
    expect(orgPoints(org.hospital)).toBe(48 + 60 + 40);
    expect(orgPoints(org.school)).toBe(24 + 60 + 18);
    expect(orgPoints(org.social)).toBe(30);
    expect(orgPoints(org.party)).toBe(24);
    expect(memberPoints('repHospital')).toBe(24 + 60 + 40);
    expect(memberPoints('committee')).toBe(24); // signed up for the days but never came
    expect(memberPoints('repSocial')).toBe(30);

    const STATS = `query($id: ID!) { alliance(id: $id) { stats { points { organizations { organization { id } points entries } members { user { id } points entries } } } } }`;
    const board = (await q(STATS, { id: id.alliance }, 'viewer')).alliance.stats.points;
    expect(board.organizations.map((o: any) => [o.organization.id, o.points])).toEqual([
      [org.hospital, 148],
      [org.school, 102],
      [org.social, 30],
      [org.party, 24],
    ]);
    expect(board.organizations[0].entries).toBe(entries.filter((e) => e.holder === 'ORGANIZATION' && e.organization.id === org.hospital).length);
    for (const m of board.members) expect(m.points).toBe(sum((e) => e.holder === 'MEMBER' && e.user.id === m.user.id));
    expect(board.members[0]).toMatchObject({ user: { id: uid.repHospital }, points: 124 });
    // Anonymous readers see the organizations' board, not the members'.
    const anon = await q(`query($id: ID!) { publicAlliance(id: $id) { stats { points { organizations { points } members { points } } } } }`, { id: id.alliance }, null);
    expect(anon.publicAlliance.stats.points.organizations.map((o: any) => o.points)).toEqual([148, 102, 30, 24]);
    expect(anon.publicAlliance.stats.points.members).toEqual([]);
  });

  it('residents send feedback anonymously and follow it by tracking code; the secretary triages one into a need and answers another', async () => {
    const TRACK = `query($c: String!) { trackFeedback(trackingCode: $c) { status reply allianceName } }`;
    const lamp = await ok('submitFeedback', { allianceId: id.alliance, content: '3 号楼路灯坏了，晚上很黑，"老人不敢出门"。\n请尽快修。', category: 'SAFETY', contact: '139 0000 0000' }, null);
    const meal = await ok('submitFeedback', { allianceId: id.alliance, content: '希望办老年食堂, 中午一顿就好', category: 'ELDERLY_CARE' }, null);
    const noise = await ok('submitFeedback', { allianceId: id.alliance, content: '夜间施工噪音' }, null);
    for (const f of [lamp, meal, noise]) {
      expect(f.trackingCode).toMatch(/^[A-Z2-9]{12}$/);
      expect((await q(TRACK, { c: f.trackingCode }, null)).trackFeedback).toMatchObject({ status: 'RECEIVED', reply: null, allianceName: '幸福里社区大工委' });
    }
    // They came in hours ago (the meal 6 h, the lamp 2 h): the response times are measurable.
    const uuidOf = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1];
    await t.ds.query(`UPDATE feedback SET created_at = now() - interval '6 hours' WHERE id = $1`, [uuidOf(meal.id)]);
    await t.ds.query(`UPDATE feedback SET created_at = now() - interval '2 hours' WHERE id = $1`, [uuidOf(lamp.id)]);
    await refused('convertFeedbackToNeed', { feedbackId: meal.id, title: '老年食堂' }, 'committee', 'FORBIDDEN');
    const converted = await ok('convertFeedbackToNeed', { feedbackId: meal.id, title: '老年助餐点', priority: 'HIGH' }, 'secretary');
    expect(converted).toMatchObject({ status: 'CONVERTED', need: { title: '老年助餐点', status: 'OPEN' } });
    const answered = await ok('answerFeedback', { feedbackId: lamp.id, reply: '已联系物业，路灯 3 日内修复。' }, 'secretary');
    expect(answered.status).toBe('ANSWERED');
    await refused('answerFeedback', { feedbackId: lamp.id, reply: '再答一次' }, 'secretary', 'INVALID_TRANSITION');
    expect((await q(TRACK, { c: meal.trackingCode }, null)).trackFeedback).toMatchObject({ status: 'CONVERTED', reply: expect.stringContaining('需求') });
    expect((await q(TRACK, { c: lamp.trackingCode }, null)).trackFeedback).toMatchObject({ status: 'ANSWERED', reply: '已联系物业，路灯 3 日内修复。' });
    expect((await q(TRACK, { c: noise.trackingCode }, null)).trackFeedback.status).toBe('RECEIVED');

    const FB = 'feedback { received open answered converted averageResponseHours medianResponseHours }';
    const stats = (await q(`query($id: ID!) { alliance(id: $id) { stats { ${FB} } } }`, { id: id.alliance }, 'viewer')).alliance.stats.feedback;
    expect(stats).toMatchObject({ received: 3, open: 1, answered: 1, converted: 1 });
    expect(stats.averageResponseHours).toBeCloseTo(4, 1);
    expect(stats.medianResponseHours).toBeCloseTo(4, 1);
    const pub = (await q(`query($id: ID!) { publicAlliance(id: $id) { stats { ${FB} } } }`, { id: id.alliance }, null)).publicAlliance.stats.feedback;
    expect(pub).toEqual(stats);
    // The need the feedback became is on the needs list.
    const needs = await q(`query($id: ID!) { alliance(id: $id) { needs(first: 10) { totalCount } } }`, { id: id.alliance }, 'viewer');
    expect(needs.alliance.needs.totalCount).toBe(2);
  });

  it('a co-building agreement: its review falls due and the watchers raise it once; reviewing moves it on', async () => {
    const a = await ok('createAgreement', {
      allianceId: id.alliance,
      title: '医校社共建协议',
      description: '陪诊、义诊与课后托管',
      parties: [
        { organizationId: org.party, commitment: '统筹协调，提供场地' },
        { organizationId: org.hospital, commitment: '每月义诊一次，陪诊志愿者' },
        { organizationId: org.school, commitment: '课后托管，教师志愿者' },
      ],
      startsOn: yearStart,
      endsOn: addMonths(yearStart, 24),
      reviewEveryMonths: 6,
    }, 'secretary');
    const due = addMonths(yearStart, 6);
    expect(a.nextReviewOn).toBe(due);
    const dueEvents = async () => {
      const all: any[] = [];
      let after: string | null = null;
      for (;;) {
        const ev: any = (await q(`query($id: ID!, $after: String) { alliance(id: $id) { events(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { type entityId summary actor { id } } } } } }`, { id: id.alliance, after })).alliance.events;
        all.push(...ev.edges.map((e: any) => e.node));
        if (!ev.pageInfo.hasNextPage) break;
        after = ev.pageInfo.endCursor;
      }
      return all.filter((e) => e.type === 'AGREEMENT_REVIEW_DUE');
    };
    expect(await t.services.watchers.run(dayBefore(due))).toBe(0);
    expect(await t.services.watchers.run(due)).toBe(1);
    expect(await t.services.watchers.run(due)).toBe(0);
    const raised = await dueEvents();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ entityId: a.id, actor: null });
    const r = await ok('reviewAgreement', { agreementId: a.id, note: '各方履约良好，陪诊时长超出预期' }, 'secretary');
    expect(r.nextReviewOn).toBe(addMonths(yearStart, 12));
    expect(await t.services.watchers.run(addMonths(yearStart, 12))).toBe(1);
    expect(await dueEvents()).toHaveLength(2);
    expect((await ok('renewAgreement', { agreementId: a.id, endsOn: addMonths(yearStart, 36) }, 'secretary')).endsOn).toBe(addMonths(yearStart, 36));
  });

  it('every list exports as CSV a spreadsheet reads correctly and as JSON with the same rows; anonymous callers get what is published', async () => {
    const index = (await (await fetch(`${base}/export`)).json()) as { lists: { name: string; anonymous: boolean; columns: { name: string; type: string }[] }[] };
    const names = index.lists.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['needs', 'resources', 'projects', 'pledges', 'decisions', 'decision-stages', 'points']));
    const expectedRows: Record<string, number> = {
      needs: 2,
      resources: 3,
      projects: 1,
      pledges: 3,
      decisions: 1,
      'decision-stages': 6,
      points: (12 * 4 + 12 * 2 + 3) * 2,
    };
    const get = async (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    for (const list of index.lists) {
      const csvRes = await get(`/export/${id.alliance}/${list.name}.csv`, tok.supervisor);
      expect(csvRes.status).toBe(200);
      expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const text = await csvText(csvRes);
      const { bom, rows } = parseCsvAsSpreadsheet(text);
      expect(bom).toBe(true);
      expect(rows[0]).toEqual(list.columns.map((c) => c.name));
      const body = rows.slice(1);
      if (list.name in expectedRows) expect(body).toHaveLength(expectedRows[list.name]);
      for (const r of body) expect(r).toHaveLength(list.columns.length);
      const jsonRes = await get(`/export/${id.alliance}/${list.name}.json`, tok.supervisor);
      expect(jsonRes.status).toBe(200);
      const json = (await jsonRes.json()) as { list: string; rows: Record<string, unknown>[] };
      expect(json.list).toBe(list.name);
      expect(json.rows).toHaveLength(body.length);
      // Cell by cell, the spreadsheet shows what the JSON holds.
      json.rows.forEach((row, i) => expect(body[i]).toEqual(list.columns.map((c) => shown(c.type, row[c.name]))));
    }
    // Chinese text with commas, quotes and line breaks survives; formula-looking text is not a formula.
    const needs = parseCsvAsSpreadsheet(await csvText(await get(`/export/${id.alliance}/needs.csv`, tok.viewer))).rows;
    const col = (rows: string[][], name: string) => rows[0].indexOf(name);
    expect(needs.slice(1).map((r) => r[col(needs, 'description')])).toContain(NEED_DESCRIPTION);
    const resources = parseCsvAsSpreadsheet(await csvText(await get(`/export/${id.alliance}/resources.csv`, tok.viewer))).rows;
    expect(resources.slice(1).map((r) => r[col(resources, 'organizationName')])).toContain('"阳光"社工服务中心, 幸福里站');
    expect(resources.slice(1).map((r) => r[col(resources, 'name')])).toContain('公益金, 专款专用');
    // The points ledger explains each entry, with the causes' ids as the API gives them.
    const points = (await (await get(`/export/${id.alliance}/points.json`, tok.viewer)).json()) as { rows: any[] };
    const apiEntries = await q(`query($id: ID!) { alliance(id: $id) { pointEntries(first: 100, cause: PLEDGE_FULFILLED) { edges { node { id causeId points } } } } }`, { id: id.alliance }, 'viewer');
    for (const { node } of apiEntries.alliance.pointEntries.edges) {
      expect(points.rows.find((r) => r.id === node.id)).toMatchObject({ causeId: node.causeId, points: node.points, cause: 'PLEDGE_FULFILLED' });
    }
    // Anonymously: the published project, decision and its stages; nothing that is not published.
    for (const name of ['projects', 'decisions', 'decision-stages']) {
      const res = await get(`/export/${id.alliance}/${name}.csv`);
      expect(res.status).toBe(200);
      const { rows } = parseCsvAsSpreadsheet(await csvText(res));
      expect(rows.length - 1).toBe(expectedRows[name]);
    }
    const stages = parseCsvAsSpreadsheet(await csvText(await get(`/export/${id.alliance}/decision-stages.csv`))).rows;
    expect(stages.slice(1).map((r) => r[col(stages, 'stage')])).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION']);
    for (const name of ['needs', 'resources', 'pledges', 'points']) expect((await get(`/export/${id.alliance}/${name}.csv`)).status).toBe(401);
  });
});
