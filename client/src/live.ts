import { reactive } from 'vue';
import { createLiveClient, type LiveClient, type AllianceEventsHandle, type LiveError } from '../lib/live-client';
import { ApiError, getToken, request } from './api';
import type { EventFieldsFragment, EventsQuery, StatsFieldsFragment, StatsUpdatedSubscription } from './gql/graphql';
import { EventFieldsFragment as EventFieldsDocument, EventsDocument, StatsUpdatedDocument } from './graphql/operations';

export type FeedEvent = EventFieldsFragment;
export type LiveStatus = 'connecting' | 'online' | 'reconnecting';

/** How many entries the feed keeps on screen. */
const FEED_SIZE = 40;
/** Polling period when the WebSocket subscription is not available (e.g. an older server). */
const POLL_MS = 1000;

/**
 * The live state of the alliance on screen: connection status, the activity feed (newest first) and
 * `tick`, bumped after every batch of new events so views refetch what they show.
 */
export const live = reactive({
  allianceId: null as string | null,
  status: 'connecting' as LiveStatus,
  /** 'ws' while the allianceEvents subscription runs, 'poll' when it fell back to polling the event log. */
  transport: 'ws' as 'ws' | 'poll',
  events: [] as FeedEvent[],
  tick: 0,
  /** The event types of the batch that bumped `tick` (views that show one part of the alliance refetch only for theirs). */
  tickTypes: [] as string[],
  /** The cursor of the newest event seen; resumes the subscription after a drop. */
  cursor: null as string | null,
  /** The latest allianceStatsUpdated push (null until one arrives or when the subscription is unavailable). */
  stats: null as StatsFieldsFragment | null,
});

/** The subscription's selection: exactly the generated EventFields fragment, so its type is generated too. */
const EVENT_SELECTION = (() => {
  const text = EventFieldsDocument.toString();
  return text.slice(text.indexOf('{') + 1, text.lastIndexOf('}')).trim();
})();

let client: LiveClient | null = null;
let handle: AllianceEventsHandle | null = null;
let offStats: (() => void) | null = null;
let offState: (() => void) | null = null;
let pollTimer: ReturnType<typeof setTimeout> | null = null;
let tickTimer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;

function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

let pendingTypes = new Set<string>();

function scheduleTick(types: string[]) {
  for (const t of types) pendingTypes.add(t);
  // Coalesce bursts (a replay after reconnecting, a secretary's quick clicks) into one refetch.
  if (tickTimer) return;
  tickTimer = setTimeout(() => {
    tickTimer = null;
    live.tickTypes = [...pendingTypes];
    pendingTypes = new Set();
    live.tick++;
  }, 120);
}

function accept(events: FeedEvent[]) {
  if (!events.length) return;
  const known = new Set(live.events.map((e) => e.cursor));
  const fresh = events.filter((e) => !known.has(e.cursor));
  if (!fresh.length) return;
  live.events = [...fresh.reverse(), ...live.events].slice(0, FEED_SIZE);
  live.cursor = events[events.length - 1].cursor;
  scheduleTick(fresh.map((e) => e.type));
}

/** Reads the event log up to now (oldest first, a page at a time); returns the newest cursor. */
async function loadHistory(allianceId: string, gen: number): Promise<void> {
  let after: string | null = null;
  let recent: FeedEvent[] = [];
  for (;;) {
    const data: EventsQuery = await request(EventsDocument, { allianceId, after, first: 100 });
    if (gen !== generation) return;
    const page = data.alliance?.events;
    if (!page) break;
    recent = [...recent, ...page.edges.map((e) => e.node)].slice(-FEED_SIZE);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
      after = page.pageInfo.endCursor ?? after;
      break;
    }
    after = page.pageInfo.endCursor;
  }
  live.events = [...recent].reverse();
  live.cursor = recent.length ? recent[recent.length - 1].cursor : after;
}

function startPolling(allianceId: string, gen: number) {
  live.transport = 'poll';
  const poll = async () => {
    if (gen !== generation) return;
    try {
      let more = true;
      while (more) {
        const data = await request(EventsDocument, { allianceId, after: live.cursor, first: 100 });
        if (gen !== generation) return;
        const page = data.alliance?.events;
        accept(page?.edges.map((e) => e.node) ?? []);
        more = !!page?.pageInfo.hasNextPage;
      }
      live.status = 'online';
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') return;
      live.status = 'reconnecting';
    }
    if (gen === generation) pollTimer = setTimeout(poll, POLL_MS);
  };
  void poll();
}

function subscribe(allianceId: string, gen: number) {
  live.transport = 'ws';
  client = createLiveClient({ url: wsUrl(), token: () => getToken() });
  offState = client.onState(({ state }) => {
    if (gen !== generation || live.transport !== 'ws') return;
    if (state === 'connected') live.status = 'online';
    else if (state === 'connecting') live.status = live.status === 'online' ? 'reconnecting' : 'connecting';
    else if (state === 'reconnecting' || state === 'refused') live.status = 'reconnecting';
  });
  handle = client.allianceEvents<FeedEvent>(
    { allianceId, after: live.cursor, selection: EVENT_SELECTION },
    {
      next: (event) => {
        if (gen === generation) accept([event]);
      },
      error: (errors: LiveError[]) => {
        if (gen !== generation) return;
        // The server does not offer the subscription (or refused it): keep the page live by polling
        // the event log from the same cursor, so nothing is missed either way.
        teardownSocket();
        const code = errors[0]?.extensions?.code;
        if (code === 'UNAUTHENTICATED' && !getToken()) return;
        startPolling(allianceId, gen);
      },
    },
  );
  offStats = client.subscribe<StatsUpdatedSubscription>(StatsUpdatedDocument.toString(), { allianceId }, {
    next: (data) => {
      if (gen === generation) live.stats = data.allianceStatsUpdated;
    },
    error: () => {
      if (gen === generation) live.stats = null; // views fall back to refetching stats after events
    },
  });
}

function teardownSocket() {
  handle?.unsubscribe();
  handle = null;
  offStats?.();
  offStats = null;
  offState?.();
  offState = null;
  const c = client;
  client = null;
  void c?.dispose();
}

/** Follows `allianceId` live: loads recent history, then streams every event after it. */
export async function startLive(allianceId: string): Promise<void> {
  if (live.allianceId === allianceId) return;
  stopLive();
  const gen = ++generation;
  live.allianceId = allianceId;
  live.status = 'connecting';
  live.events = [];
  live.cursor = null;
  live.stats = null;
  for (;;) {
    try {
      await loadHistory(allianceId, gen);
      break;
    } catch (err) {
      if (gen !== generation) return;
      if (err instanceof ApiError && err.code !== 'NETWORK') throw err;
      live.status = 'reconnecting';
      await new Promise((r) => setTimeout(r, 2000));
      if (gen !== generation) return;
    }
  }
  if (gen !== generation) return;
  if (typeof WebSocket === 'undefined') startPolling(allianceId, gen);
  else subscribe(allianceId, gen);
}

export function stopLive() {
  generation++;
  teardownSocket();
  if (pollTimer) clearTimeout(pollTimer);
  pollTimer = null;
  live.allianceId = null;
}
