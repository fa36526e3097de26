/**
 * A small typed client for Gongjian's live API over graphql-ws (protocol graphql-transport-ws).
 *
 * It keeps one WebSocket, retries forever with exponential backoff and jitter, rotates through the
 * given server URLs (so a dashboard moves to another instance when one goes away), reports its
 * connection state, and resumes `allianceEvents` from the last cursor it delivered, so a consumer
 * sees every event exactly once across reconnects. Browser and Node alike: pass
 * `webSocketImpl: WebSocket` from the `ws` package in Node; no Node-only imports here.
 */
import { Client, createClient, ExecutionResult } from 'graphql-ws';

/** Where the connection stands, for a status line. */
export type ConnectionState =
  /** No socket yet (lazy client with no subscription). */
  | 'idle'
  | 'connecting'
  | 'connected'
  /** Lost the connection; trying again with backoff. */
  | 'reconnecting'
  /** The server refused the token (4403); not retried until `reconnect()`. */
  | 'refused'
  /** `dispose()` was called. */
  | 'closed';

/** What `onState` listeners receive. */
export interface StateChange {
  state: ConnectionState;
  /** Reconnect attempts since the last successful connection. */
  attempt: number;
  /** The close code that caused this state, when there was one. */
  closeCode?: number;
  /** The URL in use (or being tried). */
  url: string;
}

/** Options of {@link createLiveClient}. */
export interface LiveClientOptions {
  /** One URL, several (tried in turn on each reconnect), or a function choosing one. */
  url: string | readonly string[];
  /** The bearer token, or a function returning the current one (read on every connect). */
  token: string | (() => string | null | undefined | Promise<string | null | undefined>);
  /** The WebSocket implementation; required in Node (`import WebSocket from 'ws'`). */
  webSocketImpl?: unknown;
  /** First retry delay and the cap of the exponential backoff (ms). Defaults 500 and 15000. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** Client ping interval (ms); a missing pong within `pongTimeoutMs` drops the socket. 0 disables. */
  keepAliveMs?: number;
  pongTimeoutMs?: number;
  /** Connect only while something is subscribed (default true). */
  lazy?: boolean;
}

/** The fields of an AllianceEvent a consumer needs at minimum. */
export interface LiveEvent {
  cursor: string;
  type: string;
  [field: string]: unknown;
}

/** Default selection of `allianceEvents`. */
export const DEFAULT_EVENT_SELECTION = 'id cursor type occurredAt summary entityType entityId';

/** A GraphQL error as the server sends it. */
export interface LiveError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Callbacks of one subscription. */
export interface LiveSink<T> {
  next(value: T): void;
  /** The server ended the subscription with errors (e.g. FORBIDDEN), or the socket was refused. */
  error?(errors: LiveError[]): void;
  complete?(): void;
}

/** A running `allianceEvents` subscription. */
export interface AllianceEventsHandle {
  /** The cursor of the last event delivered (what a resume would send as `after`). */
  readonly cursor: string | null;
  unsubscribe(): void;
}

/** The client. */
export interface LiveClient {
  readonly state: ConnectionState;
  /** Calls `listener` on every state change (and once now); returns the unsubscribe function. */
  onState(listener: (change: StateChange) => void): () => void;
  /**
   * Subscribes to an alliance's events after `after` (null: from the beginning). On every reconnect
   * the subscription is re-sent with the cursor of the last event delivered, so nothing is missed or
   * repeated.
   */
  allianceEvents<E extends LiveEvent = LiveEvent>(
    args: { allianceId: string; after?: string | null; selection?: string },
    sink: LiveSink<E>,
  ): AllianceEventsHandle;
  /** Any other operation (e.g. `projectUpdated`, `allianceStatsUpdated`); returns unsubscribe. */
  subscribe<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, sink: LiveSink<T>): () => void;
  /** Forgets a refusal and connects again (e.g. after the token changed). */
  reconnect(): void;
  /** Closes the socket and ends all subscriptions. */
  dispose(): Promise<void>;
}

interface CloseLike {
  code?: number;
}

function toErrors(err: unknown): LiveError[] {
  if (Array.isArray(err)) return err as LiveError[];
  const code = (err as CloseLike)?.code;
  if (typeof code === 'number') {
    return [{ message: `connection closed (${code})`, extensions: { code: code === 4403 ? 'UNAUTHENTICATED' : 'CONNECTION_CLOSED' } }];
  }
  return [{ message: err instanceof Error ? err.message : String(err) }];
}

