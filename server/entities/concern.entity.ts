import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConcernStatus } from '../domain/notification.enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '监督意见：监督委员会就项目、认领或决策提出，书记须答复 A supervision concern, answered by the secretary' })
@Entity('concerns')
export class Concern implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Concern', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field({ description: '对象类型 GraphQL type of the target' })
  @Column({ type: 'text' })
  targetType!: string;

  @Column('uuid')
  targetId!: string;

  @Field({ description: '意见 The concern' })
  @Column({ type: 'text' })
  text!: string;

  @Column('uuid')
  raisedById!: string;

  @Field(() => ConcernStatus)
  @Column({ type: 'text', default: ConcernStatus.OPEN })
  status!: ConcernStatus;

  @Field(() => String, { nullable: true, description: '书记答复 The secretary’s answer' })
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
