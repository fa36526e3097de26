import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { Resource } from '../entities/resource.entity';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';

@Resolver(() => Pledge)
export class PledgeResolver {
  @FieldResolver(() => Organization, { description: '认领单位 Pledging organization' })
  async organization(@Root() p: Pledge, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(p.organizationId))!;
  }

  @FieldResolver(() => Resource)
  async resource(@Root() p: Pledge, @Ctx() ctx: GqlContext): Promise<Resource> {
    return (await ctx.loaders.resource.load(p.resourceId))!;
  }

  @FieldResolver(() => Requirement)
  async requirement(@Root() p: Pledge, @Ctx() ctx: GqlContext): Promise<Requirement> {
    return (await ctx.loaders.requirement.load(p.requirementId))!;
  }

  @FieldResolver(() => Project)
  async project(@Root() p: Pledge, @Ctx() ctx: GqlContext): Promise<Project> {
    return (await ctx.loaders.project.load(p.projectId))!;
  }

  @FieldResolver(() => User, { description: '认领人 Who pledged' })
  async pledgedBy(@Root() p: Pledge, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(p.pledgedById))!;
  }
}
