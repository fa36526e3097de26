import { ArrayMaxSize, IsEmail, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EventType } from '../../domain/enums';
import { ChannelKind, NotificationLanguage } from '../../domain/notification.enums';
import { GlobalId, OptionalNonBlankText, Text } from './common';

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

@InputType({ description: 'SMTP 设置（密码加密保存，不会返回）SMTP settings; the password is stored encrypted and never returned' })
export class SmtpSettingsInput {
  @Field()
  @Text(255)
  host!: string;

  @Field(() => Int, { defaultValue: 587 })
  @IsInt({ message: 'port must be a whole number' })
  @Min(1, { message: 'port must be from 1 to 65535' })
  @Max(65535, { message: 'port must be from 1 to 65535' })
  port!: number;

  @Field({ defaultValue: false, description: '直接 TLS（465 端口）Implicit TLS (port 465); otherwise STARTTLS when offered' })
  secure!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(255, { message: 'username must be at most 255 characters' })
  username?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'password must be at most 500 characters' })
  password?: string;

  @Field({ description: '发件人 Sender address' })
  @IsEmail({}, { message: 'from must be an email address' })
  from!: string;

  @Field(() => [String], { defaultValue: [], description: '收件人（群发地址）Recipients of channel messages' })
  @ArrayMaxSize(50, { message: 'to may list at most 50 addresses' })
  @IsEmail({}, { each: true, message: 'to must list email addresses' })
  to!: string[];
}

@InputType()
export class AddNotificationChannelInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field(() => ChannelKind)
  kind!: ChannelKind;

  @Field()
  @Text(100)
  name!: string;

  @Field(() => [EventType], { description: '要推送的动态类型 Event types to send' })
  @ArrayMaxSize(100, { message: 'eventTypes may list at most 100 types' })
  eventTypes!: EventType[];

  @Field(() => NotificationLanguage, { defaultValue: NotificationLanguage.ZH })
  language!: NotificationLanguage;

  @Field({ nullable: true, description: '机器人 Webhook 地址（加密保存）Robot webhook URL, stored encrypted' })
  @IsOptional()
  @MaxLength(2000, { message: 'webhookUrl must be at most 2000 characters' })
  @Matches(HTTP_URL, { message: 'webhookUrl must be an http(s) URL' })
  webhookUrl?: string;

  @Field({ nullable: true, description: '加签密钥（钉钉必填、飞书可选；加密保存）Signing secret: required for DingTalk, optional for Feishu; stored encrypted' })
  @IsOptional()
  @MaxLength(500, { message: 'secret must be at most 500 characters' })
  secret?: string;

  @Field(() => SmtpSettingsInput, { nullable: true, description: '邮件渠道的 SMTP 设置 SMTP settings of an email channel' })
  @IsOptional()
  @ValidateNested()
  smtp?: SmtpSettingsInput;
}

@InputType()
export class UpdateNotificationChannelInput {
  @Field()
  @GlobalId()
  channelId!: string;

  @Field({ nullable: true })
  @OptionalNonBlankText(100)
  name?: string;

  @Field(() => [EventType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'eventTypes may list at most 100 types' })
  eventTypes?: EventType[];

  @Field(() => NotificationLanguage, { nullable: true })
  language?: NotificationLanguage;

  @Field({ nullable: true })
  enabled?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'webhookUrl must be at most 2000 characters' })
  @Matches(HTTP_URL, { message: 'webhookUrl must be an http(s) URL' })
  webhookUrl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'secret must be at most 500 characters' })
  secret?: string;

  @Field(() => SmtpSettingsInput, { nullable: true, description: '替换 SMTP 设置（不填密码则保留原密码）Replace the SMTP settings; the password is kept when left out' })
  @IsOptional()
  @ValidateNested()
  smtp?: SmtpSettingsInput;
}

@InputType()
export class RemoveNotificationChannelInput {
  @Field()
  @GlobalId()
  channelId!: string;
}

@InputType()
export class TestChannelInput {
  @Field()
  @GlobalId()
  channelId!: string;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field()
  @GlobalId()
  allianceId!: string;

  @Field(() => [EventType], { description: '以邮件通知我的动态类型 Event types that reach me by email' })
  @ArrayMaxSize(100, { message: 'eventTypes may list at most 100 types' })
  eventTypes!: EventType[];

  @Field({ defaultValue: false, description: '改为每日摘要 One daily digest instead of one email per event' })
  digest!: boolean;
}

