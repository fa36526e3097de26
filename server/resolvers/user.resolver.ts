import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Membership } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, { nullable: true, description: '邮箱：仅本人与管理员可见 Email; only the user and admins see it' })
  email(@Root() u: User, @Ctx() ctx: GqlContext): string | null {
    return ctx.viewer.isAdmin || ctx.viewer.user?.id === u.id ? u.email : null;
  }

  @FieldResolver(() => [Membership], { description: '本人的角色（仅本人可见）The user’s own memberships' })
  memberships(@Root() u: User, @Ctx() ctx: GqlContext): Membership[] {
    return ctx.viewer.user?.id === u.id ? [...ctx.viewer.memberships.values()] : [];
  }
}
