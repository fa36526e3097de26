import { MigrationInterface, QueryRunner } from 'typeorm';
import { ENQUEUE_NOTIFICATIONS } from './1764500000000-notifications-and-concerns';

/**
 * Less work inside PostgreSQL for each pledge, the busiest write. A pgbench replay of the pledge
 * transaction (16 clients) cost 3.1–3.3 ms of the bench machine's CPU per pledge, a quarter of
 * PostgreSQL's share of it in after-triggers; with these three changes it costs ≈ 2.65 ms:
 *
 * - The contributions read model (migration 1765100000000) is kept on INSERT by a row-level trigger
 *   with a WHEN clause: one cached UPDATE by primary key. The statement-level trigger built an array
 *   from its transition table and grouped it for every single-row insert. UPDATE and DELETE keep
 *   their statement-level triggers: a project's cancellation withdraws many pledges in one statement.
 * - The outbox trigger on `events` first asks whether the alliance has an enabled notification
 *   channel: both of its inserts need one, so an alliance without channels pays one index probe
 *   instead of two INSERT … SELECTs per event.
 * - A pledge's six foreign keys become three: (requirement, project, alliance) references the
 *   requirement's own triple, (resource, organization) the resource's own pair, and the pledging user.
 *   Each check is a query; the composite keys also say what the single ones could not — that a
 *   pledge's project and alliance are its requirement's, and its organization owns its resource.
 *   Deletes cascade as before, now alliance → project → requirement → pledge. The resource key is
 *   checked at commit: deleting an alliance also deletes its resources, and a resource still refuses
 *   deletion while pledges point at it, but only once the cascade through the requirements has run.
 */
export class LighterPledgeWrites1765500000000 implements MigrationInterface {
  name = 'LighterPledgeWrites1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER pledges_contributions_insert ON pledges;
      CREATE FUNCTION organization_contributions_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE organization_contributions
           SET pledged = pledged + NEW.quantity, fulfilled = fulfilled + COALESCE(NEW.delivered_quantity, 0),
               pledges = pledges + 1, fulfilled_pledges = fulfilled_pledges + (NEW.status = 'FULFILLED')::int
         WHERE organization_id = NEW.organization_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER pledges_contributions_insert AFTER INSERT ON pledges FOR EACH ROW
        WHEN (NEW.status IN ('PLEDGED', 'CONFIRMED', 'FULFILLED')) EXECUTE FUNCTION organization_contributions_add();

      CREATE OR REPLACE FUNCTION gongjian_enqueue_notifications() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM notification_channels c WHERE c.alliance_id = NEW.alliance_id AND c.enabled) THEN
          RETURN NULL;
        END IF;
${ENQUEUE_NOTIFICATIONS}        RETURN NULL;
      END
      $fn$;

      ALTER TABLE requirements ADD CONSTRAINT requirements_id_project_alliance_key UNIQUE (id, project_id, alliance_id);
      ALTER TABLE resources ADD CONSTRAINT resources_id_organization_key UNIQUE (id, organization_id);
      ALTER TABLE pledges
        DROP CONSTRAINT pledges_alliance_id_fkey,
        DROP CONSTRAINT pledges_project_id_fkey,
        DROP CONSTRAINT pledges_requirement_id_fkey,
        DROP CONSTRAINT pledges_resource_id_fkey,
        DROP CONSTRAINT pledges_organization_id_fkey,
        ADD CONSTRAINT pledges_requirement_fkey FOREIGN KEY (requirement_id, project_id, alliance_id)
          REFERENCES requirements (id, project_id, alliance_id) ON DELETE CASCADE,
        ADD CONSTRAINT pledges_resource_fkey FOREIGN KEY (resource_id, organization_id)
          REFERENCES resources (id, organization_id) DEFERRABLE INITIALLY DEFERRED;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pledges
        DROP CONSTRAINT pledges_requirement_fkey,
        DROP CONSTRAINT pledges_resource_fkey,
        ADD CONSTRAINT pledges_alliance_id_fkey FOREIGN KEY (alliance_id) REFERENCES alliances (id) ON DELETE CASCADE,
        ADD CONSTRAINT pledges_requirement_id_fkey FOREIGN KEY (requirement_id) REFERENCES requirements (id) ON DELETE CASCADE,
        ADD CONSTRAINT pledges_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
        ADD CONSTRAINT pledges_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES resources (id),
        ADD CONSTRAINT pledges_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id);
      ALTER TABLE resources DROP CONSTRAINT resources_id_organization_key;
      ALTER TABLE requirements DROP CONSTRAINT requirements_id_project_alliance_key;

      CREATE OR REPLACE FUNCTION gongjian_enqueue_notifications() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
${ENQUEUE_NOTIFICATIONS}        RETURN NULL;
      END
      $fn$;

      DROP TRIGGER pledges_contributions_insert ON pledges;
      DROP FUNCTION organization_contributions_add();
      CREATE TRIGGER pledges_contributions_insert AFTER INSERT ON pledges
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_contributions_apply();
    `);
  }
}
