import { startTestServer, GqlResponse, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/**
 * The whole story through the API, as its users would run it: every step is an HTTP request with the
 * acting person's token. Each accepted change must add exactly one row to `events`; each refusal none.
 */

const SELECTIONS: Record<string, string> = {
  createAlliance: 'id name partyCommittee { id name kind }',
  addOrganization: 'id name kind status',
  suspendOrganization: 'id status',
  reinstateOrganization: 'id status',
  grantMembership: 'id role',
  raiseNeed: 'id title status priority',
  updateNeed: 'id status priority',
  registerResource: 'id kind capacity pledged available',
  updateResource: 'id capacity pledged available',
  createProject: 'id status coordinator { id } leadOrganization { id } needs { id status } requirements { id kind quantity pledged fulfilled }',
  transitionProject: 'id status',
  pledgeResource: 'id quantity status organization { id } resource { id pledged available } requirement { id pledged }',
  confirmPledge: 'id status',
  rejectPledge: 'id status reason',
  withdrawPledge: 'id status reason resource { id pledged available }',
  fulfillPledge: 'id status quantity deliveredQuantity requirement { id pledged fulfilled }',
};

const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${SELECTIONS[name]} } }`;

const STATS = `query($id: ID!) { alliance(id: $id) { stats {
  openNeeds pledgedTotal fulfilledTotal activePledges fulfilledPledges fulfilmentRate
  organizationsByKind { kind count }
  projectsByStatus { status count }
  byResourceKind { kind required pledged fulfilled }
  topContributors { organization { id name } pledged fulfilled pledges }
} } }`;

interface Stats {
  openNeeds: number;
  pledgedTotal: number;
  fulfilledTotal: number;
  activePledges: number;
  fulfilledPledges: number;
  fulfilmentRate: number;
  organizationsByKind: Record<string, number>;
  projectsByStatus: Record<string, number>;
  byKind: Record<string, { required: number; pledged: number; fulfilled: number }>;
  top: { id: string; pledged: number; fulfilled: number; pledges: number }[];
}

describe.each(STORES)('the whole story on $name', (store) => {
  let t: TestServer;
  const tok: Record<string, string> = {};
  const id: Record<string, string> = {};
  const ADMIN = `admin-wf-${store.name}@test.cn`;
  const PW = 'story-password-1';

  beforeAll(async () => {
    t = await startTestServer(store);
    await t.services.auth.bootstrapAdmin(ADMIN, PW);
    tok.admin = await t.login(ADMIN, PW);
  });
  afterAll(() => t?.close());

  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc });

  async function stats(who = 'secretary'): Promise<Stats> {
    const r = await t.gql(STATS, { id: id.alliance }, tok[who]);
    expect(r.errors).toBeUndefined();
    const s = r.data.alliance.stats;
    return {
      ...s,
      organizationsByKind: Object.fromEntries(s.organizationsByKind.map((x: any) => [x.kind, x.count])),
      projectsByStatus: Object.fromEntries(s.projectsByStatus.map((x: any) => [x.status, x.count])),
      byKind: Object.fromEntries(s.byResourceKind.map((x: any) => [x.kind, { required: x.required, pledged: x.pledged, fulfilled: x.fulfilled }])),
      top: s.topContributors.map((c: any) => ({ id: c.organization.id, pledged: c.pledged, fulfilled: c.fulfilled, pledges: c.pledges })),
    };
  }

  const resource = async (rid: string) =>
    (await t.gql(`query($id: ID!) { node(id: $id) { ... on Resource { capacity pledged available } } }`, { id: rid }, tok.secretary)).data.node;

  it('an admin creates the alliance and appoints its secretary', async () => {
    // Only admins create alliances; validation names the field.
    await refused('createAlliance', { name: '', region: '街道', partyCommitteeName: '党委' }, 'admin', 'BAD_USER_INPUT', 'name');
    await refused('createAlliance', { name: 'x', region: '街道', partyCommitteeName: '党委' }, null, 'UNAUTHENTICATED');
    const a = await ok('createAlliance', { name: '幸福里大工委', region: '幸福街道 幸福里社区', description: '', partyCommitteeName: '幸福里社区党委' }, 'admin');
    expect(a.partyCommittee.kind).toBe('PARTY_COMMITTEE');
    id.alliance = a.id;
    id.party = a.partyCommittee.id;
    const sec = await ok(
      'grantMembership',
      { allianceId: id.alliance, email: `sec-wf-${store.name}@test.cn`, name: '王书记', role: 'SECRETARY', password: 'secretary-pw-1' },
      'admin',
    );
    expect(sec.role).toBe('SECRETARY');
    tok.secretary = await t.login(`sec-wf-${store.name}@test.cn`, 'secretary-pw-1');
  });

  it('the secretary admits units and appoints their representatives and a committee member', async () => {
    await refused('addOrganization', { allianceId: id.alliance, name: '第二个党委', kind: 'PARTY_COMMITTEE' }, 'secretary', 'BAD_USER_INPUT', 'kind');
    await refused('addOrganization', { allianceId: 'not-an-id!', name: 'x', kind: 'MEMBER_UNIT' }, 'secretary', 'BAD_USER_INPUT', 'allianceId');
    const hospital = await ok('addOrganization', { allianceId: id.alliance, name: '区中心医院', kind: 'MEMBER_UNIT', sector: 'HOSPITAL' }, 'secretary');
    const school = await ok('addOrganization', { allianceId: id.alliance, name: '实验小学', kind: 'MEMBER_UNIT', sector: 'SCHOOL' }, 'secretary');
    const ngo = await ok('addOrganization', { allianceId: id.alliance, name: '阳光志愿者协会', kind: 'SOCIAL_ORGANIZATION' }, 'secretary');
    expect(hospital.status).toBe('ACTIVE');
    id.hospital = hospital.id;
    id.school = school.id;
    id.ngo = ngo.id;
    const grant = (email: string, role: string, organizationId?: string, title?: string) =>
      ok('grantMembership', { allianceId: id.alliance, email, name: email.split('@')[0], role, organizationId, title, password: 'member-pw-12' }, 'secretary');
    // A unit representative needs an organization; a new user needs a real password.
    await refused('grantMembership', { allianceId: id.alliance, email: `x-${store.name}@test.cn`, name: 'x', role: 'UNIT_REPRESENTATIVE', password: 'member-pw-12' },
      'secretary', 'BAD_USER_INPUT', 'organizationId');
    await refused('grantMembership', { allianceId: id.alliance, email: `x-${store.name}@test.cn`, name: 'x', role: 'VIEWER', password: 'short' },
      'secretary', 'BAD_USER_INPUT', 'password');
    await refused('grantMembership', { allianceId: id.alliance, email: 'not-an-email', name: 'x', role: 'VIEWER', password: 'member-pw-12' },
      'secretary', 'BAD_USER_INPUT', 'email');
    for (const [who, role, org, title] of [
      ['repHospital', 'UNIT_REPRESENTATIVE', id.hospital],
      ['repSchool', 'UNIT_REPRESENTATIVE', id.school],
      ['repNgo', 'UNIT_REPRESENTATIVE', id.ngo],
      ['committee', 'COMMITTEE_MEMBER', id.hospital, '兼职副书记'],
      ['supervisor', 'SUPERVISOR'],
    ] as const) {
      const email = `${who.toLowerCase()}-wf-${store.name}@test.cn`;
      const m = await grant(email, role, org, title);
      expect(m.role).toBe(role);
      tok[who] = await t.login(email, 'member-pw-12');
    }
    const s = await stats();
    expect(s.organizationsByKind).toEqual({ PARTY_COMMITTEE: 1, MEMBER_UNIT: 2, SOCIAL_ORGANIZATION: 1 });
    expect(s.projectsByStatus).toEqual({});
    expect(s.pledgedTotal).toBe(0);
    expect(s.fulfilmentRate).toBe(0);
  });

  it('needs are recorded by the secretary and the committee member', async () => {
    await refused('raiseNeed', { allianceId: id.alliance, title: '', description: '', category: 'ELDERLY_CARE' }, 'committee', 'BAD_USER_INPUT', 'title');
    await refused('raiseNeed', { allianceId: id.alliance, title: 'x'.repeat(201), description: '', category: 'ELDERLY_CARE' }, 'committee', 'BAD_USER_INPUT', 'title');
    await refused('raiseNeed', { allianceId: id.alliance, title: '   ', description: '', category: 'ELDERLY_CARE' }, 'committee', 'BAD_USER_INPUT', 'title');
    await refused('raiseNeed', { allianceId: id.alliance, title: '助餐', description: '', category: 'NOT_A_CATEGORY' }, 'committee', 'BAD_USER_INPUT', 'category');
    const n1 = await ok('raiseNeed', { allianceId: id.alliance, title: '独居老人助餐', description: '午餐配送', category: 'ELDERLY_CARE', priority: 'HIGH' }, 'committee');
    const n2 = await ok('raiseNeed', { allianceId: id.alliance, title: '四点半课堂', description: '', category: 'CHILD_CARE' }, 'secretary');
    expect(n1).toMatchObject({ status: 'OPEN', priority: 'HIGH' });
    expect(n2.priority).toBe('MEDIUM');
    id.need1 = n1.id;
    id.need2 = n2.id;
    expect((await stats()).openNeeds).toBe(2);
  });

  it('units register their resources', async () => {
    await refused('registerResource', { organizationId: id.hospital, kind: 'VOLUNTEERS', name: '志愿者', unit: '小时', capacity: -1 },
      'repHospital', 'BAD_USER_INPUT', 'capacity');
    await refused('registerResource', { organizationId: id.hospital, kind: 'VOLUNTEERS', name: '志愿者', unit: '小时', capacity: 1.5 },
      'repHospital', 'BAD_USER_INPUT', 'capacity');
    await refused('registerResource', { organizationId: id.hospital, kind: 'VOLUNTEERS', name: '志愿者', unit: '小时', capacity: 100_000_001 },
      'repHospital', 'BAD_USER_INPUT', 'capacity');
    const reg = async (who: string, organizationId: string, kind: string, name: string, unit: string, capacity: number) => {
      const r = await ok('registerResource', { organizationId, kind, name, unit, capacity }, who);
      expect(r).toMatchObject({ kind, capacity, pledged: 0, available: capacity });
      return r.id as string;
    };
    id.hospitalVolunteers = await reg('repHospital', id.hospital, 'VOLUNTEERS', '医护志愿服务', '小时', 100);
    id.hospitalEquipment = await reg('repHospital', id.hospital, 'EQUIPMENT', '血压计', '台', 10);
    id.schoolVolunteers = await reg('repSchool', id.school, 'VOLUNTEERS', '教师志愿服务', '小时', 40);
    id.schoolFunds = await reg('repSchool', id.school, 'FUNDS', '共建经费', '元', 5000);
    // The secretary may register for a unit too.
    id.ngoVenue = await reg('secretary', id.ngo, 'VENUE', '活动室', '小时', 20);
  });

  it('a committee member creates and proposes a project; the secretary approves it', async () => {
    await refused(
      'createProject',
      { allianceId: id.alliance, title: '助老', description: '', leadOrganizationId: id.hospital, requirements: [] },
      'committee', 'BAD_USER_INPUT', 'requirements',
    );
    await refused(
      'createProject',
      { allianceId: id.alliance, title: '助老', description: '', leadOrganizationId: id.hospital, requirements: [{ kind: 'VOLUNTEERS', quantity: 0, unit: '小时' }] },
      'committee', 'BAD_USER_INPUT', 'requirements.0.quantity',
    );
    const p = await ok(
      'createProject',
      {
        allianceId: id.alliance,
        title: '银龄助餐',
        description: '为独居老人送餐、测血压',
        leadOrganizationId: id.hospital,
        needIds: [id.need1],
        requirements: [
          { kind: 'VOLUNTEERS', quantity: 120, unit: '小时' },
          { kind: 'FUNDS', quantity: 3000, unit: '元' },
        ],
      },
      'committee',
    );
    expect(p.status).toBe('DRAFT');
    expect(p.needs).toEqual([{ id: id.need1, status: 'MATCHED' }]);
    expect(p.requirements.map((r: any) => [r.kind, r.quantity, r.pledged, r.fulfilled])).toEqual([
      ['VOLUNTEERS', 120, 0, 0],
      ['FUNDS', 3000, 0, 0],
    ]);
    id.project = p.id;
    id.reqVolunteers = p.requirements[0].id;
    id.reqFunds = p.requirements[1].id;
    let s = await stats();
    expect(s.openNeeds).toBe(1);
    expect(s.projectsByStatus).toEqual({ DRAFT: 1 });
    expect(s.byKind).toEqual({ FUNDS: { required: 3000, pledged: 0, fulfilled: 0 }, VOLUNTEERS: { required: 120, pledged: 0, fulfilled: 0 } });

    // A draft does not accept pledges.
    const r = await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: 10 }, 'repHospital', 'INVALID_TRANSITION');
    expect(r.errors![0].message).toMatch(/DRAFT/);
    // Skipping a step is refused; the committee member may propose but not approve.
    await refused('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    expect((await ok('transitionProject', { projectId: id.project, to: 'PROPOSED' }, 'committee')).status).toBe('PROPOSED');
    await refused('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'committee', 'FORBIDDEN');
    await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: 10 }, 'repHospital', 'INVALID_TRANSITION');
    expect((await ok('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'secretary')).status).toBe('APPROVED');
    await refused('transitionProject', { projectId: id.project, to: 'COMPLETED' }, 'secretary', 'INVALID_TRANSITION');
    await refused('transitionProject', { projectId: id.project, to: 'DRAFT' }, 'secretary', 'INVALID_TRANSITION');
    s = await stats();
    expect(s.projectsByStatus).toEqual({ APPROVED: 1 });
  });

  it('units pledge; over-capacity, wrong kind and invalid quantities are refused', async () => {
    const p1 = await ok('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: 60 }, 'repHospital');
    expect(p1).toMatchObject({ quantity: 60, status: 'PLEDGED', organization: { id: id.hospital } });
    expect(p1.resource).toEqual({ id: id.hospitalVolunteers, pledged: 60, available: 40 });
    expect(p1.requirement.pledged).toBe(60);
    id.pledgeHospital = p1.id;

    const over = await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: 50 }, 'repHospital', 'CAPACITY_EXCEEDED');
    expect(over.errors![0].message).toMatch(/Only 40 小时 .*available.*50/);
    expect(over.errors![0].extensions).toMatchObject({ available: 40, requested: 50 });
    const kind = await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalEquipment, quantity: 1 }, 'repHospital', 'BAD_USER_INPUT', 'resourceId');
    expect(kind.errors![0].message).toMatch(/VOLUNTEERS.*EQUIPMENT/);
    await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: 0 }, 'repHospital', 'BAD_USER_INPUT', 'quantity');
    await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.hospitalVolunteers, quantity: -3 }, 'repHospital', 'BAD_USER_INPUT', 'quantity');
    // A representative pledges only their own organization's resources.
    await refused('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.schoolVolunteers, quantity: 5 }, 'repHospital', 'FORBIDDEN');
    // Ids of the wrong type are input errors.
    await refused('pledgeResource', { requirementId: id.project, resourceId: id.hospitalVolunteers, quantity: 5 }, 'repHospital', 'BAD_USER_INPUT', 'requirementId');

    const p2 = await ok('pledgeResource', { requirementId: id.reqVolunteers, resourceId: id.schoolVolunteers, quantity: 40 }, 'repSchool');
    id.pledgeSchoolVolunteers = p2.id;
    expect(p2.resource.available).toBe(0);
    const p3 = await ok('pledgeResource', { requirementId: id.reqFunds, resourceId: id.schoolFunds, quantity: 3000 }, 'repSchool');
    id.pledgeSchoolFunds = p3.id;

    const s = await stats();
    expect(s.byKind.VOLUNTEERS).toEqual({ required: 120, pledged: 100, fulfilled: 0 });
    expect(s.byKind.FUNDS).toEqual({ required: 3000, pledged: 3000, fulfilled: 0 });
    expect(s.pledgedTotal).toBe(3100);
    expect(s.activePledges).toBe(3);
    expect(s.fulfilmentRate).toBe(0);
    expect(s.top).toEqual([
      { id: id.school, pledged: 3040, fulfilled: 0, pledges: 2 },
      { id: id.hospital, pledged: 60, fulfilled: 0, pledges: 1 },
    ]);
  });

  it('the secretary confirms one pledge and rejects another; the rejected quantity is released', async () => {
    expect((await ok('confirmPledge', { pledgeId: id.pledgeHospital }, 'secretary')).status).toBe('CONFIRMED');
    await refused('confirmPledge', { pledgeId: id.pledgeHospital }, 'secretary', 'INVALID_TRANSITION');
    await refused('rejectPledge', { pledgeId: id.pledgeSchoolVolunteers, reason: '' }, 'secretary', 'BAD_USER_INPUT', 'reason');
    const rej = await ok('rejectPledge', { pledgeId: id.pledgeSchoolVolunteers, reason: '时间不合适' }, 'secretary');
    expect(rej).toMatchObject({ status: 'REJECTED', reason: '时间不合适' });
    await refused('rejectPledge', { pledgeId: id.pledgeSchoolVolunteers, reason: 'again' }, 'secretary', 'INVALID_TRANSITION');
    await refused('confirmPledge', { pledgeId: id.pledgeSchoolVolunteers }, 'secretary', 'INVALID_TRANSITION');
    expect(await resource(id.schoolVolunteers)).toEqual({ capacity: 40, pledged: 0, available: 40 });
    const s = await stats();
    expect(s.byKind.VOLUNTEERS).toEqual({ required: 120, pledged: 60, fulfilled: 0 });
    expect(s.activePledges).toBe(2);
    expect(s.top).toEqual([
      { id: id.school, pledged: 3000, fulfilled: 0, pledges: 1 },
      { id: id.hospital, pledged: 60, fulfilled: 0, pledges: 1 },
    ]);
  });

  it('the project starts; delivery is recorded (not above the pledge); fulfilled pledges stay put', async () => {
    expect((await ok('transitionProject', { projectId: id.project, to: 'IN_PROGRESS' }, 'secretary')).status).toBe('IN_PROGRESS');
    // Only confirmed pledges can be fulfilled.
    await refused('fulfillPledge', { pledgeId: id.pledgeSchoolFunds, deliveredQuantity: 100 }, 'secretary', 'INVALID_TRANSITION');
    await refused('fulfillPledge', { pledgeId: id.pledgeHospital, deliveredQuantity: 61 }, 'secretary', 'BAD_USER_INPUT', 'deliveredQuantity');
    await refused('fulfillPledge', { pledgeId: id.pledgeHospital, deliveredQuantity: -1 }, 'secretary', 'BAD_USER_INPUT', 'deliveredQuantity');
    const f = await ok('fulfillPledge', { pledgeId: id.pledgeHospital, deliveredQuantity: 55 }, 'secretary');
    expect(f).toMatchObject({ status: 'FULFILLED', quantity: 60, deliveredQuantity: 55, requirement: { pledged: 60, fulfilled: 55 } });
    await refused('fulfillPledge', { pledgeId: id.pledgeHospital, deliveredQuantity: 1 }, 'secretary', 'INVALID_TRANSITION');
    await refused('withdrawPledge', { pledgeId: id.pledgeHospital, reason: 'too late' }, 'repHospital', 'INVALID_TRANSITION');
    await refused('rejectPledge', { pledgeId: id.pledgeHospital, reason: 'too late' }, 'secretary', 'INVALID_TRANSITION');
    // A fulfilled pledge keeps its capacity: the resource cannot shrink below it.
    const shrink = await refused('updateResource', { resourceId: id.hospitalVolunteers, capacity: 59 }, 'repHospital', 'CAPACITY_EXCEEDED', 'capacity');
    expect(shrink.errors![0].message).toMatch(/60/);
    expect((await ok('updateResource', { resourceId: id.hospitalVolunteers, capacity: 80 }, 'repHospital'))).toMatchObject({ capacity: 80, pledged: 60, available: 20 });

    const s = await stats();
    expect(s.byKind.VOLUNTEERS).toEqual({ required: 120, pledged: 60, fulfilled: 55 });
    expect(s.fulfilledTotal).toBe(55);
    expect(s.activePledges).toBe(2);
    expect(s.fulfilledPledges).toBe(1);
    expect(s.fulfilmentRate).toBeCloseTo(0.5);
    expect(s.top).toEqual([
      { id: id.school, pledged: 3000, fulfilled: 0, pledges: 1 },
      { id: id.hospital, pledged: 60, fulfilled: 55, pledges: 1 },
    ]);
  });

  it('a unit withdraws its pledge (only its own representative may)', async () => {
    await refused('withdrawPledge', { pledgeId: id.pledgeSchoolFunds, reason: '预算调整' }, 'repHospital', 'FORBIDDEN');
    await refused('withdrawPledge', { pledgeId: id.pledgeSchoolFunds, reason: '预算调整' }, 'secretary', 'FORBIDDEN');
    const w = await ok('withdrawPledge', { pledgeId: id.pledgeSchoolFunds, reason: '预算调整' }, 'repSchool');
    expect(w).toMatchObject({ status: 'WITHDRAWN', reason: '预算调整', resource: { pledged: 0, available: 5000 } });
    await refused('withdrawPledge', { pledgeId: id.pledgeSchoolFunds, reason: 'again' }, 'repSchool', 'INVALID_TRANSITION');
    await refused('confirmPledge', { pledgeId: id.pledgeSchoolFunds }, 'secretary', 'INVALID_TRANSITION');
    const p = await ok('pledgeResource', { requirementId: id.reqFunds, resourceId: id.schoolFunds, quantity: 1000 }, 'repSchool');
    id.pledgeSchoolFunds2 = p.id;
    const s = await stats();
    expect(s.byKind.FUNDS).toEqual({ required: 3000, pledged: 1000, fulfilled: 0 });
    expect(s.top[0]).toEqual({ id: id.school, pledged: 1000, fulfilled: 0, pledges: 1 });
  });

  it('cancelling a project releases its open pledges and their capacity', async () => {
    const p = await ok(
      'createProject',
      {
        allianceId: id.alliance,
        title: '四点半课堂',
        description: '',
        leadOrganizationId: id.school,
        needIds: [id.need2],
        requirements: [{ kind: 'VOLUNTEERS', quantity: 50, unit: '小时' }, { kind: 'VENUE', quantity: 10, unit: '小时' }],
      },
      'secretary',
    );
    id.project2 = p.id;
    await ok('transitionProject', { projectId: p.id, to: 'PROPOSED' }, 'secretary');
    await ok('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary');
    const a = await ok('pledgeResource', { requirementId: p.requirements[0].id, resourceId: id.hospitalVolunteers, quantity: 20 }, 'repHospital');
    const b = await ok('pledgeResource', { requirementId: p.requirements[0].id, resourceId: id.schoolVolunteers, quantity: 15 }, 'repSchool');
    const c = await ok('pledgeResource', { requirementId: p.requirements[1].id, resourceId: id.ngoVenue, quantity: 8 }, 'repNgo');
    await ok('confirmPledge', { pledgeId: b.id }, 'secretary');
    expect(await resource(id.hospitalVolunteers)).toEqual({ capacity: 80, pledged: 80, available: 0 });
    let s = await stats();
    expect(s.byKind.VOLUNTEERS).toEqual({ required: 170, pledged: 95, fulfilled: 55 });
    expect(s.byKind.VENUE).toEqual({ required: 10, pledged: 8, fulfilled: 0 });
    expect(s.projectsByStatus).toEqual({ IN_PROGRESS: 1, APPROVED: 1 });

    const cancelled = await ok('transitionProject', { projectId: p.id, to: 'CANCELLED', note: '场地改造' }, 'secretary');
    expect(cancelled.status).toBe('CANCELLED');
    const statuses = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Project { status pledges(first: 10) { totalCount edges { node { id status reason } } } } } }`,
      { id: p.id },
      tok.secretary,
    );
    expect(statuses.data.node.pledges.totalCount).toBe(3);
    for (const e of statuses.data.node.pledges.edges) expect(e.node.status).toBe('WITHDRAWN');
    expect(new Set(statuses.data.node.pledges.edges.map((e: any) => e.node.id))).toEqual(new Set([a.id, b.id, c.id]));
    expect(await resource(id.hospitalVolunteers)).toEqual({ capacity: 80, pledged: 60, available: 20 });
    expect(await resource(id.schoolVolunteers)).toEqual({ capacity: 40, pledged: 0, available: 40 });
    expect(await resource(id.ngoVenue)).toEqual({ capacity: 20, pledged: 0, available: 20 });
    // The released pledges and the cancelled project's requirements leave the figures.
    s = await stats();
    expect(s.byKind.VOLUNTEERS).toEqual({ required: 120, pledged: 60, fulfilled: 55 });
    expect(s.byKind.VENUE).toBeUndefined();
    expect(s.projectsByStatus).toEqual({ IN_PROGRESS: 1, CANCELLED: 1 });
    expect(s.top.map((x) => x.id)).toEqual([id.school, id.hospital]);
    // A cancelled project is final and accepts no pledges.
    await refused('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    await refused('transitionProject', { projectId: p.id, to: 'CANCELLED' }, 'secretary', 'INVALID_TRANSITION');
    await refused('pledgeResource', { requirementId: p.requirements[0].id, resourceId: id.hospitalVolunteers, quantity: 1 }, 'repHospital', 'INVALID_TRANSITION');
    await refused('withdrawPledge', { pledgeId: a.id, reason: 'x' }, 'repHospital', 'INVALID_TRANSITION');
  });

  it('the first project completes; needs move on; a completed project is final', async () => {
    await ok('confirmPledge', { pledgeId: id.pledgeSchoolFunds2 }, 'secretary');
    await ok('fulfillPledge', { pledgeId: id.pledgeSchoolFunds2, deliveredQuantity: 1000 }, 'secretary');
    expect((await ok('transitionProject', { projectId: id.project, to: 'COMPLETED' }, 'secretary')).status).toBe('COMPLETED');
    await refused('transitionProject', { projectId: id.project, to: 'CANCELLED' }, 'secretary', 'INVALID_TRANSITION');
    await refused('transitionProject', { projectId: id.project, to: 'IN_PROGRESS' }, 'secretary', 'INVALID_TRANSITION');
    await refused('updateNeed', { needId: id.need1, status: 'OPEN' }, 'secretary', 'INVALID_TRANSITION');
    expect((await ok('updateNeed', { needId: id.need1, status: 'CLOSED' }, 'committee')).status).toBe('CLOSED');
    await refused('updateNeed', { needId: id.need1, status: 'MATCHED' }, 'committee', 'INVALID_TRANSITION');
    await refused('updateNeed', { needId: id.need1, title: '' }, 'committee', 'BAD_USER_INPUT', 'title');
    await refused('updateNeed', { needId: id.need1, title: '  ' }, 'committee', 'BAD_USER_INPUT', 'title');
    await refused('updateResource', { resourceId: id.hospitalVolunteers, name: '' }, 'repHospital', 'BAD_USER_INPUT', 'name');
    const s = await stats();
    expect(s.projectsByStatus).toEqual({ COMPLETED: 1, CANCELLED: 1 });
    expect(s.byKind.FUNDS).toEqual({ required: 3000, pledged: 1000, fulfilled: 1000 });
    expect(s.fulfilledPledges).toBe(2);
    expect(s.activePledges).toBe(2);
    expect(s.fulfilmentRate).toBe(1);
    expect(s.top).toEqual([
      { id: id.school, pledged: 1000, fulfilled: 1000, pledges: 1 },
      { id: id.hospital, pledged: 60, fulfilled: 55, pledges: 1 },
    ]);
    // Anyone may read the published stats.
    const pub = await t.gql(`query($id: ID!) { publicAlliance(id: $id) { stats { fulfilledTotal fulfilmentRate } } }`, { id: id.alliance });
    expect(pub.errors).toBeUndefined();
    expect(pub.data.publicAlliance.stats).toEqual({ fulfilledTotal: 1055, fulfilmentRate: 1 });
  });

  it('suspending a unit stops it pledging; reinstating restores it', async () => {
    const p = await ok(
      'createProject',
      { allianceId: id.alliance, title: '义诊', description: '', leadOrganizationId: id.hospital, requirements: [{ kind: 'VOLUNTEERS', quantity: 10, unit: '小时' }] },
      'secretary',
    );
    await ok('transitionProject', { projectId: p.id, to: 'PROPOSED' }, 'secretary');
    await ok('transitionProject', { projectId: p.id, to: 'APPROVED' }, 'secretary');
    expect((await ok('suspendOrganization', { organizationId: id.school, reason: '换届' }, 'secretary')).status).toBe('SUSPENDED');
    await refused('suspendOrganization', { organizationId: id.school }, 'secretary', 'INVALID_TRANSITION');
    await refused('suspendOrganization', { organizationId: id.party }, 'secretary', 'INVALID_TRANSITION');
    await refused('pledgeResource', { requirementId: p.requirements[0].id, resourceId: id.schoolVolunteers, quantity: 5 }, 'repSchool', 'FORBIDDEN');
    expect((await stats()).organizationsByKind.MEMBER_UNIT).toBe(1);
    expect((await ok('reinstateOrganization', { organizationId: id.school }, 'secretary')).status).toBe('ACTIVE');
    await ok('pledgeResource', { requirementId: p.requirements[0].id, resourceId: id.schoolVolunteers, quantity: 5 }, 'repSchool');
  });

  it('the event log has one gapless entry per accepted change, readable through the API in order', async () => {
    const [row] = await t.ds.query(
      `SELECT count(*)::int n, max(seq)::int hi, count(DISTINCT seq)::int d FROM events e JOIN alliances a ON a.id = e.alliance_id`,
    );
    expect(row.d).toBe(row.n);
    expect(row.hi).toBe(row.n);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResponse = await t.gql(
        `query($id: ID!, $after: String) { alliance(id: $id) { events(first: 25, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { cursor node { type } } } } }`,
        { id: id.alliance, after },
        tok.supervisor,
      );
      expect(r.errors).toBeUndefined();
      const conn = r.data.alliance.events;
      expect(conn.totalCount).toBe(row.n);
      seen.push(...conn.edges.map((e: any) => e.node.type));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(row.n);
    expect(seen[0]).toBe('ALLIANCE_CREATED');
    expect(seen.filter((x) => x === 'PLEDGE_CREATED').length).toBe(
      (await t.ds.query('SELECT count(*)::int n FROM pledges'))[0].n,
    );
    expect(seen.filter((x) => x === 'PROJECT_CREATED').length).toBe(3);
  });
});
