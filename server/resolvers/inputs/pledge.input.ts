import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { GlobalId, IdempotencyKeyField, OptionalText, Text } from './common';
import { MAX_QUANTITY } from './register-resource.input';

@InputType()
export class PledgeResourceInput {
  @Field()
  @GlobalId()
  requirementId!: string;

  @Field()
  @GlobalId()
  resourceId!: string;

  @Field(() => Int)
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(MAX_QUANTITY, { message: `quantity may be at most ${MAX_QUANTITY}` })
  quantity!: number;

  @Field({ nullable: true })
  @OptionalText(2000)
  note?: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class ConfirmPledgeInput {
  @Field()
  @GlobalId()
  pledgeId!: string;
}

@InputType()
export class RejectPledgeInput {
  @Field()
  @GlobalId()
  pledgeId!: string;

  @Field()
  @Text(2000)
  reason!: string;
}

@InputType()
export class WithdrawPledgeInput {
  @Field()
  @GlobalId()
  pledgeId!: string;

  @Field()
  @Text(2000)
  reason!: string;
}

@InputType()
export class FulfillPledgeInput {
  @Field()
  @GlobalId()
  pledgeId!: string;

  @Field(() => Int, { description: '实际交付数量（不超过认领数量）Delivered, at most the pledged quantity' })
  @IsInt({ message: 'deliveredQuantity must be a whole number' })
  @Min(0, { message: 'deliveredQuantity must not be negative' })
  @Max(MAX_QUANTITY, { message: `deliveredQuantity may be at most ${MAX_QUANTITY}` })
  deliveredQuantity!: number;

  @Field({ nullable: true, description: '幂等键：重试时返回第一次的结果，不重复计分 Idempotency key: a retry returns the first result and counts nothing twice' })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
