import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read model for the stats: per organization, the sums over its active pledges (PLEDGED,
 * CONFIRMED, FULFILLED); every organization has one from its creation on. The stats statement used to aggregate every active pledge of the alliance
 * on each read (≈ 25 ms at 50,000 pledges); now it reads one row per organization.
 *
 * Kept by statement-level triggers on `pledges`, so every write — the services' CTEs, a project's
 * cancellation withdrawing many pledges in one statement, bulk seeds, raw SQL in tests — moves the
 * counters in the same transaction. In every service the pledge write is the last of its counter
 * updates (resource → requirement → pledge), so the contribution row is locked last and the lock
 * order stays the same everywhere.
 */
export class OrganizationContributions1765100000000 implements MigrationInterface {
  name = 'OrganizationContributions1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_contributions (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        alliance_id uuid NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        pledged int NOT NULL DEFAULT 0,
        fulfilled int NOT NULL DEFAULT 0,
        pledges int NOT NULL DEFAULT 0,
        fulfilled_pledges int NOT NULL DEFAULT 0,
        CONSTRAINT organization_contributions_non_negative
          CHECK (pledged >= 0 AND fulfilled >= 0 AND pledges >= 0 AND fulfilled_pledges >= 0 AND fulfilled_pledges <= pledges)
      );
      CREATE INDEX organization_contributions_alliance_idx ON organization_contributions (alliance_id, pledged DESC, fulfilled DESC, organization_id);

      CREATE FUNCTION organization_contributions_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        -- One signed row per pledge that counts: old rows subtract, new rows add. Each transition table
        -- is only referenced in the branch of the events that have it.
        d organization_contributions[] := '{}';
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          d := d || ARRAY(SELECT ROW(organization_id, alliance_id, quantity, COALESCE(delivered_quantity, 0), 1,
                                     (status = 'FULFILLED')::int)::organization_contributions
                            FROM new_rows WHERE status IN ('PLEDGED', 'CONFIRMED', 'FULFILLED'));
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          d := d || ARRAY(SELECT ROW(organization_id, alliance_id, -quantity, -COALESCE(delivered_quantity, 0), -1,
                                     -(status = 'FULFILLED')::int)::organization_contributions
                            FROM old_rows WHERE status IN ('PLEDGED', 'CONFIRMED', 'FULFILLED'));
        END IF;
        -- Every organization has its row (see organization_contributions_open), so this only updates;
        -- an upsert would not do: PostgreSQL checks the CHECK constraint on the proposed delta row.
        UPDATE organization_contributions c
           SET pledged = c.pledged + x.pledged, fulfilled = c.fulfilled + x.fulfilled,
               pledges = c.pledges + x.pledges, fulfilled_pledges = c.fulfilled_pledges + x.fulfilled_pledges
          FROM (SELECT organization_id, sum(pledged) pledged, sum(fulfilled) fulfilled, sum(pledges) pledges,
                       sum(fulfilled_pledges) fulfilled_pledges
                  FROM unnest(d) GROUP BY organization_id
                  HAVING (sum(pledged), sum(fulfilled), sum(pledges), sum(fulfilled_pledges)) <> (0, 0, 0, 0)) x
         WHERE c.organization_id = x.organization_id;
        RETURN NULL;
      END $$;

      CREATE FUNCTION organization_contributions_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO organization_contributions (organization_id, alliance_id) SELECT id, alliance_id FROM new_orgs;
        RETURN NULL;
      END $$;
      CREATE TRIGGER organizations_contributions_open AFTER INSERT ON organizations
        REFERENCING NEW TABLE AS new_orgs FOR EACH STATEMENT EXECUTE FUNCTION organization_contributions_open();

      -- Transition tables allow one event per trigger: three triggers, one function.
      CREATE TRIGGER pledges_contributions_insert AFTER INSERT ON pledges
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_contributions_apply();
      CREATE TRIGGER pledges_contributions_update AFTER UPDATE ON pledges
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_contributions_apply();
      CREATE TRIGGER pledges_contributions_delete AFTER DELETE ON pledges
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_contributions_apply();

      INSERT INTO organization_contributions (organization_id, alliance_id, pledged, fulfilled, pledges, fulfilled_pledges)
      SELECT o.id, o.alliance_id, COALESCE(p.pledged, 0), COALESCE(p.fulfilled, 0), COALESCE(p.pledges, 0), COALESCE(p.fulfilled_pledges, 0)
        FROM organizations o
        LEFT JOIN (SELECT organization_id, sum(quantity)::int pledged, COALESCE(sum(delivered_quantity), 0)::int fulfilled,
                          count(*)::int pledges, count(*) FILTER (WHERE status = 'FULFILLED')::int fulfilled_pledges
                     FROM pledges WHERE status IN ('PLEDGED', 'CONFIRMED', 'FULFILLED') GROUP BY organization_id) p
          ON p.organization_id = o.id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER pledges_contributions_insert ON pledges;
      DROP TRIGGER pledges_contributions_update ON pledges;
      DROP TRIGGER pledges_contributions_delete ON pledges;
      DROP FUNCTION organization_contributions_apply();
      DROP TRIGGER organizations_contributions_open ON organizations;
      DROP FUNCTION organization_contributions_open();
      DROP TABLE organization_contributions;
    `);
  }
}
