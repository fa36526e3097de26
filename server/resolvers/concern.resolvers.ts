import { AllianceConcernsResolver, ConcernResolver, ConcernStatsResolver } from './concern.resolver';

/** Resolvers of supervision concerns and notifications, registered in resolvers/index.ts. */
export const concernResolvers = [ConcernResolver, AllianceConcernsResolver, ConcernStatsResolver] as const;
