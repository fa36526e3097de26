import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationKind, OrganizationSector, OrganizationStatus } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '成员单位 A member of an alliance' })
@Entity('organizations')
export class Organization implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('Organization', this.id);
  }

  @Index()
  @Column('uuid')
  allianceId!: string;

  @Field({ description: '名称 Name' })
  @Column()
  name!: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Field(() => OrganizationSector)
  @Column({ type: 'text' })
  sector!: OrganizationSector;

  @Field(() => String, { nullable: true, description: '党组织名称 Name of its party organisation' })
  @Column({ type: 'text', nullable: true })
  partyOrgName!: string | null;

  @Field(() => OrganizationStatus)
  @Column({ type: 'text', default: OrganizationStatus.ACTIVE })
  status!: OrganizationStatus;

  @Field({ description: '加入时间 Joined at' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
