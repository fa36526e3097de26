import { GqlResponse, TestServer } from './harness';

/**
 * Helpers for suites that run mutations by name through HTTP: `ok` demands success and exactly one
 * new event; `refused` demands the error code (and field), no payload, no leaked internals and no
 * new event. `server` is read at call time because suites start their server in `beforeAll`.
 */
export function mutationChecks(opts: {
  server: () => TestServer;
  tokens: Record<string, string>;
  doc: (mutation: string) => string;
  /** Further counts a refusal must leave unchanged (e.g. point entries). */
  unchanged?: (() => Promise<number>)[];
}) {
  const events = async (): Promise<number> => (await opts.server().ds.query('SELECT count(*)::int n FROM events'))[0].n;
  const token = (who: string | null) => (who ? opts.tokens[who] : undefined);

  /** Runs a mutation that must succeed and write exactly one event; returns its payload. */
  async function ok(name: string, input: Record<string, unknown>, who: string | null): Promise<any> {
    const before = await events();
    const r = await opts.server().gql(opts.doc(name), { input }, token(who));
    expect(r.errors).toBeUndefined();
    expect(await events()).toBe(before + 1);
    return r.data[name];
  }

  /** Runs a mutation that must be refused with `code` (and `field`), writing no event. */
  async function refused(name: string, input: Record<string, unknown>, who: string | null, code: string, field?: string): Promise<GqlResponse> {
    const before = await events();
    const others = await Promise.all((opts.unchanged ?? []).map((count) => count()));
    const r = await opts.server().gql(opts.doc(name), { input }, token(who));
    expect(r.data?.[name] ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    if (field !== undefined) expect(r.errors![0].extensions!.field).toBe(field);
    expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE resources|stack|QueryFailed/);
    expect(await events()).toBe(before);
    expect(await Promise.all((opts.unchanged ?? []).map((count) => count()))).toEqual(others);
    return r;
  }

  return { events, ok, refused };
}
