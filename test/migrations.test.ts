import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../server/db/data-source';
import { migrations } from '../server/migrations';
import { createTestDatabase, STORES, TestDatabase } from './support/stores';

/**
 * Tables, functions and enum/domain types of the public schema, besides TypeORM's own migrations
 * table and what extensions own (TypeORM installs uuid-ossp when it connects).
 */
async function objects(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await ds.query(
    `SELECT 'table ' || tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'
     UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
     UNION ALL SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe.each(STORES)('migrations on $name', (store) => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(store);
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('every down undoes its up: all the way down leaves nothing, and up again gives the same schema', async () => {
    expect(await migrate(ds)).toHaveLength(migrations.length);
    const schema = await objects(ds);
    expect(schema).toEqual(expect.arrayContaining(['table alliance_event_sequences', 'function gongjian_append_event']));
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    expect(await objects(ds)).toEqual([]);
    expect(await migrate(ds)).toHaveLength(migrations.length);
    expect(await objects(ds)).toEqual(schema);
  });

  it('the event sequence: opened with each alliance, gapless through the append function, kept across its own down and up', async () => {
    const [{ id }] = await ds.query(`INSERT INTO alliances (name, region) VALUES ('迁移测试', '示范街道') RETURNING id`);
    const append = () =>
      ds.query(`SELECT gongjian_append_event($1, 'PROJECT_CREATED', NULL, 'Project', gen_random_uuid(), '{}')::int AS seq`, [id]);
    expect(await append()).toEqual([{ seq: 1 }]);
    expect(await append()).toEqual([{ seq: 2 }]);
    await expect(
      ds.query(`SELECT gongjian_append_event(gen_random_uuid(), 'PROJECT_CREATED', NULL, 'Project', gen_random_uuid(), '{}')`),
    ).rejects.toThrow(/vanished while recording an event/);

    // Down to before the sequence table: the counter goes back onto the alliance row, then returns.
    const sinceSequences = migrations.length - migrations.findIndex((m) => m.name.startsWith('AllianceEventSequences'));
    for (let i = 0; i < sinceSequences; i++) await ds.undoLastMigration();
    expect(await ds.query('SELECT event_seq::int AS seq FROM alliances WHERE id = $1', [id])).toEqual([{ seq: 2 }]);
    await migrate(ds);
    expect(await append()).toEqual([{ seq: 3 }]);
    expect(await ds.query('SELECT seq::int FROM events WHERE alliance_id = $1 ORDER BY seq', [id])).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });
});
