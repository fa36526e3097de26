import { MembershipRole, NeedCategory, OrganizationKind, OrganizationStatus, ProjectStatus, ResourceKind } from '../server/domain/enums';
import { Viewer } from '../server/auth/viewer';
import { toGlobalId } from '../server/graphql/global-id';
import { ChannelKind, NotificationLanguage } from '../server/domain/notification.enums';
import { DecisionStageKind } from '../server/domain/governance.enums';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { GqlResponse, startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

/**
 * Every mutation × every role, on targets of the caller's own alliance and of another alliance.
 * Each case sets up fresh state through the services (so an allowed call can really succeed), calls
 * the API over HTTP with the role's token, and checks the outcome. On refusal nothing may change:
 * no event row, and every domain table has the same contents as before.
 */

type Role = 'admin' | 'secretary' | 'committee' | 'repOwn' | 'repOther' | 'supervisor' | 'viewer' | 'anonymous' | 'foreignSecretary';
const ROLES: Role[] = ['admin', 'secretary', 'committee', 'repOwn', 'repOther', 'supervisor', 'viewer', 'anonymous', 'foreignSecretary'];

interface Case {
  name: string;
  mutation: string;
  /** Creates what the mutation acts on, in `fx`'s alliance, and returns its input. */
  setup: (t: TestServer, fx: AllianceFixture) => Promise<Record<string, unknown>>;
  allowed: Role[];
  /** The payload's selection when the type has no id (default `id`). */
  select?: string;
  /** Undoes what an allowed call changed that later cases must not see (e.g. an alliance's stage list). */
  cleanup?: (t: TestServer, fx: AllianceFixture) => Promise<void>;
}

let seq = 0;
const uniq = () => `${Date.now().toString(36)}-${++seq}`;

const pledgeable = (t: TestServer, fx: AllianceFixture) => createPledgeable(t.services, fx, { capacity: 10, quantity: 10 });
async function pledged(t: TestServer, fx: AllianceFixture, confirm = false) {
  const { resource, requirementId } = await pledgeable(t, fx);
  const p = await t.services.pledges.pledge(fx.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 2 });
  if (confirm) await t.services.pledges.confirm(fx.viewers.secretary, { pledgeId: p.nodeId });
  return p;
}
async function project(t: TestServer, fx: AllianceFixture, to: ProjectStatus[] = []) {
  let p = await t.services.projects.create(fx.viewers.secretary, {
    allianceId: fx.allianceId,
    title: `项目 ${uniq()}`,
    description: '',
    leadOrganizationId: fx.unitA.nodeId,
    requirements: [{ kind: ResourceKind.VENUE, quantity: 3, unit: '小时' }],
  });
  for (const s of to) p = await t.services.projects.transition(fx.viewers.secretary, { projectId: p.nodeId, to: s });
  return p;
}
const organization = (t: TestServer, fx: AllianceFixture) =>
  t.services.organizations.add(fx.viewers.secretary, { allianceId: fx.allianceId, name: `单位 ${uniq()}`, kind: OrganizationKind.MEMBER_UNIT });

const channel = (t: TestServer, fx: AllianceFixture) =>
  t.services.notifications.addChannel(fx.viewers.secretary, {
    allianceId: fx.allianceId,
    kind: ChannelKind.WECOM,
    name: `群 ${uniq()}`,
    webhookUrl: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k',
    eventTypes: [],
    language: NotificationLanguage.ZH,
  });


const userId = (fx: AllianceFixture, who: keyof AllianceFixture['viewers']) => toGlobalId('User', fx.viewers[who].user!.id);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
const dateFromNow = (days: number) => daysFromNow(days).toISOString().slice(0, 10);

async function proposedProject(t: TestServer, fx: AllianceFixture) {
  return project(t, fx, [ProjectStatus.PROPOSED]);
}
async function openDecision(t: TestServer, fx: AllianceFixture) {
  const p = await proposedProject(t, fx);
  return t.services.decisions.start(fx.viewers.committee, { projectId: p.nodeId, proposal: '提议开展项目' });
}
const meeting = (t: TestServer, fx: AllianceFixture, inDays: number) =>
  t.services.meetings.schedule(fx.viewers.secretary, {
    allianceId: fx.allianceId,
    title: `联席会议 ${uniq()}`,
    scheduledAt: daysFromNow(inDays).toISOString(),
    agendaLeadHours: 72,
    attendancePoints: 2,
  });
