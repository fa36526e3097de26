import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DecisionStageKind, DecisionStatus, StageOutcome } from '../domain/governance.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

/** An alliance's stage list for staged decisions; no row means the alliance does not use them. */
@Entity('decision_settings')
export class DecisionSettings {
  @PrimaryColumn('uuid')
  allianceId!: string;

  @Column({ type: 'text', array: true })
  stages!: DecisionStageKind[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: '项目决策（四议两公开）A staged decision on a project' })
@Entity('decisions')
export class Decision implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Decision', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  projectId!: string;

  @Field({ description: '议题 What is being decided' })
  @Column()
  title!: string;

  @Field({ description: '提议内容 The proposal' })
  @Column({ default: '' })
  proposal!: string;

  @Field(() => DecisionStatus)
  @Column({ type: 'text', default: DecisionStatus.OPEN })
  status!: DecisionStatus;

  @Field(() => [DecisionStageKind], { description: '本决策的环节（按顺序）This decision’s stages, in order' })
  @Column({ type: 'text', array: true })
  stages!: DecisionStageKind[];

  /** Index into `stages` of the next stage to record; equals stages.length when all are done. */
  @Column('int')
  nextPosition!: number;

  @Index()
  @Column('uuid')
  proposedById!: string;

  @Field(() => Date, { nullable: true, description: '决议通过时间 When the resolution passed' })
  @Column({ type: 'timestamptz', nullable: true })
  passedAt!: Date | null;

  /** True once the decision is published (决议公开); what anonymous callers may read. */
  @Column({ default: false })
  published!: boolean;

  @Field(() => Date, { nullable: true, description: '决议公开时间 When the decision was published' })
  @Column({ type: 'timestamptz', nullable: true })
  decisionPublishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '结果公开时间 When the results were published' })
  @Column({ type: 'timestamptz', nullable: true })
  resultsPublishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '公开的实施结果 The published results' })
  @Column({ type: 'text', nullable: true })
  results!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: '决策环节记录 The record of one stage: who, when, attendance, votes' })
@Entity('decision_stages')
@Index(['decisionId', 'position'], { unique: true })
export class DecisionStage implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('DecisionStage', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Column('uuid')
  decisionId!: string;

  @Field(() => Int, { description: '序号（从 0 开始）Position in the stage list, from 0' })
  @Column('int')
  position!: number;

  @Field(() => DecisionStageKind)
  @Column({ type: 'text' })
  kind!: DecisionStageKind;

  @Field(() => StageOutcome)
  @Column({ type: 'text' })
  outcome!: StageOutcome;

  @Index()
  @Column('uuid')
  recordedById!: string;

  @Field(() => String, { nullable: true, description: '会议日期 Date the meeting was held (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  heldOn!: string | null;

  @Field(() => Int, { nullable: true, description: '应到人数 Number entitled to attend' })
  @Column({ type: 'int', nullable: true })
  eligible!: number | null;

  @Field(() => Int, { nullable: true, description: '实到人数 Number present' })
  @Column({ type: 'int', nullable: true })
  present!: number | null;

  @Field(() => Int, { nullable: true, description: '赞成 Votes for' })
  @Column({ type: 'int', nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true, description: '反对 Votes against' })
  @Column({ type: 'int', nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true, description: '弃权 Abstentions' })
  @Column({ type: 'int', nullable: true })
  votesAbstain!: number | null;

  @Field({ description: '说明 Note or published text' })
  @Column({ default: '' })
  note!: string;

  @Field({ description: '记录时间 When it was recorded' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
