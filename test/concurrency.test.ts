import { MembershipRole } from '../server/domain/enums';
import { toGlobalId } from '../server/graphql/global-id';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { GqlResponse, startTestServer, TestServer } from './support/harness';
import { expectGaplessAllianceEvents, expectPledgeCountersConsistent } from './support/invariants';
import { STORES } from './support/stores';

const PLEDGE = `mutation($input: PledgeResourceInput!) {
  pledgeResource(input: $input) { id quantity status resource { id capacity pledged available } }
}`;
const TRANSITION = `mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { id status } }`;
const UPDATE_RESOURCE = `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id capacity pledged } }`;
const WITHDRAW = `mutation($input: WithdrawPledgeInput!) { withdrawPledge(input: $input) { id status } }`;

const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';

function tally(results: GqlResponse[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) out[code(r)] = (out[code(r)] ?? 0) + 1;
  return out;
}

describe.each(STORES)('concurrency on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let repA: string;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `conc-${store.name}`);
    repA = await t.login(f.emails.repA, PASSWORD);
    secretary = await t.login(f.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  const expectCountersConsistent = () => expectPledgeCountersConsistent(t.ds, f.allianceUuid);
  const expectGaplessEvents = () => expectGaplessAllianceEvents(t.ds, f.allianceUuid);

  const countEvents = async (type?: string) =>
    (
      await t.ds.query(`SELECT count(*)::int n FROM events WHERE alliance_id = $1 ${type ? 'AND type = $2' : ''}`, [
        f.allianceUuid,
        ...(type ? [type] : []),
      ])
    )[0].n as number;

  it('50 concurrent pledges of 3 against a capacity of 100: 33 accepted, 17 CAPACITY_EXCEEDED, invariant holds in SQL', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100, quantity: 1000 });
    const before = await countEvents('PLEDGE_CREATED');
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 3 } }, repA),
      ),
    );
    expect(tally(results)).toEqual({ OK: 33, CAPACITY_EXCEEDED: 17 });
    for (const r of results.filter((x) => code(x) === 'CAPACITY_EXCEEDED')) {
      expect(r.errors![0].message).toMatch(/Only 1 .* available/);
      expect(r.errors![0].extensions!.available).toBe(1);
    }
    const ids = results.filter((x) => code(x) === 'OK').map((x) => x.data.pledgeResource.id);
    expect(new Set(ids).size).toBe(33);
    const [sql] = await t.ds.query(
      `SELECT r.capacity, r.pledged, (SELECT sum(quantity)::int FROM pledges WHERE resource_id = r.id AND status IN ('PLEDGED','CONFIRMED','FULFILLED')) active,
              (SELECT count(*)::int FROM pledges WHERE resource_id = r.id) n
       FROM resources r WHERE r.id = $1`,
      [resource.id],
    );
    expect(sql).toEqual({ capacity: 100, pledged: 99, active: 99, n: 33 });
    // One event per accepted pledge, none for the 17 refused.
    expect((await countEvents('PLEDGE_CREATED')) - before).toBe(33);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('20 parallel requests with one idempotencyKey make one pledge and all return it', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100, quantity: 1000 });
    const before = await countEvents();
    const input = { requirementId, resourceId: resource.nodeId, quantity: 5, idempotencyKey: `retry-${store.name}-1` };
    const results = await Promise.all(Array.from({ length: 20 }, () => t.gql(PLEDGE, { input }, repA)));
    expect(tally(results)).toEqual({ OK: 20 });
    const ids = new Set(results.map((r) => r.data.pledgeResource.id));
    expect(ids.size).toBe(1);
    const [row] = await t.ds.query(`SELECT count(*)::int n, sum(quantity)::int q FROM pledges WHERE resource_id = $1`, [resource.id]);
    expect(row).toEqual({ n: 1, q: 5 });
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(5);
    expect((await countEvents()) - before).toBe(1);
    const [pledgeId] = ids;
    expect(pledgeId).toBe(toGlobalId('Pledge', (await t.ds.query('SELECT id FROM pledges WHERE resource_id = $1', [resource.id]))[0].id));

    // A later retry replays too.
    const again = await t.gql(PLEDGE, { input }, repA);
    expect(again.data.pledgeResource.id).toBe(pledgeId);

    // The same key with different input is CONFLICT and changes nothing.
    const eventsNow = await countEvents();
    const conflict = await t.gql(PLEDGE, { input: { ...input, quantity: 6 } }, repA);
    expect(code(conflict)).toBe('CONFLICT');
    expect(conflict.errors![0].extensions!.field).toBe('idempotencyKey');
    expect(await countEvents()).toBe(eventsNow);
    const [after] = await t.ds.query(`SELECT count(*)::int n FROM pledges WHERE resource_id = $1`, [resource.id]);
    expect(after.n).toBe(1);

    // Keys belong to a user and a mutation: another key makes a new pledge.
    const other = await t.gql(PLEDGE, { input: { ...input, idempotencyKey: `retry-${store.name}-2` } }, repA);
    expect(code(other)).toBe('OK');
    expect(other.data.pledgeResource.id).not.toBe(pledgeId);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('a retry after the caller lost access to the alliance is NOT_FOUND, not the old result', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100, quantity: 1000 });
    const m = await t.services.memberships.grant(f.viewers.admin, {
      allianceId: f.allianceId, email: `leaver-${store.name}@test.cn`, name: '离任联络员', role: MembershipRole.UNIT_REPRESENTATIVE,
      organizationId: f.unitA.nodeId, password: PASSWORD,
    });
    const token = await t.login(`leaver-${store.name}@test.cn`, PASSWORD);
    const input = { requirementId, resourceId: resource.nodeId, quantity: 2, idempotencyKey: `leaver-${store.name}` };
    const first = await t.gql(PLEDGE, { input }, token);
    expect(code(first)).toBe('OK');
    await t.services.memberships.revoke(f.viewers.secretary, m.nodeId);
    const replay = await t.gql(PLEDGE, { input }, token);
    expect(code(replay)).toBe('NOT_FOUND');
    expect(replay.data?.pledgeResource ?? null).toBeNull();
  });

  it('completing a project withdraws its undelivered pledges and returns their capacity; delivered ones stay', async () => {
    const { resource, project, requirementId } = await createPledgeable(t.services, f, { capacity: 100, quantity: 1000 });
    const ids: string[] = [];
    for (const quantity of [10, 20, 30]) {
      const r = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity } }, repA);
      ids.push(r.data.pledgeResource.id);
    }
    await t.services.pledges.confirm(f.viewers.secretary, { pledgeId: ids[0] });
    await t.services.pledges.fulfill(f.viewers.secretary, { pledgeId: ids[0], deliveredQuantity: 8 });
    await t.services.pledges.confirm(f.viewers.secretary, { pledgeId: ids[1] });
    for (const to of ['IN_PROGRESS', 'COMPLETED']) {
      expect(code(await t.gql(TRANSITION, { input: { projectId: project.nodeId, to } }, secretary))).toBe('OK');
    }
    const rows = await t.ds.query('SELECT quantity, status, reason FROM pledges WHERE resource_id = $1 ORDER BY quantity', [resource.id]);
    expect(rows.map((r: any) => r.status)).toEqual(['FULFILLED', 'WITHDRAWN', 'WITHDRAWN']);
    expect(rows[1].reason).toMatch(/completed/);
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(10);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('a project cancelled while pledges race in keeps every counter consistent', async () => {
    const { resource, project, requirementId } = await createPledgeable(t.services, f, { capacity: 200, quantity: 1000 });
    // Some pledges exist before the race.
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 2 } }, repA);
      expect(code(r)).toBe('OK');
    }
    const before = await countEvents();
    const pledges = Array.from({ length: 30 }, () =>
      t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 4 } }, repA),
    );
    const cancel = t.gql(TRANSITION, { input: { projectId: project.nodeId, to: 'CANCELLED' } }, secretary);
    const [cancelled, ...results] = await Promise.all([cancel, ...pledges]);
    expect(code(cancelled)).toBe('OK');
    expect(cancelled.data.transitionProject.status).toBe('CANCELLED');
    const counts = tally(results);
    // Every pledge either landed before the cancel (and was released by it) or was refused after it.
    expect(Object.keys(counts).every((c) => c === 'OK' || c === 'INVALID_TRANSITION')).toBe(true);
    const accepted = counts.OK ?? 0;
    // Nothing stays pledged on a cancelled project; the resource has all its capacity back.
    const [res] = await t.ds.query('SELECT capacity, pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res).toEqual({ capacity: 200, pledged: 0 });
    const [open] = await t.ds.query(
      `SELECT count(*)::int n FROM pledges WHERE project_id = $1 AND status IN ('PLEDGED','CONFIRMED')`,
      [project.id],
    );
    expect(open.n).toBe(0);
    const [withdrawn] = await t.ds.query(`SELECT count(*)::int n FROM pledges WHERE project_id = $1 AND status = 'WITHDRAWN'`, [
      project.id,
    ]);
    expect(withdrawn.n).toBe(3 + accepted);
    // One event per accepted pledge plus the cancellation.
    expect((await countEvents()) - before).toBe(accepted + 1);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('lowering capacity while pledges race in never leaves a resource over-committed', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 60, quantity: 1000 });
    const pledges = Array.from({ length: 20 }, () =>
      t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 3 } }, repA),
    );
    const shrink = Array.from({ length: 5 }, (_, i) =>
      t.gql(UPDATE_RESOURCE, { input: { resourceId: resource.nodeId, capacity: 30 - i * 3 } }, repA),
    );
    const all = await Promise.all([...pledges, ...shrink]);
    for (const r of all) expect(['OK', 'CAPACITY_EXCEEDED']).toContain(code(r));
    const [res] = await t.ds.query('SELECT capacity, pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBeLessThanOrEqual(res.capacity);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('a pledge withdrawn many times at once is released exactly once', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 50, quantity: 1000 });
    const made = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 10 } }, repA);
    const pledgeId = made.data.pledgeResource.id;
    const before = await countEvents();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql(WITHDRAW, { input: { pledgeId, reason: 'plans changed' } }, repA)),
    );
    expect(tally(results)).toEqual({ OK: 1, INVALID_TRANSITION: 9 });
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(0);
    expect((await countEvents()) - before).toBe(1);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });

  it('withdrawals and confirmations racing a cancellation release each pledge exactly once', async () => {
    const { resource, project, requirementId } = await createPledgeable(t.services, f, { capacity: 100, quantity: 1000 });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await t.gql(PLEDGE, { input: { requirementId, resourceId: resource.nodeId, quantity: 5 } }, repA);
      ids.push(r.data.pledgeResource.id);
    }
    const before = await countEvents();
    const CONFIRM = `mutation($input: ConfirmPledgeInput!) { confirmPledge(input: $input) { id status } }`;
    const results = await Promise.all([
      ...ids.slice(0, 6).map((pledgeId) => t.gql(WITHDRAW, { input: { pledgeId, reason: 'race' } }, repA)),
      t.gql(TRANSITION, { input: { projectId: project.nodeId, to: 'CANCELLED' } }, secretary),
      ...ids.slice(6).map((pledgeId) => t.gql(CONFIRM, { input: { pledgeId } }, secretary)),
    ]);
    const counts = tally(results);
    expect(Object.keys(counts).every((c) => c === 'OK' || c === 'INVALID_TRANSITION')).toBe(true);
    expect(code(results[6])).toBe('OK');
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(0);
    const [st] = await t.ds.query(`SELECT count(*)::int n FROM pledges WHERE project_id = $1 AND status <> 'WITHDRAWN'`, [project.id]);
    expect(st.n).toBe(0);
    expect((await countEvents()) - before).toBe(counts.OK);
    await expectCountersConsistent();
    await expectGaplessEvents();
  });
});