const serviceDay = (t: TestServer, fx: AllianceFixture, inDays: number) =>
  t.services.points.scheduleServiceDay(fx.viewers.secretary, {
    allianceId: fx.allianceId,
    title: `党员奉献日 ${uniq()}`,
    date: dateFromNow(inDays),
    points: 5,
    capacity: 20,
    repeatMonthly: 0,
  });
const agreement = (t: TestServer, fx: AllianceFixture) =>
  t.services.agreements.create(fx.viewers.secretary, {
    allianceId: fx.allianceId,
    title: `共建协议 ${uniq()}`,
    parties: [
      { organizationId: fx.unitA.nodeId, commitment: '提供义诊' },
      { organizationId: fx.unitB.nodeId, commitment: '开放操场' },
    ],
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    reviewEveryMonths: 6,
  });
/** Feedback from a resident; older feedback is aged first so the per-address limit never trips the table. */
async function feedback(t: TestServer, fx: AllianceFixture) {
  await t.ds.query(`UPDATE feedback SET created_at = created_at - interval '2 hours'`);
  return t.services.feedback.submit(Viewer.anonymous(), { allianceId: fx.allianceId, content: `反馈 ${uniq()}：路灯不亮`, category: NeedCategory.SAFETY }, '203.0.113.9');
}

const SECRETARY_OR_ADMIN: Role[] = ['admin', 'secretary'];
const RECORDERS: Role[] = ['secretary', 'committee'];

