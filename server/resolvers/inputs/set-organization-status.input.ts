import { Field, InputType } from 'type-graphql';
import { GlobalId, OptionalText } from './common';

@InputType()
export class SuspendOrganizationInput {
  @Field()
  @GlobalId()
  organizationId!: string;

  @Field({ nullable: true })
  @OptionalText(1000)
  reason?: string;
}

@InputType()
export class ReinstateOrganizationInput {
  @Field()
  @GlobalId()
  organizationId!: string;
}
