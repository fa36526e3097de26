import { gzipSync } from 'node:zlib';
import { createAllianceFixture, PASSWORD } from './support/fixtures';
import { startTestServer, TestServer } from './support/harness';
import { STORES } from './support/stores';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

const deep = (n: number) => `{ me { ${'memberships { alliance { '.repeat(n)} id ${'} }'.repeat(n)} } }`;

describe.each(STORES)('limits and operations on the $name PostgreSQL (development mode)', (store) => {
  let t: TestServer;
  let token: string;
  let allianceId: string;
  beforeAll(async () => {
    t = await startTestServer(store);
    const f = await createAllianceFixture(t.services, 'h');
    allianceId = f.allianceId;
    token = await t.login(f.emails.secretary, PASSWORD);
  });
  afterAll(() => t?.close());

  it('lets the dashboards’ real queries through', async () => {
    const r = await t.gql(
      `query($id: ID!) { alliance(id: $id) { name stats { openNeeds byResourceKind { kind pledged fulfilled } topContributors { organization { name } pledged } }
        projects(first: 20) { totalCount edges { node { title status requirements { kind quantity pledged fulfilled
          pledges(first: 5) { edges { node { quantity status organization { name } resource { name available } } } } } } } } } }`,
      { id: allianceId },
      token,
    );
    expect(r.errors).toBeUndefined();
  });

  it('refuses a 40-deep query, 2,000 aliases and a huge token count', async () => {
    const d = await t.gql(deep(20), {}, token);
    expect(d.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const a = await t.gql(aliases, {}, token);
    expect(a.errors?.[0].message).toMatch(/alias|token/i);
    const tokens = `{ me { ${'id '.repeat(6000)} } }`;
    const k = await t.gql(tokens, {}, token);
    expect(k.errors?.[0].message).toMatch(/token/i);
  });

  it('refuses nested pages that multiply past the row estimate, also when first comes in variables', async () => {
    const q = `query($id: ID!, $n: Int!) { alliance(id: $id) { organizations(first: $n) { edges { node {
      resources(first: $n) { edges { node { pledges(first: $n) { edges { node { id } } } } } } } } } } }`;
    const big = await t.gql(q, { id: allianceId, n: 100 }, token);
    expect(big.status).toBe(400);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toMatch(/limit is/);
    const small = await t.gql(q, { id: allianceId, n: 10 }, token);
    expect(small.errors).toBeUndefined();
  });

  it('answers 413 to a body over 1 MB and refuses batched arrays', async () => {
    const big = await post(t.url, { query: `{ me { id } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    expect(big.status).toBe(413);
    expect(big.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const batch = await post(t.url, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.text).not.toMatch(/"data"/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const r = await post(t.url, '{"query": ');
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('reads a JSON body alike on the fast path and through express (charset, streamed 413, primitives, empty, gzip, request id)', async () => {
    // application/json with charset: the fast path; a gzip-encoded body: express (body-parser inflates it).
    const plain = await post(t.url, { query: '{ __typename }' }, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'req-1' });
    expect([plain.status, plain.json]).toEqual([200, { data: { __typename: 'Query' } }]);
    const zipped = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
    });
    expect([zipped.status, await zipped.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
    const withId = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-2' }, body: '{"query":"{ __typename }"}' });
    expect(withId.headers.get('x-request-id')).toBe('req-2');
    // Over 1 MB without a content-length (chunked): refused while reading.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(`{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(600_000)}`));
        c.enqueue(new TextEncoder().encode(`${'x'.repeat(600_000)}"}}`));
        c.close();
      },
    });
    const chunked = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect([chunked.status, ((await chunked.json()) as any).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    for (const primitive of ['"x"', '42', 'null']) {
      const r = await post(t.url, primitive);
      expect([primitive, r.status, r.json?.errors?.[0]?.extensions?.code]).toEqual([primitive, 400, 'BAD_REQUEST']);
    }
    // Refusals carry the request id too, as express's did.
    for (const [body, status] of [['{"query": ', 400], [JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }), 413]] as const) {
      const r = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': `refused-${status}` }, body });
      expect([r.status, r.headers.get('x-request-id')]).toEqual([status, `refused-${status}`]);
    }
    const empty = await post(t.url, '');
    expect(empty.status).toBe(400);
    expect(empty.text).not.toMatch(/"data"/);
  });

  it('serves /healthz, /readyz and Prometheus /metrics with operation counts', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    await t.gql('query PingMe { me { id } }', {}, token);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/gongjian_graphql_operations_total\{operation="PingMe",type="query",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/gongjian_graphql_operation_duration_seconds_bucket/);
    expect(text).toMatch(/gongjian_db_pool_connections \d+/);
    expect(text).toMatch(/gongjian_ws_connections \d+/);
    expect(text).toMatch(/gongjian_pledges_written\{path="batched"\} \d+/);
    expect(text).toMatch(/gongjian_pledge_batches \d+/);
  });
});

describe.each(STORES)('production mode on the $name PostgreSQL', (store) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(store, { production: true });
  });
  afterAll(() => t?.close());

  it('turns introspection, field suggestions, statement headers and the landing page off', async () => {
    const intro = await t.gql('{ __schema { types { name } } }');
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await t.gql('{ mee { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(Number.isNaN(typo.statements)).toBe(true);
    const landing = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('masks unexpected errors: no SQL, table names or stack traces', async () => {
    // A database fault mid-request: break the pool's next statement by terminating its sessions.
    const admin = await t.ds.query('SELECT current_database() AS db');
    await t.ds.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [admin[0].db]);
    const r = await t.gql('mutation { login(email: "x@y.cn", password: "whatever1") { token } }');
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/SELECT|INSERT|login_attempts|users|\.js:\d+|stack/i);
  });

  it('keeps CSRF prevention on for simple requests', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${t.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });
});
