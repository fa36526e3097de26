import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { Deliverer, OutboxRow } from './delivery';

/** Options of one instance's dispatcher. */
export interface DispatcherOptions {
  ds: DataSource;
  deliverer: Deliverer;
  log: Logger;
  /** Reported in logs; defaults to a random id. */
  instanceId?: string;
  /** Clock for the digest schedule (tests move it). */
  now?: () => Date;
}

/** Handle returned by startNotificationDispatcher. */
export interface NotificationDispatcherHandle {
  dispatcher: NotificationDispatcher;
  /** Stops claiming, waits for deliveries in flight (they finish or time out), and returns. */
  stop(): Promise<void>;
}

/** Beijing time is UTC+8 all year; the digest day and hour are counted there. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * Sends what the outbox holds. Each instance runs one: it claims due rows with
 * `FOR UPDATE SKIP LOCKED` (so two instances never take the same row) and a lease (a row whose
 * instance died returns after the lease expires), sends them with up to `concurrency` in flight
 * (a slow receiver holds one slot, never the others or any request), marks them SENT only with its
 * own claim token, and on failure schedules a retry with exponential backoff or, after
 * `maxAttempts`, dead-letters the row. Polling is the whole mechanism (no reliance on NOTIFY):
 * idle, it looks every `pollMs`; busy, it claims again as soon as a slot frees.
 */
export class NotificationDispatcher {
  private readonly instanceId: string;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;
  private ticking: Promise<void> | null = null;
  private readonly inflight = new Set<Promise<void>>();
  private lastDigestCheck = 0;

  constructor(private readonly opts: DispatcherOptions) {
    this.instanceId = opts.instanceId ?? randomUUID().slice(0, 8);
  }

  private get s() {
    return this.opts.deliverer.settings;
  }

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Looks for due rows now (e.g. after a local change). */
  wake(): void {
    if (this.running && !this.ticking) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick()
        .then(() => undefined)
        .catch((err) => this.opts.log.warn({ err }, 'notification dispatcher tick failed'))
        .finally(() => {
          this.ticking = null;
          this.schedule(this.s.pollMs);
        });
    }, ms);
  }

  /** One round: enqueue due digests (at most once a minute), then fill free slots with claimed rows. */
  async tick(): Promise<number> {
    const now = (this.opts.now ?? (() => new Date()))();
    if (now.getTime() - this.lastDigestCheck >= 60_000) {
      this.lastDigestCheck = now.getTime();
      await this.enqueueDigests(now);
    }
    let claimed = 0;
    for (;;) {
      if (this.stopped) break;
      const free = this.s.concurrency - this.inflight.size;
      if (free <= 0) {
        await Promise.race(this.inflight);
        continue;
      }
      const rows = await this.claim(free);
      claimed += rows.length;
      for (const row of rows) {
        const p = this.process(row).finally(() => this.inflight.delete(p));
        this.inflight.add(p);
      }
      if (rows.length < free) break;
    }
    return claimed;
  }

  /** Claims up to `n` due rows for this instance: pending ones whose time has come, or leased ones whose lease ran out. */
  async claim(n: number): Promise<OutboxRow[]> {
    return this.opts.ds.query(
      `WITH due AS (
         SELECT id FROM notification_outbox
         WHERE (status = 'PENDING' AND next_attempt_at <= now()) OR (status = 'SENDING' AND lease_until < now())
         ORDER BY next_attempt_at, created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notification_outbox o
         SET status = 'SENDING', attempts = o.attempts + 1, lease_until = now() + $2 * interval '1 millisecond', claim_token = $3
         FROM due WHERE o.id = due.id
         RETURNING o.id, o.alliance_id, o.channel_id, o.kind, o.event_id, o.user_id, to_char(o.digest_day, 'YYYY-MM-DD') AS digest_day, o.attempts, o.claim_token
       )
       SELECT * FROM claimed`,
      [n, this.s.leaseMs, randomUUID()],
    );
  }

  private async process(row: OutboxRow): Promise<void> {
    try {
      await this.opts.deliverer.deliver(row);
    } catch (err) {
      await this.failed(row, (err as Error).message ?? String(err)).catch((e) => this.opts.log.warn({ err: e }, 'could not record a failed notification'));
      return;
    }
    await this.opts.ds
      .query(`UPDATE notification_outbox SET status = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1 AND claim_token = $2`, [row.id, row.claim_token])
      .catch((err) => this.opts.log.warn({ err }, 'could not record a sent notification; it may be sent again after its lease'));
  }

  private async failed(row: OutboxRow, error: string): Promise<void> {
    const dead = row.attempts >= this.s.maxAttempts;
    const delay = Math.min(this.s.maxBackoffMs, this.s.backoffMs * 2 ** (row.attempts - 1)) * (0.8 + Math.random() * 0.4);
    this.opts.log[dead ? 'warn' : 'info']({ outboxId: row.id, attempts: row.attempts, error, instance: this.instanceId }, dead ? 'notification dead-lettered' : 'notification failed; will retry');
    await this.opts.ds.query(
      `UPDATE notification_outbox
       SET status = $3, last_error = $4, lease_until = NULL, next_attempt_at = now() + $5 * interval '1 millisecond'
       WHERE id = $1 AND claim_token = $2`,
      [row.id, row.claim_token, dead ? 'DEAD' : 'PENDING', error.slice(0, 1000), dead ? 0 : Math.round(delay)],
    );
  }

  /**
   * After the digest hour (Beijing time), one digest row per member who chose the digest and had
   * events of their types yesterday, through the alliance's first email channel. The unique
   * (channel, "d:<user>:<day>") key makes this idempotent across ticks and instances.
   */
  async enqueueDigests(now: Date): Promise<number> {
    const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
    if (local.getUTCHours() < this.s.digestHour) return 0;
    const yesterday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1)).toISOString().slice(0, 10);
    const rows = await this.opts.ds.query(
      `WITH added AS (INSERT INTO notification_outbox (alliance_id, channel_id, kind, user_id, digest_day, dedup_key)
       SELECT p.alliance_id, mail.id, 'DIGEST', p.user_id, $1::date, 'd:' || p.user_id || ':' || $1
       FROM notification_preferences p
       JOIN memberships ms ON ms.alliance_id = p.alliance_id AND ms.user_id = p.user_id
       CROSS JOIN LATERAL (
         SELECT c.id FROM notification_channels c
         WHERE c.alliance_id = p.alliance_id AND c.enabled AND c.kind = 'EMAIL' ORDER BY c.created_at, c.id LIMIT 1
       ) mail
       WHERE p.digest AND cardinality(p.event_types) > 0 AND EXISTS (
         SELECT 1 FROM events e WHERE e.alliance_id = p.alliance_id AND e.type = ANY (p.event_types) AND e.actor_id IS DISTINCT FROM p.user_id
           AND e.occurred_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
           AND e.occurred_at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
       ON CONFLICT DO NOTHING
       RETURNING id)
       SELECT id FROM added`,
      [yesterday],
    );
    return rows.length;
  }

  /** Stops claiming and waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    await Promise.allSettled([...this.inflight]);
  }
}

/** Starts this process's notification dispatcher (server/main.ts); `stop()` before closing the pool. */
export function startNotificationDispatcher(opts: DispatcherOptions): NotificationDispatcherHandle {
  const dispatcher = new NotificationDispatcher(opts);
  dispatcher.start();
  return { dispatcher, stop: () => dispatcher.stop() };
}
