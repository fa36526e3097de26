import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProjectStatus } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '项目清单条目：共建项目 A joint project' })
@Entity('projects')
export class Project implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Project', this.id);
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

  @Index()
  @Column('uuid')
  coordinatorId!: string;

  @Index()
  @Column('uuid')
  leadOrganizationId!: string;

  @Field(() => ProjectStatus)
  @Column({ type: 'text', default: ProjectStatus.DRAFT })
  status!: ProjectStatus;

  @Field(() => String, { nullable: true, description: '开始日期 Start date (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: '结束日期 End date (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;


  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
