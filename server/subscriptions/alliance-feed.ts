import { Viewer } from '../auth/viewer';
import { isDatabaseUnavailable } from '../graphql/format-error';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { EventService } from '../services/event.service';
import { AuthService } from '../services/auth.service';
import { EventBus } from './event-bus';
import { ViewerReads } from './viewer-reads';

/** A batch of an alliance's events, with the subscriber's viewer as re-read for this batch. */
export interface FeedBatch {
  events: AllianceEvent[];
  viewer: Viewer;
}

/** What a feed needs from the rest of the server. */
export interface FeedDeps {
  bus: EventBus;
  events: EventService;
  auth: AuthService;
  /** Shared per-batch viewer reads (one statement for all subscribers of a batch); per feed when absent. */
  viewers?: ViewerReads;
}

/** Rows read per replay query. */
const REPLAY_PAGE = 200;
/** A subscriber further behind than this stops buffering and re-reads from the table instead. */
const MAX_BUFFERED = 2000;

/**
 * One subscriber's ordered view of an alliance's event log after a sequence number.
 *
 * It owns `last`, the highest seq it has handed out, and hands out only `last + 1, last + 2, …`:
 * first from the table (the replay), then from the bus's batches while they continue exactly where
 * it stands. Anything else — a gap (events committed during the replay, a bus that caught up after
 * a reconnect, an overflowing buffer) — sends it back to the table for `seq > last`. Duplicates are
 * dropped by the same rule. So the order, completeness and uniqueness come from the table's gapless
 * per-alliance seq, never from the order in which notifications arrived.
 */
export class AllianceFeed {
  private last: bigint;
  private fromTable = true;
  private buffered: AllianceEvent[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private unsubscribe: (() => void) | null = null;

  private constructor(
    private readonly deps: FeedDeps,
    readonly allianceId: string,
    private readonly userId: string,
    afterSeq: bigint,
  ) {
    this.last = afterSeq;
  }

  /** Registers with the bus first, so nothing committed from now on can slip past the replay. */
  static async open(deps: FeedDeps, allianceId: string, userId: string, afterSeq: bigint): Promise<AllianceFeed> {
    const feed = new AllianceFeed(deps, allianceId, userId, afterSeq);
    feed.unsubscribe = await deps.bus.subscribe(allianceId, (batch) => feed.push(batch));
    return feed;
  }

  /** The seq of the last event handed out. */
  get lastSeq(): bigint {
    return this.last;
  }

  /**
   * The next contiguous batch (null once closed). Before returning it re-reads the viewer, so a
   * revoked membership ends the stream with the same refusal a new subscription would get.
   */
  async next(): Promise<FeedBatch | null> {
    let backoff = 200;
    for (;;) {
      if (this.closed) return null;
      const before = this.last;
      try {
        const events = await this.take();
        if (this.closed) return null;
        if (!events) continue;
        const viewer = this.deps.viewers
          ? await this.deps.viewers.viewerFor(this.userId, this.allianceId, this.last)
          : await this.deps.auth.viewerFor(this.userId);
        viewer.requireRead(this.allianceId);
        return { events, viewer };
      } catch (err) {
        // While the database is down the stream waits and resumes from the table; nothing read in
        // the failed step counts as delivered.
        if (!isDatabaseUnavailable(err)) throw err;
        this.last = before;
        this.fromTable = true;
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  /** Stops the feed: a pending `next()` resolves with null. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    this.buffered = [];
    this.wake?.();
  }

  private push(batch: AllianceEvent[]): void {
    if (this.closed) return;
    if (this.buffered.length + batch.length > MAX_BUFFERED) {
      // A slow consumer: forget the rows, the table still has them.
      this.buffered = [];
      this.fromTable = true;
    } else {
      this.buffered.push(...batch);
    }
    this.wake?.();
  }

  /** One step: some contiguous events, or null when this step only changed state. */
  private async take(): Promise<AllianceEvent[] | null> {
    if (this.fromTable) {
      const rows = await this.deps.events.after(this.allianceId, String(this.last), REPLAY_PAGE);
      if (rows.length < REPLAY_PAGE) this.fromTable = false;
      if (!rows.length) return null;
      this.last = BigInt(rows[rows.length - 1].seq);
      return rows;
    }
    if (!this.buffered.length) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
      return null;
    }
    const pending = this.buffered.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    this.buffered = [];
    const out: AllianceEvent[] = [];
    for (const e of pending) {
      const seq = BigInt(e.seq);
      if (seq <= this.last) continue; // already handed out (replay overlap or a repeated batch)
      if (seq !== this.last + 1n) {
        // A hole: whatever lies between is in the table; the rest of these rows will be re-read.
        this.fromTable = true;
        break;
      }
      out.push(e);
      this.last = seq;
    }
    return out.length ? out : null;
  }
}

/**
 * An async iterator over `pull()` whose `return()` takes effect at once, even while a `pull()` is
 * waiting (an async generator would queue the return behind it, keeping a closed socket's
 * subscription alive until the next event). `pull` returns undefined to end the stream.
 */
export function pullIterator<T>(pull: () => Promise<T | undefined>, onClose: () => void): AsyncIterableIterator<T> {
  let done = false;
  let settlePending: ((r: IteratorResult<T>) => void) | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    onClose();
    settlePending?.({ done: true, value: undefined });
    settlePending = null;
  };
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    next() {
      if (done) return Promise.resolve({ done: true, value: undefined });
      return new Promise<IteratorResult<T>>((resolve, reject) => {
        settlePending = resolve;
        pull().then(
          (value) => {
            settlePending = null;
            if (done) return resolve({ done: true, value: undefined });
            if (value === undefined) {
              finish();
              return resolve({ done: true, value: undefined });
            }
            resolve({ done: false, value });
          },
          (err) => {
            settlePending = null;
            if (done) return resolve({ done: true, value: undefined });
            finish();
            reject(err);
          },
        );
      });
    },
    return() {
      finish();
      return Promise.resolve({ done: true, value: undefined });
    },
  };
  return iterator;
}
