import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NeedCategory, NeedPriority, NeedStatus } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '需求清单条目 An item of the needs list' })
@Entity('needs')
export class Need implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Need', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field({ description: '标题 Title' })
  @Column()
  title!: string;

  @Field({ description: '描述 Description' })
  @Column({ default: '' })
  description!: string;

  @Field(() => NeedCategory)
  @Column({ type: 'text' })
  category!: NeedCategory;

  @Field(() => NeedPriority)
  @Column({ type: 'text', default: NeedPriority.MEDIUM })
  priority!: NeedPriority;

  @Field(() => NeedStatus)
  @Column({ type: 'text', default: NeedStatus.OPEN })
  status!: NeedStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
