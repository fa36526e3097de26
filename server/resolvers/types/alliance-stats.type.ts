import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NeedStatus, OrganizationKind, ProjectStatus, ResourceKind } from '../../domain/enums';
import { Organization } from '../../entities/organization.entity';

@ObjectType({ description: '按类型统计的成员单位数 Organizations of one kind' })
export class OrganizationKindCount {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按状态统计的需求数 Needs in one status' })
export class NeedStatusCount {
  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按状态统计的项目数 Projects in one status' })
export class ProjectStatusCount {
  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按资源类型统计的需求、认领与兑现 Required, pledged and delivered quantity of one resource kind' })
export class ResourceKindStats {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int, { description: '项目所需 Required by open and finished projects' })
  required!: number;

  @Field(() => Int, { description: '已认领 Pledged' })
  pledged!: number;

  @Field(() => Int, { description: '已兑现 Delivered' })
  fulfilled!: number;
}

@ObjectType({ description: '贡献排行 A contributing organization' })
export class ContributorStats {
  organizationId!: string;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Int, { description: '认领总量 Quantity pledged (active pledges)' })
  pledged!: number;

  @Field(() => Int, { description: '兑现总量 Quantity delivered' })
  fulfilled!: number;

  @Field(() => Int, { description: '认领次数 Number of active pledges' })
  pledges!: number;
}

@ObjectType({ description: '大工委统计 Alliance statistics' })
export class AllianceStats {
  allianceId!: string;

  @Field(() => [OrganizationKindCount], { description: '成员单位（在册）按类型 Active organizations by kind' })
  organizationsByKind!: OrganizationKindCount[];

  @Field(() => Int, { description: '待认领需求 Open needs' })
  openNeeds!: number;

  @Field(() => [NeedStatusCount])
  needsByStatus!: NeedStatusCount[];

  @Field(() => [ProjectStatusCount])
  projectsByStatus!: ProjectStatusCount[];

  @Field(() => [ResourceKindStats], { description: '按资源类型 By resource kind' })
  byResourceKind!: ResourceKindStats[];

  @Field(() => Int)
  pledgedTotal!: number;

  @Field(() => Int)
  fulfilledTotal!: number;

  @Field(() => Int, { description: '有效认领数 Active pledges (pledged, confirmed or fulfilled)' })
  activePledges!: number;

  @Field(() => Int, { description: '已兑现认领数 Fulfilled pledges' })
  fulfilledPledges!: number;

  @Field(() => Float, {
    description: '兑现率：已兑现认领数 / 有效认领数（0–1；各资源单位不同，故按认领计）Fulfilment rate: fulfilled over active pledges, 0–1',
  })
  fulfilmentRate!: number;

  @Field(() => [ContributorStats], { description: '贡献最多的单位 Top contributing organizations' })
  topContributors!: ContributorStats[];
}
