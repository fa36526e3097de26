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

function factories(ds: DataSource, self: () => Loaders) {
  // A pledge page brings its organizations and resources in the same statement (the dashboard asks for both).
  const pledgeIncludes: PageInclude<Pledge>[] = [
    { foreignKey: 'organizationId', entity: Organization, prime: (o, columns) => void self().organization.primeColumns(o.id, o as Organization, columns) },
    { foreignKey: 'resourceId', entity: Resource, prime: (r, columns) => void self().resource.primeColumns(r.id, r as Resource, columns) },
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

type Factories = ReturnType<typeof factories>;

/** The per-operation loaders carried in the GraphQL context. */
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/** Holds the built loaders; each property is a getter (on the prototype) that builds on first use. */
class LazyLoaders {
  private built: Partial<Record<keyof Factories, unknown>> = {};
  private made: Factories | null = null;
  constructor(private readonly ds: DataSource) {}

  protected get(key: keyof Factories): unknown {
    const hit = this.built[key];
    if (hit !== undefined) return hit;
    this.made ??= factories(this.ds, () => this as unknown as Loaders);
    return (this.built[key] = this.made[key]());
  }
}
const LOADER_KEYS = Object.keys(factories(null as unknown as DataSource, () => null as unknown as Loaders)) as (keyof Factories)[];
for (const key of LOADER_KEYS) {
  Object.defineProperty(LazyLoaders.prototype, key, {
    enumerable: true,
    get(this: LazyLoaders) {
      return (this as unknown as { get(k: keyof Factories): unknown }).get(key);
    },
  });
}

/**
 * Everything a request (or one pushed subscription event) may batch. Built fresh each time so no
 * cached row outlives the operation that read it. Each loader is built on first use: a pushed
 * subscription event usually needs none of them, and there is one such context per subscriber.
 */
export function createLoaders(ds: DataSource): Loaders {
  return new LazyLoaders(ds) as unknown as Loaders;
}
