import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
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
  async alliance(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<Alliance | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || decoded.type !== 'Alliance') return null;
    // A member who asks only for what hangs off the alliance (its lists, stats: field resolvers that
    // need nothing but its id) is not made to wait for the alliance's row: a membership references its
    // alliance (ON DELETE CASCADE), so the alliance exists. The project list by cursor costs one
    // statement instead of two. Anyone else, or any column field, reads the row as before.
    if (ctx.viewer.membership(decoded.id) && !asksForColumns(ctx, info)) {
      return ctx.services.ds.getRepository(Alliance).create({ id: decoded.id });
    }
    return (await loadGlobal(ctx, id)) as Alliance | null;
  }
}

/** The Alliance entity's column properties but the id (entity metadata is fixed for the process). */
let allianceColumns: Set<string> | undefined;

/** Whether the selection on the alliance names a field stored in its row (other than the id). */
function asksForColumns(ctx: GqlContext, info: GraphQLResolveInfo): boolean {
  allianceColumns ??= new Set(
    ctx.services.ds
      .getRepository(Alliance)
      .metadata.columns.map((c) => c.propertyName)
      .filter((p) => p !== 'id'),
  );
  const columns = allianceColumns;
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === 'Field') return columns.has(sel.name.value);
      if (sel.kind === 'InlineFragment') return visit(sel.selectionSet, seen);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return visit(info.fragments[sel.name.value]?.selectionSet, seen);
    });
  return info.fieldNodes.some((f: FieldNode) => visit(f.selectionSet, new Set()));
}
