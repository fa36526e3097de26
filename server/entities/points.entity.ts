import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ResourceKind } from '../domain/enums';
import { PointCause, PointHolder } from '../domain/governance.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ description: '兑现认领的积分规则 How many points a fulfilled pledge of one resource kind earns' })
@Entity('point_rules')
@Index(['allianceId', 'resourceKind'], { unique: true })
export class PointRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  allianceId!: string;

  @Field(() => ResourceKind)
  @Column({ type: 'text' })
  resourceKind!: ResourceKind;

  @Field(() => Int, { description: '每 per 个单位得分 Points for every `per` units delivered' })
  @Column('int')
  points!: number;

  @Field(() => Int, { description: '计分单位数 Units per award' })
  @Column('int')
  per!: number;
}

@ObjectType({ implements: Node, description: '积分记录：每条都有来源，同一来源只计一次 A points entry, traceable to its cause' })
@Entity('point_entries')
export class PointEntry implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('PointEntry', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field(() => PointHolder)
  @Column({ type: 'text' })
  holder!: PointHolder;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Field(() => Int)
  @Column('int')
  points!: number;

  @Field(() => PointCause)
  @Column({ type: 'text' })
  cause!: PointCause;

  /** Uuid of the pledge or the service-day sign-up the points were earned for. */
  @Column('uuid')
  causeId!: string;

  @Field({ description: '计分说明 How the points were computed' })
  @Column()
  explanation!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: '党员奉献日 A service day members sign up for' })
@Entity('service_days')
export class ServiceDay implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('ServiceDay', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field()
  @Column()
  title!: string;

  @Field({ description: '日期 YYYY-MM-DD' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: '出席可得积分 Points for each member who attends (their organization earns the same)' })
  @Column('int')
  points!: number;

  @Field(() => Int, { nullable: true, description: '名额 Places; null for unlimited' })
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  signedUp!: number;

  @Field({ description: '是否已登记出席 Whether attendance has been recorded' })
  @Column({ default: false })
  attendanceRecorded!: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: '奉献日报名 A sign-up for a service day' })
@Entity('service_day_signups')
@Index(['serviceDayId', 'userId'], { unique: true })
export class ServiceDaySignup implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('ServiceDaySignup', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Column('uuid')
  serviceDayId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Index()
  @Column('uuid')
  organizationId!: string;

  @Field(() => Boolean, { nullable: true, description: '是否出席；登记前为 null Attended; null until recorded' })
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
