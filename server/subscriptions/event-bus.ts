import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { VIEWERS_CHANNEL } from '../auth/viewer-cache';
import { Logger } from '../logger';
import { EVENTS_CHANNEL, EventService } from '../services/event.service';

/** Receives contiguous, seq-ordered batches of one alliance's newly committed events. */
export type BatchListener = (batch: AllianceEvent[]) => void;

/** Options of the process-wide event bus. */
export interface EventBusOptions {
  /** PostgreSQL URL of the store (the same database the pool uses). */
  url: string;
  ds: DataSource;
  events: EventService;
  log: Logger;
  /** Rows read per query when fetching new events. */
  batchSize?: number;
  /** Reconnect backoff bounds (ms). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often the listening connection is probed (ms); a silent network drop is otherwise invisible. */
  heartbeatMs?: number;
  /**
   * Told the id of a user whose row or memberships changed (NOTIFY on VIEWERS_CHANNEL from the
   * triggers), and whether such notices are being heard at all (see ViewerCache).
   */
  viewers?: { invalidate(userId?: string): void; setListening(on: boolean): void };
  /** Told of every event notification heard (for the metrics). */
  onEventNotification?: () => void;
}

interface AllianceState {
  listeners: Set<BatchListener>;
  /** Highest seq this bus has read and dispatched; null until the start point is known. */
  watermark: bigint | null;
  /** A notification came while the start point was unknown or a fetch was running. */
  pending: boolean;
  pumping: boolean;
  /** Settles once the start point (the alliance's event counter at registration) is known. */
  ready: Promise<void>;
}

/**
 * One PostgreSQL LISTEN connection per process, for every store (embedded or DATABASE_URL).
 *
 * A NOTIFY only says "alliance X has event N"; the bus then reads `seq > watermark` from the events
 * table, so lost, duplicated or reordered notifications cannot cause a gap or a duplicate. The
 * listening client is not from the pool (a pooled client would be recycled and lose its LISTEN); it
 * has its own `error` handler (an unhandled one kills the process), reconnects with backoff, and on
 * every (re)connect re-reads from the watermark of each alliance that has listeners, which recovers
 * whatever was committed while it was away. Events committed on any instance reach every instance.
 */
export class EventBus {
  private readonly alliances = new Map<string, AllianceState>();
  private client: Client | null = null;
  private closed = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly batchSize: number;

  constructor(private readonly opts: EventBusOptions) {
    this.batchSize = opts.batchSize ?? 500;
  }

  /** Whether the LISTEN connection is currently up (for health reporting and tests). */
  get listening(): boolean {
    return this.client !== null;
  }

  /** Starts connecting in the background; the server serves replays from the table meanwhile. */
  start(): void {
    this.track(this.connect());
  }

  /**
   * Registers a listener for an alliance. Resolves once the bus knows where its live stream starts:
   * every event committed after that point is dispatched; everything before must be read from the
   * table by the caller (which the subscription's replay does anyway, after this resolves).
   */
  async subscribe(allianceId: string, listener: BatchListener): Promise<() => void> {
    let state = this.alliances.get(allianceId);
    if (!state) {
      const fresh: AllianceState = { listeners: new Set(), watermark: null, pending: false, pumping: false, ready: Promise.resolve() };
      fresh.ready = this.opts.events.headSeq(allianceId).then(
        (head) => {
          fresh.watermark = head;
          if (fresh.pending) this.pump(allianceId, fresh);
        },
        (err: unknown) => {
          if (this.alliances.get(allianceId) === fresh) this.alliances.delete(allianceId);
          throw err;
        },
      );
      this.alliances.set(allianceId, fresh);
      state = fresh;
    }
    const s = state;
    s.listeners.add(listener);
    const unsubscribe = () => {
      s.listeners.delete(listener);
      if (!s.listeners.size && this.alliances.get(allianceId) === s) this.alliances.delete(allianceId);
    };
    // Every listener waits for the start point, so its replay (which follows) reaches at least it.
    try {
      await s.ready;
    } catch (err) {
      unsubscribe();
      throw err;
    }
    return unsubscribe;
  }

