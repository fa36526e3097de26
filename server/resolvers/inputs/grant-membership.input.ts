import { IsEmail, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MembershipRole } from '../../domain/enums';
import { GlobalId, OptionalDate, OptionalText, Text } from './common';

@InputType()
export class GrantMembershipInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email!: string;

  @Field({ description: '姓名（新用户时使用）Name, used when the email is new' })
  @Text(100)
  name!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field({ nullable: true, description: 'Required for COMMITTEE_MEMBER and UNIT_REPRESENTATIVE' })
  @IsOptional()
  @GlobalId()
  organizationId?: string;

  @Field({ nullable: true, description: '职务，如 兼职副书记 Title' })
  @OptionalText(100)
  title?: string;

  @Field({ nullable: true })
  @OptionalDate()
  termStart?: string;

  @Field({ nullable: true })
  @OptionalDate()
  termEnd?: string;

  @Field({ nullable: true, description: '新用户的初始密码（至少 8 位）Initial password for a new user, 8+ characters' })
  @IsOptional()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password?: string;
}

@InputType()
export class RevokeMembershipInput {
  @Field()
  @GlobalId()
  membershipId!: string;
}
