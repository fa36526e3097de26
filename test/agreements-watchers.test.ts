import { ProjectStatus } from '../server/domain/enums';
import { toGlobalId } from '../server/graphql/global-id';
import { AllianceFixture, createAllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/** Co-building agreements with their review cadence, and the watchers' due and at-risk events, once each. */

const AGREEMENT = 'id title startsOn endsOn reviewEveryMonths nextReviewOn lastReviewNote parties { organization { id } commitment }';
const M: Record<string, string> = { createAgreement: AGREEMENT, reviewAgreement: AGREEMENT, renewAgreement: AGREEMENT };
const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${M[name]} } }`;

describe.each(STORES)('agreements and watchers on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `ag-${store.name}`);
    other = await createAllianceFixture(t.services, `ag2-${store.name}`);
    for (const who of Object.keys(f.emails) as (keyof AllianceFixture['emails'])[]) tok[who] = await t.login(f.emails[who], PASSWORD);
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc });
  const typesSince = async (n: number): Promise<string[]> =>
    (await t.ds.query(`SELECT type FROM events WHERE alliance_id = $1 ORDER BY seq OFFSET $2`, [f.allianceUuid, n])).map((r: any) => r.type);
  const allianceEvents = async (): Promise<number> =>
    (await t.ds.query(`SELECT count(*)::int n FROM events WHERE alliance_id = $1`, [f.allianceUuid]))[0].n;

  it('the secretary records an agreement with its parties, term and review cadence', async () => {
    const input = {
      allianceId: f.allianceId,
      title: '医社共建协议',
      parties: [
        { organizationId: f.party.nodeId, commitment: '提供场地与组织' },
        { organizationId: f.unitA.nodeId, commitment: '每月义诊一次' },
      ],
      startsOn: '2026-01-01',
      endsOn: '2027-01-01',
      reviewEveryMonths: 3,
    };
    await refused('createAgreement', input, 'committee', 'FORBIDDEN');
    await refused('createAgreement', input, 'stranger', 'NOT_FOUND');
    await refused('createAgreement', { ...input, parties: input.parties.slice(0, 1) }, 'secretary', 'BAD_USER_INPUT', 'parties');
    await refused('createAgreement', { ...input, parties: [input.parties[0], { organizationId: other.unitA.nodeId, commitment: 'x' }] }, 'secretary', 'NOT_FOUND', 'parties');
    await refused('createAgreement', { ...input, endsOn: '2025-12-31' }, 'secretary', 'BAD_USER_INPUT', 'endsOn');
    await refused('createAgreement', { ...input, reviewEveryMonths: 0 }, 'secretary', 'BAD_USER_INPUT', 'reviewEveryMonths');
    const a = await ok('createAgreement', input, 'secretary');
    expect(a).toMatchObject({ nextReviewOn: '2026-04-01', lastReviewNote: null });
    expect(a.parties.map((p: any) => p.organization.id)).toEqual([f.party.nodeId, f.unitA.nodeId]);
    id.agreement = a.id;
    const list = await t.gql(`query($id: ID!) { alliance(id: $id) { agreements(first: 5) { totalCount } } }`, { id: f.allianceId }, tok.viewer);
    expect(list.data.alliance.agreements.totalCount).toBe(1);
  });

  it('a review falls due on its date, is raised once, and moves on when recorded', async () => {
    const before = await allianceEvents();
    expect(await t.services.watchers.run('2026-03-31')).toBe(0);
    expect(await t.services.watchers.run('2026-04-01')).toBe(1);
    expect(await t.services.watchers.run('2026-04-02')).toBe(0); // not twice
    // Two instances running the watchers at once still raise nothing twice.
    await Promise.all([t.services.watchers.run('2026-04-03'), t.services.watchers.run('2026-04-03')]);
    expect(await typesSince(before)).toEqual(['AGREEMENT_REVIEW_DUE']);
    await refused('reviewAgreement', { agreementId: id.agreement, note: '执行良好' }, 'repA', 'FORBIDDEN');
    const r = await ok('reviewAgreement', { agreementId: id.agreement, note: '执行良好' }, 'secretary');
    expect(r).toMatchObject({ nextReviewOn: '2026-07-01', lastReviewNote: '执行良好' });
    expect(await t.services.watchers.run('2026-05-01')).toBe(0);
    expect(await t.services.watchers.run('2026-07-01')).toBe(1);
  });

  it('renewal falls due 30 days before the end; renewing extends the term', async () => {
    const before = await allianceEvents();
    expect(await t.services.watchers.run('2026-12-01')).toBe(0); // 31 days before the end
    expect(await t.services.watchers.run('2026-12-02')).toBe(1);
    await t.services.watchers.run('2026-12-20');
    // The July review, still not recorded, was raised once and is not raised again.
    expect(await typesSince(before)).toEqual(['AGREEMENT_RENEWAL_DUE']);
    await refused('renewAgreement', { agreementId: id.agreement, endsOn: '2026-06-01' }, 'secretary', 'BAD_USER_INPUT', 'endsOn');
    const r = await ok('renewAgreement', { agreementId: id.agreement, endsOn: '2028-01-01' }, 'secretary');
    expect(r.endsOn).toBe('2028-01-01');
    const ev = await t.gql(`query($id: ID!) { alliance(id: $id) { events(first: 100) { edges { node { type summary actor { id } entityId } } } } }`, { id: f.allianceId }, tok.secretary);
    const due = ev.data.alliance.events.edges.map((e: any) => e.node).find((e: any) => e.type === 'AGREEMENT_RENEWAL_DUE');
    expect(due).toMatchObject({ actor: null, entityId: id.agreement });
    expect(due.summary).toContain('2027-01-01 到期');
  });

  it('projects and open pledges past the project’s end date raise an at-risk event once', async () => {
    const s = t.services;
    const resource = await s.resources.register(f.viewers.repA, { organizationId: f.unitA.nodeId, kind: 'VOLUNTEERS' as never, name: '志愿者', unit: '小时', capacity: 100 });
    const p = await s.projects.create(f.viewers.secretary, {
      allianceId: f.allianceId, title: '暑期托管', description: '', leadOrganizationId: f.unitA.nodeId,
      startDate: '2026-07-01', endDate: '2026-08-31', requirements: [{ kind: 'VOLUNTEERS' as never, quantity: 50, unit: '小时' }],
    });
    await s.projects.transition(f.viewers.secretary, { projectId: p.nodeId, to: ProjectStatus.PROPOSED });
    await s.projects.transition(f.viewers.secretary, { projectId: p.nodeId, to: ProjectStatus.APPROVED });
    const [req] = await t.ds.query('SELECT id FROM requirements WHERE project_id = $1', [p.id]);
    const pledge = await s.pledges.pledge(f.viewers.repA, { requirementId: toGlobalId('Requirement', req.id), resourceId: resource.nodeId, quantity: 10 });
    const before = await allianceEvents();
    expect(await s.watchers.run('2026-08-31')).toBe(0);
    await s.watchers.run('2026-09-01');
    await s.watchers.run('2026-09-02');
    const types = (await typesSince(before)).filter((x) => x.endsWith('AT_RISK'));
    expect(types.sort()).toEqual(['PLEDGE_AT_RISK', 'PROJECT_AT_RISK']);
    const [row] = await t.ds.query(`SELECT entity_id, payload FROM events WHERE type = 'PLEDGE_AT_RISK'`);
    expect(row.entity_id).toBe(pledge.id);
    expect(row.payload).toMatchObject({ projectTitle: '暑期托管', quantity: 10, status: 'PLEDGED' });
    // A completed project raises nothing more.
    await s.projects.transition(f.viewers.secretary, { projectId: p.nodeId, to: ProjectStatus.IN_PROGRESS });
    await s.projects.transition(f.viewers.secretary, { projectId: p.nodeId, to: ProjectStatus.COMPLETED });
    await t.ds.query(`UPDATE projects SET end_date = '2026-09-30' WHERE id = $1`, [p.id]);
    const n = await allianceEvents();
    await s.watchers.run('2026-10-15');
    expect((await typesSince(n)).filter((x) => x.endsWith('AT_RISK'))).toEqual([]);
  });
});
