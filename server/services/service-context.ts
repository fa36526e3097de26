import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../errors';
import { Viewer } from '../auth/viewer';
import { EventService, NewEvent } from './event.service';
import { IdempotencyService } from './idempotency.service';

/** What every aggregate service shares: the store, the event log and idempotency. */
export class ServiceDeps {
  constructor(
    readonly ds: DataSource,
    readonly events: EventService,
    readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Runs one change: a transaction that performs `work`, appends its single event, and commits.
   * With an idempotency key the first result is replayed (through `load`) for retries.
   */
  async change<T extends { id: string }>(
    viewer: Viewer,
    opts: {
      mutation: string;
      idempotencyKey?: string | null;
      input?: object;
      load?: (m: EntityManager, id: string) => Promise<T>;
    },
    work: (m: EntityManager) => Promise<{ result: T; event: Omit<NewEvent, 'actorId'> }>,
  ): Promise<T> {
    const userId = viewer.user?.id ?? null;
    return withRetry(() => this.ds.transaction(async (m) => {
      const key = opts.idempotencyKey;
      if (key && userId) {
        const { idempotencyKey: _omit, ...rest } = (opts.input ?? {}) as Record<string, unknown>;
        const replay = await this.idempotency.claim(m, userId, opts.mutation, key, rest);
        if (replay) {
          const first = await opts.load!(m, replay);
          // A retry is answered only while the caller may still read what it made.
          const allianceId = (first as { allianceId?: string }).allianceId;
          if (allianceId && !viewer.canRead(allianceId)) throw notFound('The earlier result');
          return first;
        }
      }
      const { result, event } = await work(m);
      await this.events.append(m, { ...event, actorId: userId });
      if (key && userId) await this.idempotency.remember(m, userId, opts.mutation, key, result.id);
      return result;
    }));
  }
}

/** SQLSTATEs of a transaction that lost a race and may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);

/** Runs a transaction again (up to 3 times) when PostgreSQL aborted it for a deadlock or serialization failure. */
export async function withRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
      if (i >= attempts || !code || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 5 * i + Math.random() * 10));
    }
  }
}

/** Loads a row by id or fails with NOT_FOUND naming `what`; `lock` takes a row lock for the transaction. */
export async function findOr404<E extends { id: string }>(
  m: EntityManager,
  entity: new () => E,
  id: string,
  what: string,
  lock?: 'pessimistic_write' | 'pessimistic_read',
): Promise<E> {
  const row = await m.getRepository(entity).findOne({ where: { id } as never, ...(lock ? { lock: { mode: lock } } : {}) });
  if (!row) throw notFound(what);
  return row;
}
