import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ResourceKind } from '../../domain/enums';
import { GlobalId, IdempotencyKeyField, OptionalNonBlankText, OptionalText, Text } from './common';

/** Largest capacity or quantity accepted (fits comfortably in a PostgreSQL integer). */
export const MAX_QUANTITY = 100_000_000;

@InputType()
export class RegisterResourceInput {
  @Field()
  @GlobalId()
  organizationId!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field()
  @Text(200)
  name!: string;

  @Field({ description: '单位，如 小时、元、人、m² Unit of measure' })
  @Text(20)
  unit!: string;

  @Field(() => Int, { description: '总量（整数，≥0）Capacity, a whole number' })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity must not be negative' })
  @Max(MAX_QUANTITY, { message: `capacity may be at most ${MAX_QUANTITY}` })
  capacity!: number;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalText(5000)
  description?: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class UpdateResourceInput {
  @Field()
  @GlobalId()
  resourceId!: string;

  @Field({ nullable: true })
  @OptionalNonBlankText(200)
  name?: string;

  @Field(() => Int, { nullable: true, description: 'New capacity; refused below what is pledged' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity must not be negative' })
  @Max(MAX_QUANTITY, { message: `capacity may be at most ${MAX_QUANTITY}` })
  capacity?: number;

  @Field({ nullable: true })
  @OptionalText(5000)
  description?: string;
}
