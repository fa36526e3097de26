import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../server/db/data-source';
import { migrations } from '../server/migrations';
import { createTestDatabase, STORES, TestDatabase } from './support/stores';

/**
 * Tables, functions (with a digest of their source), constraints, triggers, indexes and enum/domain
 * types of the public schema, besides TypeORM's own migrations table and what extensions own
 * (TypeORM installs uuid-ossp when it connects): a down that restores a function's or a
 * constraint's earlier definition under the same name must restore it exactly.
 */
async function objects(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await ds.query(
    `SELECT 'table ' || tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'
     UNION ALL SELECT 'function ' || p.proname || ' ' || md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
     UNION ALL SELECT 'constraint ' || c.conrelid::regclass || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
               FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
               WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> 'migrations'
     UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
               JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal
     UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations'
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
    expect(schema).toEqual(expect.arrayContaining(['table alliance_event_sequences', expect.stringMatching(/^function gongjian_append_event /)]));
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

  it('pledge writes (1765500000000): composite keys refuse a mismatched pledge, the row trigger keeps contributions, the outbox still fills where a channel is on', async () => {
    const one = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0];
    const { id: alliance } = await one(`INSERT INTO alliances (name, region) VALUES ('认领测试', '示范街道') RETURNING id`);
    const { id: user } = await one(`INSERT INTO users (name, email, password_hash) VALUES ('代表', 'rep-${Date.now()}@example.cn', 'x') RETURNING id`);
    const org = async (name: string, kind = 'MEMBER_UNIT') =>
      (await one(`INSERT INTO organizations (alliance_id, name, kind, sector) VALUES ($1, $2, $3, 'AGENCY') RETURNING id`, [alliance, name, kind])).id as string;
    const [lead, other] = [await org('街道党工委', 'PARTY_COMMITTEE'), await org('区卫健委')];
    const project = async () =>
      (await one(`INSERT INTO projects (alliance_id, title, coordinator_id, lead_organization_id, status) VALUES ($1, '助老', $2, $3, 'APPROVED') RETURNING id`, [alliance, user, lead])).id as string;
    const [p1, p2] = [await project(), await project()];
    const { id: requirement } = await one(`INSERT INTO requirements (alliance_id, project_id, kind, quantity, unit) VALUES ($1, $2, 'VOLUNTEERS', 10, '人') RETURNING id`, [alliance, p1]);
    const { id: resource } = await one(`INSERT INTO resources (alliance_id, organization_id, kind, name, unit, capacity) VALUES ($1, $2, 'VOLUNTEERS', '志愿者', '人', 10) RETURNING id`, [alliance, other]);
    const pledge = (projectId: string, organizationId: string, status = 'PLEDGED') =>
      ds.query(
        `INSERT INTO pledges (alliance_id, requirement_id, project_id, resource_id, organization_id, pledged_by_id, quantity, status, delivered_quantity)
         VALUES ($1, $2, $3, $4, $5, $6, 2, $7, CASE WHEN $7 = 'FULFILLED' THEN 2 END)`,
        [alliance, requirement, projectId, resource, organizationId, user, status],
      );
    await expect(pledge(p2, other)).rejects.toThrow(/pledges_requirement_fkey/); // not the requirement's project
    await expect(pledge(p1, lead)).rejects.toThrow(/pledges_resource_fkey/); // not the resource's owner
    await pledge(p1, other);
    await pledge(p1, other, 'FULFILLED');
    await pledge(p1, other, 'WITHDRAWN'); // does not count
    const contributions = () => one('SELECT pledged, fulfilled, pledges, fulfilled_pledges FROM organization_contributions WHERE organization_id = $1', [other]);
    expect(await contributions()).toEqual({ pledged: 4, fulfilled: 2, pledges: 2, fulfilled_pledges: 1 });
    await ds.query(`UPDATE pledges SET status = 'WITHDRAWN' WHERE organization_id = $1 AND status = 'PLEDGED'`, [other]);
    expect(await contributions()).toEqual({ pledged: 2, fulfilled: 2, pledges: 1, fulfilled_pledges: 1 });

    const append = () => one(`SELECT gongjian_append_event($1, 'PLEDGE_CREATED', NULL, 'Pledge', gen_random_uuid(), '{}') AS seq`, [alliance]);
    const outbox = async () => (await one('SELECT count(*)::int AS n FROM notification_outbox WHERE alliance_id = $1', [alliance])).n;
    await append();
    expect(await outbox()).toBe(0);
    await ds.query(`INSERT INTO notification_channels (alliance_id, kind, name, event_types, secret_enc) VALUES ($1, 'WECOM', '群机器人', '{PLEDGE_CREATED}', 'x')`, [alliance]);
    await append();
    expect(await outbox()).toBe(1);
    await ds.query('UPDATE notification_channels SET enabled = false WHERE alliance_id = $1', [alliance]);
    await append();
    expect(await outbox()).toBe(1);

    // A resource with pledges still refuses deletion; deleting the alliance still takes its pledges with it (through project and requirement).
    await expect(ds.query('DELETE FROM resources WHERE id = $1', [resource])).rejects.toThrow(/pledges_resource_fkey/);
    await ds.query('DELETE FROM alliances WHERE id = $1', [alliance]);
    expect(await one('SELECT count(*)::int AS n FROM pledges WHERE alliance_id = $1', [alliance])).toEqual({ n: 0 });
  });
});
