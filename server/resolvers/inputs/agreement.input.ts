import { ArrayMaxSize, ArrayMinSize, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { GlobalId, OptionalText, Text } from './common';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class AgreementPartyInput {
  @Field()
  @GlobalId()
  organizationId!: string;

  @Field({ description: '承诺 What this party commits to' })
  @Text(2000)
  commitment!: string;
}

@InputType()
export class CreateAgreementInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ nullable: true })
  @OptionalText(5000)
  description?: string;

  @Field(() => [AgreementPartyInput], { description: '协议各方（至少两方）The parties, at least two' })
  @ArrayMinSize(2, { message: 'parties must list at least two organizations' })
  @ArrayMaxSize(50, { message: 'parties may list at most 50 organizations' })
  @ValidateNested()
  parties!: AgreementPartyInput[];

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'startsOn must be a date like 2026-05-01' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'endsOn must be a date like 2026-05-01' })
  endsOn!: string;

  @Field(() => Int, { description: '评估周期（月）Review every this many months' })
  @IsInt({ message: 'reviewEveryMonths must be a whole number' })
  @Min(1, { message: 'reviewEveryMonths must be at least 1' })
  @Max(60, { message: 'reviewEveryMonths may be at most 60' })
  reviewEveryMonths!: number;
}

@InputType()
export class ReviewAgreementInput {
  @Field()
  @GlobalId()
  agreementId!: string;

  @Field({ description: '评估意见 What the review found' })
  @Text(5000)
  note!: string;
}

@InputType()
export class RenewAgreementInput {
  @Field()
  @GlobalId()
  agreementId!: string;

  @Field({ description: '新的到期日期 New end date (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'endsOn must be a date like 2026-05-01' })
  endsOn!: string;
}
