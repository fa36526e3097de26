import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { Resource } from '../entities/resource.entity';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';
import { rowColumns } from '../loaders/projection';

/**
 * Each field answers at once when the pledge page primed its row (see ByIdLoader), by loader otherwise.
 * The organization and resource may have been primed with only the columns this selection reads.
 */
@Resolver(() => Pledge)
export class PledgeResolver {
  @FieldResolver(() => Organization, { description: '认领单位 Pledging organization' })
  organization(@Root() p: Pledge, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Organization | Promise<Organization> {
    return ctx.loaders.organization.getOrLoadWith(p.organizationId, rowColumns(info, 'Organization')) as Organization | Promise<Organization>;
  }

  @FieldResolver(() => Resource)
  resource(@Root() p: Pledge, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Resource | Promise<Resource> {
    return ctx.loaders.resource.getOrLoadWith(p.resourceId, rowColumns(info, 'Resource')) as Resource | Promise<Resource>;
  }

  @FieldResolver(() => Requirement)
  requirement(@Root() p: Pledge, @Ctx() ctx: GqlContext): Requirement | Promise<Requirement> {
    return ctx.loaders.requirement.getOrLoad(p.requirementId) as Requirement | Promise<Requirement>;
  }

  @FieldResolver(() => Project)
  project(@Root() p: Pledge, @Ctx() ctx: GqlContext): Project | Promise<Project> {
    return ctx.loaders.project.getOrLoad(p.projectId) as Project | Promise<Project>;
  }

  @FieldResolver(() => User, { description: '认领人 Who pledged' })
  pledgedBy(@Root() p: Pledge, @Ctx() ctx: GqlContext): User | Promise<User> {
    return ctx.loaders.user.getOrLoad(p.pledgedById) as User | Promise<User>;
  }
}
