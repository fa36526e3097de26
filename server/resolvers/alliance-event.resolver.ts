import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { User } from '../entities/user.entity';
import { GqlContext } from '../graphql/context';
import { NodeTypeName, toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { encodeEventCursor, EventService } from '../services/event.service';
import { summarizeEvent } from '../services/event-summary';
import { loadNode } from './node-loader';

@Resolver(() => AllianceEvent)
export class AllianceEventResolver {
  @FieldResolver(() => String, { description: '游标（不透明、有序）Opaque, ordered cursor' })
  cursor(@Root() e: AllianceEvent): string {
    return encodeEventCursor(e.seq);
  }

  @FieldResolver(() => User, { nullable: true, description: '操作人：书记、监督委员可见 Who did it; shown to secretaries and supervisors' })
  actor(@Root() e: AllianceEvent, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    if (!e.actorId || !EventService.canSeeActors(ctx.viewer, e.allianceId)) return null;
    return ctx.loaders.user.load(e.actorId);
  }

  @FieldResolver(() => ID, { description: '所涉对象的全局 ID Global id of the entity concerned' })
  entityId(@Root() e: AllianceEvent): string {
    return toGlobalId(e.entityType as NodeTypeName, e.entityId);
  }

  @FieldResolver(() => Node, { nullable: true, description: '所涉对象（当前状态）The entity concerned, as it is now' })
  entity(@Root() e: AllianceEvent, @Ctx() ctx: GqlContext): Promise<Node | null> {
    return loadNode(ctx, e.entityType as NodeTypeName, e.entityId);
  }

  @FieldResolver(() => String, { description: '一句话说明 One-line summary (Chinese)' })
  summary(@Root() e: AllianceEvent): string {
    return summarizeEvent(e.type, e.payload);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: '变更细节 Details of the change' })
  payload(@Root() e: AllianceEvent): Record<string, unknown> {
    return e.payload;
  }

  @FieldResolver(() => ID)
  allianceId(@Root() e: AllianceEvent): string {
    return toGlobalId('Alliance', e.allianceId);
  }
}
