import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '共建协议 A co-building agreement between organizations of the alliance' })
@Entity('agreements')
export class Agreement implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Agreement', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field()
  @Column()
  title!: string;

  @Field()
  @Column({ default: '' })
  description!: string;

  @Field({ description: '生效日期 YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field({ description: '到期日期 YYYY-MM-DD' })
  @Column({ type: 'date' })
  endsOn!: string;

  @Field(() => Int, { description: '评估周期（月）Review every this many months' })
  @Column('int')
  reviewEveryMonths!: number;

  @Field({ description: '下次评估日期 Next review due (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  nextReviewOn!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastReviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最近一次评估意见 Note of the latest review' })
  @Column({ type: 'text', nullable: true })
  lastReviewNote!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType({ description: '协议一方及其承诺 A party to an agreement and its commitment' })
@Entity('agreement_parties')
export class AgreementParty {
  @PrimaryColumn('uuid')
  agreementId!: string;

  @PrimaryColumn('uuid')
  organizationId!: string;

  @Field({ description: '承诺 What this party commits to' })
  @Column()
  commitment!: string;

  @Column('int')
  position!: number;
}

/** A watcher's alert already raised (unique per kind, entity and due key), so none is raised twice. */
@Entity('watch_alerts')
@Index(['kind', 'entityId', 'dueKey'], { unique: true })
export class WatchAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Column()
  kind!: string;

  @Column('uuid')
  entityId!: string;

  @Column()
  dueKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
