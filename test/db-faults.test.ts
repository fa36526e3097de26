import WebSocket from 'ws';
import { createLiveClient } from '../client/lib/live-client';
import { createApp, GongjianServer } from '../server/app';
import { createDataSource, migrate } from '../server/db/data-source';
import { createLogger } from '../server/logger';
import { createServices } from '../server/services';
import { createAllianceFixture, createPledgeable, PASSWORD } from './support/fixtures';
import { TEST_JWT_SECRET } from './support/harness';
import { RestartablePg, startRestartablePg } from './support/restartable-pg';

const PLEDGE = 'mutation($input: PledgeResourceInput!) { pledgeResource(input: $input) { id } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(['embedded', 'system'] as const)('a %s PostgreSQL restarted under load', (kind) => {
  let pg: RestartablePg;
  let server: GongjianServer;
  let ds: ReturnType<typeof createDataSource>;
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await ds?.destroy().catch(() => undefined);
    await pg?.destroy();
  });

  it('fails fast while down, answers within 10 s after, loses no acknowledged write, and the live feed catches up', async () => {
    pg = await startRestartablePg(kind);
    ds = createDataSource({ url: pg.url, poolSize: 10 });
    await ds.initialize();
    await migrate(ds);
    const services = createServices(ds, TEST_JWT_SECRET);
    server = await createApp({ ds, services, production: false, log: createLogger({ production: false, level: 'fatal' }) });
    const port = await server.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    const f = await createAllianceFixture(services, `fault-${kind}`);
    const { resource, requirementId } = await createPledgeable(services, f, { capacity: 1_000_000, quantity: 1_000_000 });
    const login = async (email: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "${PASSWORD}") { token } }` }) });
      return ((await res.json()) as any).data.login.token as string;
    };
    const repToken = await login(f.emails.repA);
    const secToken = await login(f.emails.secretary);

    // A live subscriber from the very beginning of the log.
    const seqs: number[] = [];
    const live = createLiveClient({ url: `ws://127.0.0.1:${port}/graphql`, token: secToken, webSocketImpl: WebSocket, minRetryMs: 100, maxRetryMs: 1000 });
    live.allianceEvents({ allianceId: f.allianceId, after: null }, { next: (e) => seqs.push(Number(Buffer.from(e.cursor, 'base64url').toString().slice(2))) });

    const acknowledged: string[] = [];
    const downErrors: { code: string; ms: number; debug?: string }[] = [];
    let phase: 'up' | 'down' | 'recovering' = 'up';
    let stop = false;
    const pledgeOnce = async () => {
      const started = Date.now();
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${repToken}` },
          body: JSON.stringify({ query: PLEDGE, variables: { input: { requirementId, resourceId: resource.nodeId, quantity: 1 } } }),
          signal: AbortSignal.timeout(15_000) });
        const body = (await res.json()) as any;
        if (body.data?.pledgeResource) {
          acknowledged.push(body.data.pledgeResource.id);
          return true;
        }
        if (phase !== 'up') downErrors.push({ code: body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`, ms: Date.now() - started, debug: body.errors?.[0]?.extensions?.debug });
        return false;
      } catch (err) {
        downErrors.push({ code: `fetch failed: ${(err as Error).message}`, ms: Date.now() - started });
        return false;
      }
    };
    const workers = Array.from({ length: 3 }, async () => {
      while (!stop) {
        if (!(await pledgeOnce())) await sleep(50);
      }
    });

    await sleep(1500);
    expect(acknowledged.length).toBeGreaterThan(0);
    phase = 'down';
    await pg.stop();
    await sleep(2500);
    phase = 'recovering';
    const back = Date.now();
    await pg.start();
    // The app answers again within 10 s of PostgreSQL being back.
    let recoveredAfter = -1;
    while (Date.now() - back < 15_000) {
      if (await pledgeOnce()) {
        recoveredAfter = Date.now() - back;
        break;
      }
      await sleep(100);
    }
    phase = 'up';
    await sleep(1500);
    stop = true;
    await Promise.all(workers);

    expect(recoveredAfter).toBeGreaterThanOrEqual(0);
    expect(recoveredAfter).toBeLessThan(10_000);
    // While down: clear errors, quickly.
    expect(downErrors.length).toBeGreaterThan(0);
    for (const e of downErrors) {
      expect(`${e.code} ${e.debug ?? ''}`.trim()).toBe('SERVICE_UNAVAILABLE');
      expect(e.ms).toBeLessThan(6000);
    }
    // No acknowledged write lost; the capacity counter agrees with the pledges.
    const rows = await ds.query('SELECT id FROM pledges WHERE id = ANY($1)', [acknowledged.map((g) => Buffer.from(g, 'base64url').toString().split(':')[1])]);
    expect(rows.length).toBe(acknowledged.length);
    const [counter] = await ds.query(
      `SELECT r.pledged, (SELECT coalesce(sum(quantity), 0)::int FROM pledges p WHERE p.resource_id = r.id AND p.status IN ('PLEDGED','CONFIRMED','FULFILLED')) AS summed
       FROM resources r WHERE r.id = $1`, [resource.id]);
    expect(counter.pledged).toBe(counter.summed);
    // The LISTEN connection came back and the subscriber caught up: every event, in order, once.
    const [{ last }] = await ds.query('SELECT last_seq::int AS last FROM alliance_event_sequences WHERE alliance_id = $1', [f.allianceUuid]);
    const deadline = Date.now() + 15_000;
    while (seqs[seqs.length - 1] !== last && Date.now() < deadline) await sleep(100);
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    await live.dispose();
    console.info(`${kind}: ${acknowledged.length} pledges acknowledged, ${downErrors.length} refused while down, answering ${recoveredAfter} ms after restart`);
  }, 90_000);
});
