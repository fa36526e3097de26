import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pledges that arrive together are written together: one transaction for a batch of them
 * (PledgeBatcher), with one read and one write round trip, instead of one transaction each.
 *
 * Why: with sixteen pledge transactions open at once PostgreSQL spent ≈ 1.9 ms of CPU per pledge, with
 * two ≈ 0.85 ms, and with four pledges to a transaction ≈ 0.65 ms (the same statements replayed from
 * Node, bench data, this machine's two cores). What grows with the number of transactions is waiting:
 * every pledge of an alliance updates its event-sequence row, so concurrent pledge transactions queue
 * on that row lock and are woken, scheduled and signalled in turn; each commit also pays its own WAL
 * flush. A batch queues once and commits once.
 *
 * - `gongjian_pledge_read_many`: `gongjian_pledge_read` for each (requirement, resource) pair, in
 *   order, with the pair's 1-based position as `ord`. `gongjian_pledge_read` is declared to return
 *   one row (it always does): with the default estimate of 1,000 the planner costed four pairs at
 *   ≈ 490,000, past `jit_above_cost`, and JIT compilation made each read ≈ 7 ms instead of ≈ 1.
 * - `gongjian_pledge_write_many`: the writes of `gongjian_pledge_write` and the event append for each
 *   pledge, phase by phase so that concurrent batches and single pledges take their locks in one
 *   order (resources by id, requirements by id, contributions by organization, event sequences by
 *   alliance) and cannot deadlock. A pledge whose resource has no room is skipped and reported —
 *   `(ord, available)`, `available` null if the resource is gone — and nothing is written for it; the
 *   others go on. Anything else raises and fails the whole batch.
 */
export class PledgeBatches1765600000000 implements MigrationInterface {
  name = 'PledgeBatches1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION gongjian_pledge_read_many(p_requirements uuid[], p_resources uuid[])
      RETURNS TABLE (ord int, tx_now timestamptz,
                     q_id uuid, q_alliance_id uuid, q_project_id uuid, q_kind text, q_unit text, q_project_status text, q_project_title text,
                     r_id uuid, r_alliance_id uuid, r_organization_id uuid, r_kind text, r_name text, r_unit text, r_capacity int, r_pledged int,
                     r_organization_name text, r_organization_status text)
      LANGUAGE plpgsql AS $$
      BEGIN
        RETURN QUERY
        SELECT i.k::int, r.* FROM unnest(p_requirements, p_resources) WITH ORDINALITY AS i (req, res, k)
         CROSS JOIN LATERAL gongjian_pledge_read(i.req, i.res) AS r
         ORDER BY i.k;
      END $$;
      ALTER FUNCTION gongjian_pledge_read(uuid, uuid) ROWS 1;

      CREATE FUNCTION gongjian_pledge_write_many(p_ids uuid[], p_alliances uuid[], p_requirements uuid[], p_projects uuid[],
                                                 p_resources uuid[], p_organizations uuid[], p_users uuid[], p_quantities int[],
                                                 p_notes text[], p_payloads jsonb[])
      RETURNS TABLE (ord int, available int) LANGUAGE plpgsql AS $$
      DECLARE
        refused int[] := '{}';
        k int;
      BEGIN
        -- Same-resource pledges in arrival order: the first to come gets the room.
        FOR k IN SELECT i FROM generate_subscripts(p_ids, 1) AS i ORDER BY p_resources[i], i LOOP
          UPDATE resources SET pledged = pledged + p_quantities[k], updated_at = now()
           WHERE id = p_resources[k] AND capacity - pledged >= p_quantities[k];
          IF NOT FOUND THEN
            refused := refused || k;
            ord := k;
            SELECT r.capacity - r.pledged INTO available FROM resources r WHERE r.id = p_resources[k];
            IF NOT FOUND THEN available := NULL; END IF;
            RETURN NEXT;
          END IF;
        END LOOP;
        FOR k IN SELECT i FROM generate_subscripts(p_ids, 1) AS i WHERE i <> ALL (refused) ORDER BY p_requirements[i], i LOOP
          UPDATE requirements SET pledged = pledged + p_quantities[k] WHERE id = p_requirements[k];
        END LOOP;
        INSERT INTO pledges (id, alliance_id, requirement_id, project_id, resource_id, organization_id, pledged_by_id, quantity, status, note)
        SELECT p_ids[i], p_alliances[i], p_requirements[i], p_projects[i], p_resources[i], p_organizations[i], p_users[i],
               p_quantities[i], 'PLEDGED', p_notes[i]
          FROM generate_subscripts(p_ids, 1) AS i WHERE i <> ALL (refused) ORDER BY p_organizations[i], i;
        FOR k IN SELECT i FROM generate_subscripts(p_ids, 1) AS i WHERE i <> ALL (refused) ORDER BY p_alliances[i], i LOOP
          PERFORM gongjian_append_event(p_alliances[k], 'PLEDGE_CREATED', p_users[k], 'Pledge', p_ids[k], p_payloads[k]);
        END LOOP;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION gongjian_pledge_write_many(uuid[], uuid[], uuid[], uuid[], uuid[], uuid[], uuid[], int[], text[], jsonb[]);
      DROP FUNCTION gongjian_pledge_read_many(uuid[], uuid[]);
      ALTER FUNCTION gongjian_pledge_read(uuid, uuid) ROWS 1000;
    `);
  }
}
