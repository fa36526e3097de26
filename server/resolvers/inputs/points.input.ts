import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ResourceKind } from '../../domain/enums';
import { GlobalId, IdempotencyKeyField, Text } from './common';

@InputType()
export class SetPointRuleInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field(() => ResourceKind)
  resourceKind!: ResourceKind;

  @Field(() => Int, { description: '每 per 个单位得分；0 表示不计分 Points for every `per` units delivered; 0 turns the kind off' })
  @IsInt({ message: 'points must be a whole number' })
  @Min(0, { message: 'points must not be negative' })
  @Max(10000, { message: 'points may be at most 10000' })
  points!: number;

  @Field(() => Int, { defaultValue: 1, description: '计分单位数 Units per award' })
  @IsInt({ message: 'per must be a whole number' })
  @Min(1, { message: 'per must be at least 1' })
  @Max(1_000_000, { message: 'per may be at most 1000000' })
  per!: number;
}

@InputType()
export class ScheduleServiceDayInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ description: '日期 YYYY-MM-DD' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be a date like 2026-05-01' })
  date!: string;

  @Field(() => Int, { description: '出席可得积分 Points per attendee' })
  @IsInt({ message: 'points must be a whole number' })
  @Min(0, { message: 'points must not be negative' })
  @Max(10000, { message: 'points may be at most 10000' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '名额 Places; unlimited when left out' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(100000, { message: 'capacity may be at most 100000' })
  capacity?: number;

  @Field(() => Int, { defaultValue: 0, description: '按月重复的次数（每月同日）Further monthly occurrences on the same day of the month' })
  @IsInt({ message: 'repeatMonthly must be a whole number' })
  @Min(0, { message: 'repeatMonthly must not be negative' })
  @Max(11, { message: 'repeatMonthly may be at most 11' })
  repeatMonthly!: number;
}

@InputType()
export class SignUpForServiceDayInput {
  @Field()
  @GlobalId()
  serviceDayId!: string;
}

@InputType()
export class RecordServiceDayAttendanceInput {
  @Field()
  @GlobalId()
  serviceDayId!: string;

  @Field(() => [String], { description: '出席者（用户 ID）Users who attended; every other sign-up is recorded absent' })
  @ArrayMaxSize(1000, { message: 'attendedUserIds may list at most 1000 users' })
  attendedUserIds!: string[];

  @Field({ nullable: true, description: '幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice' })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
