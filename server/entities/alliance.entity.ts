import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '大工委：一个社区的共建联盟，租户边界 An alliance; the tenant boundary' })
@Entity('alliances')
export class Alliance implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Alliance', this.id);
  }

  @Field({ description: '名称 Name' })
  @Column()
  name!: string;

  @Field({ description: '所属街道/社区 Street and community' })
  @Column()
  region!: string;

  @Field({ description: '简介 Description' })
  @Column({ default: '' })
  description!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
