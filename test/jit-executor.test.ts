import { buildSchema, GraphQLScalarType, isEnumType, isScalarType, parse, specifiedScalarTypes } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { GJ_DASHBOARD } from '../bench/queries';
import { createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { GqlResponse, startTestServer, TestServer } from './support/harness';
import { COMPILES_PER_MINUTE, isCompilable } from '../server/graphql/jit-executor';
import { getSchema } from '../server/graphql/schema';
import { randomOperation, rng } from './support/random-operations';
import { STORES } from './support/stores';

/** What a client can tell apart in a response: status, data, and each error's message, path and code. */
function observable(r: GqlResponse) {
  return {
    status: r.status,
    data: r.data,
    errors: r.errors?.map((e) => ({ message: e.message, path: e.path, locations: e.locations, extensions: e.extensions })),
  };
}

async function compiledCount(t: TestServer): Promise<number> {
  const text = await (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^gongjian_graphql_compiled_operations_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

describe('which documents are compiled', () => {
  it('keeps re-coercing coerced variables a no-op: every enum value is its name, the custom scalars accept their own values', async () => {
    const schema = await getSchema();
    const custom: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isEnumType(type)) for (const v of type.getValues()) expect([type.name, v.value]).toEqual([type.name, v.name]);
      if (isScalarType(type) && !specifiedScalarTypes.includes(type)) custom.push(type.name);
    }
    // A new custom scalar must accept its parsed value (jit-executor.ts passes coerced variables on).
    expect(custom.sort()).toEqual(['DateTimeISO', 'JSONObject']);
    const date = schema.getType('DateTimeISO') as GraphQLScalarType;
    const parsed = date.parseValue('2026-11-29T04:00:00.000Z');
    expect((date.parseValue(parsed) as Date).toISOString()).toBe('2026-11-29T04:00:00.000Z');
    const json = schema.getType('JSONObject') as GraphQLScalarType;
    expect(json.parseValue(json.parseValue({ a: [1, 'b'] }))).toEqual({ a: [1, 'b'] });
  });

  it('compiles arguments given as variables or number, boolean, enum and null literals, and nothing else', () => {
    expect(isCompilable(parse(GJ_DASHBOARD))).toBe(true);
    expect(isCompilable(parse('query($id: ID!) { node(id: $id) { id } alliances(first: 2) { totalCount } }'))).toBe(true);
    for (const text of [
      '{ node(id: "x") { id } }',
      'query($h: Int) { me { id } alliances(first: $h, after: "c") { totalCount } }',
      'mutation($n: String!) { raiseNeed(input: { allianceId: "a", title: $n, description: "", category: HEALTH }) { id } }',
      'query($x: Boolean!) { me { ...F @include(if: $x) } } fragment F on User { id }',
      'query($first: Int = 3) { alliances(first: $first) { totalCount } }',
    ]) {
      expect([text, isCompilable(parse(text))]).toEqual([text, false]);
    }
  });
});

// An operation runs on graphql-js the first time and compiled (graphql-jit) from the second on
// (server/graphql/jit-executor.ts): both must answer exactly alike.
describe.each(STORES)('compiled operations on the $name PostgreSQL', (store) => {
  let t: TestServer;
  let sec: string;
  let rep: string;
  let ids: string[];
  let allianceId: string;

  beforeAll(async () => {
    t = await startTestServer(store);
    const f = await createAllianceFixture(t.services, 'jit');
    const p = await createPledgeable(t.services, f, { capacity: 1000, quantity: 500 });
    for (let i = 0; i < 3; i++) {
      await t.services.pledges.pledge(f.viewers.repA, { requirementId: p.requirementId, resourceId: p.resource.nodeId, quantity: 2 + i });
    }
    allianceId = f.allianceId;
    ids = [f.allianceId, f.unitA.nodeId, f.unitB.nodeId, p.project.nodeId, p.requirementId, p.resource.nodeId];
    sec = await t.login(f.emails.secretary, PASSWORD);
    rep = await t.login(f.emails.repA, PASSWORD);
  });
  afterAll(() => t?.close());

  it('answers the dashboard alike on its first, second and third run, compiling it once', async () => {
    const before = await compiledCount(t);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(observable(await t.gql(GJ_DASHBOARD, { id: allianceId }, sec)));
    expect(runs[0].errors).toBeUndefined();
    expect((runs[0].data as any).alliance.projects.edges.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect((await compiledCount(t)) - before).toBe(1);
  });

  it('never compiles a string literal: a crafted one is only ever a value', async () => {
    const g = globalThis as { __gjInjected?: unknown };
    const exploit = '{ alliance(id: "__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0),x:(globalThis.__gjInjected=1)+(0") { id } }';
    const before = await compiledCount(t);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(observable(await t.gql(exploit, {}, sec)));
    expect(g.__gjInjected).toBeUndefined();
    expect(runs[0].data).toEqual({ alliance: null });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect((await compiledCount(t)) - before).toBe(0);
  });

  it('answers fragments under @include like graphql-js every time (such documents are not compiled)', async () => {
    const q = 'query($x: Boolean!) { a: me { ...F @include(if: $x) } b: me { ...F } } fragment F on User { id }';
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(q, { x: false }, sec);
      expect(r.errors).toBeUndefined();
      expect(r.data.a).toEqual({});
      expect(r.data.b).toEqual({ id: expect.any(String) });
    }
  });

  it('refuses bad variables alike once compiled (400, BAD_USER_INPUT, the field named)', async () => {
    const q = 'query($first: Int) { alliance(id: "' + allianceId + '") { projects(first: $first) { totalCount } } }';
    const ok = observable(await t.gql(q, { first: 2 }, sec));
    expect(ok.errors).toBeUndefined();
    const compiledOk = observable(await t.gql(q, { first: 2 }, sec));
    expect(compiledOk).toEqual(ok);
    const bad = observable(await t.gql(q, { first: 'two' }, sec));
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The same document on graphql-js (a fresh text, so not compiled yet) answers the same refusal.
    const fresh = observable(await t.gql(`${q} `, { first: 'two' }, sec));
    expect(fresh).toEqual(bad);
  });

  it('answers 300 random queries alike on graphql-js and compiled, errors and domain codes included', async () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const r = rng(Number(process.env.FUZZ_SEED ?? 20261129));
    const tokens = [undefined, sec, rep];
    const before = await compiledCount(t);
    const differences: string[] = [];
    let withData = 0;
    const N = 300;
    for (let batch = 0; batch < N / 20; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const { op, vars } = randomOperation(r, schema, schema.getQueryType()!, ids);
          const token = tokens[Math.floor(r() * tokens.length)];
          const first = observable(await t.gql(op, vars, token));
          const second = observable(await t.gql(op, vars, token));
          if (first.data) withData++;
          try {
            expect(second).toEqual(first);
          } catch {
            if (differences.length < 3)
              differences.push(
                `${op}\n${JSON.stringify(vars)}\n${JSON.stringify(first).slice(0, 600)}\n${JSON.stringify(second).slice(0, 600)}`,
              );
          }
        }),
      );
    }
    expect(differences).toEqual([]);
    // Most of them ran (some are refused by validation or the row limits before execution).
    expect(withData).toBeGreaterThan(N / 3);
    // As many as the compile budget allows (COMPILES_PER_MINUTE, refilled as the test runs).
    expect((await compiledCount(t)) - before).toBeGreaterThanOrEqual(COMPILES_PER_MINUTE / 2);
  }, 120_000);
});
