import { buildSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { startTestServer, TEST_JWT_SECRET, TestServer } from './support/harness';
import { STORES } from './support/stores';
import { randomOperation, rng } from './support/random-operations';

const PLEDGE = 'mutation($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }';
const RAISE = 'mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { id } }';

describe.each(STORES)('bad input on the $name PostgreSQL', (store) => {
  let t: TestServer;
  let sec: string;
  let rep: string;
  let ids: string[];
  let allianceId: string;
  let requirementId: string;
  let resourceId: string;

  beforeAll(async () => {
    t = await startTestServer(store);
    const f = await createAllianceFixture(t.services, 'bad');
    const p = await createPledgeable(t.services, f, { capacity: 1000 });
    allianceId = f.allianceId;
    requirementId = p.requirementId;
    resourceId = p.resource.nodeId;
    ids = [f.allianceId, f.unitA.nodeId, f.unitB.nodeId, p.project.nodeId, p.requirementId, p.resource.nodeId];
    sec = await t.login(f.emails.secretary, PASSWORD);
    rep = await t.login(f.emails.repA, PASSWORD);
  });
  afterAll(() => t?.close());

  const cases: { name: string; run: () => Promise<{ errors?: any[] }>; code: string; field?: string }[] = [
    { name: 'wrong type (string for Int)', run: () => t.gql(PLEDGE, { input: { requirementId, resourceId, quantity: 'three' } }, rep), code: 'BAD_USER_INPUT' },
    { name: 'negative quantity', run: () => t.gql(PLEDGE, { input: { requirementId, resourceId, quantity: -3 } }, rep), code: 'BAD_USER_INPUT', field: 'quantity' },
    { name: 'zero quantity', run: () => t.gql(PLEDGE, { input: { requirementId, resourceId, quantity: 0 } }, rep), code: 'BAD_USER_INPUT', field: 'quantity' },
    { name: 'huge quantity beyond Int', run: () => t.gql(PLEDGE, { input: { requirementId, resourceId, quantity: 2 ** 40 } }, rep), code: 'BAD_USER_INPUT' },
    { name: 'fractional quantity', run: () => t.gql(PLEDGE, { input: { requirementId, resourceId, quantity: 1.5 } }, rep), code: 'BAD_USER_INPUT' },
    { name: 'malformed id', run: () => t.gql(PLEDGE, { input: { requirementId: 'not-an-id', resourceId, quantity: 1 } }, rep), code: 'BAD_USER_INPUT', field: 'requirementId' },
    { name: 'id of the wrong type', run: () => t.gql(PLEDGE, { input: { requirementId: resourceId, resourceId, quantity: 1 } }, rep), code: 'BAD_USER_INPUT', field: 'requirementId' },
    { name: 'well-formed id that does not exist', run: () => t.gql(PLEDGE, { input: { requirementId: Buffer.from('Requirement:00000000-0000-4000-8000-000000000000').toString('base64url'), resourceId, quantity: 1 } }, rep), code: 'NOT_FOUND' },
    { name: 'oversized title', run: () => t.gql(RAISE, { input: { allianceId, title: 'x'.repeat(5000), description: '', category: 'HEALTH' } }, sec), code: 'BAD_USER_INPUT', field: 'title' },
    { name: 'empty title', run: () => t.gql(RAISE, { input: { allianceId, title: '', description: '', category: 'HEALTH' } }, sec), code: 'BAD_USER_INPUT', field: 'title' },
    { name: 'unknown enum value', run: () => t.gql(RAISE, { input: { allianceId, title: 't', description: '', category: 'NOPE' } }, sec), code: 'BAD_USER_INPUT' },
    { name: 'SQL injection string is stored as text', run: () => t.gql(RAISE, { input: { allianceId, title: "'); DROP TABLE needs; --", description: "' OR '1'='1", category: 'HEALTH' } }, sec), code: 'ok' },
    { name: 'unicode edge cases are stored as text', run: () => t.gql(RAISE, { input: { allianceId, title: '😀\u202e\u200b社区𠮷', description: 'é'.normalize('NFD'), category: 'HEALTH' } }, sec), code: 'ok' },
    { name: 'NUL byte in text', run: () => t.gql(RAISE, { input: { allianceId, title: 'a\u0000b', description: '', category: 'HEALTH' } }, sec), code: 'BAD_USER_INPUT' },
    { name: 'expired token', run: () => t.gql('{ me { id } }', {}, jwt.sign({}, TEST_JWT_SECRET, { subject: '00000000-0000-4000-8000-000000000000', issuer: 'gongjian', expiresIn: -10 })), code: 'UNAUTHENTICATED' },
    { name: 'token signed with another key', run: () => t.gql('{ me { id } }', {}, jwt.sign({}, 'some-other-secret-key-123456', { subject: 'x', issuer: 'gongjian' })), code: 'UNAUTHENTICATED' },
    { name: 'alg none token', run: () => t.gql('{ me { id } }', {}, `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","iss":"gongjian"}').toString('base64url')}.`), code: 'UNAUTHENTICATED' },
    { name: 'garbage authorization header', run: () => t.gql('{ me { id } }', {}, '\u00ff\u00fe garbage'), code: 'UNAUTHENTICATED' },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await c.run();
    if (c.code === 'ok') {
      expect(r.errors).toBeUndefined();
    } else {
      expect(r.errors?.[0]?.extensions?.code).toBe(c.code);
      if (c.field) expect(r.errors?.[0]?.extensions?.field).toBe(c.field);
      expect(r.errors?.[0]?.message).not.toMatch(/QueryFailedError|violates|relation "|\.ts:\d+/);
    }
    const alive = await t.gql('{ me { id } }', {}, sec);
    expect(alive.errors).toBeUndefined();
  });

  it('survives 2,000 random valid-shaped operations from the schema without an internal error', async () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const roots = [schema.getQueryType()!, schema.getMutationType()!];
    const r = rng(Number(process.env.FUZZ_SEED ?? 20261128));
    const tokens = [undefined, sec, rep];
    let internal = 0;
    const failures: string[] = [];
    const N = 2000;
    for (let batch = 0; batch < N / 20; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const { op, vars } = randomOperation(r, schema, r() < 0.6 ? roots[0] : roots[1], ids);
          const res = await t.gql(op, vars, tokens[Math.floor(r() * tokens.length)]);
          const bad = (res.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
          if (res.status >= 500 || bad.length) {
            internal++;
            if (failures.length < 5) failures.push(`${op}\n${JSON.stringify(vars).slice(0, 300)}\n${JSON.stringify(res.errors).slice(0, 500)}`);
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(internal).toBe(0);
  }, 180_000);
});
