import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingStatus } from '../domain/governance.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '联席会议 A joint meeting of the alliance' })
@Entity('meetings')
export class Meeting implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Meeting', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field()
  @Column()
  title!: string;

  @Field({ description: '召开时间 When it is held' })
  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Field()
  @Column({ default: '' })
  location!: string;

  @Field(() => Int, { description: '议题提交截止：会前多少小时 Agenda items close this many hours before the meeting' })
  @Column('int')
  agendaLeadHours!: number;

  @Field(() => Int, { description: '出席积分 Points each attendee (and their organization) earns' })
  @Column('int')
  attendancePoints!: number;

  @Field(() => MeetingStatus)
  @Column({ type: 'text', default: MeetingStatus.SCHEDULED })
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: '会议纪要 Minutes' })
  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: '会议议题 An agenda item submitted by a member' })
@Entity('agenda_items')
export class AgendaItem implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('AgendaItem', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  meetingId!: string;

  @Field()
  @Column()
  title!: string;

  @Field()
  @Column({ default: '' })
  description!: string;

  @Index()
  @Column('uuid')
  submittedById!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: '出席记录 One person’s attendance at a meeting' })
@Entity('meeting_attendance')
@Index(['meetingId', 'userId'], { unique: true })
export class MeetingAttendance implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('MeetingAttendance', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Column('uuid')
  meetingId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: '会议决议 A resolution of a meeting, optionally on a project' })
@Entity('meeting_resolutions')
export class MeetingResolution implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('MeetingResolution', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  meetingId!: string;

  @Field(() => Int)
  @Column('int')
  position!: number;

  @Field({ description: '决议内容 What was resolved' })
  @Column()
  text!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
