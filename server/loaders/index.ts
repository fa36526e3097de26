import { DataSource } from 'typeorm';
import {
  Alliance,
  Membership,
  Need,
  Organization,
  Pledge,
  Project,
  Requirement,
  Resource,
  User,
} from '../entities';
import { allianceStatsLoader } from './alliance-stats.loader';
import { byIdLoader, groupLoader } from './by-id.loader';
import { connectionLoader } from './connection.loader';
import { needsByProjectLoader } from './needs-by-project.loader';

/**
 * Everything a request (or one pushed subscription event) may batch. Built fresh each time so no
 * cached row outlives the operation that read it.
 */
export function createLoaders(ds: DataSource) {
  return {
    alliance: byIdLoader(ds, Alliance),
    organization: byIdLoader(ds, Organization),
    user: byIdLoader(ds, User),
    need: byIdLoader(ds, Need),
    resource: byIdLoader(ds, Resource),
    project: byIdLoader(ds, Project),
    requirement: byIdLoader(ds, Requirement),
    pledge: byIdLoader(ds, Pledge),
    membership: byIdLoader(ds, Membership),
    requirementsByProject: groupLoader(ds, Requirement, 'projectId', { position: 'ASC', id: 'ASC' }),
    needsByProject: needsByProjectLoader(ds),
    allianceStats: allianceStatsLoader(ds),
    organizationsByAlliance: connectionLoader(ds, Organization, 'allianceId'),
    membersByAlliance: connectionLoader(ds, Membership, 'allianceId'),
    membersByOrganization: connectionLoader(ds, Membership, 'organizationId'),
    needsByAlliance: connectionLoader(ds, Need, 'allianceId'),
    resourcesByAlliance: connectionLoader(ds, Resource, 'allianceId'),
    resourcesByOrganization: connectionLoader(ds, Resource, 'organizationId'),
    projectsByAlliance: connectionLoader(ds, Project, 'allianceId'),
    pledgesByProject: connectionLoader(ds, Pledge, 'projectId'),
    pledgesByRequirement: connectionLoader(ds, Pledge, 'requirementId'),
    pledgesByResource: connectionLoader(ds, Pledge, 'resourceId'),
    pledgesByOrganization: connectionLoader(ds, Pledge, 'organizationId'),
  };
}

/** The per-operation loaders carried in the GraphQL context. */
export type Loaders = ReturnType<typeof createLoaders>;
