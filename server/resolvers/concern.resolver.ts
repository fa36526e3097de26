import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ConcernStatus } from '../domain/notification.enums';
import { Alliance } from '../entities/alliance.entity';
import { Concern } from '../entities/concern.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { NodeTypeName, toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { concernLoaders } from '../loaders/concern.loaders';
import { EventService } from '../services/event.service';
import { AnswerConcernInput, RaiseConcernInput } from './inputs/concern.input';
import { loadNode } from './node-loader';
import { AllianceStats } from './types/alliance-stats.type';

export const ConcernConnection = ConnectionType(Concern);

@ArgsType()
export class ConcernsArgs extends ConnectionArgs {
  @Field(() => ConcernStatus, { nullable: true })
  status?: ConcernStatus;
}

@Resolver(() => Concern)
export class ConcernResolver {
  @Mutation(() => Concern, { description: '提出监督意见（监督委员）Raise a concern on a project, pledge or decision (supervision committee)' })
  raiseConcern(@Arg('input') input: RaiseConcernInput, @Ctx() ctx: GqlContext) {
    return ctx.services.concerns.raise(ctx.viewer, input);
  }

  @Mutation(() => Concern, { description: '答复监督意见（社区书记）Answer a concern (secretary)' })
  answerConcern(@Arg('input') input: AnswerConcernInput, @Ctx() ctx: GqlContext) {
    return ctx.services.concerns.answer(ctx.viewer, input);
  }

  @FieldResolver(() => ID, { description: '所涉对象的全局 ID Global id of the target' })
  targetId(@Root() c: Concern): string {
    return toGlobalId(c.targetType as NodeTypeName, c.targetId);
  }

  @FieldResolver(() => Node, { nullable: true, description: '所涉对象 The target, as it is now' })
  target(@Root() c: Concern, @Ctx() ctx: GqlContext): Promise<Node | null> {
    return loadNode(ctx, c.targetType as NodeTypeName, c.targetId);
  }

  @FieldResolver(() => User, { nullable: true, description: '提出人：书记、监督委员可见 Who raised it; shown to secretaries and supervisors' })
  raisedBy(@Root() c: Concern, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return EventService.canSeeActors(ctx.viewer, c.allianceId) ? ctx.loaders.user.load(c.raisedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: '答复人 Who answered it' })
  answeredBy(@Root() c: Concern, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return c.answeredById ? ctx.loaders.user.load(c.answeredById) : null;
  }
}

@Resolver(() => Alliance)
export class AllianceConcernsResolver {
  @FieldResolver(() => ConcernConnection, { description: '监督意见（新的在前）Supervision concerns, newest first' })
  concerns(@Root() a: Alliance, @Args() { first, after, status }: ConcernsArgs, @Ctx() ctx: GqlContext): Promise<Page<Concern>> {
    ctx.viewer.requireRead(a.id);
    return concernLoaders(ctx).concernsByAlliance.load({ parentId: a.id, first, after, filters: { status } });
  }
}

@Resolver(() => AllianceStats)
export class ConcernStatsResolver {
  @FieldResolver(() => Int, { description: '待答复的监督意见 Open supervision concerns' })
  openConcerns(@Root() s: AllianceStats, @Ctx() ctx: GqlContext): Promise<number> {
    return concernLoaders(ctx).openConcerns.load(s.allianceId);
  }
}
