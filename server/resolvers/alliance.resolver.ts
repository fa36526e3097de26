import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PUBLISHED_PROJECT_STATUSES } from '../domain/enums';
import { Alliance } from '../entities/alliance.entity';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { Membership } from '../entities/membership.entity';
import { Need } from '../entities/need.entity';
import { Organization } from '../entities/organization.entity';
import { Project } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { ConnectionArgs, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { toAllianceStats } from './alliance-stats.resolver';
import {
  AllianceEventConnection,
  MembershipConnection,
  NeedConnection,
  OrganizationConnection,
  ProjectConnection,
  ResourceConnection,
} from './connections';
import { MembersArgs, NeedsArgs, OrganizationsArgs, ProjectsArgs, ResourcesArgs } from './filter.args';
import { AllianceStats } from './types/alliance-stats.type';

@Resolver(() => Alliance)
export class AllianceResolver {
  @FieldResolver(() => Organization, { nullable: true, description: '社区党委（牵头单位）The party committee that leads' })
  async partyCommittee(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<Organization | null> {
    const page = await ctx.loaders.organizationsByAlliance.load({ parentId: a.id, first: 1, filters: { kind: 'PARTY_COMMITTEE' } });
    return page.rows[0] ?? null;
  }

  @FieldResolver(() => OrganizationConnection)
  organizations(@Root() a: Alliance, @Args() { first, after, kind, status }: OrganizationsArgs, @Ctx() ctx: GqlContext): Promise<Page<Organization>> {
    ctx.viewer.requireRead(a.id);
    return ctx.loaders.organizationsByAlliance.load({ parentId: a.id, first, after, filters: { kind, status } });
  }

  @FieldResolver(() => MembershipConnection)
  members(@Root() a: Alliance, @Args() { first, after, role }: MembersArgs, @Ctx() ctx: GqlContext): Promise<Page<Membership>> {
    ctx.viewer.requireRead(a.id);
    return ctx.loaders.membersByAlliance.load({ parentId: a.id, first, after, filters: { role } });
  }

  @FieldResolver(() => NeedConnection, { description: '需求清单 The needs list' })
  needs(@Root() a: Alliance, @Args() { first, after, status, category, priority }: NeedsArgs, @Ctx() ctx: GqlContext): Promise<Page<Need>> {
    ctx.viewer.requireRead(a.id);
    return ctx.loaders.needsByAlliance.load({ parentId: a.id, first, after, filters: { status, category, priority } });
  }

  @FieldResolver(() => ResourceConnection, { description: '资源清单 The resource list' })
  resources(@Root() a: Alliance, @Args() { first, after, kind }: ResourcesArgs, @Ctx() ctx: GqlContext): Promise<Page<Resource>> {
    ctx.viewer.requireRead(a.id);
    return ctx.loaders.resourcesByAlliance.load({ parentId: a.id, first, after, filters: { kind } });
  }

  @FieldResolver(() => ProjectConnection, { description: '项目清单 The project list' })
  projects(@Root() a: Alliance, @Args() { first, after, status }: ProjectsArgs, @Ctx() ctx: GqlContext): Promise<Page<Project>> {
    ctx.viewer.requireRead(a.id);
    return ctx.loaders.projectsByAlliance.load({ parentId: a.id, first, after, filters: { status } });
  }

  @FieldResolver(() => AllianceStats)
  async stats(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<AllianceStats> {
    return toAllianceStats(await ctx.loaders.allianceStats.load(a.id));
  }

  @FieldResolver(() => AllianceEventConnection, { description: '动态（按游标升序）The activity log, oldest first after the cursor' })
  events(@Root() a: Alliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<AllianceEvent>> {
    return ctx.services.events.page(ctx.viewer, a.id, first, after);
  }
}

@ObjectType({ description: '公开信息（两公开）What an alliance publishes: readable by anyone' })
export class PublicAlliance {
  alliance!: Alliance;

  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  region!: string;

  @Field()
  description!: string;
}

@Resolver(() => PublicAlliance)
export class PublicAllianceResolver {
  @Query(() => PublicAlliance, { nullable: true, description: '任何人可读的公开信息 An alliance’s published decisions, results and stats' })
  async publicAlliance(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext): Promise<PublicAlliance | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || decoded.type !== 'Alliance') return null;
    const a = await ctx.loaders.alliance.load(decoded.id);
    return a ? { alliance: a, id: a.nodeId, name: a.name, region: a.region, description: a.description } : null;
  }

  @FieldResolver(() => AllianceStats)
  async stats(@Root() p: PublicAlliance, @Ctx() ctx: GqlContext): Promise<AllianceStats> {
    return toAllianceStats(await ctx.loaders.allianceStats.load(p.alliance.id));
  }

  @FieldResolver(() => ProjectConnection, { description: '已决策公开的项目 Projects whose decision is published' })
  projects(@Root() p: PublicAlliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Project>> {
    return ctx.loaders.projectsByAlliance.load({
      parentId: p.alliance.id,
      first,
      after,
      filters: { status: PUBLISHED_PROJECT_STATUSES },
    });
  }
}
