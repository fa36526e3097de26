import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventType } from '../domain/enums';
import { ChannelKind, NotificationLanguage } from '../domain/notification.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

/** Non-secret settings of an email channel (the SMTP password lives in `secretEnc`). */
export interface EmailChannelConfig {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  from: string;
  to: string[];
}

/** What is encrypted at rest: webhook URLs (they carry access tokens), signing secrets, SMTP passwords. */
export interface ChannelSecrets {
  webhookUrl?: string;
  secret?: string | null;
  password?: string | null;
}

@ObjectType({
  implements: Node,
  description: '通知渠道（群机器人或邮件）；密钥加密保存，接口从不返回 A notification channel; its secrets are encrypted and never returned',
})
@Entity('notification_channels')
export class NotificationChannel implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('NotificationChannel', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field(() => ChannelKind)
  @Column({ type: 'text' })
  kind!: ChannelKind;

  @Field({ description: '名称 Name' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [EventType], { description: '订阅的动态类型 Event types sent to this channel' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eventTypes!: EventType[];

  @Field(() => NotificationLanguage)
  @Column({ type: 'text', default: NotificationLanguage.ZH })
  language!: NotificationLanguage;

  @Field()
  @Column({ default: true })
  enabled!: boolean;

  @Field({ description: '去除密钥后的目标（主机名或收件人）Where it sends, without secrets (host or recipients)' })
  @Column({ type: 'text', default: '' })
  targetHint!: string;

  @Column({ type: 'jsonb', default: {} })
  config!: Partial<EmailChannelConfig>;

  /** AES-256-GCM ciphertext of ChannelSecrets (server/notifications/crypto.ts). Never a GraphQL field. */
  @Column({ type: 'text' })
  secretEnc!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
