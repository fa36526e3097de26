import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ProjectStatus } from '../domain/enums';
import { Need } from '../entities/need.entity';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { User } from '../entities/user.entity';
import { Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { pageColumns } from '../loaders/projection';
import { PledgeConnection } from './connections';
import { PledgesArgs } from './filter.args';

/** Progress 0–100: delivered against required quantity (each requirement capped at its quantity). */
export function projectProgress(status: ProjectStatus, requirements: Requirement[]): number {
  if (status === ProjectStatus.COMPLETED) return 100;
  const required = requirements.reduce((s, r) => s + r.quantity, 0);
  if (!required) return 0;
  const delivered = requirements.reduce((s, r) => s + Math.min(r.fulfilled, r.quantity), 0);
  return Math.floor((100 * delivered) / required);
}

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => [Requirement], { description: '所需资源 What the project asks for' })
  requirements(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<Requirement[]> {
    return ctx.loaders.requirementsByProject.load(p.id);
  }

  @FieldResolver(() => [Need], { description: '对应的需求 The needs it answers' })
  needs(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<Need[]> {
    return ctx.loaders.needsByProject.load(p.id);
  }

  @FieldResolver(() => PledgeConnection)
  pledges(@Root() p: Project, @Args() { first, after, status }: PledgesArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<Page<Pledge>> {
    return ctx.loaders.pledgesByProject.load({ parentId: p.id, first, after, filters: { status }, columns: pageColumns(info, 'Pledge') });
  }

  @FieldResolver(() => User, { description: '项目协调人 Coordinator' })
  async coordinator(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(p.coordinatorId))!;
  }

  @FieldResolver(() => Organization, { description: '牵头单位 Lead organization' })
  async leadOrganization(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(p.leadOrganizationId))!;
  }

  @FieldResolver(() => Int, { description: '进度 0–100 Progress: delivered against required quantities' })
  async progress(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<number> {
    return projectProgress(p.status, await ctx.loaders.requirementsByProject.load(p.id));
  }
}

@Resolver(() => Requirement)
export class RequirementResolver {
  @FieldResolver(() => Project)
  async project(@Root() r: Requirement, @Ctx() ctx: GqlContext): Promise<Project> {
    return (await ctx.loaders.project.load(r.projectId))!;
  }

  @FieldResolver(() => Int, { description: '尚缺 Still to be pledged' })
  outstanding(@Root() r: Requirement): number {
    return Math.max(0, r.quantity - r.pledged);
  }

  @FieldResolver(() => PledgeConnection)
  pledges(@Root() r: Requirement, @Args() { first, after, status }: PledgesArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<Page<Pledge>> {
    return ctx.loaders.pledgesByRequirement.load({ parentId: r.id, first, after, filters: { status }, columns: pageColumns(info, 'Pledge') });
  }
}

