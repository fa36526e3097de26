import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PledgeStatus } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '认领：单位把资源的一部分承诺给项目需求 A unit’s promise of part of a resource' })
@Entity('pledges')
export class Pledge implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Pledge', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  requirementId!: string;

  /** Denormalised from the requirement so a project's pledges are one indexed read. */
  @Index()
  @Column('uuid')
  projectId!: string;

  @Index()
  @Column('uuid')
  resourceId!: string;

  @Index()
  @Column('uuid')
  organizationId!: string;

  @Index()
  @Column('uuid')
  pledgedById!: string;

  @Field(() => Int, { description: '认领数量 Quantity pledged' })
  @Column('int')
  quantity!: number;

  @Field(() => Int, { nullable: true, description: '实际交付 Delivered quantity, once fulfilled' })
  @Column('int', { nullable: true })
  deliveredQuantity!: number | null;

  @Field(() => PledgeStatus)
  @Column({ type: 'text', default: PledgeStatus.PLEDGED })
  status!: PledgeStatus;

  @Field(() => String, { nullable: true, description: '备注 Note' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: '撤回或未采纳的原因 Reason for withdrawal or rejection' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
