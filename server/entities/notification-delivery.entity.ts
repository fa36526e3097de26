import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryKind, DeliveryStatus } from '../domain/notification.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '通知投递（发件箱）One notification in the outbox' })
@Entity('notification_outbox')
@Index(['channelId', 'dedupKey'], { unique: true })
export class NotificationDelivery implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('NotificationDelivery', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Column('uuid')
  channelId!: string;

  @Field(() => DeliveryKind)
  @Column({ type: 'text' })
  kind!: DeliveryKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: '摘要日期 Day of a digest' })
  @Column({ type: 'date', nullable: true })
  digestDay!: string | null;

  @Column({ type: 'text' })
  dedupKey!: string;

  @Field(() => DeliveryStatus)
  @Column({ type: 'text', default: DeliveryStatus.PENDING })
  status!: DeliveryStatus;

  @Field(() => Int, { description: '已尝试次数 Attempts so far' })
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field({ description: '下次尝试时间 When it is (re)tried next' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claimToken!: string | null;

  @Field(() => String, { nullable: true, description: '最近一次失败原因 Last failure' })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
