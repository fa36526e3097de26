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
import { connectionLoader, PageInclude } from './connection.loader';
import { needsByProjectLoader } from './needs-by-project.loader';

function buildLoaders(ds: DataSource, self: () => Loaders) {
  // A pledge page brings its organizations and resources in the same statement (the dashboard asks for both).
  const pledgeIncludes: PageInclude<Pledge>[] = [
    { foreignKey: 'organizationId', entity: Organization, prime: (o) => void self().organization.clear(o.id).prime(o.id, o as Organization) },
    { foreignKey: 'resourceId', entity: Resource, prime: (r) => void self().resource.clear(r.id).prime(r.id, r as Resource) },
  ];
  return {
    alliance: () => byIdLoader(ds, Alliance),
    organization: () => byIdLoader(ds, Organization),
    user: () => byIdLoader(ds, User),
    need: () => byIdLoader(ds, Need),
    resource: () => byIdLoader(ds, Resource),
    project: () => byIdLoader(ds, Project),
    requirement: () => byIdLoader(ds, Requirement),
    pledge: () => byIdLoader(ds, Pledge),
    membership: () => byIdLoader(ds, Membership),
    requirementsByProject: () => groupLoader(ds, Requirement, 'projectId', { position: 'ASC', id: 'ASC' }),
    needsByProject: () => needsByProjectLoader(ds),
    allianceStats: () => allianceStatsLoader(ds),
    organizationsByAlliance: () => connectionLoader(ds, Organization, 'allianceId'),
    membersByAlliance: () => connectionLoader(ds, Membership, 'allianceId'),
    membersByOrganization: () => connectionLoader(ds, Membership, 'organizationId'),
    needsByAlliance: () => connectionLoader(ds, Need, 'allianceId'),
    resourcesByAlliance: () => connectionLoader(ds, Resource, 'allianceId'),
    resourcesByOrganization: () => connectionLoader(ds, Resource, 'organizationId'),
    projectsByAlliance: () => connectionLoader(ds, Project, 'allianceId'),
    pledgesByProject: () => connectionLoader(ds, Pledge, 'projectId', pledgeIncludes),
    pledgesByRequirement: () => connectionLoader(ds, Pledge, 'requirementId', pledgeIncludes),
    pledgesByResource: () => connectionLoader(ds, Pledge, 'resourceId', [pledgeIncludes[0]]),
    pledgesByOrganization: () => connectionLoader(ds, Pledge, 'organizationId', [pledgeIncludes[1]]),
  };
}

/** The per-operation loaders carried in the GraphQL context. */
export type Loaders = { [K in keyof ReturnType<typeof buildLoaders>]: ReturnType<ReturnType<typeof buildLoaders>[K]> };

/**
 * Everything a request (or one pushed subscription event) may batch. Built fresh each time so no
 * cached row outlives the operation that read it. Each loader is built on first use: a pushed
 * subscription event usually needs none of them, and there is one such context per subscriber.
 */
export function createLoaders(ds: DataSource): Loaders {
  const loaders = {} as Loaders;
  const factories = buildLoaders(ds, () => loaders);
  for (const key of Object.keys(factories) as (keyof Loaders)[]) {
    Object.defineProperty(loaders, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(loaders, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return loaders;
}
