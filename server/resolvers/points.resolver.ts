import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { PointCause, PointHolder } from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Organization } from '../entities/organization.entity';
import { PointEntry, PointRule, ServiceDay, ServiceDaySignup } from '../entities/points.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { govLoaders } from '../loaders/governance.loaders';
import { RecordServiceDayAttendanceInput, ScheduleServiceDayInput, SetPointRuleInput, SignUpForServiceDayInput } from './inputs/points.input';
import { AllianceStats } from './types/alliance-stats.type';

export const PointEntryConnection = ConnectionType(PointEntry);
export const ServiceDayConnection = ConnectionType(ServiceDay);

@ArgsType()
export class PointEntriesArgs extends ConnectionArgs {
  @Field(() => PointHolder, { nullable: true })
  holder?: PointHolder;

  @Field(() => PointCause, { nullable: true })
  cause?: PointCause;
}

@ObjectType({ description: '单位积分 An organization’s points' })
export class OrganizationPoints {
  organizationId!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => Int, { description: '积分记录数 Number of entries' })
  entries!: number;
}

@ObjectType({ description: '个人积分 A member’s points' })
export class MemberPoints {
  userId!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => Int)
  entries!: number;
}

@ObjectType({ description: '积分榜（前 10）Points leaderboard, top 10 each' })
export class PointsLeaderboard {
  allianceId!: string;

  @Field(() => [OrganizationPoints])
  organizations!: OrganizationPoints[];

  @Field(() => [MemberPoints], { description: '个人榜（仅成员可见，匿名为空）Members; empty for anonymous callers' })
  members!: MemberPoints[];
}

@Resolver(() => OrganizationPoints)
export class OrganizationPointsResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() o: OrganizationPoints, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(o.organizationId))!;
  }
}

@Resolver(() => MemberPoints)
export class MemberPointsResolver {
  @FieldResolver(() => User)
  async user(@Root() o: MemberPoints, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(o.userId))!;
  }
}

@Resolver(() => AllianceStats)
export class PointsStatsResolver {
  @FieldResolver(() => PointsLeaderboard, { description: '积分榜 Points leaderboard' })
  async points(@Root() s: AllianceStats, @Ctx() ctx: GqlContext): Promise<PointsLeaderboard> {
    const rows = await govLoaders(ctx).pointsLeaderboard.load(s.allianceId);
    const member = ctx.viewer.canRead(s.allianceId);
    return {
      allianceId: s.allianceId,
      organizations: rows.filter((r) => r.holder === 'ORGANIZATION').map((r) => ({ organizationId: r.holderId, points: r.points, entries: r.entries })),
      members: member ? rows.filter((r) => r.holder === 'MEMBER').map((r) => ({ userId: r.holderId, points: r.points, entries: r.entries })) : [],
    };
  }
}

@Resolver(() => PointEntry)
export class PointEntryResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() e: PointEntry, @Ctx() ctx: GqlContext): Promise<Organization | null> | null {
    return e.organizationId ? ctx.loaders.organization.load(e.organizationId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() e: PointEntry, @Ctx() ctx: GqlContext): Promise<User | null> | null {
    return e.userId ? ctx.loaders.user.load(e.userId) : null;
  }

  @FieldResolver(() => ID, { description: '来源对象的全局 ID：Pledge 或 ServiceDaySignup Global id of the cause (a Pledge, ServiceDaySignup or MeetingAttendance)' })
  causeId(@Root() e: PointEntry): string {
    const type = e.cause === PointCause.PLEDGE_FULFILLED ? 'Pledge' : e.cause === PointCause.SERVICE_DAY ? 'ServiceDaySignup' : 'MeetingAttendance';
    return toGlobalId(type, e.causeId);
  }
}

@Resolver(() => ServiceDay)
export class ServiceDayResolver {
  @FieldResolver(() => [ServiceDaySignup], { description: '报名 Sign-ups, oldest first' })
  signups(@Root() d: ServiceDay, @Ctx() ctx: GqlContext): Promise<ServiceDaySignup[]> {
    return govLoaders(ctx).signupsByServiceDay.load(d.id);
  }
}

@Resolver(() => ServiceDaySignup)
export class ServiceDaySignupResolver {
  @FieldResolver(() => User)
  async user(@Root() s: ServiceDaySignup, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(s.userId))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() s: ServiceDaySignup, @Ctx() ctx: GqlContext): Promise<Organization> {
    return (await ctx.loaders.organization.load(s.organizationId))!;
  }

  @FieldResolver(() => ServiceDay)
  async serviceDay(@Root() s: ServiceDaySignup, @Ctx() ctx: GqlContext): Promise<ServiceDay> {
    return (await govLoaders(ctx).serviceDay.load(s.serviceDayId))!;
  }
}

@Resolver(() => Alliance)
export class AlliancePointsResolver {
  @FieldResolver(() => [PointRule], { description: '兑现认领的积分规则 Points rules for fulfilled pledges' })
  pointRules(@Root() a: Alliance, @Ctx() ctx: GqlContext): Promise<PointRule[]> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).pointRulesByAlliance.load(a.id);
  }

  @FieldResolver(() => PointEntryConnection, { description: '积分台账（新的在前）The points ledger, newest first' })
  pointEntries(@Root() a: Alliance, @Args() { first, after, holder, cause }: PointEntriesArgs, @Ctx() ctx: GqlContext): Promise<Page<PointEntry>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).pointEntriesByAlliance.load({ parentId: a.id, first, after, filters: { holder, cause } });
  }

  @FieldResolver(() => ServiceDayConnection, { description: '党员奉献日（新建的在前）Service days, most recently scheduled first' })
  serviceDays(@Root() a: Alliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<ServiceDay>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).serviceDaysByAlliance.load({ parentId: a.id, first, after });
  }
}

@Resolver()
export class PointsMutationResolver {
  @Mutation(() => PointRule, { description: '设定积分规则（书记或平台管理员）Set the points a fulfilled pledge of a resource kind earns (secretary or platform admin)' })
  setPointRule(@Arg('input') input: SetPointRuleInput, @Ctx() ctx: GqlContext) {
    return ctx.services.points.setRule(ctx.viewer, input);
  }

  @Mutation(() => ServiceDay, { description: '安排党员奉献日（书记）Schedule a service day, optionally monthly (secretary)' })
  scheduleServiceDay(@Arg('input') input: ScheduleServiceDayInput, @Ctx() ctx: GqlContext) {
    return ctx.services.points.scheduleServiceDay(ctx.viewer, input);
  }

  @Mutation(() => ServiceDaySignup, { description: '报名党员奉献日（单位联络员、兼职委员）Sign up for a service day' })
  signUpForServiceDay(@Arg('input') input: SignUpForServiceDayInput, @Ctx() ctx: GqlContext) {
    return ctx.services.points.signUp(ctx.viewer, input);
  }

  @Mutation(() => ServiceDay, { description: '登记奉献日出席并计分（书记）Record attendance and award points (secretary)' })
  recordServiceDayAttendance(@Arg('input') input: RecordServiceDayAttendanceInput, @Ctx() ctx: GqlContext) {
    return ctx.services.points.recordAttendance(ctx.viewer, input);
  }
}

export const pointsResolvers = [
  OrganizationPointsResolver,
  MemberPointsResolver,
  PointsStatsResolver,
  PointEntryResolver,
  ServiceDayResolver,
  ServiceDaySignupResolver,
  AlliancePointsResolver,
  PointsMutationResolver,
] as const;
