import { DataSource } from 'typeorm';

/** Every counter of the alliance agrees with its pledge rows, and no resource is over-committed. */
export async function expectPledgeCountersConsistent(ds: DataSource, allianceId: string): Promise<void> {
  const resources = await ds.query(
    `SELECT r.id, r.capacity, r.pledged,
            COALESCE((SELECT sum(quantity) FROM pledges p WHERE p.resource_id = r.id AND p.status IN ('PLEDGED','CONFIRMED','FULFILLED')), 0)::int AS active
     FROM resources r WHERE r.alliance_id = $1`,
    [allianceId],
  );
  expect(resources.length).toBeGreaterThan(0);
  for (const r of resources) {
    expect(r.pledged).toBe(r.active);
    expect(r.active).toBeLessThanOrEqual(r.capacity);
  }
  const requirements = await ds.query(
    `SELECT q.id, q.pledged,
            COALESCE((SELECT sum(quantity) FROM pledges p WHERE p.requirement_id = q.id AND p.status IN ('PLEDGED','CONFIRMED','FULFILLED')), 0)::int AS active
     FROM requirements q WHERE q.alliance_id = $1`,
    [allianceId],
  );
  for (const q of requirements) expect(q.pledged).toBe(q.active);
  // The stats' read model (kept by triggers on pledges) agrees with the pledge rows, organization by organization.
  const contributions = await ds.query(
    `SELECT o.id, to_json(c.*) AS kept, to_json(p.*) AS actual
     FROM organizations o
     LEFT JOIN (SELECT organization_id, pledged, fulfilled, pledges, fulfilled_pledges FROM organization_contributions) c ON c.organization_id = o.id
     LEFT JOIN (SELECT organization_id, sum(quantity)::int AS pledged, COALESCE(sum(delivered_quantity), 0)::int AS fulfilled,
                       count(*)::int AS pledges, count(*) FILTER (WHERE status = 'FULFILLED')::int AS fulfilled_pledges
                FROM pledges WHERE status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY organization_id) p ON p.organization_id = o.id
     WHERE o.alliance_id = $1`,
    [allianceId],
  );
  const zero = { pledged: 0, fulfilled: 0, pledges: 0, fulfilled_pledges: 0 };
  expect(contributions.some((c: { actual: unknown }) => c.actual)).toBe(true);
  for (const c of contributions) {
    const kept = c.kept ? { ...c.kept, organization_id: undefined } : zero;
    const actual = c.actual ? { ...c.actual, organization_id: undefined } : zero;
    expect({ id: c.id, ...kept }).toEqual({ id: c.id, ...actual });
  }
}

/** Event sequence numbers of the alliance are 1..n with no gap and no duplicate; returns n. */
export async function expectGaplessAllianceEvents(ds: DataSource, allianceId: string): Promise<number> {
  const [row] = await ds.query(
    `SELECT count(*)::int n, count(DISTINCT seq)::int d, min(seq)::int lo, max(seq)::int hi,
            (SELECT last_seq::int FROM alliance_event_sequences WHERE alliance_id = $1) counter
     FROM events WHERE alliance_id = $1`,
    [allianceId],
  );
  expect(row.d).toBe(row.n);
  expect(row.lo).toBe(1);
  expect(row.hi).toBe(row.n);
  expect(row.counter).toBe(row.n);
  return row.n;
}
