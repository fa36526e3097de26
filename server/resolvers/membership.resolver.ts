import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Alliance } from '../entities/alliance.entity';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => User)
  async user(@Root() m: Membership, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(m.userId))!;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() m: Membership, @Ctx() ctx: GqlContext): Promise<Organization | null> {
    return m.organizationId ? ctx.loaders.organization.load(m.organizationId) : Promise.resolve(null);
  }

  @FieldResolver(() => Alliance)
  async alliance(@Root() m: Membership, @Ctx() ctx: GqlContext): Promise<Alliance> {
    return (await ctx.loaders.alliance.load(m.allianceId))!;
  }
}
