import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ResourceKind } from '../../domain/enums';
import { GlobalId, IdempotencyKeyField, OptionalDate, OptionalText, Text } from './common';
import { MAX_QUANTITY } from './register-resource.input';

@InputType()
export class RequirementInput {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => Int)
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(MAX_QUANTITY, { message: `quantity may be at most ${MAX_QUANTITY}` })
  quantity!: number;

  @Field()
  @Text(20)
  unit!: string;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalText(2000)
  description?: string;
}

@InputType()
export class CreateProjectInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ defaultValue: '' })
  @Text(10000, 0)
  description!: string;

  @Field()
  @GlobalId()
  leadOrganizationId!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'needIds may list at most 50 needs' })
  needIds?: string[];

  @Field(() => [RequirementInput])
  @ArrayMinSize(1, { message: 'requirements must list at least one requirement' })
  @ArrayMaxSize(50, { message: 'requirements may list at most 50 requirements' })
  @ValidateNested()
  requirements!: RequirementInput[];

  @Field({ nullable: true })
  @OptionalDate()
  startDate?: string;

  @Field({ nullable: true })
  @OptionalDate()
  endDate?: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
