/**
 * SQL the peers share. The stats are one SQL function (the same figures Gongjian's stats statement
 * computes, in the shape of the dashboard's `stats { … }` selection), installed into the bench
 * database so PostGraphile exposes it as the computed column `Alliance.stats` and the floor calls
 * it. The comment lets PostGraphile order requirements by position, as Gongjian does.
 */
export const PEER_DDL = `
CREATE OR REPLACE FUNCTION alliances_stats(a alliances) RETURNS json LANGUAGE sql STABLE AS $$
  -- One pass over the active pledges, per organization, gives the rate and the top contributors.
  WITH g AS (SELECT organization_id, sum(quantity)::int pl, COALESCE(sum(delivered_quantity), 0)::int f, count(*)::int n,
                    count(*) FILTER (WHERE status = 'FULFILLED')::int fn
             FROM pledges WHERE alliance_id = a.id AND status IN ('PLEDGED','CONFIRMED','FULFILLED') GROUP BY organization_id)
  SELECT json_build_object(
    'openNeeds', (SELECT count(*)::int FROM needs WHERE alliance_id = a.id AND status = 'OPEN'),
    'fulfilmentRate', (SELECT CASE WHEN COALESCE(sum(n), 0) = 0 THEN 0 ELSE round(sum(fn)::numeric / sum(n), 4)::float8 END FROM g),
    'organizationsByKind', COALESCE((SELECT json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind)
        FROM (SELECT kind, count(*)::int n FROM organizations WHERE alliance_id = a.id AND status = 'ACTIVE' GROUP BY kind) o), '[]'),
    'projectsByStatus', COALESCE((SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY status)
        FROM (SELECT status, count(*)::int n FROM projects WHERE alliance_id = a.id GROUP BY status) p), '[]'),
    'byResourceKind', COALESCE((SELECT json_agg(json_build_object('kind', kind, 'pledged', pl, 'fulfilled', f) ORDER BY kind)
        FROM (SELECT r.kind, sum(r.pledged)::int pl, sum(r.fulfilled)::int f
              FROM requirements r JOIN projects p ON p.id = r.project_id
              WHERE r.alliance_id = a.id AND p.status <> 'CANCELLED' GROUP BY r.kind) k), '[]'),
    'topContributors', COALESCE((SELECT json_agg(json_build_object('pledged', pl, 'organization', json_build_object('name', o.name))
          ORDER BY pl DESC, f DESC, organization_id)
        FROM (SELECT * FROM g ORDER BY pl DESC, f DESC, organization_id LIMIT 5) t
        JOIN organizations o ON o.id = t.organization_id), '[]'))
$$;
COMMENT ON COLUMN requirements.position IS E'@behavior +orderBy';
`;

const gid = (type: string, col: string) => `rtrim(translate(encode(convert_to('${type}:' || ${col}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;
const cursor = (col: string) => `rtrim(translate(encode(convert_to('c:' || ${col}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

/** The dashboard (a) in one statement: same shape as Gongjian's GraphQL response. $1 alliance uuid. */
export const FLOOR_DASHBOARD = `
SELECT json_build_object('data', json_build_object('alliance', (
  SELECT json_build_object('name', a.name, 'stats', alliances_stats(a), 'projects', json_build_object(
    'totalCount', (SELECT count(*)::int FROM projects WHERE alliance_id = a.id),
    'edges', COALESCE((SELECT json_agg(json_build_object('cursor', ${cursor('p.id')}, 'node', json_build_object(
        'id', ${gid('Project', 'p.id')}, 'title', p.title, 'status', p.status,
        'requirements', (SELECT COALESCE(json_agg(json_build_object('kind', q.kind, 'quantity', q.quantity, 'pledged', q.pledged,
              'fulfilled', q.fulfilled, 'pledges', json_build_object(
                'totalCount', (SELECT count(*)::int FROM pledges WHERE requirement_id = q.id),
                'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object('quantity', pl.quantity, 'status', pl.status,
                    'organization', json_build_object('name', o.name),
                    'resource', json_build_object('name', r.name, 'capacity', r.capacity, 'pledged', r.pledged))) ORDER BY pl.created_at DESC, pl.id DESC)
                  FROM (SELECT * FROM pledges WHERE requirement_id = q.id ORDER BY created_at DESC, id DESC LIMIT 5) pl
                  JOIN organizations o ON o.id = pl.organization_id JOIN resources r ON r.id = pl.resource_id), '[]'))
            ) ORDER BY q.position, q.id), '[]') FROM requirements q WHERE q.project_id = p.id)
      )) ORDER BY p.created_at DESC, p.id DESC)
      FROM (SELECT * FROM projects WHERE alliance_id = a.id ORDER BY created_at DESC, id DESC LIMIT 20) p), '[]')))
  FROM alliances a WHERE a.id = $1))) AS body`;

/** The project list (b), 20 a page by cursor, in one statement. $1 alliance uuid, $2 cursor row id or null. */
export const FLOOR_PROJECTS = `
WITH page AS (
  SELECT * FROM projects WHERE alliance_id = $1
    AND ($2::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM projects WHERE id = $2::uuid))
  ORDER BY created_at DESC, id DESC LIMIT 21)
SELECT json_build_object('data', json_build_object('alliance', json_build_object('projects', json_build_object(
  'totalCount', (SELECT count(*)::int FROM projects WHERE alliance_id = $1),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 20,
     'endCursor', (SELECT ${cursor('id')} FROM (SELECT id, created_at FROM page ORDER BY created_at DESC, id DESC LIMIT 20) l ORDER BY created_at, id LIMIT 1)),
  'edges', COALESCE((SELECT json_agg(json_build_object('cursor', ${cursor('p.id')}, 'node', json_build_object(
      'id', ${gid('Project', 'p.id')}, 'title', p.title, 'status', p.status, 'createdAt', p.created_at)) ORDER BY p.created_at DESC, p.id DESC)
    FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT 20) p), '[]'))))) AS body`;
