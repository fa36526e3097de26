import { Viewer } from '../server/auth/viewer';
import { DomainError, ErrorCode } from '../server/errors';
import { ResourceKind } from '../server/domain/enums';
import { toGlobalId } from '../server/graphql/global-id';
import type { PledgeResourceInput } from '../server/resolvers/inputs/pledge.input';
import { PledgeService } from '../server/services/pledge.service';
import { ServiceDeps } from '../server/services/service-context';
import { AllianceFixture, createAllianceFixture, createPledgeable } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

type Settled = { ok: true; id: string } | { ok: false; err: unknown };

const codeOf = (s: Settled) => (s.ok ? 'OK' : s.err instanceof DomainError ? s.err.code : 'OTHER');

describe.each(STORES)('pledge batches on $name', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  /** One batch at a time: the first pledge submitted runs alone, all submitted with it wait and go together. */
  let pledges: PledgeService;

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, `batch-${store.name}`);
    pledges = new PledgeService(new ServiceDeps(t.ds, t.services.events, t.services.idempotency), { inFlight: 1, size: 32 });
  });
  afterAll(() => t?.close());

  /** Submits every pledge in the same tick (so all but the first form one batch) and waits for each answer. */
  function submitTogether(items: [Viewer, PledgeResourceInput][]): Promise<Settled[]> {
    return Promise.all(
      items.map(([viewer, input]) =>
        pledges.pledge(viewer, input).then(
          (p): Settled => ({ ok: true, id: p.id }),
          (err: unknown): Settled => ({ ok: false, err }),
        ),
      ),
    );
  }

  const xminOf = async (ids: string[]) =>
    new Map<string, string>((await t.ds.query('SELECT id, xmin::text AS x FROM pledges WHERE id = ANY($1)', [ids])).map((r: { id: string; x: string }) => [r.id, r.x]));

  async function expectCountersConsistent(resourceIds: string[]) {
    const rows = await t.ds.query(
      `SELECT r.capacity, r.pledged, COALESCE((SELECT sum(quantity) FROM pledges p WHERE p.resource_id = r.id AND p.status = 'PLEDGED'), 0)::int AS summed
         FROM resources r WHERE r.id = ANY($1)`,
      [resourceIds],
    );
    for (const r of rows) {
      expect(r.pledged).toBe(r.summed);
      expect(r.pledged).toBeLessThanOrEqual(r.capacity);
    }
    const [{ gaps }] = await t.ds.query(
      `SELECT count(*)::int AS gaps FROM (SELECT seq - lag(seq) OVER (ORDER BY seq) AS step FROM events WHERE alliance_id = $1) s WHERE step <> 1`,
      [f.allianceUuid],
    );
    expect(gaps).toBe(0);
  }

  it('pledges that wait are written in one transaction and each is answered on its own', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 10 });
    const other = await createPledgeable(t.services, f, { capacity: 10, kind: ResourceKind.VENUE });
    const rep = f.viewers.repA;
    const input = (quantity: number, resourceId = resource.nodeId): PledgeResourceInput => ({ requirementId, resourceId, quantity, note: `q${quantity}` });
    const eventsBefore = Number((await t.ds.query(`SELECT count(*) AS n FROM events WHERE type = 'PLEDGE_CREATED'`))[0].n);

    const results = await submitTogether([
      [rep, input(1)], // runs alone
      [rep, input(4)],
      [rep, input(4)],
      [rep, input(4)], // 1 left by now: refused
      [rep, input(1, other.resource.nodeId)], // a VENUE for a VOLUNTEERS requirement
      [f.viewers.secretary, input(1)], // not the owning unit's representative
      [rep, input(1)],
    ]);

    expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', ErrorCode.CAPACITY_EXCEEDED, ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN, 'OK']);
    const refusal = (results[3] as { err: DomainError }).err;
    expect(refusal.message).toBe('Only 1 小时 of 志愿服务 are still available; 4 were asked for');
    expect(refusal.details).toMatchObject({ available: 1, requested: 4 });

    const ids = results.flatMap((r) => (r.ok ? [r.id] : []));
    const xmin = await xminOf(ids);
    // The first ran alone; the three accepted after it share one transaction.
    expect(new Set([xmin.get(ids[1]), xmin.get(ids[2]), xmin.get(ids[3])]).size).toBe(1);
    expect(xmin.get(ids[0])).not.toBe(xmin.get(ids[1]));

    const rows = await t.ds.query('SELECT id, quantity, note, status FROM pledges WHERE id = ANY($1) ORDER BY created_at, quantity', [ids]);
    expect(rows.map((r: { quantity: number; note: string; status: string }) => [r.quantity, r.note, r.status]).sort()).toEqual(
      [[1, 'q1', 'PLEDGED'], [1, 'q1', 'PLEDGED'], [4, 'q4', 'PLEDGED'], [4, 'q4', 'PLEDGED']].sort(),
    );
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(10);
    // One event per accepted pledge, naming it, in the order the pledges were submitted.
    const events = await t.ds.query(`SELECT entity_id, payload FROM events WHERE type = 'PLEDGE_CREATED' ORDER BY seq DESC LIMIT 4`);
    expect(events.map((e: { entity_id: string }) => e.entity_id).reverse()).toEqual(ids);
    expect(events[0].payload).toMatchObject({ quantity: 1, resourceName: '志愿服务', unit: '小时' });
    expect(Number((await t.ds.query(`SELECT count(*) AS n FROM events WHERE type = 'PLEDGE_CREATED'`))[0].n) - eventsBefore).toBe(4);
    await expectCountersConsistent([resource.id, other.resource.id]);
  });

  it('a batch nothing of which could be written runs its pledges again one by one, and only the failing one fails', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const input = (note: string): PledgeResourceInput => ({ requirementId, resourceId: resource.nodeId, quantity: 2, note });
    // A stand-in for a failure PostgreSQL reports before the COMMIT (a raise in PL/pgSQL, class P0).
    await t.ds.query(`CREATE FUNCTION test_refuse_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.note = 'refuse-me' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await t.ds.query('CREATE TRIGGER test_refuse_note BEFORE INSERT ON pledges FOR EACH ROW EXECUTE FUNCTION test_refuse_note()');
    try {
      const results = await submitTogether([[f.viewers.repA, input('first')], [f.viewers.repA, input('a')], [f.viewers.repA, input('refuse-me')], [f.viewers.repA, input('b')]]);
      expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
      expect(String((results[2] as { err: Error }).err)).toMatch(/refused by the test/);
      const ids = results.flatMap((r) => (r.ok ? [r.id] : []));
      // Written alone: three transactions.
      expect(new Set((await xminOf(ids)).values()).size).toBe(3);
      const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
      expect(res.pledged).toBe(6);
    } finally {
      await t.ds.query('DROP TRIGGER test_refuse_note ON pledges; DROP FUNCTION test_refuse_note()');
    }
    await expectCountersConsistent([resource.id]);
  });

  it('a batch whose failure leaves its outcome unknown is not run again: every pledge in it fails and nothing is written', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const input = (note: string): PledgeResourceInput => ({ requirementId, resourceId: resource.nodeId, quantity: 2, note });
    // An internal error (class XX) stands for the failures after which a COMMIT may or may not have happened.
    await t.ds.query(`CREATE FUNCTION test_break_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.note = 'break' THEN RAISE EXCEPTION 'broken by the test' USING ERRCODE = 'XX000'; END IF; RETURN NEW; END $$`);
    await t.ds.query('CREATE TRIGGER test_break_note BEFORE INSERT ON pledges FOR EACH ROW EXECUTE FUNCTION test_break_note()');
    try {
      const results = await submitTogether([[f.viewers.repA, input('first')], [f.viewers.repA, input('a')], [f.viewers.repA, input('break')], [f.viewers.repA, input('b')]]);
      expect(results.map((r) => r.ok)).toEqual([true, false, false, false]);
      for (const r of results.slice(1)) expect(String((r as { err: Error }).err)).toMatch(/broken by the test/);
      const [res] = await t.ds.query('SELECT pledged, (SELECT count(*)::int FROM pledges WHERE resource_id = $1) AS n FROM resources WHERE id = $1', [resource.id]);
      expect(res).toEqual({ pledged: 2, n: 1 });
    } finally {
      await t.ds.query('DROP TRIGGER test_break_note ON pledges; DROP FUNCTION test_break_note()');
    }
    await expectCountersConsistent([resource.id]);
  });

  it('batches racing each other and single pledges over the same resources in different orders neither deadlock nor over-commit', async () => {
    const made = await Promise.all([0, 1, 2, 3].map(() => createPledgeable(t.services, f, { capacity: 150 })));
    // Four "processes", each batching on its own, and pledges with idempotency keys, which always run alone.
    const services = [0, 1, 2, 3].map(() => new PledgeService(new ServiceDeps(t.ds, t.services.events, t.services.idempotency), { inFlight: 3, size: 6 }));
    const [{ deadlocks: before }] = await t.ds.query('SELECT deadlocks::int FROM pg_stat_database WHERE datname = current_database()');
    const work: Promise<Settled>[] = [];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 400; i++) {
      const m = made[next(4)];
      const input: PledgeResourceInput = { requirementId: m.requirementId, resourceId: m.resource.nodeId, quantity: 1 + (i % 2) };
      if (i % 9 === 0) input.idempotencyKey = `race-${store.name}-${i}`;
      work.push(services[next(4)].pledge(f.viewers.repA, input).then((p) => ({ ok: true as const, id: p.id }), (err: unknown) => ({ ok: false as const, err })));
    }
    const results = await Promise.all(work);
    const codes = new Set(results.map(codeOf));
    expect([...codes].every((c) => c === 'OK' || c === ErrorCode.CAPACITY_EXCEEDED)).toBe(true);
    const [{ deadlocks: after }] = await t.ds.query('SELECT deadlocks::int FROM pg_stat_database WHERE datname = current_database()');
    expect(after - before).toBe(0);
    // 400 pledges of 1 or 2 (600 units) for 600 units: a resource has room left only if no pledge was refused on it.
    const rows = await t.ds.query('SELECT capacity, pledged FROM resources WHERE id = ANY($1)', [made.map((m) => m.resource.id)]);
    const refused = results.filter((r) => codeOf(r) === ErrorCode.CAPACITY_EXCEEDED).length;
    if (refused > 0) expect(rows.some((r: { capacity: number; pledged: number }) => r.capacity - r.pledged < 2)).toBe(true);
    await expectCountersConsistent(made.map((m) => m.resource.id));
  });

  it('a batch takes its row locks in id order, whatever order its pledges came in', async () => {
    const made = await Promise.all([0, 1, 2].map(() => createPledgeable(t.services, f, { capacity: 50 })));
    // Submitted in descending resource id order; the requirements' order is whatever it is.
    made.sort((a, b) => (a.resource.id < b.resource.id ? 1 : -1));
    await t.ds.query('CREATE TABLE test_lock_log (n serial, tbl text, id uuid)');
    await t.ds.query(`CREATE FUNCTION test_lock_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO test_lock_log (tbl, id) VALUES (TG_TABLE_NAME, NEW.id); RETURN NULL; END $$`);
    await t.ds.query('CREATE TRIGGER test_lock_log AFTER UPDATE ON resources FOR EACH ROW EXECUTE FUNCTION test_lock_log()');
    await t.ds.query('CREATE TRIGGER test_lock_log AFTER UPDATE ON requirements FOR EACH ROW EXECUTE FUNCTION test_lock_log()');
    try {
      const first = made[0];
      const results = await submitTogether([
        [f.viewers.repA, { requirementId: first.requirementId, resourceId: first.resource.nodeId, quantity: 1 }], // runs alone
        ...made.map((m): [Viewer, PledgeResourceInput] => [f.viewers.repA, { requirementId: m.requirementId, resourceId: m.resource.nodeId, quantity: 1 }]),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      const log: { tbl: string; id: string }[] = await t.ds.query('SELECT tbl, id FROM test_lock_log ORDER BY n OFFSET 2');
      const order = (tbl: string) => log.filter((l) => l.tbl === tbl).map((l) => l.id);
      expect(order('resources')).toEqual(made.map((m) => m.resource.id).sort());
      expect(order('requirements')).toEqual([...order('requirements')].sort());
      expect(order('requirements')).toHaveLength(3);
      // Resources first, then requirements: the order single pledges take them in.
      expect(log.map((l) => l.tbl)).toEqual(['resources', 'resources', 'resources', 'requirements', 'requirements', 'requirements']);
    } finally {
      await t.ds.query('DROP TRIGGER test_lock_log ON resources; DROP TRIGGER test_lock_log ON requirements; DROP FUNCTION test_lock_log(); DROP TABLE test_lock_log');
    }
  });

  it('keeps global ids checked before anything is queued', async () => {
    await expect(
      pledges.pledge(f.viewers.repA, { requirementId: toGlobalId('Resource', '00000000-0000-4000-8000-000000000000'), resourceId: 'nonsense', quantity: 1 }),
    ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });
});
