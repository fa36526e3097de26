import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunner } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { simpleQuery } from '../db/simple-query';
import { sqlLiteral } from '../db/sql-literal';
import { currentStatementTally, StatementTally, withoutStatementTally, withStatementTally } from '../db/statement-counter';
import { Pledge } from '../entities/pledge.entity';
import { DomainError, ErrorCode } from '../errors';
import {
  capacityExceeded,
  checkPledge,
  newPledge,
  pledgeCreatedEvent,
  PledgeReadRow,
  PledgeRequest,
  RequirementRow,
  ResourceRow,
} from './pledge-rules';
import type { ServiceDeps } from './service-context';

/** How many batches are written at once, each on one pooled connection. */
export const PLEDGE_BATCHES_IN_FLIGHT = 2;
/** The most pledges one batch takes; more wait for the next. */
export const PLEDGE_BATCH_SIZE = 32;
/**
 * The most pledges that may wait for a batch. At about 1,000 pledges/s that is two seconds of work;
 * past it the process is overloaded, and a pledge is refused at once rather than left waiting longer.
 */
export const PLEDGE_MAX_WAITING = 2000;

/** How pledges are batched: batches written at once, pledges per batch, and pledges waiting, at most. */
export interface BatchLimits {
  inFlight: number;
  size: number;
  maxWaiting: number;
}

/** What a batcher has done since it was made (for metrics and tests). */
export interface BatchCounters {
  /** Transactions of two or more pledges that committed. */
  batches: number;
  /** Pledges answered by those transactions. */
  batched: number;
  /** Pledges that ran alone because nothing else was waiting with them. */
  alone: number;
  /** Pledges run again alone after their batch failed as a whole. */
  rerun: number;
  /** Pledges refused because too many were waiting (`BatchLimits.maxWaiting`). */
  refusedBusy: number;
}

interface Waiting {
  viewer: Viewer;
  request: PledgeRequest;
  /** The statement tally of the request that submitted it, charged with the statements of its batch. */
  tally: StatementTally | undefined;
  resolve(pledge: Pledge): void;
  reject(err: unknown): void;
}

type Outcome = { pledge: Pledge } | { error: unknown };

interface Accepted {
  index: number;
  pledge: Pledge;
  req: RequirementRow;
  res: ResourceRow;
}

/** The pg client behind a QueryRunner, as far as a failed batch uses it (its ROLLBACK). */
interface PgClient {
  query(sql: string): Promise<unknown>;
}

/**
 * Group commit for pledges. A pledge that arrives while fewer than `PLEDGE_BATCHES_IN_FLIGHT` batches
 * are being written starts a batch of its own at once; one that arrives while all are busy waits, and
 * the pledges that waited go together in the next batch to start. Under light load nothing waits; under
 * heavy load PostgreSQL sees a few transactions of several pledges instead of many of one, which is
 * what its CPU per pledge depends on (migration 1765600000000).
 *
 * A batch is one transaction of two round trips: `BEGIN` with the locking read of every pledge
 * (`gongjian_pledge_read_many`), then the writes and events of those that passed their checks
 * (`gongjian_pledge_write_many`) with the `COMMIT`. Each pledge is answered on its own: a failed check
 * or a full resource refuses only that pledge. A pledge is answered only once its batch has committed.
 * If the batch fails as a whole with an error that leaves nothing written (`rerunnable`), the pledges
 * that passed their checks run again alone, one after another (`alone`, the single-pledge transaction
 * with its retries), so that the error reaches only the pledge that causes it. A batch of one runs
 * alone from the start.
 *
 * Pledges with an idempotency key never come here (PledgeService runs them alone, where the key is
 * claimed). Every request of a batch is charged the batch's statements in its `x-sql-statements`.
 *
 * The slots are shared by every alliance a process serves: a batch waiting on a lock (a project being
 * closed, say) holds one of them until it gets the lock or the statement timeout ends it.
 */
export class PledgeBatcher {
  private readonly waiting: Waiting[] = [];
  private readonly limits: BatchLimits;
  private inFlight = 0;
  readonly counters: BatchCounters = { batches: 0, batched: 0, alone: 0, rerun: 0, refusedBusy: 0 };

  constructor(
    private readonly deps: ServiceDeps,
    private readonly alone: (viewer: Viewer, request: PledgeRequest) => Promise<Pledge>,
    limits: Partial<BatchLimits> = {},
  ) {
    this.limits = { inFlight: PLEDGE_BATCHES_IN_FLIGHT, size: PLEDGE_BATCH_SIZE, maxWaiting: PLEDGE_MAX_WAITING, ...limits };
  }

