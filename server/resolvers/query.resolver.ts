import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Alliance } from '../entities/alliance.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { AllianceConnection } from './connections';
import { loadGlobal } from './node-loader';

@Resolver()
export class QueryResolver {
  @Query(() => User, { nullable: true, description: '当前登录用户 The logged-in user, null when anonymous' })
  me(@Ctx() ctx: GqlContext): User | null {
    return ctx.viewer.user;
  }

  @Query(() => Node, { nullable: true, description: '按全局 ID 读取 Fetch any object by global id' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext): Promise<Node | null> {
    return loadGlobal(ctx, id);
  }

  @Query(() => AllianceConnection, { description: '我所在的大工委（管理员：全部）Alliances the caller belongs to; all for admins' })
  alliances(@Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Alliance>> {
    return ctx.services.alliances.list(ctx.viewer, first, after);
  }

  @Query(() => Alliance, { nullable: true, description: '一个大工委；无权访问时为 null The alliance, or null when not readable' })
  async alliance(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext): Promise<Alliance | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || decoded.type !== 'Alliance') return null;
    return (await loadGlobal(ctx, id)) as Alliance | null;
  }
}
