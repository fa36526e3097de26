import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ResourceKind } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '项目所需资源 What a project asks for' })
@Entity('requirements')
export class Requirement implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Requirement', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  projectId!: string;

  /** Order within the project, as the requirements were listed. */
  @Column('int', { default: 0 })
  position!: number;

  @Field(() => ResourceKind)
  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Field(() => Int, { description: '所需数量 Quantity asked for' })
  @Column('int')
  quantity!: number;

  @Field({ description: '单位 Unit' })
  @Column()
  unit!: string;

  @Field({ description: '说明 Description' })
  @Column({ default: '' })
  description!: string;

  /** Sum of active pledges' quantities; kept with each pledge change. */
  @Field(() => Int, { description: '已认领 Pledged by active pledges' })
  @Column('int', { default: 0 })
  pledged!: number;

  /** Sum of delivered quantities of fulfilled pledges. */
  @Field(() => Int, { description: '已兑现 Delivered' })
  @Column('int', { default: 0 })
  fulfilled!: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
