import { Client } from 'pg';
import { hashPassword } from '../server/auth/password';

/** Row counts of one seeded alliance. */
export interface SeedSize {
  organizations: number;
  resources: number;
  projects: number;
  requirements: number;
  pledges: number;
  events: number;
  needs: number;
}

/** The default data set (`--scale 1`): one alliance of issue 7's size. */
export const DEFAULT_SIZE: SeedSize = {
  organizations: 200,
  resources: 2000,
  projects: 1000,
  requirements: 3000,
  pledges: 50000,
  events: 100000,
  needs: 500,
};

/** Scales every count (at least 7 resources, one per kind, and a few of everything else). */
export function scaledSize(scale: number): SeedSize {
  const s = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    organizations: s(DEFAULT_SIZE.organizations, 3),
    resources: s(DEFAULT_SIZE.resources, 14),
    projects: s(DEFAULT_SIZE.projects, 4),
    requirements: s(DEFAULT_SIZE.requirements, 8),
    pledges: s(DEFAULT_SIZE.pledges, 20),
    events: s(DEFAULT_SIZE.events, 20),
    needs: s(DEFAULT_SIZE.needs, 2),
  };
}

/** What the benchmark needs to know about the seeded data. */
export interface SeededAlliance {
  allianceId: string;
  secretaryId: string;
  /** A unit representative per organization (index = organization number), with that organization's id. */
  reps: { userId: string; organizationId: string }[];
  /** Resources with room to pledge: id, owning organization's index, kind. */
  resources: { id: string; orgIndex: number; kind: string }[];
  /** Requirements of projects that accept pledges: id and kind. */
  openRequirements: { id: string; kind: string }[];
}

export const BENCH_PASSWORD = 'bench-password';
const KINDS = ['VENUE', 'FUNDS', 'VOLUNTEERS', 'EXPERTISE', 'EQUIPMENT', 'MATERIALS', 'SERVICES'];
/** Room left on every resource after seeding, so the pledge benchmark never runs out. */
export const RESOURCE_HEADROOM = 1_000_000;

/**
 * Seeds one alliance with set-based SQL (generate_series), so 50,000 pledges and 100,000 events
 * take seconds. Counters are made consistent with the rows the way the pledge service keeps them:
 * resources.pledged and requirements.pledged are sums of active pledges (PLEDGED, CONFIRMED,
 * FULFILLED), requirements.fulfilled the delivered quantities of FULFILLED ones, capacity leaves
 * RESOURCE_HEADROOM, and events carry seq 1..N with alliance_event_sequences.last_seq = N.
 */
