import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Alliance } from '../entities/alliance.entity';
import { AgendaItem, Meeting, MeetingAttendance, MeetingResolution } from '../entities/meeting.entity';
import { Organization } from '../entities/organization.entity';
import { Project } from '../entities/project.entity';
import { User } from '../entities/user.entity';
import { ConnectionArgs, ConnectionType, Page } from '../graphql/connection';
import { GqlContext } from '../graphql/context';
import { govLoaders } from '../loaders/governance.loaders';
import { RecordMeetingInput, ScheduleMeetingInput, SubmitAgendaItemInput } from './inputs/meeting.input';

export const MeetingConnection = ConnectionType(Meeting);

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Date, { description: '议题提交截止时间 When the agenda closes' })
  agendaClosesAt(@Root() m: Meeting): Date {
    return new Date(m.scheduledAt.getTime() - m.agendaLeadHours * 3600_000);
  }

  @FieldResolver(() => [AgendaItem], { description: '议题 Agenda items, in order of submission' })
  agenda(@Root() m: Meeting, @Ctx() ctx: GqlContext): Promise<AgendaItem[]> {
    return govLoaders(ctx).agendaByMeeting.load(m.id);
  }

  @FieldResolver(() => [MeetingAttendance], { description: '出席 Attendance' })
  attendance(@Root() m: Meeting, @Ctx() ctx: GqlContext): Promise<MeetingAttendance[]> {
    return govLoaders(ctx).attendanceByMeeting.load(m.id);
  }

  @FieldResolver(() => [MeetingResolution], { description: '决议 Resolutions' })
  resolutions(@Root() m: Meeting, @Ctx() ctx: GqlContext): Promise<MeetingResolution[]> {
    return govLoaders(ctx).resolutionsByMeeting.load(m.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => User)
  async submittedBy(@Root() a: AgendaItem, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(a.submittedById))!;
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() a: AgendaItem, @Ctx() ctx: GqlContext): Promise<Project | null> | null {
    return a.projectId ? ctx.loaders.project.load(a.projectId) : null;
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => User)
  async user(@Root() a: MeetingAttendance, @Ctx() ctx: GqlContext): Promise<User> {
    return (await ctx.loaders.user.load(a.userId))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '所代表的单位 The organization the person represents' })
  organization(@Root() a: MeetingAttendance, @Ctx() ctx: GqlContext): Promise<Organization | null> | null {
    return a.organizationId ? ctx.loaders.organization.load(a.organizationId) : null;
  }

  @FieldResolver(() => Meeting)
  async meeting(@Root() a: MeetingAttendance, @Ctx() ctx: GqlContext): Promise<Meeting> {
    return (await govLoaders(ctx).meeting.load(a.meetingId))!;
  }
}

@Resolver(() => MeetingResolution)
export class MeetingResolutionResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() r: MeetingResolution, @Ctx() ctx: GqlContext): Promise<Project | null> | null {
    return r.projectId ? ctx.loaders.project.load(r.projectId) : null;
  }

  @FieldResolver(() => Meeting)
  async meeting(@Root() r: MeetingResolution, @Ctx() ctx: GqlContext): Promise<Meeting> {
    return (await govLoaders(ctx).meeting.load(r.meetingId))!;
  }
}

@Resolver(() => Project)
export class ProjectMeetingResolver {
  @FieldResolver(() => [MeetingResolution], { description: '联席会议关于本项目的决议 Meeting resolutions on this project' })
  resolutions(@Root() p: Project, @Ctx() ctx: GqlContext): Promise<MeetingResolution[]> {
    ctx.viewer.requireRead(p.allianceId, 'The project');
    return govLoaders(ctx).resolutionsByProject.load(p.id);
  }
}

@Resolver(() => Alliance)
export class AllianceMeetingResolver {
  @FieldResolver(() => MeetingConnection, { description: '联席会议（新建的在前）Joint meetings, most recently scheduled first' })
  meetings(@Root() a: Alliance, @Args() { first, after }: ConnectionArgs, @Ctx() ctx: GqlContext): Promise<Page<Meeting>> {
    ctx.viewer.requireRead(a.id);
    return govLoaders(ctx).meetingsByAlliance.load({ parentId: a.id, first, after });
  }
}

@Resolver()
export class MeetingMutationResolver {
  @Mutation(() => Meeting, { description: '安排联席会议（书记）Schedule a joint meeting (secretary)' })
  scheduleMeeting(@Arg('input') input: ScheduleMeetingInput, @Ctx() ctx: GqlContext) {
    return ctx.services.meetings.schedule(ctx.viewer, input);
  }

  @Mutation(() => AgendaItem, { description: '提交议题（书记、兼职委员、单位联络员；截止前）Submit an agenda item before the agenda closes' })
  submitAgendaItem(@Arg('input') input: SubmitAgendaItemInput, @Ctx() ctx: GqlContext) {
    return ctx.services.meetings.submitAgendaItem(ctx.viewer, input);
  }

  @Mutation(() => Meeting, { description: '记录会议：纪要、出席、决议（书记）Record minutes, attendance and resolutions (secretary)' })
  recordMeeting(@Arg('input') input: RecordMeetingInput, @Ctx() ctx: GqlContext) {
    return ctx.services.meetings.record(ctx.viewer, input);
  }
}

export const meetingResolvers = [
  MeetingResolver,
  AgendaItemResolver,
  MeetingAttendanceResolver,
  MeetingResolutionResolver,
  ProjectMeetingResolver,
  AllianceMeetingResolver,
  MeetingMutationResolver,
] as const;
