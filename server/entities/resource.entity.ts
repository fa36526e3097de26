import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ResourceKind } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '资源清单条目，属于一个成员单位 An item of the resource list' })
@Entity('resources')
export class Resource implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Resource', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  organizationId!: string;

  @Field(() => ResourceKind)
  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Field({ description: '名称 Name' })
  @Column()
  name!: string;

  @Field({ description: '计量单位，如 小时、元、人 Unit of measure' })
  @Column()
  unit!: string;

  @Field(() => Int, { description: '总量（整数）Capacity in whole units' })
  @Column('int')
  capacity!: number;

  /**
   * Sum of the active pledges' quantities, kept by the pledge service in the same transaction as
   * each pledge change; a CHECK constraint keeps it within capacity.
   */
  @Field(() => Int, { description: '已认领 Pledged by active pledges' })
  @Column('int', { default: 0 })
  pledged!: number;

  @Field(() => Int, { description: '可认领 Still available' })
  get available(): number {
    return this.capacity - this.pledged;
  }

  @Field({ description: '说明 Description' })
  @Column({ default: '' })
  description!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
