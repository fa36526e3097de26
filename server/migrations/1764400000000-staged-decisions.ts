import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'PROPOSAL', 'DELIBERATION', 'REVIEW', 'STREET_REVIEW', 'RESOLUTION', 'DECISION_PUBLICATION', 'RESULT_PUBLICATION'`;

/** Staged decisions (四议两公开): per-alliance stage lists, decisions on projects and their stage records. */
export class StagedDecisions1764400000000 implements MigrationInterface {
  name = 'StagedDecisions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE decision_settings (
        alliance_id uuid PRIMARY KEY REFERENCES alliances (id) ON DELETE CASCADE,
        stages text[] NOT NULL CHECK (cardinality(stages) BETWEEN 4 AND 7 AND stages <@ ARRAY[${STAGES}]),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        proposal text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PASSED', 'REJECTED')),
        stages text[] NOT NULL CHECK (cardinality(stages) BETWEEN 4 AND 7 AND stages <@ ARRAY[${STAGES}]),
        next_position integer NOT NULL CHECK (next_position >= 0 AND next_position <= cardinality(stages)),
        proposed_by_id uuid NOT NULL REFERENCES users (id),
        passed_at timestamptz,
        published boolean NOT NULL DEFAULT false,
        decision_published_at timestamptz,
        results_published_at timestamptz,
        results text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PASSED') = (passed_at IS NOT NULL)),
        CHECK (published = (decision_published_at IS NOT NULL)),
        CHECK (NOT published OR status = 'PASSED'),
        CHECK (results_published_at IS NULL OR published),
        CHECK ((results IS NULL) = (results_published_at IS NULL))
      );
      CREATE INDEX decisions_alliance_id_idx ON decisions (alliance_id, created_at DESC, id DESC);
      CREATE INDEX decisions_project_id_idx ON decisions (project_id);
      CREATE INDEX decisions_proposed_by_id_idx ON decisions (proposed_by_id);
      -- at most one decision under way or passed per project; a rejected one may be followed by another
      CREATE UNIQUE INDEX decisions_one_live_per_project ON decisions (project_id) WHERE status IN ('OPEN', 'PASSED');

      CREATE TABLE decision_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position BETWEEN 0 AND 6),
        kind text NOT NULL CHECK (kind IN (${STAGES})),
        outcome text NOT NULL CHECK (outcome IN ('PASSED', 'REJECTED', 'DONE')),
        recorded_by_id uuid NOT NULL REFERENCES users (id),
        held_on date,
        eligible integer CHECK (eligible > 0),
        present integer CHECK (present >= 0 AND present <= eligible),
        votes_for integer CHECK (votes_for >= 0),
        votes_against integer CHECK (votes_against >= 0),
        votes_abstain integer CHECK (votes_abstain >= 0),
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (coalesce(votes_for, 0) + coalesce(votes_against, 0) + coalesce(votes_abstain, 0) <= coalesce(present, 0)
               OR (votes_for IS NULL AND votes_against IS NULL AND votes_abstain IS NULL))
      );
      CREATE UNIQUE INDEX decision_stages_decision_position_key ON decision_stages (decision_id, position);
      CREATE INDEX decision_stages_alliance_id_idx ON decision_stages (alliance_id);
      CREATE INDEX decision_stages_recorded_by_id_idx ON decision_stages (recorded_by_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE decision_stages;
      DROP TABLE decisions;
      DROP TABLE decision_settings;
    `);
  }
}
