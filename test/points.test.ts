import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { mutationChecks } from './support/mutation-checks';
import { STORES } from './support/stores';

/**
 * Points (积分) through HTTP: per-kind rules per alliance, points from fulfilled pledges, monthly
 * service days with sign-ups and attendance, every entry traceable to its cause and never counted
 * twice, the leaderboard in stats, the ledger in the export.
 */

const DAY = 'id title date points capacity signedUp attendanceRecorded signups { attended user { id } organization { id } }';
const M: Record<string, string> = {
  setPointRule: 'resourceKind points per',
  scheduleServiceDay: DAY,
  signUpForServiceDay: 'id attended user { id } organization { id } serviceDay { id signedUp }',
  recordServiceDayAttendance: DAY,
  fulfillPledge: 'id status',
};
const doc = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${M[name]} } }`;
const LEADERS = `points { organizations { organization { id } points entries } members { user { id } points entries } }`;

describe.each(STORES)('points and service days on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  const tok: Record<string, string> = {};
  const id: Record<string, string> = {};
  const uid: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `pt-${store.name}`);
    other = await createAllianceFixture(t.services, `pt2-${store.name}`);
    for (const who of Object.keys(f.emails) as (keyof AllianceFixture['emails'])[]) {
      tok[who] = await t.login(f.emails[who], PASSWORD);
      uid[who] = f.viewers[who].user!.nodeId;
    }
    tok.stranger = await t.login(other.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  const entries = async (): Promise<number> => (await t.ds.query('SELECT count(*)::int n FROM point_entries'))[0].n;
  const { ok, refused } = mutationChecks({ server: () => t, tokens: tok, doc, unchanged: [entries] });

  it('the secretary sets per-kind rules; others may not', async () => {
    await refused('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: 2, per: 1 }, 'committee', 'FORBIDDEN');
    await refused('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: 2, per: 1 }, 'stranger', 'NOT_FOUND');
    await refused('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: -1, per: 1 }, 'secretary', 'BAD_USER_INPUT', 'points');
    await refused('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: 1, per: 0 }, 'secretary', 'BAD_USER_INPUT', 'per');
    await ok('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: 1, per: 1 }, 'secretary');
    const r = await ok('setPointRule', { allianceId: f.allianceId, resourceKind: 'VOLUNTEERS', points: 3, per: 2 }, 'secretary'); // replaces
    expect(r).toMatchObject({ resourceKind: 'VOLUNTEERS', points: 3, per: 2 });
    const q = await t.gql(`query($id: ID!) { alliance(id: $id) { pointRules { resourceKind points per } } }`, { id: f.allianceId }, tok.viewer);
    expect(q.data.alliance.pointRules).toEqual([{ resourceKind: 'VOLUNTEERS', points: 3, per: 2 }]);
  });

  it('a fulfilled pledge earns points for the organization and the member who pledged, once', async () => {
    const { requirementId, resource } = await createPledgeable(t.services, f, { capacity: 100, quantity: 100 });
    const p = await t.services.pledges.pledge(f.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 20 });
    await t.services.pledges.confirm(f.viewers.secretary, { pledgeId: p.nodeId });
    id.pledge = p.nodeId;
    await ok('fulfillPledge', { pledgeId: p.nodeId, deliveredQuantity: 15 }, 'secretary'); // 15 × 3/2 = 22.5 → 22
    await refused('fulfillPledge', { pledgeId: p.nodeId, deliveredQuantity: 15 }, 'secretary', 'INVALID_TRANSITION');
    // A kind without a rule earns nothing.
    const other = await createPledgeable(t.services, f, { capacity: 10, quantity: 10, kind: 'FUNDS' as never });
    const p2 = await t.services.pledges.pledge(f.viewers.repA, { requirementId: other.requirementId, resourceId: other.resource.nodeId, quantity: 5 });
    await t.services.pledges.confirm(f.viewers.secretary, { pledgeId: p2.nodeId });
    await ok('fulfillPledge', { pledgeId: p2.nodeId, deliveredQuantity: 5 }, 'secretary');

    const r = await t.gql(
      `query($id: ID!) { alliance(id: $id) { pointEntries(first: 10) { totalCount edges { node { holder points cause causeId explanation organization { id } user { id } } } } } }`,
      { id: f.allianceId },
      tok.supervisor,
    );
    const list = r.data.alliance.pointEntries.edges.map((e: any) => e.node);
    expect(list).toHaveLength(2);
    expect(list.map((e: any) => e.holder).sort()).toEqual(['MEMBER', 'ORGANIZATION']);
    for (const e of list) expect(e).toMatchObject({ points: 22, cause: 'PLEDGE_FULFILLED', causeId: id.pledge });
    expect(list.find((e: any) => e.holder === 'ORGANIZATION').organization.id).toBe(f.unitA.nodeId);
    expect(list.find((e: any) => e.holder === 'MEMBER').user.id).toBe(uid.repA);
    expect(list[0].explanation).toContain('15 × 3/2');
    // The cause resolves through node(id:).
    const cause = await t.gql(`query($id: ID!) { node(id: $id) { ... on Pledge { status deliveredQuantity } } }`, { id: id.pledge }, tok.viewer);
    expect(cause.data.node).toEqual({ status: 'FULFILLED', deliveredQuantity: 15 });
  });

  it('service days repeat monthly; representatives sign up within the places', async () => {
    await refused('scheduleServiceDay', { allianceId: f.allianceId, title: '党员奉献日', date: '2026-01-31', points: 5 }, 'committee', 'FORBIDDEN');
    await refused('scheduleServiceDay', { allianceId: f.allianceId, title: '党员奉献日', date: '2026-02-30', points: 5 }, 'secretary', 'BAD_USER_INPUT', 'date');
    await refused('scheduleServiceDay', { allianceId: f.allianceId, title: '党员奉献日', date: '2026-01-31', points: 5, repeatMonthly: 12 }, 'secretary', 'BAD_USER_INPUT', 'repeatMonthly');
    const d = await ok('scheduleServiceDay', { allianceId: f.allianceId, title: '党员奉献日', date: '2026-01-31', points: 5, capacity: 2, repeatMonthly: 2 }, 'secretary');
    id.day = d.id;
    const days = await t.gql(`query($id: ID!) { alliance(id: $id) { serviceDays(first: 10) { totalCount edges { node { date } } } } }`, { id: f.allianceId }, tok.viewer);
    expect(days.data.alliance.serviceDays.totalCount).toBe(3);
    expect(days.data.alliance.serviceDays.edges.map((e: any) => e.node.date).sort()).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);

    await refused('signUpForServiceDay', { serviceDayId: id.day }, 'viewer', 'FORBIDDEN');
    await refused('signUpForServiceDay', { serviceDayId: id.day }, 'stranger', 'NOT_FOUND');
    await refused('recordServiceDayAttendance', { serviceDayId: id.day, attendedUserIds: [] }, 'repA', 'FORBIDDEN');
    const s = await ok('signUpForServiceDay', { serviceDayId: id.day }, 'repA');
    expect(s).toMatchObject({ attended: null, user: { id: uid.repA }, organization: { id: f.unitA.nodeId }, serviceDay: { signedUp: 1 } });
    await refused('signUpForServiceDay', { serviceDayId: id.day }, 'repA', 'CONFLICT');
    await ok('signUpForServiceDay', { serviceDayId: id.day }, 'repB');
    await refused('signUpForServiceDay', { serviceDayId: id.day }, 'committee', 'CAPACITY_EXCEEDED');
  });

  it('attendance awards the day’s points to attendees and their organizations, once', async () => {
    await refused('recordServiceDayAttendance', { serviceDayId: id.day, attendedUserIds: [uid.committee] }, 'secretary', 'BAD_USER_INPUT', 'attendedUserIds');
    await refused('recordServiceDayAttendance', { serviceDayId: id.day, attendedUserIds: ['bogus'] }, 'secretary', 'BAD_USER_INPUT', 'attendedUserIds');
    const d = await ok('recordServiceDayAttendance', { serviceDayId: id.day, attendedUserIds: [uid.repA, uid.repA] }, 'secretary');
    expect(d.attendanceRecorded).toBe(true);
    expect(d.signups.map((s: any) => [s.user.id, s.attended])).toEqual([[uid.repA, true], [uid.repB, false]]);
    await refused('recordServiceDayAttendance', { serviceDayId: id.day, attendedUserIds: [uid.repB] }, 'secretary', 'INVALID_TRANSITION');
    await refused('signUpForServiceDay', { serviceDayId: id.day }, 'committee', 'INVALID_TRANSITION');
    // A day in the future cannot have attendance yet.
    const future = await ok('scheduleServiceDay', { allianceId: f.allianceId, title: '未来', date: '2099-01-01', points: 5 }, 'secretary');
    await refused('recordServiceDayAttendance', { serviceDayId: future.id, attendedUserIds: [] }, 'secretary', 'INVALID_TRANSITION');

    const svc = await t.gql(
      `query($id: ID!) { alliance(id: $id) { pointEntries(first: 10, cause: SERVICE_DAY) { edges { node { holder points causeId explanation } } } } }`,
      { id: f.allianceId },
      tok.viewer,
    );
    const list = svc.data.alliance.pointEntries.edges.map((e: any) => e.node);
    expect(list).toHaveLength(2);
    for (const e of list) expect(e).toMatchObject({ points: 5 });
    const signup = await t.gql(`query($id: ID!) { node(id: $id) { ... on ServiceDaySignup { attended user { id } } } }`, { id: list[0].causeId }, tok.viewer);
    expect(signup.data.node).toEqual({ attended: true, user: { id: uid.repA } });
    // Unique per cause and holder, even for a direct second insert.
    await expect(
      t.ds.query(`INSERT INTO point_entries (alliance_id, holder, user_id, points, cause, cause_id, explanation)
                  SELECT alliance_id, holder, user_id, points, cause, cause_id, explanation FROM point_entries WHERE holder = 'MEMBER' LIMIT 1`),
    ).rejects.toThrow(/duplicate key/);
  });

  it('the leaderboard is in stats (members only for people) and the ledger exports', async () => {
    const r = await t.gql(`query($id: ID!) { alliance(id: $id) { stats { ${LEADERS} } } }`, { id: f.allianceId }, tok.viewer);
    const lb = r.data.alliance.stats.points;
    expect(lb.organizations).toEqual([{ organization: { id: f.unitA.nodeId }, points: 27, entries: 2 }]);
    expect(lb.members).toEqual([{ user: { id: uid.repA }, points: 27, entries: 2 }]);
    const pub = await t.gql(`query($id: ID!) { publicAlliance(id: $id) { stats { ${LEADERS} } } }`, { id: f.allianceId });
    expect(pub.data.publicAlliance.stats.points).toEqual({ organizations: lb.organizations, members: [] });

    const base = t.url.replace(/\/graphql$/, '/export');
    const json: any = await (await fetch(`${base}/${f.allianceId}/points.json`, { headers: { authorization: `Bearer ${tok.viewer}` } })).json();
    expect(json.rows).toHaveLength(4);
    expect(json.rows.map((x: any) => x.causeId)).toContain(id.pledge);
    expect(json.rows.reduce((a: number, x: any) => a + x.points, 0)).toBe(54);
    expect((await fetch(`${base}/${f.allianceId}/points.csv`)).status).toBe(401);
  });
});