export async function seedAlliance(
  url: string,
  size: SeedSize,
  opts: { index?: number; progress?: (line: string) => void } = {},
): Promise<SeededAlliance> {
  const progress = opts.progress ?? (() => undefined);
  const n = opts.index ?? 0;
  const c = new Client({ connectionString: url });
  await c.connect();
  const steps: [string, string, unknown[]][] = [];
  try {
    // The rows are consistent by construction: skip the per-row foreign-key triggers (superuser only).
    await c.query(`SET session_replication_role = replica`).catch(() => undefined);
    const hash = await hashPassword(BENCH_PASSWORD);
    const [{ id: allianceId }] = (
      await c.query(
        `INSERT INTO alliances (name, region, description) VALUES ($1, '示范街道', '基准测试数据') RETURNING id`,
        [`基准大工委 ${n}`],
      )
    ).rows;
    const [{ id: secretaryId }] = (
      await c.query(`INSERT INTO users (name, email, password_hash) VALUES ('书记', $1, $2) RETURNING id`, [
        `secretary-${n}@bench.example`,
        hash,
      ])
    ).rows;
    steps.push(
      [
        'organizations',
        `INSERT INTO organizations (alliance_id, name, kind, sector, party_org_name, joined_at, created_at)
         SELECT $1, CASE WHEN i = 0 THEN '社区党委' ELSE '成员单位 ' || i END,
                CASE WHEN i = 0 THEN 'PARTY_COMMITTEE' WHEN i % 4 = 0 THEN 'SOCIAL_ORGANIZATION' ELSE 'MEMBER_UNIT' END,
                (ARRAY['AGENCY','PUBLIC_INSTITUTION','STATE_OWNED_ENTERPRISE','PRIVATE_ENTERPRISE','SCHOOL','HOSPITAL','OTHER'])[1 + i % 7],
                '党支部 ' || i, now() - make_interval(days => i), now() - make_interval(secs => $2 - i)
         FROM generate_series(0, $2 - 1) i`,
        [allianceId, size.organizations],
      ],
      [
        'users and memberships',
        `WITH o AS (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM organizations WHERE alliance_id = $1),
              u AS (INSERT INTO users (name, email, password_hash)
                    SELECT '联络员 ' || i, 'rep-' || $3::int || '-' || i || '@bench.example', $2 FROM o RETURNING id, email)
         INSERT INTO memberships (alliance_id, user_id, role, organization_id)
         SELECT $1, u.id, 'UNIT_REPRESENTATIVE', o.id FROM u JOIN o ON u.email = 'rep-' || $3::int || '-' || o.i || '@bench.example'`,
        [allianceId, hash, n],
      ],
      [
        'secretary',
        `INSERT INTO memberships (alliance_id, user_id, role) VALUES ($1, $2, 'SECRETARY')`,
        [allianceId, secretaryId],
      ],
      [
        'needs',
        `INSERT INTO needs (alliance_id, title, category, priority, status, created_by_id, created_at)
         SELECT $1, '需求 ' || i,
                (ARRAY['ELDERLY_CARE','CHILD_CARE','EMPLOYMENT','ENVIRONMENT','CULTURE','HEALTH','SAFETY','EDUCATION','OTHER'])[1 + i % 9],
                (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + i % 4], (ARRAY['OPEN','MATCHED','CLOSED'])[1 + i % 3], $3,
                now() - make_interval(secs => $2 - i)
         FROM generate_series(0, $2 - 1) i`,
        [allianceId, size.needs, secretaryId],
      ],
      [
        'resources',
        `WITH o AS (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM organizations WHERE alliance_id = $1)
         INSERT INTO resources (alliance_id, organization_id, kind, name, unit, capacity, created_at)
         SELECT $1, o.id, ($3::text[])[1 + g % 7], '资源 ' || g, (ARRAY['场次','元','人','小时','件','件','次'])[1 + g % 7], 0,
                now() - make_interval(secs => $2 - g)
         FROM generate_series(0, $2 - 1) g JOIN o ON o.i = (g / 7) % $4`,
        [allianceId, size.resources, KINDS, size.organizations],
      ],
      [
        'projects',
        `WITH o AS (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM organizations WHERE alliance_id = $1)
         INSERT INTO projects (alliance_id, title, description, coordinator_id, lead_organization_id, status, created_at)
         SELECT $1, '共建项目 ' || g, '基准测试项目', $3, o.id,
                (ARRAY['APPROVED','IN_PROGRESS','APPROVED','IN_PROGRESS','COMPLETED','PROPOSED','DRAFT','CANCELLED','APPROVED','IN_PROGRESS'])[1 + g % 10],
                now() - make_interval(secs => $2 - g)
         FROM generate_series(0, $2 - 1) g JOIN o ON o.i = g % $4`,
        [allianceId, size.projects, secretaryId, size.organizations],
      ],
      [
        'requirements',
        `WITH p AS (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM projects WHERE alliance_id = $1)
         INSERT INTO requirements (alliance_id, project_id, position, kind, quantity, unit, created_at)
         SELECT $1, p.id, g / $3, ($4::text[])[1 + (g * 3) % 7], 200 + (g % 5) * 100, '单位', now() - make_interval(secs => $2 - g)
         FROM generate_series(0, $2 - 1) g JOIN p ON p.i = g % $3`,
        [allianceId, size.requirements, size.projects, KINDS],
      ],
      // Statistics of the rows just loaded: without them the planner takes these tables for nearly empty
      // and joins the pledge generator by nested loops, which at --scale 10 ran for many minutes.
      ['statistics', `ANALYZE organizations, memberships, resources, projects, requirements`, []],
      [
        'pledges',
        // Pledge g goes to requirement g % R and to a resource of the same kind, picked by a hash.
        `WITH q AS (SELECT id, project_id, kind, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM requirements WHERE alliance_id = $1),
              r AS (SELECT id, organization_id, kind, row_number() OVER (PARTITION BY kind ORDER BY created_at, id) - 1 AS i
                    FROM resources WHERE alliance_id = $1),
              kn AS (SELECT kind, count(*) AS n FROM resources WHERE alliance_id = $1 GROUP BY kind),
              u AS (SELECT user_id, organization_id FROM memberships WHERE alliance_id = $1 AND role = 'UNIT_REPRESENTATIVE'),
              g AS (SELECT g, q.id AS requirement_id, q.project_id, q.kind, (g::bigint * 7919) % kn.n AS ri
                    FROM generate_series(0, $2 - 1) g JOIN q ON q.i = g % $3 JOIN kn ON kn.kind = q.kind)
         INSERT INTO pledges (alliance_id, requirement_id, project_id, resource_id, organization_id, pledged_by_id, quantity,
                              delivered_quantity, status, created_at, updated_at)
         SELECT $1, g.requirement_id, g.project_id, r.id, r.organization_id, u.user_id, 1 + g.g % 5,
                CASE WHEN g.g % 20 IN (3, 4, 5) THEN 1 + g.g % 5 END,
                CASE WHEN g.g % 20 IN (3, 4, 5) THEN 'FULFILLED' WHEN g.g % 20 IN (6, 7, 8) THEN 'CONFIRMED'
                     WHEN g.g % 20 = 9 THEN 'WITHDRAWN' WHEN g.g % 20 = 10 THEN 'REJECTED' ELSE 'PLEDGED' END,
                now() - make_interval(secs => ($2 - g.g) / 10.0), now() - make_interval(secs => ($2 - g.g) / 10.0)
         FROM g JOIN r ON r.kind = g.kind AND r.i = g.ri JOIN u ON u.organization_id = r.organization_id`,
        [allianceId, size.pledges, size.requirements],
      ],
      [
        'counters',
        `WITH s AS (SELECT resource_id, sum(quantity)::int AS pl FROM pledges
                    WHERE alliance_id = $1 AND status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY resource_id)
         UPDATE resources r SET pledged = COALESCE(s.pl, 0), capacity = COALESCE(s.pl, 0) + $2
         FROM resources r2 LEFT JOIN s ON s.resource_id = r2.id WHERE r.id = r2.id AND r2.alliance_id = $1`,
        [allianceId, RESOURCE_HEADROOM],
      ],
      [
        'requirement counters',
        `WITH s AS (SELECT requirement_id, sum(quantity)::int AS pl, COALESCE(sum(delivered_quantity) FILTER (WHERE status = 'FULFILLED'), 0)::int AS f
                    FROM pledges WHERE alliance_id = $1 AND status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY requirement_id)
         UPDATE requirements q SET pledged = s.pl, fulfilled = s.f FROM s WHERE s.requirement_id = q.id`,
        [allianceId],
      ],
      [
        'contribution counters',
        // The read model the triggers keep (they are off while seeding: session_replication_role).
        `INSERT INTO organization_contributions (organization_id, alliance_id, pledged, fulfilled, pledges, fulfilled_pledges)
         SELECT o.id, $1, COALESCE(p.pl, 0), COALESCE(p.f, 0), COALESCE(p.n, 0), COALESCE(p.fn, 0)
         FROM organizations o LEFT JOIN (
           SELECT organization_id, sum(quantity)::int pl, COALESCE(sum(delivered_quantity), 0)::int f, count(*)::int n,
                  count(*) FILTER (WHERE status = 'FULFILLED')::int fn
           FROM pledges WHERE alliance_id = $1 AND status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY organization_id) p
           ON p.organization_id = o.id
         WHERE o.alliance_id = $1`,
        [allianceId],
      ],
      ['pledge statistics', `ANALYZE pledges`, []],
      [
        'events',
        `WITH p AS (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS i FROM pledges WHERE alliance_id = $1)
         INSERT INTO events (alliance_id, seq, type, actor_id, entity_type, entity_id, payload, occurred_at)
         SELECT $1, g + 1, 'PLEDGE_CREATED', $3, 'Pledge', p.id,
                jsonb_build_object('quantity', 1 + g % 5, 'unit', '单位', 'projectTitle', '共建项目', 'organizationName', '成员单位', 'resourceName', '资源'),
                now() - make_interval(secs => ($2 - g) / 10.0)
         FROM generate_series(0, $2 - 1) g JOIN p ON p.i = g % (SELECT count(*) FROM p)`,
        [allianceId, size.events, secretaryId],
      ],
      // The sequence row the alliance trigger would have opened (triggers are off while seeding).
      ['event sequence', `INSERT INTO alliance_event_sequences (alliance_id, last_seq) VALUES ($1, $2)`, [allianceId, size.events]],
      // What autovacuum leaves behind after a bulk load: statistics and the visibility map (index-only counts).
      ['vacuum', `VACUUM ANALYZE`, []],
    );
    let done = 0;
    const started = Date.now();
    for (const [label, sql, params] of steps) {
      progress(`seeding alliance ${n}: ${label} (${done + 1}/${steps.length}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      await c.query(sql, params);
      done++;
    }
    progress(`seeding alliance ${n}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const reps = (
      await c.query(
        `SELECT m.user_id, m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id
         WHERE m.alliance_id = $1 AND m.role = 'UNIT_REPRESENTATIVE' ORDER BY o.created_at, o.id`,
        [allianceId],
      )
    ).rows.map((r) => ({ userId: r.user_id as string, organizationId: r.organization_id as string }));
    const orgIndex = new Map(reps.map((r, i) => [r.organizationId, i]));
    const resources = (
      await c.query(`SELECT id, organization_id, kind FROM resources WHERE alliance_id = $1 ORDER BY created_at, id`, [allianceId])
    ).rows.map((r) => ({ id: r.id as string, orgIndex: orgIndex.get(r.organization_id)!, kind: r.kind as string }));
    const openRequirements = (
      await c.query(
        `SELECT q.id, q.kind FROM requirements q JOIN projects p ON p.id = q.project_id
         WHERE q.alliance_id = $1 AND p.status IN ('APPROVED', 'IN_PROGRESS') ORDER BY q.created_at, q.id`,
        [allianceId],
      )
    ).rows.map((r) => ({ id: r.id as string, kind: r.kind as string }));
    return { allianceId, secretaryId, reps, resources, openRequirements };
  } finally {
    await c.end();
  }
}

/** Checks the invariants the services keep, on the seeded data or after the pledge benchmark. */
export async function checkCounters(url: string): Promise<{ resourceMismatches: number; overCommitted: number; requirementMismatches: number; contributionMismatches: number; seqGaps: number }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: [r] } = await c.query(`
      SELECT
        (SELECT count(*)::int FROM resources r WHERE r.pledged <> COALESCE((SELECT sum(quantity) FROM pledges p
           WHERE p.resource_id = r.id AND p.status IN ('PLEDGED','CONFIRMED','FULFILLED')), 0)) AS "resourceMismatches",
        (SELECT count(*)::int FROM resources WHERE pledged > capacity) AS "overCommitted",
        (SELECT count(*)::int FROM requirements q WHERE q.pledged <> COALESCE((SELECT sum(quantity) FROM pledges p
           WHERE p.requirement_id = q.id AND p.status IN ('PLEDGED','CONFIRMED','FULFILLED')), 0)) AS "requirementMismatches",
        (SELECT count(*)::int FROM organizations o LEFT JOIN organization_contributions c ON c.organization_id = o.id
           LEFT JOIN (SELECT organization_id, sum(quantity) pl, COALESCE(sum(delivered_quantity), 0) f, count(*) n,
                             count(*) FILTER (WHERE status = 'FULFILLED') fn
                      FROM pledges WHERE status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY organization_id) p ON p.organization_id = o.id
           WHERE (COALESCE(c.pledged, 0), COALESCE(c.fulfilled, 0), COALESCE(c.pledges, 0), COALESCE(c.fulfilled_pledges, 0))
              <> (COALESCE(p.pl, 0), COALESCE(p.f, 0), COALESCE(p.n, 0), COALESCE(p.fn, 0))) AS "contributionMismatches",
        (SELECT count(*)::int FROM alliances a LEFT JOIN alliance_event_sequences s ON s.alliance_id = a.id
          WHERE COALESCE(s.last_seq, -1) <> (SELECT count(*) FROM events e WHERE e.alliance_id = a.id)
             OR COALESCE(s.last_seq, -1) <> COALESCE((SELECT max(seq) FROM events e WHERE e.alliance_id = a.id), 0)) AS "seqGaps"`);
    return r;
  } finally {
    await c.end();
  }
}
