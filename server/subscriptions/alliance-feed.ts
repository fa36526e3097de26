import { Viewer } from '../auth/viewer';
import { isDatabaseUnavailable } from '../graphql/format-error';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { EventService } from '../services/event.service';
import { AuthService } from '../services/auth.service';
import { EventBus } from './event-bus';
import { ViewerReads } from './viewer-reads';

/** A batch of an alliance's events, with the subscriber's viewer as re-read for this batch. */
export interface FeedBatch {
  /** In seq order; often the bus's own array, shared by every feed it went to: read, never change. */
  events: readonly AllianceEvent[];
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
 * Receives a feed's batches, one at a time and in order. `batch` may return a promise: the feed
 * hands out nothing more until it settles (a slow socket, a throttle, an execution in progress).
 * `end` is called once if the feed stops by itself: with the error that stopped it (a revoked
 * membership, an unexpected failure). A feed closed by its owner calls nothing.
 */
export interface FeedConsumer {
  batch(batch: FeedBatch): void | Promise<void>;
  end(err: unknown): void;
}

/** The first retry delay (ms) after the store became unreachable; it doubles up to 5 s. */
const FIRST_BACKOFF_MS = 200;

const bySeq = (a: AllianceEvent, b: AllianceEvent) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1);

/**
 * One subscriber's ordered view of an alliance's event log after a sequence number.
 *
 * It owns `last`, the highest seq it has handed out, and hands out only `last + 1, last + 2, …`:
 * first from the table (the replay), then from the bus's batches while they continue exactly where
 * it stands. Anything else — a gap (events committed during the replay, a bus that caught up after
 * a reconnect, an overflowing buffer) — sends it back to the table for `seq > last`. Duplicates are
 * dropped by the same rule. So the order, completeness and uniqueness come from the table's gapless
 * per-alliance seq, never from the order in which notifications arrived.
 *
 * It is driven by pushes, not pulled: a live batch from the bus is checked and handed on in the
 * bus's own call, and a feed that is waiting holds no promise. With thousands of subscribers to
 * one alliance, a chain of pending promises per subscriber, rebuilt after every event, outlived the
 * young generation and made most of the fan-out's garbage-collection time.
 */
export class AllianceFeed {
  private last: bigint;
  private fromTable = true;
  /** Events pushed and not handed out yet; may be the bus's own (read-only) batch array. */
  private buffered: readonly AllianceEvent[] = [];
  private closed = false;
  /** A step (a table read, a viewer read, the consumer's work or a retry wait) is under way. */
  private busy = false;
  private backoff = FIRST_BACKOFF_MS;
  /** Counts the times pushed rows were forgotten (overflow), so a table read running meanwhile cannot end the replay. */
  private dropped = 0;
  private retry: NodeJS.Timeout | null = null;
  private consumer: FeedConsumer | null = null;
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
   * Starts handing batches to `consumer`: the replay from the table, then the live events. Before
   * each batch the viewer is re-read, so a revoked membership ends the feed (`end` with the same
   * refusal a new subscription would get). While the store is unreachable the feed waits and
   * resumes from the table; nothing read in the failed step counts as handed out.
   */
  start(consumer: FeedConsumer): void {
    if (this.consumer) throw new Error('An AllianceFeed is started once');
    this.consumer = consumer;
    this.step();
  }

  /** Stops the feed: nothing more is handed out. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    this.buffered = [];
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private push(batch: AllianceEvent[]): void {
    if (this.closed) return;
    if (this.buffered.length + batch.length > MAX_BUFFERED) {
      // A slow consumer: forget the rows, the table still has them.
      this.buffered = [];
      this.fromTable = true;
      this.dropped++;
    } else {
      // The bus hands every feed the same array: kept as it is, copied only to be added to.
      this.buffered = this.buffered.length ? [...this.buffered, ...batch] : batch;
    }
    this.step();
  }

  /** Starts the next step unless one is under way; with nothing to do the feed idles until a push. */
  private step(): void {
    while (!this.busy && !this.closed && this.consumer) {
      const before = this.last;
      if (this.fromTable) {
        this.busy = true;
        const dropped = this.dropped;
        this.deps.events.after(this.allianceId, String(this.last), REPLAY_PAGE).then(
          (rows) => {
            if (this.closed) return;
            this.backoff = FIRST_BACKOFF_MS;
            // Caught up with the table, unless rows pushed during the read were forgotten: they may be newer.
            if (rows.length < REPLAY_PAGE && this.dropped === dropped) this.fromTable = false;
            if (!rows.length) return this.resume();
            this.last = BigInt(rows[rows.length - 1].seq);
            this.deliver(rows, before);
          },
          (err: unknown) => this.failed(err, before),
        );
        return;
      }
      if (!this.buffered.length) return;
      const events = this.takeBuffered();
      if (events) {
        this.busy = true;
        this.deliver(events, before);
        return;
      }
      // Only duplicates, or a hole (now reading from the table): go round again.
    }
  }

  /** The step under way has finished: take the next one. Whatever throws there ends the feed instead of stalling it. */
  private resume(): void {
    this.busy = false;
    try {
      this.step();
    } catch (err) {
      this.failed(err, null);
    }
  }

  /** The contiguous run after `last` from the buffer; a hole sends the feed back to the table. */
  private takeBuffered(): readonly AllianceEvent[] | null {
    let pending = this.buffered;
    this.buffered = [];
    // The usual case: exactly the next events, in order — handed on as they are, without a copy.
    let next = this.last + 1n;
    let contiguous = true;
    for (const e of pending) {
      if (BigInt(e.seq) !== next++) {
        contiguous = false;
        break;
      }
    }
    if (contiguous) {
      this.last = next - 1n;
      return pending;
    }
    pending = [...pending].sort(bySeq);
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

  /** Re-reads the viewer, hands the events on, and takes the next step once the consumer is done. */
  private deliver(events: readonly AllianceEvent[], before: bigint): void {
    const viewer = this.deps.viewers
      ? this.deps.viewers.viewerFor(this.userId, this.allianceId, this.last)
      : this.deps.auth.viewerFor(this.userId);
    let handed = false;
    viewer
      .then((v) => {
        if (this.closed) return;
        v.requireRead(this.allianceId);
        handed = true;
        return this.consumer!.batch({ events, viewer: v });
      })
      .then(
        () => {
          if (this.closed) return;
          this.backoff = FIRST_BACKOFF_MS;
          this.resume();
        },
        // Once the consumer has the events, a failure is its own and ends the feed (no re-send).
        (err: unknown) => this.failed(err, handed ? null : before),
      );
  }

  /** A step failed: with the store unreachable, wait and re-read from `before`; otherwise end. */
  private failed(err: unknown, before: bigint | null): void {
    if (this.closed) return;
    if (before === null || !isDatabaseUnavailable(err)) {
      this.close();
      this.consumer!.end(err);
      return;
    }
    this.last = before;
    this.fromTable = true;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.resume();
    }, this.backoff);
    this.backoff = Math.min(this.backoff * 2, 5000);
  }
}
