import { Field, InputType } from 'type-graphql';
import { GlobalId, Text } from './common';

@InputType()
export class RaiseConcernInput {
  @Field({ description: '项目、认领、需求、资源、成员单位、需求项或角色的 ID Id of a project, pledge, need, resource, organization, requirement or membership' })
  @GlobalId()
  targetId!: string;

  @Field()
  @Text(2000)
  text!: string;
}

@InputType()
export class AnswerConcernInput {
  @Field()
  @GlobalId()
  concernId!: string;

  @Field()
  @Text(5000)
  answer!: string;
}
