import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DecisionStageKind } from '../../domain/governance.enums';
import { GlobalId, IdempotencyKeyField, OptionalDate, OptionalText, Text } from './common';

/** Largest head count a meeting records. */
export const MAX_HEADCOUNT = 100_000;

function OptionalCount() {
  return (target: object, key: string) => {
    IsOptional()(target, key);
    IsInt({ message: `${key} must be a whole number` })(target, key);
    Min(0, { message: `${key} must not be negative` })(target, key);
    Max(MAX_HEADCOUNT, { message: `${key} may be at most ${MAX_HEADCOUNT}` })(target, key);
  };
}

@InputType()
export class ConfigureDecisionStagesInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field(() => [DecisionStageKind], {
    nullable: true,
    description: '环节列表，缺省为四议两公开 The stage list; 四议两公开 (without the street review) when left out',
  })
  @IsOptional()
  @ArrayMinSize(4, { message: 'stages must list at least 4 stages' })
  @ArrayMaxSize(7, { message: 'stages may list at most 7 stages' })
  stages?: DecisionStageKind[];
}

@InputType()
export class StartDecisionInput {
  @Field()
  @GlobalId()
  projectId!: string;

  @Field({ description: '提议内容 The proposal' })
  @Text(5000)
  proposal!: string;

  @Field({ nullable: true, description: '提议会议日期 Date of the proposing meeting (YYYY-MM-DD)' })
  @OptionalDate()
  heldOn?: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class RecordDecisionStageInput {
  @Field()
  @GlobalId()
  decisionId!: string;

  @Field(() => DecisionStageKind, { description: '要记录的环节，须为下一个环节 The stage being recorded; must be the next one' })
  stage!: DecisionStageKind;

  @Field({ nullable: true, description: '会议日期 Date held (YYYY-MM-DD)' })
  @OptionalDate()
  heldOn?: string;

  @Field(() => Int, { nullable: true, description: '应到人数（表决环节必填）Entitled to attend (voting stages)' })
  @OptionalCount()
  eligible?: number;

  @Field(() => Int, { nullable: true, description: '实到人数（表决环节必填）Present (voting stages)' })
  @OptionalCount()
  present?: number;

  @Field(() => Int, { nullable: true })
  @OptionalCount()
  votesFor?: number;

  @Field(() => Int, { nullable: true })
  @OptionalCount()
  votesAgainst?: number;

  @Field(() => Int, { nullable: true })
  @OptionalCount()
  votesAbstain?: number;

  @Field({ nullable: true, description: '街道一审是否同意（一审必填）Whether the street approved (street review only)' })
  approved?: boolean;

  @Field({ nullable: true, description: '说明；决议公开时为公开文本 Note; the published text for 决议公开' })
  @OptionalText(5000)
  note?: string;

  @Field({ nullable: true, description: '实施结果（结果公开必填）The results (required for 结果公开)' })
  @OptionalText(5000)
  results?: string;
}
