import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { simpleQuery } from '../db/simple-query';
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
    work: (m: EntityManager) => Promise<{
      result: T;
      event: Omit<NewEvent, 'actorId'>;
      /**
       * A parameterless statement (values as escaped literals) to send with the event and the COMMIT
       * in the transaction's last round trip: row locks it takes are then held for the commit only.
       * It fails the transaction by raising an error (nothing commits, not even the event).
       */
      final?: string;
    }>,
  ): Promise<T> {
    const userId = viewer.user?.id ?? null;
    return withRetry(() => this.transaction(async (m, beforeCommit) => {
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
      const { result, event, final } = await work(m);
      if (key && userId) await this.idempotency.remember(m, userId, opts.mutation, key, result.id);
      // The event (and with it the alliance's sequence row lock) is the transaction's last statement,
      // sent with the COMMIT in one round trip: the lock that orders commits is held for the commit only.
      const append = this.events.appendStatement({ ...event, actorId: userId });
      beforeCommit(final ? `${final};\n${append}` : append);
      return result;
    }));
  }

  /**
   * `DataSource.transaction` with two round trips saved:
   * - `beforeCommit(sql)`: a parameterless statement sent in the same round trip as the COMMIT
   *   (simple protocol, `sql; COMMIT`). If it fails, PostgreSQL skips the COMMIT and the transaction
   *   is rolled back like any failed one.
   * - the BEGIN is not sent on its own: it goes with the transaction's first statement when that one
   *   is parameterless (`START TRANSACTION; sql`, e.g. the pledge's locking read), otherwise just
   *   before it. A transaction that sent nothing ends without a round trip.
   */
  private async transaction<T>(run: (m: EntityManager, beforeCommit: (sql: string) => void) => Promise<T>): Promise<T> {
    const qr = this.ds.createQueryRunner();
    let tail: string | null = null;
    let beginPending = false;
    const query = qr.query.bind(qr) as (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>;
    qr.query = (async (sql: string, params?: unknown[], structured?: boolean) => {
      if (sql === 'START TRANSACTION') {
        beginPending = true;
        return undefined;
      }
      if (beginPending) {
        beginPending = false;
        if (sql === 'ROLLBACK' || (sql === 'COMMIT' && tail === null)) return undefined;
        if (!params?.length && !structured && sql !== 'COMMIT') return this.withBegin(qr, sql);
        await query('START TRANSACTION');
      }
      if (sql === 'COMMIT' && tail !== null) {
        const combined = `${tail};\nCOMMIT`;
        tail = null;
        return query(combined);
      }
      return query(sql, params, structured);
    }) as typeof qr.query;
    try {
      await qr.startTransaction();
      const result = await run(qr.manager, (sql) => (tail = sql));
      await qr.commitTransaction();
      return result;
    } catch (err) {
      try {
        if (qr.isTransactionActive) await qr.rollbackTransaction();
      } catch {
        // the connection is gone or the transaction already ended; the error below is what matters
      }
      throw err;
    } finally {
      await qr.release();
    }
  }

  /** `START TRANSACTION; sql` in one simple-protocol round trip; answers like QueryRunner.query would. */
  private async withBegin(qr: QueryRunner, sql: string): Promise<unknown> {
    const results = await simpleQuery(this.ds, qr, `START TRANSACTION;\n${sql}`);
    const last = results[results.length - 1];
    return last.command === 'UPDATE' || last.command === 'DELETE' ? [last.rows, last.rowCount] : last.rows;
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
