import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '角色：用户在一个大工委中的身份 A user’s role in one alliance' })
@Entity('memberships')
export class Membership implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Membership', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Field(() => MembershipRole)
  @Column({ type: 'text' })
  role!: MembershipRole;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: '职务，如 兼职副书记 Title, e.g. part-time deputy secretary' })
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '任期开始 Term start (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  termStart!: string | null;

  @Field(() => String, { nullable: true, description: '任期结束 Term end (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  termEnd!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
