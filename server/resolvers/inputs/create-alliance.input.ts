import { Field, InputType } from 'type-graphql';
import { IdempotencyKeyField, OptionalText, Text } from './common';

@InputType()
export class CreateAllianceInput {
  @Field({ description: '大工委名称 Alliance name' })
  @Text(200)
  name!: string;

  @Field({ description: '街道/社区 Street and community' })
  @Text(200)
  region!: string;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalText(5000)
  description?: string;

  @Field({ description: '社区党委名称 Name of the community party committee' })
  @Text(200)
  partyCommitteeName!: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
