import { DataSource } from 'typeorm';
import { Organization } from '../entities/organization.entity';
import { NeedStatus, OrganizationKind, ProjectStatus, ResourceKind } from '../domain/enums';

/** Raw figures of one alliance, as the stats statement returns them. */
export interface AllianceStatsRow {
  allianceId: string;
  organizationsByKind: { kind: OrganizationKind; count: number }[];
  openNeeds: number;
  needsByStatus: { status: NeedStatus; count: number }[];
  projectsByStatus: { status: ProjectStatus; count: number }[];
  byResourceKind: { kind: ResourceKind; required: number; pledged: number; fulfilled: number }[];
  pledgedTotal: number;
  fulfilledTotal: number;
  activePledges: number;
  fulfilledPledges: number;
  topContributors: { organizationId: string; pledged: number; fulfilled: number; pledges: number; organization?: Organization }[];
}

/** How many contributors the stats list. */
export const TOP_CONTRIBUTORS = 5;

/**
 * Computes the stats of several alliances in one statement. Pledged and fulfilled figures come from
 * the counters the pledge service keeps on requirements, so they follow every change. Each top
 * contributor carries its organization row.
 */
export async function queryAllianceStats(ds: DataSource, allianceIds: string[]): Promise<Map<string, AllianceStatsRow>> {
  const rows: { id: string; s: Omit<AllianceStatsRow, 'allianceId'> }[] = await ds.query(
    `SELECT a.id, json_build_object(
       'organizationsByKind', COALESCE((SELECT json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind)
          FROM (SELECT kind, count(*)::int n FROM organizations WHERE alliance_id = a.id AND status = 'ACTIVE' GROUP BY kind) o), '[]'),
       'needsByStatus', COALESCE((SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY status)
          FROM (SELECT status, count(*)::int n FROM needs WHERE alliance_id = a.id GROUP BY status) nd), '[]'),
       'projectsByStatus', COALESCE((SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY status)
          FROM (SELECT status, count(*)::int n FROM projects WHERE alliance_id = a.id GROUP BY status) p), '[]'),
       'byResourceKind', COALESCE((SELECT json_agg(json_build_object('kind', kind, 'required', q, 'pledged', pl, 'fulfilled', f) ORDER BY kind)
          FROM (SELECT r.kind, sum(r.quantity)::int q, sum(r.pledged)::int pl, sum(r.fulfilled)::int f
                FROM requirements r JOIN projects p ON p.id = r.project_id
                WHERE r.alliance_id = a.id AND p.status <> 'CANCELLED' GROUP BY r.kind) k), '[]'),
       'activePledges', c.active,
       'fulfilledPledges', c.fulfilled,
       'topContributors', c.top
     ) AS s
     FROM alliances a
     -- The per-organization read model (organization_contributions, kept by triggers on pledges):
     -- one row per contributing organization instead of one per active pledge.
     CROSS JOIN LATERAL (
       SELECT COALESCE(sum(n), 0)::int AS active, COALESCE(sum(fn), 0)::int AS fulfilled,
              COALESCE(json_agg(json_build_object('organizationId', organization_id, 'pledged', pl, 'fulfilled', f, 'pledges', n,
                  'organization', (SELECT to_json(o) FROM organizations o WHERE o.id = g.organization_id))
                ORDER BY pl DESC, f DESC, organization_id) FILTER (WHERE rk <= ${TOP_CONTRIBUTORS}), '[]') AS top
       FROM (SELECT organization_id, pledged pl, fulfilled f, pledges n, fulfilled_pledges fn,
                    row_number() OVER (ORDER BY pledged DESC, fulfilled DESC, organization_id) rk
             FROM organization_contributions WHERE alliance_id = a.id AND pledges > 0) g
     ) c
     WHERE a.id = ANY($1)`,
    [allianceIds],
  );
  const result = new Map<string, AllianceStatsRow>();
  // The top contributors' organization rows come with the stats (no second statement to name them).
  const orgMeta = ds.getRepository(Organization).metadata;
  for (const { id, s } of rows) {
    for (const c of s.topContributors) {
      const raw = c.organization as unknown as Record<string, unknown> | null | undefined;
      if (!raw) {
        delete c.organization;
        continue;
      }
      const org = ds.getRepository(Organization).create();
      for (const col of orgMeta.columns) {
        (org as unknown as Record<string, unknown>)[col.propertyName] = ds.driver.prepareHydratedValue(raw[col.databaseName], col);
      }
      c.organization = org;
    }
    const pledgedTotal = s.byResourceKind.reduce((sum, k) => sum + k.pledged, 0);
    const fulfilledTotal = s.byResourceKind.reduce((sum, k) => sum + k.fulfilled, 0);
    const openNeeds = s.needsByStatus.find((n) => n.status === NeedStatus.OPEN)?.count ?? 0;
    result.set(id, { ...s, allianceId: id, openNeeds, pledgedTotal, fulfilledTotal });
  }
  return result;
}
