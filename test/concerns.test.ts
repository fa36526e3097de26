import { ProjectStatus, ResourceKind } from '../server/domain/enums';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

const RAISE = `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id status text targetId target { id } raisedBy { id } } }`;
const ANSWER = `mutation($input: AnswerConcernInput!) { answerConcern(input: $input) { id status answer answeredAt answeredBy { id } } }`;
const READ = `query($id: ID!) { alliance(id: $id) {
  stats { openConcerns }
  concerns(first: 10) { totalCount edges { node { id status text answer targetId raisedBy { id } } } }
  open: concerns(first: 10, status: OPEN) { totalCount }
  events(first: 100) { edges { node { type summary actor { id } } } }
} }`;

describe.each(STORES)('supervision concerns on $name', (store) => {
  let t: TestServer;
  let fx: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    fx = await createAllianceFixture(t.services, `concern-${store.name}`);
    other = await createAllianceFixture(t.services, `concern-other-${store.name}`);
    for (const role of ['secretary', 'supervisor', 'viewer', 'repA', 'committee'] as const) tok[role] = await t.login(fx.emails[role], PASSWORD);
    tok.otherSupervisor = await t.login(other.emails.supervisor, PASSWORD);
  });
  afterAll(() => t?.close());

  it('a supervisor raises concerns on a project and a pledge; members read them; the secretary answers; stats follow', async () => {
    const { resource, project, requirementId } = await createPledgeable(t.services, fx, { capacity: 50, quantity: 100 });
    const pledge = await t.services.pledges.pledge(fx.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 40 });

    const a = await t.gql(RAISE, { input: { targetId: project.nodeId, text: '项目经费使用是否公示？' } }, tok.supervisor);
    expect(a.errors).toBeUndefined();
    expect(a.data.raiseConcern).toMatchObject({ status: 'OPEN', targetId: project.nodeId, target: { id: project.nodeId } });
    expect(a.data.raiseConcern.raisedBy.id).toEqual(expect.any(String));
    const b = await t.gql(RAISE, { input: { targetId: pledge.nodeId, text: '认领 40 小时是否能按时兑现？' } }, tok.supervisor);
    expect(b.errors).toBeUndefined();

    // Every member reads the concerns and the open count; only secretaries and supervisors see who raised them.
    const asViewer = await t.gql(READ, { id: fx.allianceId }, tok.viewer);
    expect(asViewer.errors).toBeUndefined();
    expect(asViewer.data.alliance.stats.openConcerns).toBe(2);
    expect(asViewer.data.alliance.concerns.totalCount).toBe(2);
    expect(asViewer.data.alliance.concerns.edges.map((e: any) => e.node.raisedBy)).toEqual([null, null]);
    const asRep = await t.gql(READ, { id: fx.allianceId }, tok.repA);
    expect(asRep.data.alliance.open.totalCount).toBe(2);

    // A supervisor cannot answer; a secretary can, once.
    const byOther = await t.gql(ANSWER, { input: { concernId: a.data.raiseConcern.id, answer: '我来答' } }, tok.supervisor);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answered = await t.gql(ANSWER, { input: { concernId: a.data.raiseConcern.id, answer: '经费明细已在社区公示栏公示' } }, tok.secretary);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerConcern).toMatchObject({ status: 'ANSWERED', answer: '经费明细已在社区公示栏公示' });
    expect(answered.data.answerConcern.answeredBy.id).toEqual(expect.any(String));
    const again = await t.gql(ANSWER, { input: { concernId: a.data.raiseConcern.id, answer: '再答一次' } }, tok.secretary);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const after = await t.gql(READ, { id: fx.allianceId }, tok.supervisor);
    expect(after.data.alliance.stats.openConcerns).toBe(1);
    expect(after.data.alliance.open.totalCount).toBe(1);
    // The record: both concerns and the answer are in the event log, with actors for the supervisor.
    const events = after.data.alliance.events.edges.map((e: any) => e.node);
    const concernEvents = events.filter((e: any) => e.type.startsWith('CONCERN_'));
    expect(concernEvents.map((e: any) => e.type)).toEqual(['CONCERN_RAISED', 'CONCERN_RAISED', 'CONCERN_ANSWERED']);
    expect(concernEvents[0].summary).toBe('监督委员就「测试项目」提出意见：项目经费使用是否公示？');
    expect(concernEvents[2].summary).toBe('书记答复监督意见：经费明细已在社区公示栏公示');
    expect(concernEvents.every((e: any) => e.actor?.id)).toBe(true);

    // Public stats carry the open count too.
    const pub = await t.gql(`query($id: ID!) { publicAlliance(id: $id) { stats { openConcerns } } }`, { id: fx.allianceId });
    expect(pub.data.publicAlliance.stats.openConcerns).toBe(1);
  });

  it('refuses what is not a concern target, foreign targets, blank texts, and viewers', async () => {
    const { project } = await createPledgeable(t.services, fx);
    const foreign = await createPledgeable(t.services, other);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ targetId: fx.allianceId, text: '整体意见' }, tok.supervisor, 'BAD_USER_INPUT'],
      [{ targetId: 'garbage', text: '意见' }, tok.supervisor, 'BAD_USER_INPUT'],
      [{ targetId: foreign.project.nodeId, text: '意见' }, tok.supervisor, 'NOT_FOUND'],
      [{ targetId: project.nodeId, text: '   ' }, tok.supervisor, 'BAD_USER_INPUT'],
      [{ targetId: project.nodeId, text: '意见' }, tok.viewer, 'FORBIDDEN'],
      [{ targetId: project.nodeId, text: '意见' }, tok.committee, 'FORBIDDEN'],
      [{ targetId: project.nodeId, text: '意见' }, tok.otherSupervisor, 'NOT_FOUND'],
    ];
    const before = (await t.ds.query('SELECT count(*)::int n FROM concerns'))[0].n;
    for (const [input, token, code] of cases) {
      const r = await t.gql(RAISE, { input }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await t.ds.query('SELECT count(*)::int n FROM concerns'))[0].n).toBe(before);
    // A concern is a Node.
    const c = await t.services.concerns.raise(fx.viewers.supervisor, { targetId: project.nodeId, text: '进度为何滞后？' });
    const node = await t.gql(`query($id: ID!) { node(id: $id) { id ... on Concern { text status } } }`, { id: c.nodeId }, tok.viewer);
    expect(node.data.node).toEqual({ id: c.nodeId, text: '进度为何滞后？', status: 'OPEN' });
    const stranger = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: c.nodeId }, tok.otherSupervisor);
    expect(stranger.data.node).toBeNull();
  });
  it('a supervisor raises a concern on a decision (四议两公开) and it resolves to the decision', async () => {
    const { project } = await createPledgeable(t.services, fx, { capacity: 10, quantity: 10 });
    // A second project, still PROPOSED, put to a staged decision.
    let proposed = await t.services.projects.create(fx.viewers.secretary, {
      allianceId: fx.allianceId, title: '加装电梯', description: '', leadOrganizationId: fx.unitA.nodeId,
      requirements: [{ kind: ResourceKind.FUNDS, quantity: 1000, unit: '元' }],
    });
    proposed = await t.services.projects.transition(fx.viewers.secretary, { projectId: proposed.nodeId, to: ProjectStatus.PROPOSED });
    await t.services.decisions.configure(fx.viewers.secretary, { allianceId: fx.allianceId });
    const decision = await t.services.decisions.start(fx.viewers.committee, { projectId: proposed.nodeId, proposal: '为 3 栋加装电梯' });
    const r = await t.gql(RAISE, { input: { targetId: decision.nodeId, text: '表决前是否征求了住户意见？' } }, tok.supervisor);
    expect(r.errors).toBeUndefined();
    expect(r.data.raiseConcern).toMatchObject({ status: 'OPEN', targetId: decision.nodeId, target: { id: decision.nodeId } });
    const foreign = await t.gql(RAISE, { input: { targetId: decision.nodeId, text: '?' } }, tok.otherSupervisor);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(project.nodeId).toBeTruthy();
    await t.services.concerns.answer(fx.viewers.secretary, { concernId: r.data.raiseConcern.id, answer: '已征求意见' });
  });
});
