/** The operations (a) and (b) as each peer is asked them, and how their answers are compared. */

const STATS = `stats { openNeeds fulfilmentRate organizationsByKind { kind count } projectsByStatus { status count }
      byResourceKind { kind pledged fulfilled } topContributors { pledged organization { name } } }`;

export const GJ_DASHBOARD = `query Dashboard($id: ID!) {
  alliance(id: $id) {
    name
    ${STATS}
    projects(first: 20) { totalCount edges { cursor node { id title status
      requirements { kind quantity pledged fulfilled
        pledges(first: 5) { totalCount edges { node { quantity status organization { name } resource { name capacity pledged } } } } } } } }
  }
}`;

export const PGL_DASHBOARD = `query Dashboard($id: UUID!) {
  alliance: allianceByRowId(rowId: $id) {
    name
    stats
    projects: projectsByAllianceId(first: 20, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { totalCount edges { cursor node { id title status
      requirements: requirementsByProjectId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { kind quantity pledged fulfilled
        pledges: pledgesByRequirementId(first: 5, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { totalCount edges { node { quantity status
          organization: organizationByOrganizationId { name } resource: resourceByResourceId { name capacity pledged } } } } } } } } }
  }
}`;

export const GJ_PROJECTS = `query Projects($id: ID!, $after: String) {
  alliance(id: $id) { projects(first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status createdAt } } } }
}`;

export const PGL_PROJECTS = `query Projects($id: UUID!, $after: Cursor) {
  alliance: allianceByRowId(rowId: $id) { projects: projectsByAllianceId(first: 20, after: $after, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status createdAt } } } }
}`;

/**
 * Drops what legitimately differs between peers (ids, cursors, the `nodes` wrapper PostGraphile
 * puts on a plain list, timestamp precision) so that equal data compares equal.
 */
export function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Object.keys(o).length === 1 && Array.isArray(o.nodes)) return normalise(o.nodes);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      if (k === 'id' || k === 'cursor' || k === 'endCursor') continue;
      out[k] = k === 'createdAt' && typeof o[k] === 'string' ? new Date(o[k] as string).toISOString() : normalise(o[k]);
    }
    return out;
  }
  return v;
}
