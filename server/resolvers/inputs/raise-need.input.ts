import { Field, InputType } from 'type-graphql';
import { NeedCategory, NeedPriority, NeedStatus } from '../../domain/enums';
import { GlobalId, IdempotencyKeyField, OptionalNonBlankText, OptionalText, Text } from './common';

@InputType()
export class RaiseNeedInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  title!: string;

  @Field({ defaultValue: '' })
  @Text(5000, 0)
  description!: string;

  @Field(() => NeedCategory)
  category!: NeedCategory;

  @Field(() => NeedPriority, { nullable: true, defaultValue: NeedPriority.MEDIUM })
  priority?: NeedPriority;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class UpdateNeedInput {
  @Field()
  @GlobalId()
  needId!: string;

  @Field({ nullable: true })
  @OptionalNonBlankText(200)
  title?: string;

  @Field({ nullable: true })
  @OptionalText(5000)
  description?: string;

  @Field(() => NeedCategory, { nullable: true })
  category?: NeedCategory;

  @Field(() => NeedPriority, { nullable: true })
  priority?: NeedPriority;

  @Field(() => NeedStatus, { nullable: true, description: 'Moves only OPEN → MATCHED → CLOSED' })
  status?: NeedStatus;
}
