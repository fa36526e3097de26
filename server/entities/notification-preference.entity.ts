import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventType } from '../domain/enums';

@ObjectType({ description: '个人邮件通知设置 A user’s email notification preferences in one alliance' })
@Entity('notification_preferences')
@Index(['userId', 'allianceId'], { unique: true })
export class NotificationPreference {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field(() => [EventType], { description: '以邮件通知的动态类型 Event types that reach me by email' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eventTypes!: EventType[];

  @Field({ description: '改为每日摘要（北京时间 8 点后发送前一天的摘要）Send one daily digest instead of one email per event' })
  @Column({ default: false })
  digest!: boolean;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
