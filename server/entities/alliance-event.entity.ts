import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EventType } from '../domain/enums';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';

@ObjectType({ implements: Node, description: '大工委动态（只追加）An entry of the alliance’s append-only activity log' })
@Entity('events')
@Index(['allianceId', 'seq'], { unique: true })
export class AllianceEvent implements Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  get nodeId(): string {
    return toGlobalId('AllianceEvent', this.id);
  }

  @Column('uuid')
  allianceId!: string;

  /** Gapless per-alliance sequence in commit order (see EventService). */
  @Column('bigint')
  seq!: string;

  @Field(() => EventType)
  @Column({ type: 'text' })
  type!: EventType;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: '对象类型 GraphQL type of the entity concerned' })
  @Column({ type: 'text' })
  entityType!: string;

  @Column('uuid')
  entityId!: string;

  /** What changed, for the feed's wording (titles, quantities, from/to statuses). */
  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
