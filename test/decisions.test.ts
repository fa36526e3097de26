import { createAllianceFixture, AllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/**
 * Staged decisions (四议两公开) through HTTP: the default stage list for alliances that never set one,
 * the stage list per alliance, who may do what, quorum and majority rules, APPROVED only after a passed
 * resolution (while a decision is open, or always once the alliance set its list), publication to
 * anonymous callers, one event per accepted change and none per refusal.
 */

const DECISION = `id status stages nextStage proposal passedAt decisionPublishedAt resultsPublishedAt results
  project { id status } proposedBy { id }
  records { kind position outcome eligible present votesFor votesAgainst votesAbstain heldOn note recordedBy { id } }`;

const M: Record<string, string> = {
  configureDecisionStages: 'id decisionStages',
  startDecision: DECISION,
  recordDecisionStage: DECISION,
  transitionProject: 'id status',
};

const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${M[name]} } }`;

const PUBLIC = `query($id: ID!) { publicAlliance(id: $id) { decisionStages decisions(first: 10) { totalCount edges { node { ${DECISION} } } } } }`;

describe.each(STORES)('staged decisions on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `dec-${store.name}`);
    other = await createAllianceFixture(t.services, `dec2-${store.name}`);
    for (const who of Object.keys(f.emails) as (keyof AllianceFixture['emails'])[]) tok[who] = await t.login(f.emails[who], PASSWORD);
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc });

  async function newProposedProject(title: string): Promise<string> {
    const p = await t.services.projects.create(f.viewers.committee, {
      allianceId: f.allianceId,
      title,
      description: '',
      leadOrganizationId: f.unitA.nodeId,
      requirements: [{ kind: 'VOLUNTEERS' as never, quantity: 10, unit: '小时' }],
    });
    await t.services.projects.transition(f.viewers.committee, { projectId: p.nodeId, to: 'PROPOSED' as never });
    return p.nodeId;
  }

  const vote = (decisionId: string, stage: string, eligible: number, present: number, votesFor: number, votesAgainst = 0, extra = {}) => ({
    decisionId,
    stage,
    eligible,
    present,
    votesFor,
    votesAgainst,
    heldOn: '2026-03-01',
    ...extra,
  });

  it('an alliance without a stage list approves directly, as before', async () => {
    const pid = await newProposedProject('未采用分段决策的项目');
    const p = await ok('transitionProject', { projectId: pid, to: 'APPROVED' }, 'secretary');
    expect(p.status).toBe('APPROVED');
    const r = await t.gql(`query($id: ID!) { alliance(id: $id) { decisionStages } }`, { id: f.allianceId }, tok.viewer);
    expect(r.data.alliance.decisionStages).toBeNull();
  });

  it('a decision on an alliance that never set a stage list follows the default 四议两公开 list', async () => {
    const pid = await newProposedProject('未设定环节的大工委的项目');
    const d = await ok('startDecision', { projectId: pid, proposal: '按默认环节决策' }, 'committee');
    expect(d.stages).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION']);
    expect(d).toMatchObject({ status: 'OPEN', nextStage: 'DELIBERATION', project: { id: pid, status: 'PROPOSED' } });
    const [e] = await t.ds.query(`SELECT type, payload FROM events WHERE alliance_id = $1 ORDER BY seq DESC LIMIT 1`, [f.allianceUuid]);
    expect(e.type).toBe('DECISION_STARTED');
    expect(e.payload.stages).toHaveLength(6);
    // Starting a decision does not set a stage list for the alliance.
    const r = await t.gql(`query($id: ID!) { alliance(id: $id) { decisionStages } }`, { id: f.allianceId }, tok.viewer);
    expect(r.data.alliance.decisionStages).toBeNull();
    expect((await t.ds.query(`SELECT count(*)::int n FROM decision_settings WHERE alliance_id = $1`, [f.allianceUuid]))[0].n).toBe(0);
    id.defaultDecision = d.id;
    id.defaultProject = pid;
  });

  it('without a stage list, approval waits while a decision is open and follows once it passes', async () => {
    const blocked = await refused('transitionProject', { projectId: id.defaultProject, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    expect(blocked.errors![0].extensions).toMatchObject({ reason: 'DECISION_REQUIRED', from: 'PROPOSED', to: 'APPROVED' });
    await ok('recordDecisionStage', vote(id.defaultDecision, 'DELIBERATION', 9, 7, 6, 1), 'secretary');
    // 审议 under the default list keeps its quorum rule: 2/3 of 30 is 20.
    await refused('recordDecisionStage', vote(id.defaultDecision, 'REVIEW', 30, 19, 19), 'secretary', 'BAD_USER_INPUT', 'present');
    await ok('recordDecisionStage', vote(id.defaultDecision, 'REVIEW', 30, 20, 11, 9), 'secretary');
    await refused('transitionProject', { projectId: id.defaultProject, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    const passed = await ok('recordDecisionStage', vote(id.defaultDecision, 'RESOLUTION', 15, 8, 5, 3), 'secretary');
    expect(passed.status).toBe('PASSED');
    const p = await ok('transitionProject', { projectId: id.defaultProject, to: 'APPROVED' }, 'secretary');
    expect(p.status).toBe('APPROVED');
  });

  it('without a stage list, a project whose decision was rejected needs a new, passed one; one never put to a decision approves directly', async () => {
    const pid = await newProposedProject('被否决后重新决策的项目');
    const d = await ok('startDecision', { projectId: pid, proposal: '试行' }, 'secretary');
    const r = await ok('recordDecisionStage', vote(d.id, 'DELIBERATION', 9, 9, 2, 7), 'secretary');
    expect(r.status).toBe('REJECTED');
    await refused('transitionProject', { projectId: pid, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    const again = await ok('startDecision', { projectId: pid, proposal: '修改后再议' }, 'secretary');
    await ok('recordDecisionStage', vote(again.id, 'DELIBERATION', 9, 9, 8, 1), 'secretary');
    await ok('recordDecisionStage', vote(again.id, 'REVIEW', 30, 21, 15, 6), 'secretary');
    expect((await ok('recordDecisionStage', vote(again.id, 'RESOLUTION', 15, 9, 6, 3), 'secretary')).status).toBe('PASSED');
    expect((await ok('transitionProject', { projectId: pid, to: 'APPROVED' }, 'secretary')).status).toBe('APPROVED');
    const direct = await newProposedProject('从未决策的项目');
    expect((await ok('transitionProject', { projectId: direct, to: 'APPROVED' }, 'secretary')).status).toBe('APPROVED');
  });

  it('the secretary sets the stage list; its order and required stages are checked', async () => {
    await refused('configureDecisionStages', { allianceId: f.allianceId }, 'committee', 'FORBIDDEN');
    await refused('configureDecisionStages', { allianceId: f.allianceId }, 'stranger', 'NOT_FOUND');
    await refused('configureDecisionStages', { allianceId: f.allianceId }, null, 'UNAUTHENTICATED');
    await refused('configureDecisionStages', { allianceId: f.allianceId, stages: ['PROPOSAL', 'RESOLUTION', 'RESULT_PUBLICATION', 'DECISION_PUBLICATION'] },
      'secretary', 'BAD_USER_INPUT', 'stages');
    await refused('configureDecisionStages', { allianceId: f.allianceId, stages: ['PROPOSAL', 'DELIBERATION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION'] },
      'secretary', 'BAD_USER_INPUT', 'stages');
    await refused('configureDecisionStages', { allianceId: f.allianceId, stages: ['PROPOSAL', 'PROPOSAL', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION'] },
      'secretary', 'BAD_USER_INPUT', 'stages');
    const a = await ok('configureDecisionStages', { allianceId: f.allianceId }, 'secretary');
    expect(a.decisionStages).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION']);
    const [e] = await t.ds.query(`SELECT type FROM events WHERE alliance_id = $1 ORDER BY seq DESC LIMIT 1`, [f.allianceUuid]);
    expect(e.type).toBe('DECISION_STAGES_CONFIGURED');
  });

  it('a project is decided stage by stage (四议两公开) and becomes APPROVED only when the resolution passes', async () => {
    id.project = await newProposedProject('老旧小区加装电梯');
    // Without a passed decision the secretary may not approve it.
    const r0 = await refused('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');
    expect(r0.errors![0].extensions!.reason).toBe('DECISION_REQUIRED');

    // 提议: committee members and secretaries propose; others may not.
    await refused('startDecision', { projectId: id.project, proposal: '为 3 栋加装电梯' }, 'repA', 'FORBIDDEN');
    await refused('startDecision', { projectId: id.project, proposal: '为 3 栋加装电梯' }, 'stranger', 'NOT_FOUND');
    await refused('startDecision', { projectId: id.project, proposal: '   ' }, 'committee', 'BAD_USER_INPUT', 'proposal');
    const d = await ok('startDecision', { projectId: id.project, proposal: '为 3 栋加装电梯', heldOn: '2026-02-20' }, 'committee');
    id.decision = d.id;
    expect(d.status).toBe('OPEN');
    expect(d.nextStage).toBe('DELIBERATION');
    expect(d.records).toHaveLength(1);
    expect(d.records[0]).toMatchObject({ kind: 'PROPOSAL', outcome: 'DONE', heldOn: '2026-02-20', position: 0 });
    await refused('startDecision', { projectId: id.project, proposal: '再提一次' }, 'secretary', 'CONFLICT');

    // 商议: only the secretary records; only the next stage; tallies are checked.
    await refused('recordDecisionStage', vote(id.decision, 'DELIBERATION', 7, 6, 5), 'committee', 'FORBIDDEN');
    await refused('recordDecisionStage', vote(id.decision, 'REVIEW', 7, 6, 5), 'secretary', 'INVALID_TRANSITION');
    await refused('recordDecisionStage', vote(id.decision, 'DELIBERATION', 7, 8, 5), 'secretary', 'BAD_USER_INPUT', 'present');
    await refused('recordDecisionStage', vote(id.decision, 'DELIBERATION', 7, 6, 5, 2), 'secretary', 'BAD_USER_INPUT', 'votesFor');
    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'DELIBERATION', eligible: 7 }, 'secretary', 'BAD_USER_INPUT', 'present');
    await refused('recordDecisionStage', vote(id.decision, 'DELIBERATION', 7, 3, 3), 'secretary', 'BAD_USER_INPUT', 'present'); // no quorum
    const d1 = await ok('recordDecisionStage', vote(id.decision, 'DELIBERATION', 7, 6, 5, 1), 'secretary');
    expect(d1.records[1]).toMatchObject({ kind: 'DELIBERATION', outcome: 'PASSED', eligible: 7, present: 6, votesFor: 5, votesAgainst: 1, votesAbstain: 0 });
    expect(d1.nextStage).toBe('REVIEW');

    // 审议: at least two thirds present (40 of 60 is enough, 39 is not), a majority of those present.
    await refused('recordDecisionStage', vote(id.decision, 'REVIEW', 60, 39, 39), 'secretary', 'BAD_USER_INPUT', 'present');
    const d2 = await ok('recordDecisionStage', vote(id.decision, 'REVIEW', 60, 40, 21, 10, { votesAbstain: 9 }), 'secretary');
    expect(d2.records[2]).toMatchObject({ kind: 'REVIEW', outcome: 'PASSED', present: 40, votesFor: 21 });
    expect(d2.status).toBe('OPEN');
    await refused('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');

    // Nothing is public yet.
    const anon0 = await t.gql(PUBLIC, { id: f.allianceId });
    expect(anon0.data.publicAlliance.decisions.totalCount).toBe(0);

    // 决议: passes with a majority of those present → PASSED, and the project may be approved.
    const d3 = await ok('recordDecisionStage', vote(id.decision, 'RESOLUTION', 30, 25, 20, 5), 'secretary');
    expect(d3.status).toBe('PASSED');
    expect(d3.passedAt).toBeTruthy();
    expect(d3.nextStage).toBe('DECISION_PUBLICATION');
    const p = await ok('transitionProject', { projectId: id.project, to: 'APPROVED' }, 'secretary');
    expect(p.status).toBe('APPROVED');
  });

  it('publishing the decision makes it readable anonymously; results follow once the project is completed', async () => {
    const d4 = await ok('recordDecisionStage', { decisionId: id.decision, stage: 'DECISION_PUBLICATION', note: '经四议，决定为 3 栋加装电梯' }, 'secretary');
    expect(d4.decisionPublishedAt).toBeTruthy();
    const anon = await t.gql(PUBLIC, { id: f.allianceId });
    expect(anon.errors).toBeUndefined();
    const pub = anon.data.publicAlliance;
    expect(pub.decisionStages).toHaveLength(6);
    expect(pub.decisions.totalCount).toBe(1);
    const node = pub.decisions.edges[0].node;
    expect(node).toMatchObject({ id: id.decision, status: 'PASSED', results: null, resultsPublishedAt: null, proposedBy: null });
    expect(node.records.map((r: any) => r.kind)).toEqual(['PROPOSAL', 'DELIBERATION', 'REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION']);
    expect(node.records.every((r: any) => r.recordedBy === null)).toBe(true); // who recorded is for members
    // Members see who did it.
    const mem = await t.gql(`query($id: ID!) { node(id: $id) { ... on Decision { proposedBy { id } records { recordedBy { id } } } } }`, { id: id.decision }, tok.viewer);
    expect(mem.data.node.proposedBy.id).toBeTruthy();
    // A stranger cannot reach it by id.
    const str = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: id.decision }, tok.stranger);
    expect(str.data.node).toBeNull();

    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION', results: '已完工' }, 'secretary', 'INVALID_TRANSITION');
    await ok('transitionProject', { projectId: id.project, to: 'IN_PROGRESS' }, 'secretary');
    await ok('transitionProject', { projectId: id.project, to: 'COMPLETED' }, 'secretary');
    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION' }, 'secretary', 'BAD_USER_INPUT', 'results');
    const d5 = await ok('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION', results: '电梯已投入使用，惠及 48 户' }, 'secretary');
    expect(d5.nextStage).toBeNull();
    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'RESULT_PUBLICATION', results: 'again' }, 'secretary', 'INVALID_TRANSITION');
    const anon2 = await t.gql(PUBLIC, { id: f.allianceId });
    expect(anon2.data.publicAlliance.decisions.edges[0].node).toMatchObject({ results: '电梯已投入使用，惠及 48 户', project: { status: 'COMPLETED' } });
    expect(anon2.data.publicAlliance.decisions.edges[0].node.resultsPublishedAt).toBeTruthy();

    // The activity log tells the story in Chinese.
    const ev = await t.gql(`query($id: ID!) { alliance(id: $id) { events(first: 100) { edges { node { type summary entityId } } } } }`, { id: f.allianceId }, tok.secretary);
    const mine = ev.data.alliance.events.edges.map((e: any) => e.node).filter((e: any) => e.entityId === id.decision);
    expect(mine.map((e: any) => e.type)).toEqual(['DECISION_STARTED', ...Array(5).fill('DECISION_STAGE_RECORDED')]);
    expect(mine[2].summary).toContain('审议通过');
    expect(mine[5].summary).toContain('结果公开');
  });

  it('a failed vote or a refusal by the street rejects the decision; a new one may follow', async () => {
    await ok('configureDecisionStages', {
      allianceId: f.allianceId,
      stages: ['PROPOSAL', 'REVIEW', 'STREET_REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION'],
    }, 'secretary');
    const pid = await newProposedProject('社区食堂');
    const d = await ok('startDecision', { projectId: pid, proposal: '开办社区食堂' }, 'secretary');
    expect(d.stages).toContain('STREET_REVIEW');
    const r = await ok('recordDecisionStage', vote(d.id, 'REVIEW', 9, 9, 4, 5), 'secretary');
    expect(r).toMatchObject({ status: 'REJECTED', nextStage: null });
    await refused('recordDecisionStage', { decisionId: d.id, stage: 'STREET_REVIEW', approved: true }, 'secretary', 'INVALID_TRANSITION');
    await refused('transitionProject', { projectId: pid, to: 'APPROVED' }, 'secretary', 'INVALID_TRANSITION');

    const d2 = await ok('startDecision', { projectId: pid, proposal: '开办社区食堂（修改后）' }, 'committee');
    await ok('recordDecisionStage', vote(d2.id, 'REVIEW', 9, 9, 8, 1), 'secretary');
    await refused('recordDecisionStage', { decisionId: d2.id, stage: 'STREET_REVIEW' }, 'secretary', 'BAD_USER_INPUT', 'approved');
    const s = await ok('recordDecisionStage', { decisionId: d2.id, stage: 'STREET_REVIEW', approved: false, note: '选址不符合规划' }, 'secretary');
    expect(s.status).toBe('REJECTED');
    expect(s.records[2]).toMatchObject({ kind: 'STREET_REVIEW', outcome: 'REJECTED', note: '选址不符合规划' });

    const proj = await t.gql(`query($id: ID!) { node(id: $id) { ... on Project { decisions { status } } } }`, { id: pid }, tok.supervisor);
    expect(proj.data.node.decisions.map((x: any) => x.status)).toEqual(['REJECTED', 'REJECTED']);
    // The rejected ones are not published.
    const anon = await t.gql(PUBLIC, { id: f.allianceId });
    expect(anon.data.publicAlliance.decisions.totalCount).toBe(1);
    // Members list the alliance's decisions, filtered by status (one more was rejected before the list was set).
    const list = await t.gql(`query($id: ID!) { alliance(id: $id) { decisions(first: 10, status: REJECTED) { totalCount } } }`, { id: f.allianceId }, tok.viewer);
    expect(list.data.alliance.decisions.totalCount).toBe(3);
    const forbidden = await t.gql(`query($id: ID!) { alliance(id: $id) { decisions(first: 10) { totalCount } } }`, { id: f.allianceId }, tok.stranger);
    expect(forbidden.data?.alliance ?? null).toBeNull();
  });

  it('only a PROPOSED project is put to a decision; a decision id of the wrong type is BAD_USER_INPUT', async () => {
    await refused('startDecision', { projectId: id.project, proposal: 'x' }, 'secretary', 'INVALID_TRANSITION');
    await refused('recordDecisionStage', { decisionId: id.project, stage: 'REVIEW' }, 'secretary', 'BAD_USER_INPUT', 'decisionId');
    await refused('recordDecisionStage', { decisionId: id.decision, stage: 'REVIEW', eligible: -1 }, 'secretary', 'BAD_USER_INPUT', 'eligible');
  });
});
