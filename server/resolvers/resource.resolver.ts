import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Resource } from '../entities/resource.entity';
import { Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { pageColumns } from '../loaders/projection';
import { PledgeConnection } from './connections';
import { PledgesArgs } from './filter.args';

@Resolver(() => Resource)
export class ResourceResolver {
  @FieldResolver(() => Organization, { description: '所属单位 Owning organization' })
  async organization(@Root() r: Resource, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(r.organizationId))!;
  }

  @FieldResolver(() => PledgeConnection)
  pledges(@Root() r: Resource, @Args() { first, after, status }: PledgesArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<Page<Pledge>> {
    ctx.viewer.requireRead(r.allianceId, 'The resource');
    return ctx.loaders.pledgesByResource.load({ parentId: r.id, first, after, filters: { status }, columns: pageColumns(info, 'Pledge') });
  }
}
