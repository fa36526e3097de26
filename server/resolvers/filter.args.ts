import { ArgsType, Field } from 'type-graphql';
import {
  MembershipRole,
  NeedCategory,
  NeedPriority,
  NeedStatus,
  OrganizationKind,
  OrganizationStatus,
  PledgeStatus,
  ProjectStatus,
  ResourceKind,
} from '../domain/enums';
import { ConnectionArgs } from '../graphql/connection';

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => OrganizationStatus, { nullable: true })
  status?: OrganizationStatus;
}

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => MembershipRole, { nullable: true })
  role?: MembershipRole;
}

@ArgsType()
export class NeedsArgs extends ConnectionArgs {
  @Field(() => NeedStatus, { nullable: true })
  status?: NeedStatus;

  @Field(() => NeedCategory, { nullable: true })
  category?: NeedCategory;

  @Field(() => NeedPriority, { nullable: true })
  priority?: NeedPriority;
}

@ArgsType()
export class ResourcesArgs extends ConnectionArgs {
  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus;
}

@ArgsType()
export class PledgesArgs extends ConnectionArgs {
  @Field(() => PledgeStatus, { nullable: true })
  status?: PledgeStatus;
}