/** Builds a live client; see the module comment. */
export function createLiveClient(opts: LiveClientOptions): LiveClient {
  const urls = typeof opts.url === 'string' ? [opts.url] : [...opts.url];
  if (!urls.length) throw new Error('createLiveClient needs at least one url');
  const minRetry = opts.minRetryMs ?? 500;
  const maxRetry = opts.maxRetryMs ?? 15_000;
  const keepAlive = opts.keepAliveMs ?? 10_000;
  const pongTimeout = opts.pongTimeoutMs ?? 5_000;

  let state: ConnectionState = 'idle';
  let attempt = 0;
  let urlIndex = 0;
  let currentUrl = urls[0];
  let everConnected = false;
  let refused = false;
  let disposed = false;
  const listeners = new Set<(change: StateChange) => void>();
  const setState = (next: ConnectionState, closeCode?: number) => {
    state = next;
    const change: StateChange = { state, attempt, closeCode, url: currentUrl };
    for (const l of [...listeners]) l(change);
  };

  let pongTimer: ReturnType<typeof setTimeout> | null = null;
  const build = () =>
    createClient({
      url: () => {
        // The first attempt uses the first URL; each retry moves on to the next one.
        currentUrl = urls[urlIndex++ % urls.length];
        return currentUrl;
      },
      webSocketImpl: opts.webSocketImpl,
      lazy: opts.lazy ?? true,
      keepAlive,
      retryAttempts: Infinity,
      // A refused token is final until reconnect(); everything else (1001 going away, 1006 dropped,
      // 4408 init timeout, 1011 server error) is worth another try.
      shouldRetry: (e) => {
        if ((e as CloseLike)?.code === 4403) {
          refused = true;
          return false;
        }
        return !disposed;
      },
      retryWait: async (retries) => {
        const delay = Math.min(maxRetry, minRetry * 2 ** retries) * (0.5 + Math.random() / 2);
        await new Promise((r) => setTimeout(r, delay));
      },
      connectionParams: async () => {
        const token = typeof opts.token === 'function' ? await opts.token() : opts.token;
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      on: {
        connecting: () => setState(everConnected || attempt > 0 ? 'reconnecting' : 'connecting'),
        connected: () => {
          everConnected = true;
          attempt = 0;
          setState('connected');
        },
        closed: (event) => {
          const code = (event as CloseLike)?.code;
          if (pongTimer) clearTimeout(pongTimer);
          if (disposed) return setState('closed', code);
          if (code === 4403 || refused) {
            refused = true;
            return setState('refused', code);
          }
          attempt++;
          setState(code === 1000 ? 'idle' : 'reconnecting', code);
        },
        ping: (received) => {
          if (received) return;
          // We pinged: a server that does not answer in time is gone; close so the client retries.
          pongTimer = setTimeout(() => {
            sockets.current?.close?.(4408, 'Pong timeout');
          }, pongTimeout);
        },
        pong: (received) => {
          if (received && pongTimer) clearTimeout(pongTimer);
        },
        opened: (socket) => {
          sockets.current = socket as { close?: (code: number, reason: string) => void };
        },
      },
    });
  const sockets: { current: { close?: (code: number, reason: string) => void } | null } = { current: null };
  const client: Client = build();

  const live: LiveClient = {
    get state() {
      return state;
    },
    onState(listener) {
      listeners.add(listener);
      listener({ state, attempt, url: currentUrl });
      return () => listeners.delete(listener);
    },
    allianceEvents<E extends LiveEvent>(
      args: { allianceId: string; after?: string | null; selection?: string },
      sink: LiveSink<E>,
    ): AllianceEventsHandle {
      // graphql-ws re-sends this very payload object on every reconnect, serialising it then; so
      // moving `after` forward as events arrive makes each resubscription resume where we stand.
      const variables = { allianceId: args.allianceId, after: args.after ?? null };
      const payload = {
        query: `subscription AllianceEvents($allianceId: ID!, $after: String) {
          allianceEvents(allianceId: $allianceId, after: $after) { ${args.selection ?? DEFAULT_EVENT_SELECTION} }
        }`,
        variables,
      };
      const off = client.subscribe<{ allianceEvents: E }>(payload, {
        next: (result: ExecutionResult<{ allianceEvents: E }>) => {
          if (result.errors?.length) {
            sink.error?.(result.errors as unknown as LiveError[]);
            return;
          }
          const event = result.data?.allianceEvents;
          if (!event) return;
          variables.after = event.cursor;
          sink.next(event);
        },
        error: (err) => sink.error?.(toErrors(err)),
        complete: () => sink.complete?.(),
      });
      return {
        get cursor() {
          return variables.after;
        },
        unsubscribe: off,
      };
    },
    subscribe<T>(query: string, variables: Record<string, unknown>, sink: LiveSink<T>) {
      return client.subscribe<T>({ query, variables }, {
        next: (result: ExecutionResult<T>) => {
          if (result.errors?.length) sink.error?.(result.errors as unknown as LiveError[]);
          else if (result.data) sink.next(result.data as T);
        },
        error: (err) => sink.error?.(toErrors(err)),
        complete: () => sink.complete?.(),
      });
    },
    reconnect() {
      if (disposed) return;
      refused = false;
      attempt = 0;
      // Terminating makes graphql-ws retry (its "4499 terminated" is retryable) with fresh params.
      client.terminate();
    },
    async dispose() {
      disposed = true;
      if (pongTimer) clearTimeout(pongTimer);
      await client.dispose();
      setState('closed');
    },
  };
  return live;
}
