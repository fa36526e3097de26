import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveClient, StateChange } from '../client/lib/live-client';
import { toGlobalId } from '../server/graphql/global-id';
import { encodeEventCursor } from '../server/services/event.service';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../server/ws';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';
import { AllianceFixture, createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { collect, expectExactly, headSeq, sleep, testClient, trackedWebSocket, until } from './subscriptions-helpers';

const PLEDGE = 'mutation($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }';

describe.each(STORES)('subscriptions on the $name store', (store) => {
  let t: TestServer;
  let f: AllianceFixture;
  let other: AllianceFixture;
  let pledgeable: Awaited<ReturnType<typeof createPledgeable>>;
  const clients: LiveClient[] = [];
  const client = (token: string, extra = {}) => {
    const c = testClient(t.wsUrl, token, extra);
    clients.push(c);
    return c;
  };
  const head = () => headSeq((sql, p) => t.ds.query(sql, p), f.allianceUuid);
  const pledge = (quantity = 1) =>
    t.services.pledges.pledge(f.viewers.repA, { requirementId: pledgeable.requirementId, resourceId: pledgeable.resource.nodeId, quantity });

  beforeAll(async () => {
    t = await startTestServer(store);
    f = await createAllianceFixture(t.services, 'live');
    other = await createAllianceFixture(t.services, 'other');
    pledgeable = await createPledgeable(t.services, f, { capacity: 100_000, quantity: 100_000 });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a connection without a valid token (4403) and streams nothing', async () => {
    for (const token of ['', 'not-a-token']) {
      const c = client(token);
      const states: StateChange[] = [];
      c.onState((s) => states.push(s));
      const col = collect(c, f.allianceId);
      await until('refusal', () => col.errors.length > 0);
      expect(col.events).toEqual([]);
      expect(c.state).toBe('refused');
      expect(states.some((s) => s.closeCode === 4403)).toBe(true);
    }
  });

  it('a subscriber sees a pledge made through the API', async () => {
    const c = client(await t.login(f.emails.viewer, PASSWORD));
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected', () => c.state === 'connected');
    await sleep(100);
    const token = await t.login(f.emails.repA, PASSWORD);
    const r = await t.gql(PLEDGE, { input: { requirementId: pledgeable.requirementId, resourceId: pledgeable.resource.nodeId, quantity: 2 } }, token);
    expect(r.errors).toBeUndefined();
    await until('the pledge event', () => col.events.length >= 1);
    expect(col.events[0].type).toBe('PLEDGE_CREATED');
    expect(col.events[0].entityId).toBe(r.data.pledgeResource.id);
    expectExactly(col.seqs(), from, from + 1);
  });

  it('replays from the start while events commit concurrently: no gap, no duplicate', async () => {
    const c = client(await t.login(f.emails.secretary, PASSWORD));
    const writers = (async () => {
      for (let i = 0; i < 15; i++) await Promise.all([pledge(), pledge()]);
    })();
    const col = collect(c, f.allianceId, null);
    await writers;
    const end = await head();
    await until('all events', () => col.seqs().at(-1) === end);
    await sleep(200);
    expectExactly(col.seqs(), 0, end);
    expect(col.errors).toEqual([]);
  });

  it('resumes from the last cursor after the connection drops, getting exactly what it missed', async () => {
    const tracked = trackedWebSocket();
    const c = client(await t.login(f.emails.committee, PASSWORD), { webSocketImpl: tracked.impl });
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected', () => c.state === 'connected');
    for (let i = 0; i < 3; i++) await pledge();
    await until('first events', () => col.events.length === 3);
    for (let round = 0; round < 3; round++) {
      tracked.cutAll();
      await Promise.all([pledge(), pledge(), pledge()]);
      await sleep(30);
      await pledge();
    }
    const end = await head();
    await until('every event after the drops', () => col.seqs().at(-1) === end);
    await sleep(200);
    expectExactly(col.seqs(), from, end);

    // A brand-new client resuming from a cursor gets exactly what follows it.
    const mid = from + 5;
    const c2 = client(await t.login(f.emails.viewer, PASSWORD));
    const col2 = collect(c2, f.allianceId, encodeEventCursor(mid));
    await until('resumed events', () => col2.seqs().at(-1) === end);
    await sleep(100);
    expectExactly(col2.seqs(), mid, end);
  });

  it('catches up after the LISTEN connection is lost', async () => {
    const c = client(await t.login(f.emails.viewer, PASSWORD));
    const from = await head();
    const col = collect(c, f.allianceId, encodeEventCursor(from));
    await until('connected', () => c.state === 'connected');
    await sleep(100);
    t.server.live.bus.simulateConnectionLoss();
    for (let i = 0; i < 5; i++) await pledge();
    const end = await head();
    await until('events committed while not listening', () => col.seqs().at(-1) === end);
    expectExactly(col.seqs(), from, end);
    await until('listening again', () => t.server.live.bus.listening);
  });

  it('a member of another alliance gets an error and nothing else', async () => {
    const c = client(await t.login(other.emails.secretary, PASSWORD));
    const col = collect(c, f.allianceId, null);
    await until('the refusal', () => col.errors.length > 0);
    await pledge();
    await sleep(300);
    expect(col.events).toEqual([]);
    expect(col.errors[0].extensions?.code).toBe('NOT_FOUND');

    const errors: unknown[] = [];
    c.subscribe('subscription($id: ID!) { projectUpdated(projectId: $id) { id } }', { id: pledgeable.project.nodeId }, { next: () => errors.push('data!'), error: (e) => errors.push(...e) });
    c.subscribe('subscription($id: ID!) { allianceStatsUpdated(allianceId: $id) { openNeeds } }', { id: f.allianceId }, { next: () => errors.push('data!'), error: (e) => errors.push(...e) });
    await until('both refusals', () => errors.length >= 2);
    expect(errors.map((e) => (e as { extensions: { code: string } }).extensions.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('stops the stream when the membership is revoked', async () => {
    const g = await createAllianceFixture(t.services, 'revoke');
    const c = client(await t.login(g.emails.viewer, PASSWORD));
    const col = collect(c, g.allianceId, null);
    await until('replay', () => col.events.length > 0);
    const [m] = await t.ds.query('SELECT id FROM memberships WHERE user_id = $1 AND alliance_id = $2', [g.viewers.viewer.user!.id, g.allianceUuid]);
    const seen = col.events.length;
    await t.services.memberships.revoke(g.viewers.admin, toGlobalId('Membership', m.id));
    await until('the stream to end', () => col.errors.length > 0);
    expect(col.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(col.events.length).toBe(seen);
  });

  it('pushes the fresh project and coalesced stats', async () => {
    const c = client(await t.login(f.emails.viewer, PASSWORD));
    const projects: { projectUpdated: { id: string; requirements: { pledged: number }[] } }[] = [];
    const stats: { at: number; allianceStatsUpdated: { activePledges: number } }[] = [];
    c.subscribe('subscription($id: ID!) { projectUpdated(projectId: $id) { id requirements { pledged } } }', { id: pledgeable.project.nodeId }, { next: (v) => projects.push(v as never) });
    c.subscribe('subscription($id: ID!) { allianceStatsUpdated(allianceId: $id) { activePledges } }', { id: f.allianceId }, { next: (v) => stats.push({ at: Date.now(), ...(v as object) } as never) });
    await until('connected', () => c.state === 'connected');
    await sleep(200);
    const [{ n: before }] = await t.ds.query(`SELECT count(*)::int AS n FROM pledges WHERE resource_id = $1`, [pledgeable.resource.id]);
    await pledge(3);
    await until('a project push', () => projects.length >= 1);
    const pledged = (await t.ds.query('SELECT pledged FROM requirements WHERE project_id = $1', [pledgeable.project.id]))[0].pledged;
    expect(projects.at(-1)!.projectUpdated.requirements[0].pledged).toBe(pledged);
    await until('a stats push', () => stats.length >= 1);

    // A burst of 20 events in about a second: pushes are at least 250 ms apart and end fresh.
    stats.length = 0;
    const burstStart = Date.now();
    for (let i = 0; i < 20; i++) await pledge();
    const burstMs = Date.now() - burstStart;
    await sleep(700);
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.length).toBeLessThanOrEqual(Math.ceil(burstMs / 250) + 2);
    for (let i = 1; i < stats.length; i++) expect(stats[i].at - stats[i - 1].at).toBeGreaterThanOrEqual(200);
    expect(stats.at(-1)!.allianceStatsUpdated.activePledges).toBeGreaterThanOrEqual(before + 21);
  });

  it('validates documents like HTTP and caps operations per connection', async () => {
    const token = await t.login(f.emails.viewer, PASSWORD);
    const raw = createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      const invalid = await new Promise<unknown>((resolve) => {
        raw.subscribe({ query: 'subscription { allianceEvents(allianceId: "x") { nope } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect(JSON.stringify(invalid)).toMatch(/Cannot query field/);

      const results: unknown[] = [];
      for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CONNECTION + 1; i++) {
        raw.subscribe(
          { query: 'subscription($id: ID!) { allianceEvents(allianceId: $id, after: null) { cursor } }', variables: { id: f.allianceId } },
          { next: () => undefined, error: (e) => results.push(e), complete: () => undefined },
        );
      }
      await until('the over-the-cap refusal', () => results.length > 0);
      expect(JSON.stringify(results[0])).toMatch(/TOO_MANY_REQUESTS/);
      expect(results).toHaveLength(1);
    } finally {
      await raw.dispose();
    }
  });

  it('writes each push as a graphql-transport-ws next; a completed operation gets nothing more, the others go on', async () => {
    const token = await t.login(f.emails.viewer, PASSWORD);
    const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const messages: { id?: string; type: string; payload?: any }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    await new Promise((resolve) => ws.once('open', resolve));
    try {
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      await until('the ack', () => messages.some((m) => m.type === 'connection_ack'));
      const after = encodeEventCursor(await head());
      const query = 'subscription($id: ID!, $after: String) { allianceEvents(allianceId: $id, after: $after) { cursor entityId } }';
      for (const id of ['a', 'b', 'c']) {
        ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables: { id: f.allianceId, after } } }));
      }
      const nexts = (id: string) => messages.filter((m) => m.id === id && m.type === 'next');
      const metric = async (name: string) => {
        const text = await (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();
        return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
      };
      const deliveredBefore = await metric('gongjian_events_delivered_total');
      const heardBefore = await metric('gongjian_events_published_total');
      const first = await pledge();
      await until('the first event on every operation', () => ['a', 'b', 'c'].every((id) => nexts(id).length === 1));
      for (const id of ['a', 'b', 'c']) {
        expect(nexts(id)[0].payload).toEqual({ data: { allianceEvents: { cursor: expect.any(String), entityId: first.nodeId } } });
      }
      ws.send(JSON.stringify({ id: 'b', type: 'complete' }));
      await sleep(100);
      const second = await pledge();
      await until('the second event on a and c', () => nexts('a').length === 2 && nexts('c').length === 2);
      await sleep(200);
      expect(nexts('b')).toHaveLength(1);
      expect(nexts('a')[1].payload.data.allianceEvents.entityId).toBe(second.nodeId);
      // The server answers a client's complete with nothing (graphql-transport-ws).
      expect(messages.filter((m) => m.type === 'complete' || m.type === 'error')).toEqual([]);
      // Three results for the first event, two for the second; both events heard on LISTEN.
      expect((await metric('gongjian_events_delivered_total')) - deliveredBefore).toBe(5);
      expect((await metric('gongjian_events_published_total')) - heardBefore).toBeGreaterThanOrEqual(2);
    } finally {
      ws.close();
    }
  });
});
