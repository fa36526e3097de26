import { createClient, Client } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { rssOf } from './run';

/** What the subscriber measurements need from the run. */
export interface SubscriberContext {
  wsUrl: string;
  httpUrl: string;
  pid: number;
  allianceGid: string;
  subscriberToken: string;
  pledgerToken: string;
  pledgeBody: (k: number) => string;
  latestCursor: () => Promise<string>;
  log: (l: string) => void;
}

export interface FanOutResult {
  subscribers: number;
  events: number;
  expected: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  rssMb: number;
}

export interface IdleResult {
  subscribers: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  kbPerSubscriber: number;
}

const SUBSCRIPTION = `subscription E($id: ID!, $after: String) { allianceEvents(allianceId: $id, after: $after) { cursor type entityId } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Subscriber {
  client: Client;
  /** entityId → receipt time */
  seen: Map<string, number>;
}

/** Opens `n` graphql-ws connections, each subscribed to allianceEvents from the current cursor. */
async function connect(ctx: SubscriberContext, n: number, into: Subscriber[]): Promise<void> {
  const after = await ctx.latestCursor();
  const batch = 100;
  for (let i = 0; i < n; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, n - i) }, () => new Promise<void>((resolve, reject) => {
        const seen = new Map<string, number>();
        const client = createClient({
          url: ctx.wsUrl,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          keepAlive: 0,
          connectionParams: { authorization: `Bearer ${ctx.subscriberToken}` },
          on: { connected: () => resolve(), closed: (e) => reject(new Error(`socket closed: ${(e as { code?: number }).code}`)) },
        });
        client.subscribe<{ allianceEvents: { entityId: string } }>(
          { query: SUBSCRIPTION, variables: { id: ctx.allianceGid, after } },
          { next: (m) => { if (m.data) seen.set(m.data.allianceEvents.entityId, performance.now()); else if (process.env.BENCH_DEBUG) console.error(JSON.stringify(m)); }, error: (e) => { if (process.env.BENCH_DEBUG) console.error('subscription error', e); }, complete: () => undefined },
        );
        into.push({ client, seen });
      })),
    );
  }
}

async function pledge(ctx: SubscriberContext, k: number): Promise<{ id: string; sentAt: number }> {
  const sentAt = performance.now();
  const res = await fetch(ctx.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.pledgerToken}` },
    body: ctx.pledgeBody(k),
  });
  const body = (await res.json()) as { data?: { pledgeResource: { id: string } }; errors?: unknown };
  if (!body.data?.pledgeResource) throw new Error(`pledge failed: ${JSON.stringify(body.errors)}`);
  // Events name their entity by the same global id the mutation returns.
  return { id: body.data.pledgeResource.id, sentAt };
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/**
 * (e) then (d): connects subscribers up to each count in turn (RSS measured once they are idle),
 * then fans out `events` pledges to all of them, one per second, timing each from the moment the
 * mutation is sent (so the time includes the mutation itself: an upper bound on commit → receipt).
 */
export async function measureSubscribers(ctx: SubscriberContext, counts: number[], events = 5): Promise<{ idle: IdleResult[]; fanOut: FanOutResult[] }> {
  const subs: Subscriber[] = [];
  const idle: IdleResult[] = [];
  const fanOut: FanOutResult[] = [];
  let k = 0;
  try {
    // Warm the server's paths before the baseline RSS.
    await connect(ctx, 10, subs);
    await pledge(ctx, k++);
    await sleep(1000);
    const base = rssOf(ctx.pid).rss;
    for (const n of [...counts].sort((a, b) => a - b)) {
      ctx.log(`(d/e) connecting ${n - subs.length + 10} more subscribers…`);
      await connect(ctx, n + 10 - subs.length, subs);
      await sleep(2000);
      const after = rssOf(ctx.pid).rss;
      idle.push({ subscribers: n, rssBeforeMb: base, rssAfterMb: after, kbPerSubscriber: ((after - base) * 1024) / n });
      // One probe so every subscription is known to be live before timing.
      const probe = await pledge(ctx, k++);
      for (let w = 0; w < 300 && subs.some((s) => !s.seen.has(probe.id)); w++) await sleep(100);
      const lat: number[] = [];
      let received = 0;
      for (let e = 0; e < events; e++) {
        const p = await pledge(ctx, k++);
        for (let w = 0; w < 300 && subs.some((s) => !s.seen.has(p.id)); w++) await sleep(20);
        for (const s of subs.slice(10)) {
          const t = s.seen.get(p.id);
          if (t !== undefined) {
            received++;
            lat.push(t - p.sentAt);
          }
        }
        await sleep(1000);
      }
      fanOut.push({ subscribers: n, events, expected: n * events, received, p50: pct(lat, 50), p99: pct(lat, 99), max: pct(lat, 100), rssMb: rssOf(ctx.pid).rss });
      ctx.log(`(d) ${n} subscribers: p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, received ${received}/${n * events}`);
    }
  } finally {
    await Promise.all(subs.map((s) => s.client.dispose()));
  }
  return { idle, fanOut };
}
