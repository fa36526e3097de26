import { Field, InputType } from 'type-graphql';
import { OrganizationKind, OrganizationSector } from '../../domain/enums';
import { GlobalId, IdempotencyKeyField, OptionalText, Text } from './common';

@InputType()
export class AddOrganizationInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @Text(200)
  name!: string;

  @Field(() => OrganizationKind, { description: 'MEMBER_UNIT or SOCIAL_ORGANIZATION (the party committee comes with the alliance)' })
  kind!: OrganizationKind;

  @Field(() => OrganizationSector, { nullable: true, defaultValue: OrganizationSector.OTHER })
  sector?: OrganizationSector;

  @Field({ nullable: true, description: '党组织名称 Name of its party organisation' })
  @OptionalText(200)
  partyOrgName?: string;

  @Field({ nullable: true })
  @IdempotencyKeyField()
  idempotencyKey?: string;
}
