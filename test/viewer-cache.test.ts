import { ViewerCache } from '../server/auth/viewer-cache';
import { Viewer } from '../server/auth/viewer';
import { User } from '../server/entities/user.entity';
import { toGlobalId } from '../server/graphql/global-id';
import { AllianceFixture, createAllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

const ALLIANCE = `query($id: ID!) { alliance(id: $id) { id name } }`;
const REVOKE = `mutation($input: RevokeMembershipInput!) { revokeMembership(input: $input) { id } }`;

const viewerOf = (id: string) => new Viewer(Object.assign(new User(), { id }), new Map());

describe('ViewerCache (no store)', () => {
  it('is bypassed until changes are heard, then serves hits within the TTL', async () => {
    let now = 0;
    const cache = new ViewerCache(1_000, 100, () => now);
    let loads = 0;
    const load = async () => (loads++, viewerOf('u1'));
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(loads).toBe(2);
    cache.setListening(true);
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(loads).toBe(3);
    now = 1_000;
    await cache.get('u1', load);
    expect(loads).toBe(4);
    cache.setListening(false);
    expect(cache.size).toBe(0);
  });

  it('does not keep a read that an invalidation overtook, and drops entries on invalidate', async () => {
    const cache = new ViewerCache();
    cache.setListening(true);
    let release!: () => void;
    const slow = cache.get('u1', () => new Promise<Viewer>((r) => (release = () => r(viewerOf('u1')))));
    cache.invalidate('u1');
    release();
    await slow;
    expect(cache.size).toBe(0);
    await cache.get('u1', async () => viewerOf('u1'));
    expect(cache.size).toBe(1);
    cache.invalidate('u1');
    expect(cache.size).toBe(0);
    // Anonymous results (no such user) are never kept.
    await cache.get('gone', async () => Viewer.anonymous());
    expect(cache.size).toBe(0);
  });
});

describe.each(STORES)('cached viewers on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `vc-${store.name}`);
    // The cache is trusted only once the process listens for user/membership changes.
    for (let i = 0; i < 100 && !t.server.live.bus.listening; i++) await new Promise((r) => setTimeout(r, 50));
    expect(t.server.live.bus.listening).toBe(true);
  });
  afterAll(() => t?.close());

  async function membershipOf(email: string): Promise<{ id: string; userId: string }> {
    const [row] = await t.ds.query(
      `SELECT m.id, m.user_id AS "userId" FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.alliance_id = $2`,
      [email, f.allianceUuid],
    );
    return row;
  }

  /** Polls until `check` passes (the NOTIFY path is asynchronous), at most ~3 s. */
  async function eventually(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not met in time');
  }

  it('a repeated request of the same user costs no viewer statement', async () => {
    const token = await t.login(f.emails.viewer, PASSWORD);
    const first = await t.gql(ALLIANCE, { id: f.allianceId }, token);
    const second = await t.gql(ALLIANCE, { id: f.allianceId }, token);
    expect(first.data.alliance.id).toBe(f.allianceId);
    expect(second.data).toEqual(first.data);
    expect(second.statements).toBe(first.statements - 1);
  });

  it('a membership revoked through the API ends access on the very next request', async () => {
    const secretary = await t.login(f.emails.secretary, PASSWORD);
    const token = await t.login(f.emails.repB, PASSWORD);
    expect((await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance).not.toBeNull();
    expect((await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance).not.toBeNull(); // now cached
    const m = await membershipOf(f.emails.repB);
    const revoked = await t.gql(REVOKE, { input: { membershipId: toGlobalId('Membership', m.id) } }, secretary);
    expect(revoked.errors).toBeUndefined();
    expect((await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance).toBeNull();
  });

  it('a change made outside the services (raw SQL) reaches the cache through the triggers’ NOTIFY', async () => {
    const token = await t.login(f.emails.supervisor, PASSWORD);
    expect((await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance).not.toBeNull();
    const m = await membershipOf(f.emails.supervisor);
    await t.ds.query('DELETE FROM memberships WHERE id = $1', [m.id]);
    await eventually(async () => (await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance === null);
    // …and the way back: a membership granted by SQL is seen too.
    await t.ds.query(`INSERT INTO memberships (alliance_id, user_id, role) VALUES ($1, $2, 'SUPERVISOR')`, [f.allianceUuid, m.userId]);
    await eventually(async () => (await t.gql(ALLIANCE, { id: f.allianceId }, token)).data.alliance !== null);
    // An admin flag set by SQL is heard the same way.
    const stranger = await t.login(f.emails.repA, PASSWORD);
    const other = await createAllianceFixture(t.services, `vc2-${store.name}`);
    expect((await t.gql(ALLIANCE, { id: other.allianceId }, stranger)).data.alliance).toBeNull();
    await t.ds.query(`UPDATE users SET is_admin = true WHERE email = $1`, [f.emails.repA]);
    await eventually(async () => (await t.gql(ALLIANCE, { id: other.allianceId }, stranger)).data.alliance !== null);
    await t.ds.query(`UPDATE users SET is_admin = false WHERE email = $1`, [f.emails.repA]);
    await eventually(async () => (await t.gql(ALLIANCE, { id: other.allianceId }, stranger)).data.alliance === null);
  });

  it('while the process cannot hear changes, every request reads its viewer afresh', async () => {
    const token = await t.login(f.emails.committee, PASSWORD);
    await t.gql(ALLIANCE, { id: f.allianceId }, token);
    const cached = (await t.gql(ALLIANCE, { id: f.allianceId }, token)).statements;
    t.server.live.bus.simulateConnectionLoss();
    await eventually(async () => !t.server.live.bus.listening);
    expect(t.services.auth.viewers.size).toBe(0);
    const uncached = (await t.gql(ALLIANCE, { id: f.allianceId }, token)).statements;
    expect(uncached).toBe(cached + 1);
    expect((await t.gql(ALLIANCE, { id: f.allianceId }, token)).statements).toBe(cached + 1);
    await eventually(async () => t.server.live.bus.listening);
  });
});
