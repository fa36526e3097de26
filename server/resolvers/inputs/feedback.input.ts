import { Field, InputType } from 'type-graphql';
import { NeedCategory, NeedPriority } from '../../domain/enums';
import { GlobalId, OptionalText, Text } from './common';

@InputType()
export class SubmitFeedbackInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field({ description: '反馈内容 What the resident wants to say' })
  @Text(2000)
  content!: string;

  @Field(() => NeedCategory, { nullable: true, defaultValue: NeedCategory.OTHER })
  category?: NeedCategory;

  @Field({ nullable: true, description: '联系方式（可选，仅书记可见）Optional contact, shown to secretaries only' })
  @OptionalText(200)
  contact?: string;
}

@InputType()
export class AnswerFeedbackInput {
  @Field()
  @GlobalId()
  feedbackId!: string;

  @Field({ description: '答复 The reply the resident will read' })
  @Text(5000)
  reply!: string;
}

@InputType()
export class ConvertFeedbackToNeedInput {
  @Field()
  @GlobalId()
  feedbackId!: string;

  @Field({ description: '需求标题 Title of the new need' })
  @Text(200)
  title!: string;

  @Field(() => NeedCategory, { nullable: true, description: '缺省沿用反馈类别 Defaults to the feedback’s category' })
  category?: NeedCategory;

  @Field(() => NeedPriority, { nullable: true, defaultValue: NeedPriority.MEDIUM })
  priority?: NeedPriority;

  @Field({ nullable: true, description: '给居民的答复（缺省为标准答复）Reply to the resident; a standard one when left out' })
  @OptionalText(5000)
  reply?: string;
}
