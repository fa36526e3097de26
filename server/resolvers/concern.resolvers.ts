import { AllianceConcernsResolver, ConcernResolver, ConcernStatsResolver } from './concern.resolver';
import {
  AllianceNotificationsResolver,
  NotificationDeliveryResolver,
  NotificationMutationResolver,
  NotificationPreferenceResolver,
} from './notification.resolver';

/** Resolvers of supervision concerns and notifications, registered in resolvers/index.ts. */
export const concernResolvers = [
  ConcernResolver,
  AllianceConcernsResolver,
  ConcernStatsResolver,
  NotificationMutationResolver,
  AllianceNotificationsResolver,
  NotificationDeliveryResolver,
  NotificationPreferenceResolver,
] as const;
