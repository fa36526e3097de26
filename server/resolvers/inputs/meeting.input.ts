import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { GlobalId, IdempotencyKeyField, OptionalText, Text } from './common';

@InputType()
export class ScheduleMeetingInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ description: '召开时间（ISO 8601，含时区）When, e.g. 2026-03-01T09:00:00+08:00' })
  @MaxLength(40, { message: 'scheduledAt must be a date and time like 2026-03-01T09:00:00+08:00' })
  @Matches(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/, { message: 'scheduledAt must be a date and time like 2026-03-01T09:00:00+08:00' })
  scheduledAt!: string;

  @Field({ nullable: true })
  @OptionalText(200)
  location?: string;

  @Field(() => Int, { defaultValue: 72, description: '议题提交截止：会前小时数 Agenda closes this many hours before' })
  @IsInt({ message: 'agendaLeadHours must be a whole number' })
  @Min(0, { message: 'agendaLeadHours must not be negative' })
  @Max(720, { message: 'agendaLeadHours may be at most 720' })
  agendaLeadHours!: number;

  @Field(() => Int, { defaultValue: 0, description: '出席积分 Points per attendee and their organization' })
  @IsInt({ message: 'attendancePoints must be a whole number' })
  @Min(0, { message: 'attendancePoints must not be negative' })
  @Max(10000, { message: 'attendancePoints may be at most 10000' })
  attendancePoints!: number;
}

@InputType()
export class SubmitAgendaItemInput {
  @Field()
  @GlobalId()
  meetingId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ nullable: true })
  @OptionalText(5000)
  description?: string;

  @Field({ nullable: true, description: '相关项目 The project it concerns' })
  @IsOptional()
  @GlobalId()
  projectId?: string;
}

@InputType()
export class ResolutionInput {
  @Field()
  @Text(5000)
  text!: string;

  @Field({ nullable: true, description: '关联项目 The project it concerns' })
  @IsOptional()
  @GlobalId()
  projectId?: string;
}

@InputType()
export class RecordMeetingInput {
  @Field()
  @GlobalId()
  meetingId!: string;

  @Field({ description: '会议纪要 Minutes' })
  @Text(20000)
  minutes!: string;

  @Field(() => [String], { description: '出席者（用户 ID，须为本大工委成员）Attendees: users who are members of the alliance' })
  @ArrayMaxSize(1000, { message: 'attendeeUserIds may list at most 1000 users' })
  attendeeUserIds!: string[];

  @Field(() => [ResolutionInput], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'resolutions may list at most 50 resolutions' })
  @ValidateNested()
  resolutions!: ResolutionInput[];

  @Field({ nullable: true, description: '幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice' })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
