import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A create-style mutation's first response, replayed for retries with the same key. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('text')
  mutation!: string;

  @PrimaryColumn('text')
  key!: string;

  @Column('text')
  requestHash!: string;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