  /** Pledges `request` for `viewer` (who has been authenticated) in the next batch; answers with the pledge or its refusal. */
  submit(viewer: Viewer, request: PledgeRequest): Promise<Pledge> {
    if (this.waiting.length >= this.limits.maxWaiting) {
      this.counters.refusedBusy++;
      return Promise.reject(
        new DomainError(ErrorCode.TOO_MANY_REQUESTS, `${this.waiting.length} pledges are waiting to be written; please try again shortly`),
      );
    }
    return new Promise<Pledge>((resolve, reject) => {
      this.waiting.push({ viewer, request, tally: currentStatementTally(), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.limits.inFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.limits.size);
      this.inFlight++;
      // Outside the tally of the request that happens to start it: each request is charged in settle().
      void withoutStatementTally(() => this.settle(batch)).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async settle(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      this.counters.alone++;
      return this.runAlone(batch[0]);
    }
    const outcomes: Outcome[] = [];
    let sent = 0;
    try {
      await this.write(batch, outcomes, () => sent++);
    } catch (err) {
      this.charge(batch, sent);
      // Until the COMMIT, the only refusals entered are those of the checks: they stand whatever became of the batch.
      const rest: Waiting[] = [];
      batch.forEach((w, i) => {
        const o = outcomes[i];
        if (o && 'error' in o) w.reject(o.error);
        else rest.push(w);
      });
      if (!rerunnable(err)) {
        for (const w of rest) w.reject(err);
        return;
      }
      // One after another: together they would compete for the pool, and a hot resource's pledges keep their order.
      this.counters.rerun += rest.length;
      for (const w of rest) await this.runAlone(w);
      return;
    }
    this.charge(batch, sent);
    this.counters.batches++;
    this.counters.batched += batch.length;
    batch.forEach((w, i) => {
      const o = outcomes[i];
      if (!o) w.reject(new Error(`pledge ${i + 1} of a batch of ${batch.length} was not read`));
      else if ('pledge' in o) w.resolve(o.pledge);
      else w.reject(o.error);
    });
  }

  private charge(batch: Waiting[], statements: number): void {
    for (const w of batch) if (w.tally) w.tally.count += statements;
  }

  private runAlone(w: Waiting): Promise<void> {
    const run = () => this.alone(w.viewer, w.request);
    return (w.tally ? withStatementTally(w.tally, run) : run()).then(w.resolve, w.reject);
  }

  /**
   * One transaction for the batch, entering in `outcomes` what each pledge's answer is once it has
   * committed: a check's refusal as soon as the read is in, the rest with the COMMIT. `sent` counts round trips.
   */
  private async write(batch: Waiting[], outcomes: Outcome[], sent: () => void): Promise<void> {
    const qr = this.deps.ds.createQueryRunner();
    try {
      const client = (await qr.connect()) as PgClient;
      try {
        const requirements = uuidArray(batch.map((w) => w.request.requirementId));
        const resources = uuidArray(batch.map((w) => w.request.resourceId));
        const read = await this.send(
          qr,
          sent,
          `START TRANSACTION;\nSELECT * FROM gongjian_pledge_read_many(${requirements}, ${resources})`,
        );
        const accepted: Accepted[] = [];
        for (const row of read as (PledgeReadRow & { ord: number })[]) {
          const index = row.ord - 1;
          const { viewer, request } = batch[index];
          let checked: ReturnType<typeof checkPledge>;
          try {
            checked = checkPledge(viewer, row);
          } catch (error) {
            outcomes[index] = { error };
            continue;
          }
          const pledge = newPledge(viewer, checked.req, checked.res, request, row.tx_now);
          accepted.push({ index, pledge, ...checked });
          outcomes[index] = { pledge };
        }
        if (accepted.length === 0) {
          await this.send(qr, sent, 'ROLLBACK');
          return;
        }
        const refused = await this.send(qr, sent, `${writeStatement(accepted)};\nCOMMIT`);
        for (const { ord, available } of refused as { ord: number; available: number | null }[]) {
          const { index, pledge, res } = accepted[ord - 1];
          outcomes[index] = { error: capacityExceeded(res, available, pledge.quantity) };
        }
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          // the connection is gone or no transaction is open; the error below is what matters
        }
        throw err;
      }
    } finally {
      await qr.release();
    }
  }

  /** Sends `sql` in one round trip (counted in `sent`); the rows of its first statement that has rows. */
  private async send(qr: QueryRunner, sent: () => void, sql: string): Promise<Record<string, unknown>[]> {
    sent();
    const results = await simpleQuery(this.deps.ds, qr, sql);
    return results.find((r) => r.rows.length > 0)?.rows ?? [];
  }
}

/** `gongjian_pledge_write_many` for the accepted pledges, their positions in this list being the `ord` it reports. */
function writeStatement(accepted: Accepted[]): string {
  const column = (f: (a: Accepted) => string | null) => accepted.map((a) => sqlLiteral(f(a)));
  const uuids = (f: (a: Accepted) => string) => uuidArray(accepted.map(f));
  const payloads = accepted.map((a) => sqlLiteral(JSON.stringify(pledgeCreatedEvent(a.pledge, a.req, a.res).payload)));
  return (
    'SELECT * FROM gongjian_pledge_write_many(' +
    [
      uuids((a) => a.pledge.id),
      uuids((a) => a.pledge.allianceId),
      uuids((a) => a.pledge.requirementId),
      uuids((a) => a.pledge.projectId),
      uuids((a) => a.pledge.resourceId),
      uuids((a) => a.pledge.organizationId),
      uuids((a) => a.pledge.pledgedById),
      `ARRAY[${accepted.map((a) => Math.trunc(a.pledge.quantity)).join(', ')}]::int[]`,
      `ARRAY[${column((a) => a.pledge.note).join(', ')}]::text[]`,
      `ARRAY[${payloads.join(', ')}]::jsonb[]`,
    ].join(', ') +
    ')'
  );
}

function uuidArray(ids: string[]): string {
  return `ARRAY[${ids.map((id) => sqlLiteral(id)).join(', ')}]::uuid[]`;
}

/**
 * Whether a batch's failure left nothing written, so that its pledges may run again one by one: PostgreSQL
 * answered with an ERROR. An error after a transaction's commit record is written is a PANIC, never an
 * ERROR, so an ERROR reply means the COMMIT did not take effect. A lost connection (no reply) or a FATAL
 * leaves the outcome unknown: running the pledges again could write them twice.
 */
function rerunnable(err: unknown): boolean {
  const cause = err instanceof QueryFailedError ? err.driverError : err;
  return cause instanceof DatabaseError && cause.severity === 'ERROR';
}
