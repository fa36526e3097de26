import { Viewer } from '../server/auth/viewer';
import { DomainError, ErrorCode } from '../server/errors';
import { withStatementTally } from '../server/db/statement-counter';
import { ProjectStatus, ResourceKind } from '../server/domain/enums';
import { toGlobalId } from '../server/graphql/global-id';
import type { PledgeResourceInput } from '../server/resolvers/inputs/pledge.input';
import { PledgeService } from '../server/services/pledge.service';
import { ServiceDeps } from '../server/services/service-context';
import { AllianceFixture, createAllianceFixture, createPledgeable } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { expectGaplessAllianceEvents, expectPledgeCountersConsistent } from './support/invariants';
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
    new Map<string, string>(
      (await t.ds.query('SELECT id, xmin::text AS x FROM pledges WHERE id = ANY($1)', [ids])).map((r: { id: string; x: string }) => [
        r.id,
        r.x,
      ]),
    );

  /** Runs `run` with a row trigger `name` (a PL/pgSQL body) `when` on each of `tables`, then drops it. */
  async function withTrigger(name: string, when: string, tables: string[], body: string, run: () => Promise<void>): Promise<void> {
    await t.ds.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`);
    for (const table of tables) await t.ds.query(`CREATE TRIGGER ${name} ${when} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    try {
      await run();
    } finally {
      for (const table of tables) await t.ds.query(`DROP TRIGGER ${name} ON ${table}`);
      await t.ds.query(`DROP FUNCTION ${name}()`);
    }
  }

  async function expectConsistent() {
    await expectPledgeCountersConsistent(t.ds, f.allianceUuid);
    await expectGaplessAllianceEvents(t.ds, f.allianceUuid);
  }

  it('pledges that wait are written in one transaction and each is answered on its own', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 10 });
    const other = await createPledgeable(t.services, f, { capacity: 10, kind: ResourceKind.VENUE });
    const rep = f.viewers.repA;
    const input = (quantity: number, resourceId = resource.nodeId): PledgeResourceInput => ({
      requirementId,
      resourceId,
      quantity,
      note: `q${quantity}`,
    });
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

    expect(results.map(codeOf)).toEqual([
      'OK',
      'OK',
      'OK',
      ErrorCode.CAPACITY_EXCEEDED,
      ErrorCode.BAD_USER_INPUT,
      ErrorCode.FORBIDDEN,
      'OK',
    ]);
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
      [
        [1, 'q1', 'PLEDGED'],
        [1, 'q1', 'PLEDGED'],
        [4, 'q4', 'PLEDGED'],
        [4, 'q4', 'PLEDGED'],
      ].sort(),
    );
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(10);
    // One event per accepted pledge, naming it, in the order the pledges were submitted.
    const events = await t.ds.query(`SELECT entity_id, payload FROM events WHERE type = 'PLEDGE_CREATED' ORDER BY seq DESC LIMIT 4`);
    expect(events.map((e: { entity_id: string }) => e.entity_id).reverse()).toEqual(ids);
    expect(events[0].payload).toMatchObject({ quantity: 1, resourceName: '志愿服务', unit: '小时' });
    expect(Number((await t.ds.query(`SELECT count(*) AS n FROM events WHERE type = 'PLEDGE_CREATED'`))[0].n) - eventsBefore).toBe(4);
    await expectConsistent();
  });

  it('a batch nothing of which could be written runs its pledges again one by one, and only the failing one fails', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const input = (note: string): PledgeResourceInput => ({ requirementId, resourceId: resource.nodeId, quantity: 2, note });
    // A stand-in for a failure PostgreSQL reports before the COMMIT (a raise in PL/pgSQL, class P0).
    const refuseNote = `IF NEW.note = 'refuse-me' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW;`;
    await withTrigger('test_refuse_note', 'BEFORE INSERT', ['pledges'], refuseNote, async () => {
      const results = await submitTogether([
        [f.viewers.repA, input('first')],
        [f.viewers.repA, input('a')],
        [f.viewers.secretary, input('not a representative')],
        [f.viewers.repA, input('refuse-me')],
        [f.viewers.repA, input('b')],
      ]);
      expect(results.map(codeOf)).toEqual(['OK', 'OK', ErrorCode.FORBIDDEN, 'OTHER', 'OK']);
      expect(String((results[3] as { err: Error }).err)).toMatch(/refused by the test/);
      // The refused one was not run again: its check's answer stands.
      expect(pledges.batchCounters.rerun).toBe(3);
      const ids = results.flatMap((r) => (r.ok ? [r.id] : []));
      // Written alone: three transactions.
      expect(new Set((await xminOf(ids)).values()).size).toBe(3);
      const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
      expect(res.pledged).toBe(6);
    });
    await expectConsistent();
  });

  it('a batch whose outcome is unknown (the connection is lost) is not run again: its pledges fail, its check refusals stand', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const input = (note: string): PledgeResourceInput => ({ requirementId, resourceId: resource.nodeId, quantity: 2, note });
    // The batch's backend ends its own session in the middle of the write: the client gets a FATAL, or no answer at all.
    const dropSession = `IF NEW.note = 'drop' THEN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF; RETURN NEW;`;
    const rerunBefore = pledges.batchCounters.rerun;
    await withTrigger('test_drop_session', 'BEFORE INSERT', ['pledges'], dropSession, async () => {
      const results = await submitTogether([
        [f.viewers.repA, input('first')],
        [f.viewers.repA, input('a')],
        [f.viewers.secretary, input('not a representative')],
        [f.viewers.repA, input('drop')],
        [f.viewers.repA, input('b')],
      ]);
      expect(results.map(codeOf)).toEqual(['OK', 'OTHER', ErrorCode.FORBIDDEN, 'OTHER', 'OTHER']);
      for (const i of [1, 3, 4]) expect(String((results[i] as { err: Error }).err)).toMatch(/terminat|Connection|closed/i);
      expect(pledges.batchCounters.rerun).toBe(rerunBefore);
      const [res] = await t.ds.query(
        'SELECT pledged, (SELECT count(*)::int FROM pledges WHERE resource_id = $1) AS n FROM resources WHERE id = $1',
        [resource.id],
      );
      expect(res).toEqual({ pledged: 2, n: 1 });
    });
    // The pool has replaced the lost connection: pledging goes on.
    const after = await submitTogether([
      [f.viewers.repA, input('c')],
      [f.viewers.repA, input('d')],
      [f.viewers.repA, input('e')],
    ]);
    expect(after.map(codeOf)).toEqual(['OK', 'OK', 'OK']);
    await expectConsistent();
  });

  it('batches racing each other and single pledges over the same resources in different orders neither deadlock nor over-commit', async () => {
    const made = await Promise.all([0, 1, 2, 3].map(() => createPledgeable(t.services, f, { capacity: 150 })));
    // Four "processes", each batching on its own, and pledges with idempotency keys, which always run alone.
    const services = [0, 1, 2, 3].map(
      () => new PledgeService(new ServiceDeps(t.ds, t.services.events, t.services.idempotency), { inFlight: 3, size: 6 }),
    );
    const work: Promise<Settled>[] = [];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 400; i++) {
      const m = made[next(4)];
      const input: PledgeResourceInput = { requirementId: m.requirementId, resourceId: m.resource.nodeId, quantity: 1 + (i % 2) };
      if (i % 9 === 0) input.idempotencyKey = `race-${store.name}-${i}`;
      work.push(
        services[next(4)].pledge(f.viewers.repA, input).then(
          (p) => ({ ok: true as const, id: p.id }),
          (err: unknown) => ({ ok: false as const, err }),
        ),
      );
    }
    const results = await Promise.all(work);
    const codes = new Set(results.map(codeOf));
    expect([...codes].every((c) => c === 'OK' || c === ErrorCode.CAPACITY_EXCEEDED)).toBe(true);
    // No batch failed (a deadlock would have failed one, and its pledges would have been run again alone).
    expect(services.map((x) => x.batchCounters.rerun)).toEqual([0, 0, 0, 0]);
    expect(services.reduce((n, x) => n + x.batchCounters.batches, 0)).toBeGreaterThan(10);
    // 400 pledges of 1 or 2 (600 units) for 600 units: a resource has room left only if no pledge was refused on it.
    const rows = await t.ds.query('SELECT capacity, pledged FROM resources WHERE id = ANY($1)', [made.map((m) => m.resource.id)]);
    const refused = results.filter((r) => codeOf(r) === ErrorCode.CAPACITY_EXCEEDED).length;
    if (refused > 0) expect(rows.some((r: { capacity: number; pledged: number }) => r.capacity - r.pledged < 2)).toBe(true);
    await expectConsistent();
  });

  it('a batch takes its row locks in id order, whatever order its pledges came in', async () => {
    const made = await Promise.all([0, 1, 2].map(() => createPledgeable(t.services, f, { capacity: 50 })));
    // Submitted in descending resource id order; the requirements' order is whatever it is.
    made.sort((a, b) => (a.resource.id < b.resource.id ? 1 : -1));
    await t.ds.query('CREATE TABLE test_lock_log (n serial, tbl text, id uuid)');
    const logUpdate = 'INSERT INTO test_lock_log (tbl, id) VALUES (TG_TABLE_NAME, NEW.id); RETURN NULL;';
    await withTrigger('test_lock_log', 'AFTER UPDATE', ['resources', 'requirements'], logUpdate, async () => {
      const first = made[0];
      const results = await submitTogether([
        [f.viewers.repA, { requirementId: first.requirementId, resourceId: first.resource.nodeId, quantity: 1 }], // runs alone
        ...made.map((m): [Viewer, PledgeResourceInput] => [
          f.viewers.repA,
          { requirementId: m.requirementId, resourceId: m.resource.nodeId, quantity: 1 },
        ]),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      const log: { tbl: string; id: string }[] = await t.ds.query('SELECT tbl, id FROM test_lock_log ORDER BY n OFFSET 2');
      const order = (tbl: string) => log.filter((l) => l.tbl === tbl).map((l) => l.id);
      expect(order('resources')).toEqual(made.map((m) => m.resource.id).sort());
      expect(order('requirements')).toEqual([...order('requirements')].sort());
      expect(order('requirements')).toHaveLength(3);
      // Resources first, then requirements: the order single pledges take them in.
      expect(log.map((l) => l.tbl)).toEqual(['resources', 'resources', 'resources', 'requirements', 'requirements', 'requirements']);
    });
    await t.ds.query('DROP TABLE test_lock_log');
  });

  it('closing a project with pledges on several resources while batches pledge those resources neither deadlocks nor fails a batch', async () => {
    for (let round = 0; round < 4; round++) {
      const made = await Promise.all([0, 1, 2, 3].map(() => createPledgeable(t.services, f, { capacity: 100 })));
      const [closing, open] = [made[0], made[3]];
      if (round >= 2)
        await t.services.projects.transition(f.viewers.secretary, { projectId: closing.project.nodeId, to: ProjectStatus.IN_PROGRESS });
      // The project to close holds pledges on three resources (made alone, one by one).
      for (const m of made.slice(0, 3)) {
        await t.services.pledges.pledge(f.viewers.repA, {
          requirementId: closing.requirementId,
          resourceId: m.resource.nodeId,
          quantity: 5,
          idempotencyKey: `close-${store.name}-${round}-${m.resource.id}`,
        });
      }
      const rerunBefore = pledges.batchCounters.rerun;
      const order = round % 2 === 0 ? [2, 1, 0, 2, 1, 0] : [0, 1, 2, 0, 1, 2];
      const [closed, ...results] = await Promise.all([
        t.services.projects.transition(f.viewers.secretary, {
          projectId: closing.project.nodeId,
          to: round < 2 ? ProjectStatus.CANCELLED : ProjectStatus.COMPLETED,
        }),
        ...order.map((i) =>
          pledges.pledge(f.viewers.repA, { requirementId: open.requirementId, resourceId: made[i].resource.nodeId, quantity: 1 }).then(
            (p): Settled => ({ ok: true, id: p.id }),
            (err: unknown): Settled => ({ ok: false, err }),
          ),
        ),
      ]);
      expect(closed.status).toBe(round < 2 ? ProjectStatus.CANCELLED : ProjectStatus.COMPLETED);
      expect(results.map(codeOf)).toEqual(order.map(() => 'OK'));
      expect(pledges.batchCounters.rerun).toBe(rerunBefore);
      const rows = await t.ds.query('SELECT pledged FROM resources WHERE id = ANY($1) ORDER BY id', [
        made.slice(0, 3).map((m) => m.resource.id),
      ]);
      expect(rows.map((r: { pledged: number }) => r.pledged)).toEqual([2, 2, 2]);
    }
    await expectConsistent();
  });

  it('closing a project takes its resources in id order, as a batch does', async () => {
    // A stands in for a batch holding the lowest of three resources and about to take the others. If the
    // closing transaction took any of the others before waiting for the lowest, A could not take them.
    for (let round = 0; round < 3; round++) {
      const made = await Promise.all([0, 1, 2].map(() => createPledgeable(t.services, f, { capacity: 100 })));
      for (const m of made) {
        await t.services.pledges.pledge(f.viewers.repA, {
          requirementId: made[0].requirementId,
          resourceId: m.resource.nodeId,
          quantity: 3,
          idempotencyKey: `order-${store.name}-${round}-${m.resource.id}`,
        });
      }
      const [low, ...others] = made.map((m) => m.resource.id).sort();
      const a = t.ds.createQueryRunner();
      await a.connect();
      let blocked: unknown = null;
      try {
        await a.query('BEGIN');
        await a.query(`SET LOCAL lock_timeout = '300ms'`);
        const [{ pid }] = await a.query('SELECT pg_backend_pid() AS pid');
        await a.query('SELECT 1 FROM resources WHERE id = $1 FOR NO KEY UPDATE', [low]);
        const closing = t.services.projects.transition(f.viewers.secretary, {
          projectId: made[0].project.nodeId,
          to: ProjectStatus.CANCELLED,
        });
        const waiting = async () =>
          (
            await t.ds.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
              [pid],
            )
          )[0].n;
        for (let i = 0; i < 200 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(await waiting()).toBe(1);
        try {
          await a.query('SELECT 1 FROM resources WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE', [others]);
        } catch (err) {
          blocked = err;
        }
        await a.query('ROLLBACK');
        expect((await closing).status).toBe(ProjectStatus.CANCELLED);
      } finally {
        await a.release();
      }
      expect(blocked).toBeNull();
      const rows = await t.ds.query('SELECT pledged FROM resources WHERE id = ANY($1)', [[low, ...others]]);
      expect(rows.map((r: { pledged: number }) => r.pledged)).toEqual([0, 0, 0]);
    }
    await expectGaplessAllianceEvents(t.ds, f.allianceUuid);
  });

  it("charges every request of a batch with the batch's statements", async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const tallies = [0, 1, 2, 3].map(() => ({ count: 0 }));
    const before = pledges.batchCounters.batches;
    await Promise.all(
      tallies.map((tally) =>
        withStatementTally(tally, () => pledges.pledge(f.viewers.repA, { requirementId, resourceId: resource.nodeId, quantity: 1 })),
      ),
    );
    expect(pledges.batchCounters.batches).toBe(before + 1);
    // The first ran alone (its read with the BEGIN, its write with the COMMIT); the other three shared one batch of two round trips.
    expect(tallies.map((x) => x.count)).toEqual([2, 2, 2, 2]);
  });

  it('refuses a pledge at once with TOO_MANY_REQUESTS when too many are already waiting, and writes the others', async () => {
    const { resource, requirementId } = await createPledgeable(t.services, f, { capacity: 100 });
    const small = new PledgeService(new ServiceDeps(t.ds, t.services.events, t.services.idempotency), {
      inFlight: 1,
      size: 2,
      maxWaiting: 3,
    });
    const input: PledgeResourceInput = { requirementId, resourceId: resource.nodeId, quantity: 1 };
    // The first starts at once; three wait; the fifth and sixth find the queue full.
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        small.pledge(f.viewers.repA, input).then(
          (p): Settled => ({ ok: true, id: p.id }),
          (err: unknown): Settled => ({ ok: false, err }),
        ),
      ),
    );
    expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK', ErrorCode.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_REQUESTS]);
    expect((results[4] as { err: Error }).err.message).toMatch(/3 pledges are waiting/);
    expect(small.batchCounters).toMatchObject({ alone: 2, batches: 1, batched: 2, refusedBusy: 2 });
    const [res] = await t.ds.query('SELECT pledged FROM resources WHERE id = $1', [resource.id]);
    expect(res.pledged).toBe(4);
    await expectConsistent();
  });

  it('keeps global ids checked before anything is queued', async () => {
    await expect(
      pledges.pledge(f.viewers.repA, {
        requirementId: toGlobalId('Resource', '00000000-0000-4000-8000-000000000000'),
        resourceId: 'nonsense',
        quantity: 1,
      }),
    ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });
});
