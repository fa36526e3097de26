import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves each alliance's event counter off the `alliances` row into a row of its own.
 *
 * Why: every pledge, event, project and need row references its alliance, so each of those inserts
 * takes a FOR KEY SHARE lock on the alliance row for its foreign-key check. While the counter lived
 * on that row, every writing transaction also UPDATEd it, so its versions carried MultiXact xmax
 * values (the concurrent key-share lockers plus the updater), and every foreign-key check walked a
 * chain of such versions reading MultiXact members for each one. Under the pledge benchmark that was
 * the largest single cost in PostgreSQL (`GetMultiXactIdMembers` ≈ 12 % of all CPU, from the RI
 * check's index scan), and it grew as the chain grew: a pgbench replay of the pledge transaction
 * went from ≈ 280–370 to ≈ 510–700 commits/s with the counter moved here. Nothing references this
 * table, so its row is only ever updated, never key-share locked by others.
 *
 * A row is made for every alliance when it is created (statement trigger, so raw SQL inserts get one
 * too), the same way organization_contributions is opened for every organization.
 */
export class AllianceEventSequences1765300000000 implements MigrationInterface {
  name = 'AllianceEventSequences1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alliance_event_sequences (
        alliance_id uuid PRIMARY KEY REFERENCES alliances(id) ON DELETE CASCADE,
        last_seq bigint NOT NULL DEFAULT 0,
        CONSTRAINT alliance_event_sequences_non_negative CHECK (last_seq >= 0)
      );
      INSERT INTO alliance_event_sequences (alliance_id, last_seq) SELECT id, event_seq FROM alliances;

      CREATE FUNCTION alliance_event_sequences_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alliance_event_sequences (alliance_id) SELECT id FROM new_alliances;
        RETURN NULL;
      END $$;
      CREATE TRIGGER alliances_event_sequences_open AFTER INSERT ON alliances
        REFERENCING NEW TABLE AS new_alliances FOR EACH STATEMENT EXECUTE FUNCTION alliance_event_sequences_open();

      ALTER TABLE alliances DROP COLUMN event_seq;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE alliances ADD COLUMN event_seq bigint NOT NULL DEFAULT 0;
      UPDATE alliances a SET event_seq = s.last_seq FROM alliance_event_sequences s WHERE s.alliance_id = a.id;
      DROP TRIGGER alliances_event_sequences_open ON alliances;
      DROP FUNCTION alliance_event_sequences_open();
      DROP TABLE alliance_event_sequences;
    `);
  }
}
