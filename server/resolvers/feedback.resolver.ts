import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MembershipRole, NeedCategory } from '../domain/enums';
import { FeedbackStatus } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Feedback } from '../entities/feedback.entity';
import { Need } from '../entities/need.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { FeedbackStatsRow, govLoaders } from '../loaders/governance.loaders';
import { AnswerFeedbackInput, ConvertFeedbackToNeedInput, SubmitFeedbackInput } from './inputs/feedback.input';
import { AllianceStats } from './types/alliance-stats.type';

export const FeedbackConnection = ConnectionType(Feedback);

@ArgsType()
export class FeedbackArgs extends ConnectionArgs {
  @Field(() => FeedbackStatus, { nullable: true })
  status?: FeedbackStatus;
}

@ObjectType({ description: '居民凭查询码看到的反馈进度 What a resident sees with the tracking code' })
export class FeedbackTracking {
  @Field()
  trackingCode!: string;

  @Field(() => FeedbackStatus)
  status!: FeedbackStatus;

  @Field(() => NeedCategory)
  category!: NeedCategory;

  @Field({ description: '反馈内容 What was submitted' })
  content!: string;

  @Field(() => String, { nullable: true, description: '答复 The reply' })
  reply!: string | null;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field({ description: '受理的大工委 The alliance it was sent to' })
  allianceName!: string;
}

@ObjectType({ description: '居民反馈统计 Residents’ feedback figures' })
export class FeedbackStats implements FeedbackStatsRow {
  @Field(() => Int, { description: '收到总数 Received in all' })
  received!: number;

  @Field(() => Int, { description: '待处理 Awaiting a response' })
  open!: number;

  @Field(() => Int, { description: '已答复 Answered' })
  answered!: number;

  @Field(() => Int, { description: '已转为需求 Turned into needs' })
  converted!: number;

  @Field(() => Float, { nullable: true, description: '平均响应时长（小时）Average hours to the first response' })
  averageResponseHours!: number | null;

  @Field(() => Float, { nullable: true, description: '响应时长中位数（小时）Median hours to the first response' })
  medianResponseHours!: number | null;

  @Field(() => Float, { nullable: true, description: '最久未处理（小时）Age in hours of the oldest unanswered feedback' })
  oldestOpenHours!: number | null;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @FieldResolver(() => String, { nullable: true, description: '联系方式（仅书记可见）Contact the resident left; secretaries only' })
  contact(@Root() f: Feedback, @Ctx() ctx: GqlContext): string | null {
    const role = ctx.viewer.membership(f.allianceId)?.role;
    return role === MembershipRole.SECRETARY || ctx.viewer.isAdmin ? f.contact : null;
  }

  @FieldResolver(() => Need, { nullable: true, description: '转成的需求（成员可见）The need it became; members only' })
  async need(@Root() f: Feedback, @Ctx() ctx: GqlContext): Promise<Need | null> {
    if (!f.needId || !ctx.viewer.canRead(f.allianceId)) return null;
    return ctx.loaders.need.load(f.needId);
  }

  @FieldResolver(() => User, { nullable: true, description: '处理人（成员可见）Who responded; members only' })
  respondedBy(@Root() f: Feedback, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return f.respondedById && ctx.viewer.canRead(f.allianceId) ? ctx.loaders.user.load(f.respondedById) : null;
  }

  @FieldResolver(() => String, { description: '所属大工委 ID Global id of the alliance' })
  allianceId(@Root() f: Feedback): string {
    return toGlobalId('Alliance', f.allianceId);
  }
}

@Resolver(() => Alliance)
export class AllianceFeedbackResolver {
  @FieldResolver(() => FeedbackConnection, { description: '居民反馈（新的在前）Residents’ feedback, newest first' })
  feedback(@Root() a: Alliance, @Args() { first, after, status }: FeedbackArgs, @Ctx() ctx: GqlContext): Promise<Page<Feedback>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).feedbackByAlliance.load({ parentId: a.id, first, after, filters: { status } });
  }
}

@Resolver(() => AllianceStats)
export class FeedbackStatsResolver {
  @FieldResolver(() => FeedbackStats, { description: '居民反馈与响应时长 Residents’ feedback and response times' })
  async feedback(@Root() s: AllianceStats, @Ctx() ctx: GqlContext): Promise<FeedbackStats> {
    return Object.assign(new FeedbackStats(), await govLoaders(ctx).feedbackStats.load(s.allianceId));
  }
}

@Resolver()
export class FeedbackRootResolver {
  @Query(() => FeedbackTracking, { nullable: true, description: '凭查询码查看反馈进度（无需登录）Follow feedback by its tracking code; no login needed' })
  async trackFeedback(@Arg('trackingCode') trackingCode: string, @Ctx() ctx: GqlContext): Promise<FeedbackTracking | null> {
    const f = await ctx.services.feedback.track(trackingCode);
    if (!f) return null;
    const a = await ctx.loaders.alliance.load(f.allianceId);
    return {
      trackingCode: f.trackingCode,
      status: f.status,
      category: f.category,
      content: f.content,
      reply: f.reply,
      submittedAt: f.createdAt,
      respondedAt: f.respondedAt,
      allianceName: a?.name ?? '',
    };
  }

  @Mutation(() => Feedback, { description: '居民提交反馈（无需登录，按地址限流）Submit feedback; no login, throttled per address. Keep the trackingCode' })
  submitFeedback(@Arg('input') input: SubmitFeedbackInput, @Ctx() ctx: GqlContext) {
    return ctx.services.feedback.submit(ctx.viewer, input, ctx.clientAddress);
  }

  @Mutation(() => Feedback, { description: '答复居民反馈（书记）Answer a resident’s feedback (secretary)' })
  answerFeedback(@Arg('input') input: AnswerFeedbackInput, @Ctx() ctx: GqlContext) {
    return ctx.services.feedback.answer(ctx.viewer, input);
  }

  @Mutation(() => Feedback, { description: '将反馈转为需求（书记）Turn feedback into a need (secretary)' })
  convertFeedbackToNeed(@Arg('input') input: ConvertFeedbackToNeedInput, @Ctx() ctx: GqlContext) {
    return ctx.services.feedback.convert(ctx.viewer, input);
  }
}

export const feedbackResolvers = [FeedbackResolver, AllianceFeedbackResolver, FeedbackStatsResolver, FeedbackRootResolver] as const;
