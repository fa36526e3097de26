import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statements of the write path that every mutation (the event append) or the busiest one (a
 * pledge) sends, as PL/pgSQL functions.
 *
 * Why: these statements travel with BEGIN or COMMIT in one simple-protocol round trip, which cannot
 * use prepared statements, so PostgreSQL parsed and planned each of them afresh on every call. Under
 * the pledge benchmark parsing and planning were about a third of PostgreSQL's CPU (perf: planner
 * 23 %, parse analysis 8 %, raw parser 6 % of its samples). A PL/pgSQL function keeps its statements'
 * plans for the session, so what is parsed per call is only `SELECT f(literals)`. The SQL is the
 * same as before; the services still decide what to call and map the outcomes to domain errors.
 *
 * - `gongjian_append_event`: bumps the alliance's sequence row (held until commit: sequence numbers
 *   follow commit order), inserts the event and queues its NOTIFY; raises if the alliance is gone.
 * - `gongjian_pledge_read`: the pledge's locking read (project share-locked, as everywhere) of the
 *   requirement and the resource, one row, columns prefixed q_ and r_ (null when not found).
 * - `gongjian_pledge_write`: the conditional capacity UPDATE, the requirement counter and the pledge
 *   row; raises SQLSTATE GJ001 without writing anything when the resource has no room.
 */
export class WritePathFunctions1765400000000 implements MigrationInterface {
  name = 'WritePathFunctions1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION gongjian_append_event(p_alliance uuid, p_type text, p_actor uuid, p_entity_type text, p_entity uuid, p_payload jsonb)
      RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        s bigint;
      BEGIN
        UPDATE alliance_event_sequences SET last_seq = last_seq + 1 WHERE alliance_id = p_alliance RETURNING last_seq INTO s;
        IF s IS NULL THEN
          RAISE EXCEPTION 'alliance % vanished while recording an event', p_alliance;
        END IF;
        INSERT INTO events (alliance_id, seq, type, actor_id, entity_type, entity_id, payload)
        VALUES (p_alliance, s, p_type, p_actor, p_entity_type, p_entity, p_payload);
        PERFORM pg_notify('gongjian_events', p_alliance::text || ':' || s);
        RETURN s;
      END $$;

      CREATE FUNCTION gongjian_pledge_read(p_requirement uuid, p_resource uuid)
      RETURNS TABLE (tx_now timestamptz,
                     q_id uuid, q_alliance_id uuid, q_project_id uuid, q_kind text, q_unit text, q_project_status text, q_project_title text,
                     r_id uuid, r_alliance_id uuid, r_organization_id uuid, r_kind text, r_name text, r_unit text, r_capacity int, r_pledged int,
                     r_organization_name text, r_organization_status text)
      LANGUAGE plpgsql AS $$
      BEGIN
        RETURN QUERY
        SELECT now(), q.*, r.* FROM (VALUES (1)) one
          LEFT JOIN (SELECT q.id, q.alliance_id, q.project_id, q.kind, q.unit, p.status, p.title
                       FROM requirements q JOIN projects p ON p.id = q.project_id WHERE q.id = p_requirement FOR SHARE OF p) q ON true
          LEFT JOIN (SELECT r.id, r.alliance_id, r.organization_id, r.kind, r.name, r.unit, r.capacity, r.pledged, o.name, o.status
                       FROM resources r JOIN organizations o ON o.id = r.organization_id WHERE r.id = p_resource) r ON true;
      END $$;

      CREATE FUNCTION gongjian_pledge_write(p_id uuid, p_alliance uuid, p_requirement uuid, p_project uuid, p_resource uuid,
                                            p_organization uuid, p_user uuid, p_quantity int, p_note text)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE resources SET pledged = pledged + p_quantity, updated_at = now()
         WHERE id = p_resource AND capacity - pledged >= p_quantity;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'resource % has no room for % more', p_resource, p_quantity USING ERRCODE = 'GJ001';
        END IF;
        UPDATE requirements SET pledged = pledged + p_quantity WHERE id = p_requirement;
        INSERT INTO pledges (id, alliance_id, requirement_id, project_id, resource_id, organization_id, pledged_by_id, quantity, status, note)
        VALUES (p_id, p_alliance, p_requirement, p_project, p_resource, p_organization, p_user, p_quantity, 'PLEDGED', p_note);
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION gongjian_pledge_write(uuid, uuid, uuid, uuid, uuid, uuid, uuid, int, text);
      DROP FUNCTION gongjian_pledge_read(uuid, uuid);
      DROP FUNCTION gongjian_append_event(uuid, text, uuid, text, uuid, jsonb);
    `);
  }
}
