import { Field, InputType } from 'type-graphql';
import { ProjectStatus } from '../../domain/enums';
import { GlobalId, OptionalText } from './common';

@InputType()
export class TransitionProjectInput {
  @Field()
  @GlobalId()
  projectId!: string;

  @Field(() => ProjectStatus)
  to!: ProjectStatus;

  @Field({ nullable: true })
  @OptionalText(2000)
  note?: string;
}
