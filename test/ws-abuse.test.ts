import WebSocket from 'ws';
import { createAllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

/** A raw graphql-transport-ws socket that records messages and the close code. */
function raw(url: string, opts: { protocol?: string } = {}) {
  const ws = new WebSocket(url, opts.protocol ?? 'graphql-transport-ws');
  const messages: any[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()));
  const next = async (pred: (m: any) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const m = messages.find(pred);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching message; got ${JSON.stringify(messages)}`);
  };
  return { ws, messages, closed, opened, next, send: (m: unknown) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)) };
}

describe.each(STORES)('WebSocket abuse on the $name PostgreSQL', (store) => {
  let t: TestServer;
  let token: string;
  let allianceId: string;
  beforeAll(async () => {
    t = await startTestServer(store);
    const f = await createAllianceFixture(t.services, 'ws');
    allianceId = f.allianceId;
    token = await t.login(f.emails.viewer, PASSWORD);
  });
  afterAll(() => t?.close());

  const init = (c: ReturnType<typeof raw>, auth = `Bearer ${token}`) => c.send({ type: 'connection_init', payload: { authorization: auth } });

  it('closes a socket that never sends connection_init (4408)', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    expect((await c.closed).code).toBe(4408);
  }, 20_000);

  it('closes a socket with a bad token (4403) and streams nothing', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    init(c, 'Bearer forged.token.value');
    expect((await c.closed).code).toBe(4403);
    expect(c.messages.filter((m) => m.type === 'next')).toEqual([]);
  });

  it('closes a socket that subscribes before the ack (4401)', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    c.send({ id: '1', type: 'subscribe', payload: { query: 'subscription($a: ID!) { allianceEvents(allianceId: $a) { cursor } }', variables: { a: allianceId } } });
    expect((await c.closed).code).toBe(4401);
  });

  it('closes on a duplicate subscription id (4409)', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    init(c);
    await c.next((m) => m.type === 'connection_ack');
    const sub = { type: 'subscribe', payload: { query: 'subscription($a: ID!) { allianceEvents(allianceId: $a) { cursor } }', variables: { a: allianceId } } };
    c.send({ id: 'dup', ...sub });
    c.send({ id: 'dup', ...sub });
    expect((await c.closed).code).toBe(4409);
  });

  it('closes on an oversized frame (1009) and on a malformed message (4400)', async () => {
    const big = raw(t.wsUrl);
    await big.opened;
    init(big);
    await big.next((m) => m.type === 'connection_ack');
    big.send({ id: 'x', type: 'subscribe', payload: { query: `{ me { id } } # ${'x'.repeat(1_200_000)}` } });
    expect((await big.closed).code).toBe(1009);
    const bad = raw(t.wsUrl);
    await bad.opened;
    init(bad);
    await bad.next((m) => m.type === 'connection_ack');
    bad.send('{not json');
    expect((await bad.closed).code).toBe(4400);
  });

  it('refuses the legacy subprotocol', async () => {
    // The server does not agree to 'graphql-ws', so the handshake fails (the ws client reports 1006)
    // or, with a lenient client, graphql-ws closes with 4406; either way nothing is exchanged.
    const c = raw(t.wsUrl, { protocol: 'graphql-ws' });
    expect([1006, 4406]).toContain((await c.closed).code);
    expect(c.messages).toEqual([]);
  });

  it('applies the HTTP limits to WebSocket operations, answering with errors rather than dropping the socket', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    init(c);
    await c.next((m) => m.type === 'connection_ack');
    const deep = `{ me { ${'memberships { alliance { '.repeat(20)} id ${'} }'.repeat(20)} } }`;
    c.send({ id: 'deep', type: 'subscribe', payload: { query: deep } });
    expect((await c.next((m) => m.id === 'deep' && m.type === 'error')).payload[0].message).toMatch(/depth/i);
    c.send({ id: 'aliases', type: 'subscribe', payload: { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: me { id }`).join(' ')} }` } });
    expect((await c.next((m) => m.id === 'aliases' && m.type === 'error')).payload[0].message).toMatch(/alias|token/i);
    const nested = `query($n: Int!) { me { memberships { alliance { organizations(first: $n) { edges { node {
      resources(first: $n) { edges { node { pledges(first: $n) { edges { node { id } } } } } } } } } } } } }`;
    c.send({ id: 'rows', type: 'subscribe', payload: { query: nested, variables: { n: 100 } } });
    expect((await c.next((m) => m.id === 'rows' && m.type === 'error')).payload[0].message).toMatch(/limit is/);
    c.send({ id: 'syntax', type: 'subscribe', payload: { query: '{ me { id ' } });
    expect((await c.next((m) => m.id === 'syntax' && m.type === 'error')).payload[0].message).toMatch(/Syntax Error/);
    c.send({ id: 'ok', type: 'subscribe', payload: { query: '{ me { id } }' } });
    expect((await c.next((m) => m.id === 'ok' && m.type === 'next')).payload.data.me.id).toBeTruthy();
    c.ws.close(1000);
  });

  it('keeps parsed operations, but checks the row estimate against each subscribe’s own variables', async () => {
    const c = raw(t.wsUrl);
    await c.opened;
    init(c);
    await c.next((m) => m.type === 'connection_ack');
    const q = `query($n: Int!) { me { memberships { alliance { organizations(first: $n) { edges { node {
      resources(first: $n) { edges { node { pledges(first: $n) { edges { node { id } } } } } } } } } } } } }`;
    // The same text three times: refused for its variables, then answered, then refused again.
    c.send({ id: 'big', type: 'subscribe', payload: { query: q, variables: { n: 100 } } });
    expect((await c.next((m) => m.id === 'big' && m.type === 'error')).payload[0].message).toMatch(/limit is/);
    c.send({ id: 'small', type: 'subscribe', payload: { query: q, variables: { n: 2 } } });
    expect((await c.next((m) => m.id === 'small' && m.type === 'next')).payload.errors).toBeUndefined();
    c.send({ id: 'big2', type: 'subscribe', payload: { query: q, variables: { n: 100 } } });
    expect((await c.next((m) => m.id === 'big2' && m.type === 'error')).payload[0].message).toMatch(/limit is/);
    // A kept refusal is still a refusal: the same unparsable and invalid texts, twice each.
    for (const id of ['s1', 's2']) {
      c.send({ id, type: 'subscribe', payload: { query: '{ me { id ' } });
      expect((await c.next((m) => m.id === id && m.type === 'error')).payload[0].message).toMatch(/Syntax Error/);
    }
    for (const id of ['v1', 'v2']) {
      c.send({ id, type: 'subscribe', payload: { query: '{ me { noSuchField } }' } });
      expect((await c.next((m) => m.id === id && m.type === 'error')).payload[0].message).toMatch(/noSuchField/);
    }
    c.ws.close(1000);
  });
});
