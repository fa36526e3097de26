import WebSocket from 'ws';
import { createLiveClient, LiveClient, LiveClientOptions, LiveError, LiveEvent } from '../client/lib/live-client';
import { decodeEventCursor } from '../server/services/event.service';

/** Polls `check` until it holds (or throws with `what` after `timeoutMs`). */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A `ws` WebSocket that remembers its instances, so tests can cut connections from the client side. */
export function trackedWebSocket() {
  const sockets = new Set<WebSocket>();
  class Tracked extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      sockets.add(this);
      this.on('close', () => sockets.delete(this));
    }
  }
  return {
    impl: Tracked,
    /** Drops every open socket abruptly (like a network failure: no close handshake). */
    cutAll() {
      for (const s of sockets) s.terminate();
    },
  };
}

/** A live client for tests: fast retries, Node's `ws`. */
export function testClient(url: string | string[], token: string, extra: Partial<LiveClientOptions> = {}): LiveClient {
  return createLiveClient({ url, token, webSocketImpl: WebSocket, minRetryMs: 50, maxRetryMs: 500, ...extra });
}

/** Collects one `allianceEvents` subscription's events and errors. */
export interface Collector {
  events: LiveEvent[];
  errors: LiveError[];
  completed: boolean;
  seqs(): number[];
  stop(): void;
  cursor(): string | null;
}

export function collect(client: LiveClient, allianceId: string, after: string | null = null): Collector {
  const c: Collector = {
    events: [],
    errors: [],
    completed: false,
    seqs: () => c.events.map((e) => Number(decodeEventCursor(e.cursor))),
    stop: () => handle.unsubscribe(),
    cursor: () => handle.cursor,
  };
  const handle = client.allianceEvents(
    { allianceId, after },
    {
      next: (e) => c.events.push(e),
      error: (errs) => c.errors.push(...errs),
      complete: () => (c.completed = true),
    },
  );
  return c;
}

/** Asserts `seqs` is exactly from+1, from+2, …, to: no gap, no duplicate, in order. */
export function expectExactly(seqs: number[], from: number, to: number): void {
  const expected = Array.from({ length: to - from }, (_, i) => from + i + 1);
  const dupes = seqs.filter((s, i) => seqs.indexOf(s) !== i);
  const missing = expected.filter((s) => !seqs.includes(s));
  expect({ dupes, missing, count: seqs.length }).toEqual({ dupes: [], missing: [], count: expected.length });
  expect(seqs).toEqual(expected);
}

/** The alliance's current event counter. */
export async function headSeq(query: (sql: string, params: unknown[]) => Promise<any[]>, allianceUuid: string): Promise<number> {
  const [row] = await query('SELECT last_seq FROM alliance_event_sequences WHERE alliance_id = $1', [allianceUuid]);
  return Number(row.last_seq);
}