  /** Stops listening and waits for running fetches (call before destroying the DataSource). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.opts.viewers?.setListening(false);
    this.alliances.clear();
    await client?.end().catch(() => undefined);
    await Promise.allSettled([...this.inflight]);
  }

  /** Drops the listening connection as a network failure would (tests use it to prove catch-up). */
  simulateConnectionLoss(): void {
    const client = this.client;
    if (client) (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }

  private track<T>(p: Promise<T>): void {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.opts.url, application_name: 'gongjian-listen', keepAlive: true, connectionTimeoutMillis: 5000 });
    client.on('error', (err) => {
      this.opts.log.warn({ err }, 'event listener connection failed');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => this.onNotification(msg));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${VIEWERS_CHANNEL}`);
    } catch (err) {
      this.opts.log.warn({ err, attempt: this.attempt }, 'event listener could not connect; retrying');
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.attempt > 0) this.opts.log.info('event listener reconnected; catching up');
    this.attempt = 0;
    this.client = client;
    this.opts.viewers?.setListening(true);
    this.startHeartbeat(client);
    // Whatever committed while we were not listening is found by reading from each watermark.
    for (const [id, state] of this.alliances) this.pump(id, state);
  }

  private startHeartbeat(client: Client): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const every = this.opts.heartbeatMs ?? 30_000;
    this.heartbeat = setInterval(() => {
      if (this.client !== client) return;
      const timeout = setTimeout(() => this.lost(client), Math.min(every, 10_000));
      client.query('SELECT 1').then(
        () => clearTimeout(timeout),
        () => {
          clearTimeout(timeout);
          this.lost(client);
        },
      );
    }, every);
    this.heartbeat.unref();
  }

  /** Called once per dead client (error, end or failed heartbeat); schedules a reconnect. */
  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.opts.viewers?.setListening(false);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.end().catch(() => undefined);
    if (!this.closed) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const min = this.opts.minBackoffMs ?? 100;
    const max = this.opts.maxBackoffMs ?? 10_000;
    const delay = Math.min(max, min * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.track(this.connect());
    }, delay);
    this.reconnectTimer.unref();
  }

  private onNotification(msg: Notification): void {
    if (msg.channel === VIEWERS_CHANNEL) {
      this.opts.viewers?.invalidate(msg.payload || undefined);
      return;
    }
    if (msg.channel !== EVENTS_CHANNEL || !msg.payload) return;
    this.opts.onEventNotification?.();
    const sep = msg.payload.lastIndexOf(':');
    const allianceId = msg.payload.slice(0, sep);
    const state = this.alliances.get(allianceId);
    if (!state) return;
    // The payload's seq only avoids a pointless read; the table, not the notification, decides.
    if (state.watermark !== null && /^\d+$/.test(msg.payload.slice(sep + 1)) && BigInt(msg.payload.slice(sep + 1)) <= state.watermark) return;
    this.pump(allianceId, state);
  }

  /** Reads and dispatches everything after the watermark; one fetch loop per alliance at a time. */
  private pump(allianceId: string, state: AllianceState): void {
    if (state.watermark === null || state.pumping) {
      state.pending = true;
      return;
    }
    state.pumping = true;
    const run = async () => {
      try {
        do {
          state.pending = false;
          for (;;) {
            if (this.closed || this.alliances.get(allianceId) !== state) return;
            const rows = await this.opts.events.after(allianceId, String(state.watermark), this.batchSize);
            if (!rows.length) break;
            state.watermark = BigInt(rows[rows.length - 1].seq);
            for (const listener of [...state.listeners]) {
              try {
                listener(rows);
              } catch (err) {
                this.opts.log.error({ err }, 'event listener threw');
              }
            }
            if (rows.length < this.batchSize) break;
          }
        } while (state.pending);
      } catch (err) {
        // The store is unreachable: try again shortly; subscribers lose nothing, only wait.
        this.opts.log.warn({ err, allianceId }, 'reading new events failed; retrying');
        setTimeout(() => this.alliances.get(allianceId) === state && this.pump(allianceId, state), 1000).unref();
      } finally {
        state.pumping = false;
      }
    };
    this.track(run());
  }
}
