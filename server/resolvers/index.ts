import { AllianceEventResolver } from './alliance-event.resolver';
import { ContributorStatsResolver } from './alliance-stats.resolver';
import { AllianceResolver, PublicAllianceResolver } from './alliance.resolver';
import { AuthResolver } from './auth.resolver';
import { concernResolvers } from './concern.resolvers';
import { decisionResolvers } from './decision.resolver';
import { feedbackResolvers } from './feedback.resolver';
import { agreementResolvers } from './agreement.resolver';
import { meetingResolvers } from './meeting.resolver';
import { pointsResolvers } from './points.resolver';
import { MembershipResolver } from './membership.resolver';
import { MutationResolver } from './mutation.resolver';
import { OrganizationResolver } from './organization.resolver';
import { PledgeResolver } from './pledge.resolver';
import { ProjectResolver, RequirementResolver } from './project.resolver';
import { QueryResolver } from './query.resolver';
import { ResourceResolver } from './resource.resolver';
import { SubscriptionResolver } from './subscription.resolver';
import { UserResolver } from './user.resolver';

export const resolvers = [
  AllianceEventResolver,
  AllianceResolver,
  AuthResolver,
  ...concernResolvers,
  ContributorStatsResolver,
  MembershipResolver,
  MutationResolver,
  OrganizationResolver,
  PledgeResolver,
  ProjectResolver,
  PublicAllianceResolver,
  QueryResolver,
  RequirementResolver,
  ResourceResolver,
  SubscriptionResolver,
  UserResolver,
  ...decisionResolvers,
  ...feedbackResolvers,
  ...pointsResolvers,
  ...meetingResolvers,
  ...agreementResolvers,
] as const;
