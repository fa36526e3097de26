import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NeedCategory } from '../domain/enums';
import { FeedbackStatus } from '../domain/governance.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '居民反馈 A resident’s feedback (submitted anonymously)' })
@Entity('feedback')
export class Feedback implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Feedback', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field({ description: '查询码：居民凭此查看进度与答复 Tracking code with which the resident follows it' })
  @Column({ unique: true })
  trackingCode!: string;

  @Field(() => NeedCategory)
  @Column({ type: 'text' })
  category!: NeedCategory;

  @Field({ description: '内容 What the resident wrote' })
  @Column()
  content!: string;

  /** Optional contact the resident left; shown to secretaries only. */
  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  /** sha256 of the submitting address, for throttling; never the address itself. */
  @Column()
  addressHash!: string;

  @Field(() => FeedbackStatus)
  @Column({ type: 'text', default: FeedbackStatus.RECEIVED })
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: '答复 The reply' })
  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  needId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  respondedById!: string | null;

  @Field(() => Date, { nullable: true, description: '答复或转办时间 When it was answered or turned into a need' })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Field({ description: '提交时间 When it was submitted' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