const CASES: Case[] = [
  {
    name: 'createAlliance',
    mutation: 'createAlliance',
    setup: async () => ({ name: `联盟 ${uniq()}`, region: '街道', partyCommitteeName: '党委' }),
    allowed: ['admin'],
  },
  {
    name: 'addOrganization',
    mutation: 'addOrganization',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, name: `单位 ${uniq()}`, kind: 'SOCIAL_ORGANIZATION' }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'suspendOrganization',
    mutation: 'suspendOrganization',
    setup: async (t, fx) => ({ organizationId: (await organization(t, fx)).nodeId, reason: '整改' }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'reinstateOrganization',
    mutation: 'reinstateOrganization',
    setup: async (t, fx) => {
      const org = await organization(t, fx);
      await t.services.organizations.setStatus(fx.viewers.secretary, org.nodeId, OrganizationStatus.SUSPENDED);
      return { organizationId: org.nodeId };
    },
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'grantMembership',
    mutation: 'grantMembership',
    setup: async (_t, fx) => ({
      allianceId: fx.allianceId,
      email: `new-${uniq()}@test.cn`,
      name: '新人',
      role: 'UNIT_REPRESENTATIVE',
      organizationId: fx.unitA.nodeId,
      password: 'a-long-password',
    }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'revokeMembership',
    mutation: 'revokeMembership',
    setup: async (t, fx) => {
      const m = await t.services.memberships.grant(fx.viewers.secretary, {
        allianceId: fx.allianceId,
        email: `leaving-${uniq()}@test.cn`,
        name: '离任',
        role: MembershipRole.VIEWER,
        password: 'a-long-password',
      });
      return { membershipId: m.nodeId };
    },
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'raiseNeed',
    mutation: 'raiseNeed',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, title: `需求 ${uniq()}`, description: '', category: 'HEALTH' }),
    allowed: RECORDERS,
  },
  {
    name: 'updateNeed',
    mutation: 'updateNeed',
    setup: async (t, fx) => {
      const n = await t.services.needs.raise(fx.viewers.secretary, {
        allianceId: fx.allianceId,
        title: `需求 ${uniq()}`,
        description: '',
        category: NeedCategory.HEALTH,
      });
      return { needId: n.nodeId, priority: 'URGENT', status: 'MATCHED' };
    },
    allowed: RECORDERS,
  },
  {
    name: 'registerResource (for unit A)',
    mutation: 'registerResource',
    setup: async (_t, fx) => ({ organizationId: fx.unitA.nodeId, kind: 'VENUE', name: `场地 ${uniq()}`, unit: '小时', capacity: 5 }),
    allowed: ['secretary', 'repOwn'],
  },
  {
    name: 'updateResource (of unit A)',
    mutation: 'updateResource',
    setup: async (t, fx) => {
      const r = await t.services.resources.register(fx.viewers.repA, {
        organizationId: fx.unitA.nodeId,
        kind: ResourceKind.VENUE,
        name: `场地 ${uniq()}`,
        unit: '小时',
        capacity: 5,
      });
      return { resourceId: r.nodeId, capacity: 9, description: '扩容' };
    },
    allowed: ['secretary', 'repOwn'],
  },
  {
    name: 'createProject',
    mutation: 'createProject',
    setup: async (_t, fx) => ({
      allianceId: fx.allianceId,
      title: `项目 ${uniq()}`,
      description: '',
      leadOrganizationId: fx.unitA.nodeId,
      requirements: [{ kind: 'VENUE', quantity: 2, unit: '小时' }],
    }),
    allowed: RECORDERS,
  },
  {
    name: 'transitionProject DRAFT → PROPOSED',
    mutation: 'transitionProject',
    setup: async (t, fx) => ({ projectId: (await project(t, fx)).nodeId, to: 'PROPOSED' }),
    allowed: RECORDERS,
  },
  {
    name: 'transitionProject PROPOSED → APPROVED',
    mutation: 'transitionProject',
    setup: async (t, fx) => ({ projectId: (await project(t, fx, [ProjectStatus.PROPOSED])).nodeId, to: 'APPROVED' }),
    allowed: ['secretary'],
  },
  {
    name: 'transitionProject APPROVED → CANCELLED (with a pledge)',
    mutation: 'transitionProject',
    setup: async (t, fx) => {
      const p = await pledged(t, fx);
      return { projectId: (await t.ds.query('SELECT project_id FROM pledges WHERE id = $1', [p.id]))[0].project_id, to: 'CANCELLED' };
    },
    allowed: ['secretary'],
  },
  {
    name: 'pledgeResource (a resource of unit A)',
    mutation: 'pledgeResource',
    setup: async (t, fx) => {
      const { resource, requirementId } = await pledgeable(t, fx);
      return { requirementId, resourceId: resource.nodeId, quantity: 3 };
    },
    allowed: ['repOwn'],
  },
  {
    name: 'confirmPledge',
    mutation: 'confirmPledge',
    setup: async (t, fx) => ({ pledgeId: (await pledged(t, fx)).nodeId }),
    allowed: ['secretary'],
  },
  {
    name: 'rejectPledge',
    mutation: 'rejectPledge',
    setup: async (t, fx) => ({ pledgeId: (await pledged(t, fx)).nodeId, reason: '不需要' }),
    allowed: ['secretary'],
  },
  {
    name: 'withdrawPledge (unit A’s pledge)',
    mutation: 'withdrawPledge',
    setup: async (t, fx) => ({ pledgeId: (await pledged(t, fx)).nodeId, reason: '变动' }),
    allowed: ['repOwn'],
  },
  {
    name: 'fulfillPledge',
    mutation: 'fulfillPledge',
    setup: async (t, fx) => ({ pledgeId: (await pledged(t, fx, true)).nodeId, deliveredQuantity: 2 }),
    allowed: ['secretary'],
  },
  {
    name: 'raiseConcern (on a project)',
    mutation: 'raiseConcern',
    setup: async (t, fx) => ({ targetId: (await project(t, fx)).nodeId, text: '请说明项目经费来源' }),
    allowed: ['admin', 'secretary', 'supervisor'],
  },
  {
    name: 'answerConcern',
    mutation: 'answerConcern',
    setup: async (t, fx) => {
      const c = await t.services.concerns.raise(fx.viewers.supervisor, { targetId: (await pledged(t, fx)).nodeId, text: '认领数量是否属实？' });
      return { concernId: c.nodeId, answer: '已核实，数量属实' };
    },
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'addNotificationChannel',
    mutation: 'addNotificationChannel',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, kind: 'WECOM', name: `群 ${uniq()}`, webhookUrl: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k', eventTypes: ['NEED_RAISED'] }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'updateNotificationChannel',
    mutation: 'updateNotificationChannel',
    setup: async (t, fx) => ({ channelId: (await channel(t, fx)).nodeId, enabled: false, eventTypes: ['PLEDGE_CREATED'] }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'removeNotificationChannel',
    mutation: 'removeNotificationChannel',
    setup: async (t, fx) => ({ channelId: (await channel(t, fx)).nodeId }),
    allowed: SECRETARY_OR_ADMIN,
  },
  {
    name: 'updateNotificationPreferences (one’s own)',
    mutation: 'updateNotificationPreferences',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, eventTypes: ['PLEDGE_CREATED', 'NEED_RAISED'], digest: false }),
    allowed: ['secretary', 'committee', 'repOwn', 'repOther', 'supervisor', 'viewer'],
  },
  // Governance (issue #8): secretaries run meetings, decisions, service days, agreements and feedback;
  // committee members propose and vote; unit representatives sign up for service days. The alliance's
  // rules (stage list, point rules) are configuration, which a platform admin may also set, as with
  // notification channels; running the alliance's work is not the admin's.
  {
    name: 'configureDecisionStages',
    mutation: 'configureDecisionStages',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, stages: ['PROPOSAL', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION'] }),
    allowed: SECRETARY_OR_ADMIN,
    // The stage list would make every later project need a decision before approval.
    cleanup: async (t, fx) => void (await t.ds.query('DELETE FROM decision_settings WHERE alliance_id = $1', [fx.allianceUuid])),
  },
  {
    name: 'startDecision (a PROPOSED project)',
    mutation: 'startDecision',
    setup: async (t, fx) => ({ projectId: (await proposedProject(t, fx)).nodeId, proposal: '提议为 3 栋加装电梯', heldOn: '2026-03-01' }),
    allowed: RECORDERS,
  },
  {
    name: 'recordDecisionStage (商议 with a quorum)',
    mutation: 'recordDecisionStage',
    setup: async (t, fx) => ({
      decisionId: (await openDecision(t, fx)).nodeId,
      stage: DecisionStageKind.DELIBERATION,
      eligible: 7,
      present: 6,
      votesFor: 5,
      votesAgainst: 1,
    }),
    allowed: ['secretary'],
  },
  {
    name: 'recordDecisionStage (决议公开 of a passed decision)',
    mutation: 'recordDecisionStage',
    setup: async (t, fx) => {
      const d = await t.services.decisions.start(fx.viewers.secretary, { projectId: (await proposedProject(t, fx)).nodeId, proposal: '提议' });
      for (const stage of [DecisionStageKind.DELIBERATION, DecisionStageKind.REVIEW, DecisionStageKind.RESOLUTION]) {
        await t.services.decisions.record(fx.viewers.secretary, { decisionId: d.nodeId, stage, eligible: 9, present: 9, votesFor: 9, votesAgainst: 0 });
      }
      return { decisionId: d.nodeId, stage: DecisionStageKind.DECISION_PUBLICATION, note: '决议：加装电梯' };
    },
    allowed: ['secretary'],
  },
  {
    name: 'raiseConcern (on a decision)',
    mutation: 'raiseConcern',
    setup: async (t, fx) => ({ targetId: (await openDecision(t, fx)).nodeId, text: '审议的到会人数是否属实？' }),
    allowed: ['admin', 'secretary', 'supervisor'],
  },
  {
    name: 'scheduleMeeting',
    mutation: 'scheduleMeeting',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, title: `联席会议 ${uniq()}`, scheduledAt: daysFromNow(20).toISOString(), location: '社区会议室' }),
    allowed: ['secretary'],
  },
  {
    name: 'submitAgendaItem (before the agenda closes)',
    mutation: 'submitAgendaItem',
    setup: async (t, fx) => ({
      meetingId: (await meeting(t, fx, 20)).nodeId,
      title: '议题：加装电梯',
      description: '请审议',
      projectId: (await project(t, fx)).nodeId,
    }),
    allowed: ['secretary', 'committee', 'repOwn', 'repOther'],
  },
  {
    name: 'recordMeeting (once held)',
    mutation: 'recordMeeting',
    setup: async (t, fx) => ({
      meetingId: (await meeting(t, fx, -1)).nodeId,
      minutes: '会议纪要：审议加装电梯',
      attendeeUserIds: [userId(fx, 'secretary'), userId(fx, 'committee'), userId(fx, 'repA')],
      resolutions: [{ text: '同意推进', projectId: (await project(t, fx)).nodeId }],
    }),
    allowed: ['secretary'],
  },
  {
    name: 'setPointRule',
    mutation: 'setPointRule',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, resourceKind: 'EQUIPMENT', points: 1, per: 2 }),
    allowed: SECRETARY_OR_ADMIN,
    select: 'resourceKind points per',
  },
  {
    name: 'scheduleServiceDay',
    mutation: 'scheduleServiceDay',
    setup: async (_t, fx) => ({ allianceId: fx.allianceId, title: `党员奉献日 ${uniq()}`, date: dateFromNow(30), points: 5, repeatMonthly: 2 }),
    allowed: ['secretary'],
  },
  {
    name: 'signUpForServiceDay',
    mutation: 'signUpForServiceDay',
    setup: async (t, fx) => ({ serviceDayId: (await serviceDay(t, fx, 10)).nodeId }),
    allowed: ['committee', 'repOwn', 'repOther'],
  },
  {
    name: 'recordServiceDayAttendance (on the day after)',
    mutation: 'recordServiceDayAttendance',
    setup: async (t, fx) => {
      const day = await serviceDay(t, fx, -2);
      await t.services.points.signUp(fx.viewers.repA, { serviceDayId: day.nodeId });
      await t.services.points.signUp(fx.viewers.repB, { serviceDayId: day.nodeId });
      return { serviceDayId: day.nodeId, attendedUserIds: [userId(fx, 'repA')] };
    },
    allowed: ['secretary'],
  },
  {
    name: 'createAgreement',
    mutation: 'createAgreement',
    setup: async (_t, fx) => ({
      allianceId: fx.allianceId,
      title: `共建协议 ${uniq()}`,
      parties: [
        { organizationId: fx.party.nodeId, commitment: '统筹协调' },
        { organizationId: fx.unitA.nodeId, commitment: '每月义诊' },
      ],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      reviewEveryMonths: 3,
    }),
    allowed: ['secretary'],
  },
  {
    name: 'reviewAgreement',
    mutation: 'reviewAgreement',
    setup: async (t, fx) => ({ agreementId: (await agreement(t, fx)).nodeId, note: '履约良好' }),
    allowed: ['secretary'],
  },
  {
    name: 'renewAgreement',
    mutation: 'renewAgreement',
    setup: async (t, fx) => ({ agreementId: (await agreement(t, fx)).nodeId, endsOn: '2028-12-31' }),
    allowed: ['secretary'],
  },
  {
    name: 'submitFeedback (anyone, no login)',
    mutation: 'submitFeedback',
    setup: async (t, fx) => {
      await t.ds.query(`UPDATE feedback SET created_at = created_at - interval '2 hours'`);
      return { allianceId: fx.allianceId, content: '小区门口积水，请处理', category: 'ENVIRONMENT' };
    },
    allowed: ROLES,
  },
  {
    name: 'answerFeedback',
    mutation: 'answerFeedback',
    setup: async (t, fx) => ({ feedbackId: (await feedback(t, fx)).nodeId, reply: '已联系物业维修' }),
    allowed: ['secretary'],
  },
  {
    name: 'convertFeedbackToNeed',
    mutation: 'convertFeedbackToNeed',
    setup: async (t, fx) => ({ feedbackId: (await feedback(t, fx)).nodeId, title: '维修路灯', priority: 'HIGH' }),
    allowed: ['secretary'],
  },
];

