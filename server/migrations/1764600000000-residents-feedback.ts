import { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents' feedback (反馈机制): anonymous submissions with a tracking code, triaged by the secretary. */
export class ResidentsFeedback1764600000000 implements MigrationInterface {
  name = 'ResidentsFeedback1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        tracking_code text NOT NULL CHECK (tracking_code ~ '^[A-Z2-9]{12}$'),
        category text NOT NULL CHECK (category IN ('ELDERLY_CARE', 'CHILD_CARE', 'EMPLOYMENT', 'ENVIRONMENT',
          'CULTURE', 'HEALTH', 'SAFETY', 'EDUCATION', 'OTHER')),
        content text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
        contact text CHECK (length(contact) <= 200),
        address_hash text NOT NULL CHECK (length(address_hash) = 64),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'ANSWERED', 'CONVERTED')),
        reply text CHECK (length(reply) <= 5000),
        need_id uuid REFERENCES needs (id) ON DELETE SET NULL,
        responded_by_id uuid REFERENCES users (id),
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'RECEIVED') = (responded_at IS NULL)),
        CHECK (status <> 'ANSWERED' OR reply IS NOT NULL),
        CHECK (status <> 'CONVERTED' OR responded_by_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX feedback_tracking_code_key ON feedback (tracking_code);
      CREATE INDEX feedback_alliance_id_idx ON feedback (alliance_id, created_at DESC, id DESC);
      CREATE INDEX feedback_address_hash_idx ON feedback (address_hash, created_at);
      CREATE INDEX feedback_need_id_idx ON feedback (need_id);
      CREATE INDEX feedback_responded_by_id_idx ON feedback (responded_by_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE feedback;`);
  }
}
