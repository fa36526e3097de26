import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { installedPeerNode, parseArgs, runBench, writeReport } from '../bench/run';

/**
 * The benchmark at a tiny scale for a few seconds, so it cannot rot: it seeds its own database,
 * starts Gongjian and the floor (and PostGraphile when bench/.peers already has it; the smoke never
 * downloads) as child processes from dist/ (built by the global setup), and runs (a)–(e).
 * Asserts shapes, equivalence, statement counts and invariants — never timings.
 */
describe('benchmark smoke (npm run bench at a tiny scale)', () => {
  it('runs every operation, the peers answer alike, statement counts hold and nothing is over-committed', async () => {
    const withPeer = installedPeerNode() !== null;
    const r = await runBench({
      scale: 0.01,
      duration: 1,
      warmup: 0,
      runs: 1,
      connections: 2,
      ops: new Set(['a', 'b', 'c', 'd', 'e']),
      peers: withPeer,
      installPeers: false,
      subscribers: [5],
      keepDb: false,
      dbName: `gj_bench_smoke_${process.pid}`,
      out: null,
      adminUrl: process.env.GJ_TEST_SYSTEM_PG_URL,
      log: () => undefined,
    });
    expect(r.rows.pledges).toBeGreaterThan(0);
    expect(r.equivalent).toEqual({ a: true, b: true });
    // Statements per request, counted on the wire (and by Gongjian's own header, which must agree).
    expect(r.statements.a.floor).toBe(1);
    expect(r.statements.b.floor).toBe(1);
    expect(r.statements.a.gongjian).toBe(r.gjHeader.a);
    expect(r.statements.b.gongjian).toBe(r.gjHeader.b);
    expect(r.statements.a.gongjian).toBeLessThanOrEqual(6); // the target of issue 7 (5 with the viewer cached)
    expect(r.statements.b.gongjian).toBeLessThanOrEqual(2); // 1 with the viewer cached
    if (withPeer) expect(r.statements.a.postgraphile).toBeGreaterThanOrEqual(1);
    for (const key of ['a', 'b']) {
      for (const [peer, x] of Object.entries(r.http[key])) {
        expect({ peer, key, errors: x!.errors }).toEqual({ peer, key, errors: 0 });
        expect(x!.ok).toBeGreaterThan(0);
        expect(x!.rssMb).toBeGreaterThan(0);
      }
    }
    expect(r.pledges.spread.ok).toBeGreaterThan(0);
    expect(r.pledges.hot.ok).toBeGreaterThan(0);
    expect(r.pledges.spread.errors + r.pledges.hot.errors).toBe(0);
    const oc = r.overCommit!;
    expect(oc.succeeded).toBe(oc.room);
    expect(oc.capacityExceeded).toBe(oc.attempts - oc.room);
    expect(oc.counters).toEqual({ resourceMismatches: 0, overCommitted: 0, requirementMismatches: 0, contributionMismatches: 0, seqGaps: 0 });
    expect(r.counters).toEqual({ resourceMismatches: 0, overCommitted: 0, requirementMismatches: 0, contributionMismatches: 0, seqGaps: 0 });
    expect(r.fanOut).toHaveLength(1);
    expect(r.fanOut[0].received).toBe(r.fanOut[0].expected);
    expect(r.idle[0].subscribers).toBe(5);
    expect(r.notes).toEqual([]);
  }, 180_000);

  it('a run that fails part-way drops its database', async () => {
    const dbName = `gj_bench_fail_${process.pid}`;
    const options = { ...parseArgs(['--no-peers', '--no-write']), scale: 0.01, ops: new Set(['a']), dbName, log: () => undefined };
    const launcher = async () => {
      throw new Error('the server would not start');
    };
    await expect(runBench({ ...options, adminUrl: process.env.GJ_TEST_SYSTEM_PG_URL, launcher })).rejects.toThrow(/would not start/);
    const admin = new Client({ connectionString: process.env.GJ_TEST_SYSTEM_PG_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
    }
  }, 60_000);

  it('a full run updates only the raw section of a results page; a partial run writes nowhere unless told', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gj-bench-')), 'RESULTS.md');
    writeFileSync(file, '# Results\n\nnarrative\n\n<!-- bench:raw:start -->\n\nold\n\n<!-- bench:raw:end -->\n\nafter\n');
    writeReport(file, '# Benchmark results\n\n## (a) table\n');
    expect(readFileSync(file, 'utf8')).toBe(
      '# Results\n\nnarrative\n\n<!-- bench:raw:start -->\n\n### Benchmark results\n\n#### (a) table\n\n<!-- bench:raw:end -->\n\nafter\n',
    );
    const other = path.join(path.dirname(file), 'plain.md');
    writeReport(other, '# Benchmark results\n');
    expect(readFileSync(other, 'utf8')).toBe('# Benchmark results\n');
    expect(parseArgs([]).out).toMatch(/bench[\\/]RESULTS\.md$/);
    expect(parseArgs(['--ops', 'a']).out).toBeNull();
    expect(parseArgs(['--no-peers']).out).toBeNull();
    expect(parseArgs(['--ops', 'c', '--out', '/tmp/x.md']).out).toBe('/tmp/x.md');
    expect(parseArgs(['--no-write']).out).toBeNull();
  });
});
