import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { Pledge } from '../entities/pledge.entity';
import { Resource } from '../entities/resource.entity';
import { ConnectionArgs, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { pageColumns } from '../loaders/projection';
import { MembershipConnection, PledgeConnection, ResourceConnection } from './connections';
import { PledgesArgs, ResourcesArgs } from './filter.args';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => ResourceConnection)
  resources(@Root() o: Organization, @Args() { first, after, kind }: ResourcesArgs, @Ctx() ctx: GqlContext): Promise<Page<Resource>> {
    ctx.viewer.requireRead(o.allianceId, 'The organization');
    return ctx.loaders.resourcesByOrganization.load({ parentId: o.id, first, after, filters: { kind } });
  }

  @FieldResolver(() => PledgeConnection)
  pledges(@Root() o: Organization, @Args() { first, after, status }: PledgesArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<Page<Pledge>> {
    ctx.viewer.requireRead(o.allianceId, 'The organization');
    return ctx.loaders.pledgesByOrganization.load({ parentId: o.id, first, after, filters: { status }, columns: pageColumns(info, 'Pledge') });
  }

  @FieldResolver(() => MembershipConnection)
  members(@Root() o: Organization, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Membership>> {
    ctx.viewer.requireRead(o.allianceId, 'The organization');
    return ctx.loaders.membersByOrganization.load({ parentId: o.id, first, after });
  }
}
