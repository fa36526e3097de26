import { MigrationInterface, QueryRunner } from 'typeorm';

/** Co-building agreements (共建协议) with a review cadence, and the watchers' raised alerts. */
export class AgreementsAndWatchers1764900000000 implements MigrationInterface {
  name = 'AgreementsAndWatchers1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        review_every_months integer NOT NULL CHECK (review_every_months BETWEEN 1 AND 60),
        next_review_on date NOT NULL,
        last_reviewed_at timestamptz,
        last_review_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on > starts_on)
      );
      CREATE INDEX agreements_alliance_id_idx ON agreements (alliance_id, created_at DESC, id DESC);
      CREATE INDEX agreements_next_review_on_idx ON agreements (next_review_on);
      CREATE INDEX agreements_ends_on_idx ON agreements (ends_on);

      CREATE TABLE agreement_parties (
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        commitment text NOT NULL CHECK (length(commitment) BETWEEN 1 AND 2000),
        position integer NOT NULL CHECK (position >= 0),
        PRIMARY KEY (agreement_id, organization_id)
      );
      CREATE INDEX agreement_parties_organization_id_idx ON agreement_parties (organization_id);

      CREATE TABLE watch_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('AGREEMENT_REVIEW_DUE', 'AGREEMENT_RENEWAL_DUE', 'PROJECT_AT_RISK', 'PLEDGE_AT_RISK')),
        entity_id uuid NOT NULL,
        due_key text NOT NULL CHECK (length(due_key) BETWEEN 1 AND 40),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX watch_alerts_kind_entity_due_key ON watch_alerts (kind, entity_id, due_key);
      CREATE INDEX watch_alerts_alliance_id_idx ON watch_alerts (alliance_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE watch_alerts;
      DROP TABLE agreement_parties;
      DROP TABLE agreements;
    `);
  }
}