// The cancel case's setup reads a raw uuid; it is turned into a global id before the call.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-/;

const doc = (name: string, select = 'id') => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${select} } }`;

/** What a refused role should get when acting on a target in the caller's own alliance. */
function expectedRefusal(c: Case, role: Role): string {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  if (role === 'foreignSecretary') return c.mutation === 'createAlliance' ? 'FORBIDDEN' : 'NOT_FOUND';
  return 'FORBIDDEN';
}

/** Every domain table's contents, fingerprinted: equal fingerprints mean nothing changed. */
const TABLES = [
  'users', 'alliances', 'organizations', 'memberships', 'needs', 'resources', 'projects', 'project_needs', 'requirements', 'pledges', 'events',
  'concerns', 'notification_channels', 'notification_preferences', 'notification_outbox',
  'decision_settings', 'decisions', 'decision_stages', 'meetings', 'agenda_items', 'meeting_attendance', 'meeting_resolutions',
  'point_rules', 'point_entries', 'service_days', 'service_day_signups', 'agreements', 'agreement_parties', 'feedback', 'watch_alerts',
];
async function fingerprint(t: TestServer): Promise<Record<string, string>> {
  const [row] = await t.ds.query(
    `SELECT ${TABLES.map((x) => `(SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${x} t) AS ${x}`).join(', ')}`,
  );
  return row;
}
const eventCount = async (t: TestServer) => (await t.ds.query('SELECT count(*)::int n FROM events'))[0].n as number;

describe.each(STORES)('authorization on $name', (store) => {
  let t: TestServer;
  let own: AllianceFixture;
  let other: AllianceFixture;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    own = await createAllianceFixture(t.services, `authz-own-${store.name}`);
    other = await createAllianceFixture(t.services, `authz-other-${store.name}`);
    const login = (email: string) => t.login(email, PASSWORD);
    [tokens.admin, tokens.secretary, tokens.committee, tokens.repOwn, tokens.repOther, tokens.supervisor, tokens.viewer, tokens.foreignSecretary] =
      await Promise.all([
        login(own.emails.admin),
        login(own.emails.secretary),
        login(own.emails.committee),
        login(own.emails.repA),
        login(own.emails.repB),
        login(own.emails.supervisor),
        login(own.emails.viewer),
        login(other.emails.secretary),
      ]);
  });
  afterAll(() => t?.close());

  async function attempt(c: Case, fx: AllianceFixture, role: Role) {
    const input = await c.setup(t, fx);
    if (typeof input.projectId === 'string' && UUID.test(input.projectId)) input.projectId = toGlobalId('Project', input.projectId);
    const before = await fingerprint(t);
    const events = await eventCount(t);
    const r: GqlResponse = await t.gql(doc(c.mutation, c.select), { input }, role === 'anonymous' ? undefined : tokens[role]);
    return { r, before, events };
  }

  async function expectAllowed(c: Case, fx: AllianceFixture, role: Role) {
    const { r, events } = await attempt(c, fx, role);
    expect(r.errors).toBeUndefined();
    if (c.select) expect(r.data[c.mutation]).toEqual(expect.any(Object));
    else expect(r.data[c.mutation].id).toEqual(expect.any(String));
    expect(await eventCount(t)).toBe(events + 1);
  }

  async function expectRefused(c: Case, fx: AllianceFixture, role: Role, codes: string[]) {
    const { r, before } = await attempt(c, fx, role);
    expect(r.data?.[c.mutation] ?? null).toBeNull();
    expect(codes).toContain(r.errors?.[0]?.extensions?.code);
    expect(await fingerprint(t)).toEqual(before);
    return r;
  }

  describe.each(CASES)('$name in the caller’s own alliance', (c) => {
    it.each(ROLES)('as %s', async (role) => {
      try {
        if (c.allowed.includes(role)) await expectAllowed(c, own, role);
        else await expectRefused(c, own, role, [expectedRefusal(c, role)]);
      } finally {
        await c.cleanup?.(t, own);
      }
    });
  });

  // Members of one alliance acting on another alliance's things: never data, never an effect.
  const MEMBER_ROLES: Role[] = ['secretary', 'committee', 'repOwn', 'repOther', 'supervisor', 'viewer'];
  // Open to anyone (a resident's feedback) is open in every alliance.
  const OPEN_TO_ANYONE = (c: Case) => c.allowed.includes('anonymous');
  describe.each(CASES.filter((c) => c.mutation !== 'createAlliance' && !OPEN_TO_ANYONE(c)))('$name in another alliance', (c) => {
    it.each(MEMBER_ROLES)('as %s of the first alliance', async (role) => {
      const r = await expectRefused(c, other, role, ['NOT_FOUND', 'FORBIDDEN']);
      // Nothing about the other alliance leaks through the message.
      const text = JSON.stringify(r.errors);
      for (const secret of [other.unitA.name, other.unitB.name, other.party.name, other.emails.secretary]) expect(text).not.toContain(secret);
    });
  });

  it.each(MEMBER_ROLES)('as %s of the first alliance, submitting feedback to another alliance is allowed (as any resident)', async (role) => {
    const c = CASES.find((x) => x.mutation === 'submitFeedback')!;
    await expectAllowed(c, other, role);
  });

  describe('ids of another alliance inside an own-alliance input', () => {
    it('pledging an own resource to another alliance’s requirement is NOT_FOUND', async () => {
      const mine = await pledgeable(t, own);
      const theirs = await pledgeable(t, other);
      const before = await fingerprint(t);
      const r = await t.gql(doc('pledgeResource'), { input: { requirementId: theirs.requirementId, resourceId: mine.resource.nodeId, quantity: 1 } }, tokens.repOwn);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await fingerprint(t)).toEqual(before);
    });

    it('pledging another alliance’s resource to an own requirement is NOT_FOUND', async () => {
      const mine = await pledgeable(t, own);
      const theirs = await pledgeable(t, other);
      const before = await fingerprint(t);
      const r = await t.gql(doc('pledgeResource'), { input: { requirementId: mine.requirementId, resourceId: theirs.resource.nodeId, quantity: 1 } }, tokens.repOwn);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await fingerprint(t)).toEqual(before);
    });

    it('a project led by another alliance’s organization, or answering its needs, is NOT_FOUND', async () => {
      const need = await t.services.needs.raise(other.viewers.secretary, { allianceId: other.allianceId, title: '外部', description: '', category: NeedCategory.HEALTH });
      const base = { allianceId: own.allianceId, title: '越界', description: '', requirements: [{ kind: 'VENUE', quantity: 1, unit: '小时' }] };
      const before = await fingerprint(t);
      const lead = await t.gql(doc('createProject'), { input: { ...base, leadOrganizationId: other.unitA.nodeId } }, tokens.secretary);
      expect(lead.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'leadOrganizationId' });
      const needs = await t.gql(doc('createProject'), { input: { ...base, leadOrganizationId: own.unitA.nodeId, needIds: [need.nodeId] } }, tokens.committee);
      expect(needs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'needIds' });
      expect(await fingerprint(t)).toEqual(before);
    });

    it('granting a role in an organization of another alliance is NOT_FOUND', async () => {
      const before = await fingerprint(t);
      const r = await t.gql(
        doc('grantMembership'),
        { input: { allianceId: own.allianceId, email: `x-${uniq()}@test.cn`, name: 'x', role: 'UNIT_REPRESENTATIVE', organizationId: other.unitA.nodeId, password: 'a-long-password' } },
        tokens.secretary,
      );
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organizationId' });
      expect(await fingerprint(t)).toEqual(before);
    });

    it('registering a resource for another alliance’s organization is NOT_FOUND, even for its own rep’s peer', async () => {
      const before = await fingerprint(t);
      const r = await t.gql(doc('registerResource'), { input: { organizationId: other.unitA.nodeId, kind: 'VENUE', name: 'x', unit: '小时', capacity: 1 } }, tokens.repOwn);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await fingerprint(t)).toEqual(before);
    });

    it('reading another alliance’s things by id gives nothing', async () => {
      const theirs = await pledgeable(t, other);
      for (const nodeId of [other.allianceId, other.unitA.nodeId, theirs.resource.nodeId, theirs.project.nodeId, theirs.requirementId]) {
        const r = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: nodeId }, tokens.secretary);
        expect(r.data?.node ?? null).toBeNull();
      }
      const a = await t.gql(`query($id: ID!) { alliance(id: $id) { id name } }`, { id: other.allianceId }, tokens.secretary);
      expect(a.data?.alliance ?? null).toBeNull();
    });
  });

  it('an idempotency key belongs to its user: another user with the same key gets their own result', async () => {
    const key = `shared-${uniq()}`;
    const a = await pledgeable(t, own);
    const mine = await t.gql(doc('pledgeResource'), { input: { requirementId: a.requirementId, resourceId: a.resource.nodeId, quantity: 1, idempotencyKey: key } }, tokens.repOwn);
    expect(mine.errors).toBeUndefined();
    const b = await t.services.resources.register(own.viewers.repB, { organizationId: own.unitB.nodeId, kind: ResourceKind.VOLUNTEERS, name: 'B', unit: '小时', capacity: 5 });
    const theirs = await t.gql(doc('pledgeResource'), { input: { requirementId: a.requirementId, resourceId: b.nodeId, quantity: 1, idempotencyKey: key } }, tokens.repOther);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.pledgeResource.id).not.toBe(mine.data.pledgeResource.id);
    // A key replays only to its own user: repB sending repA's exact request with repA's key is judged as repB.
    const key2 = `shared-${uniq()}`;
    const input = { requirementId: a.requirementId, resourceId: a.resource.nodeId, quantity: 2, idempotencyKey: key2 };
    const first = await t.gql(doc('pledgeResource'), { input }, tokens.repOwn);
    expect(first.errors).toBeUndefined();
    const before = await fingerprint(t);
    const replay = await t.gql(doc('pledgeResource'), { input }, tokens.repOther);
    expect(replay.data?.pledgeResource ?? null).toBeNull();
    expect(replay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint(t)).toEqual(before);
  });
});
