import { Client, types } from 'pg';
import { installTimestampParser, parseIsoTimestamptz, TIMESTAMPTZ_OID } from '../server/db/timestamp-parser';
import { createTestDatabase, STORES, TestDatabase } from './support/stores';

// pg's own parser, taken before the fast path is installed.
const general = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (s: string) => Date | number | null;

describe('the timestamptz fast path', () => {
  it('agrees with pg’s own parser on ISO output: fractions of 0–6 digits, offsets ±HH, ±HH:MM, ±HH:MM:SS', () => {
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pad = (v: number, n: number) => String(v).padStart(n, '0');
    const offsets = ['+00', '+08', '-03:30', '+05:45', '-08', '+08:05:43', '-00:01:15', '+14'];
    for (let k = 0; k < 5000; k++) {
      const frac = rnd(7);
      const s =
        `${pad(1000 + rnd(9000), 4)}-${pad(1 + rnd(12), 2)}-${pad(1 + rnd(28), 2)} ${pad(rnd(24), 2)}:${pad(rnd(60), 2)}:${pad(rnd(60), 2)}` +
        (frac ? `.${pad(rnd(10 ** frac), frac)}` : '') +
        offsets[rnd(offsets.length)];
      const fast = parseIsoTimestamptz(s);
      expect(fast).toBeInstanceOf(Date);
      expect([s, fast!.getTime()]).toEqual([s, (general(s) as Date).getTime()]);
    }
  });

  it('leaves everything else to pg’s parser', () => {
    for (const s of ['infinity', '-infinity', '0099-01-01 00:00:00+00', '2026-01-01 00:00:00+00 BC', '12026-01-01 00:00:00+00',
      '2026-01-01 00:00:00', '2026-01-01 00:00:00.+00', '2026-01-01T00:00:00+00', '2026-01-01 00:00:00+0', 'Sat Nov 28 2026']) {
      expect([s, parseIsoTimestamptz(s)]).toEqual([s, undefined]);
    }
  });
});

describe.each(STORES)('timestamptz read from PostgreSQL on $name', (store) => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    installTimestampParser();
    db = await createTestDatabase(store);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it.each(['UTC', 'Asia/Shanghai', 'America/St_Johns', 'Asia/Kathmandu', 'America/Los_Angeles'])(
    'matches the epoch PostgreSQL reports in TimeZone %s (microseconds truncated, historic LMT offsets, BC and infinity)',
    async (zone) => {
      await client.query(`SET TimeZone = '${zone}'`);
      const { rows } = await client.query(
        `SELECT t, CASE WHEN isfinite(t) THEN floor(extract(epoch FROM t) * 1000)::float8 END AS ms
           FROM unnest(ARRAY['2026-11-28 16:41:08.837123+00', '2026-03-08 10:00:00+00', '1890-06-01 12:00:00+00', '1970-01-01 00:00:00+00',
                             '2026-11-28 16:41:08+00', '2026-11-28 16:41:08.5+00', '0044-03-15 12:00:00+00 BC', 'infinity']::timestamptz[]) t`,
      );
      for (const r of rows) {
        if (r.ms === null) expect(r.t).toBe(Infinity);
        else expect(r.t.getTime()).toBe(r.ms);
      }
    },
  );
});
