import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'VENUE', 'FUNDS', 'VOLUNTEERS', 'EXPERTISE', 'EQUIPMENT', 'MATERIALS', 'SERVICES'`;

/** Points (积分): per-alliance rules, a ledger unique per cause and holder, service days with sign-ups. */
export class PointsAndServiceDays1764700000000 implements MigrationInterface {
  name = 'PointsAndServiceDays1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE point_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        resource_kind text NOT NULL CHECK (resource_kind IN (${KINDS})),
        points integer NOT NULL CHECK (points BETWEEN 0 AND 10000),
        per integer NOT NULL CHECK (per BETWEEN 1 AND 1000000)
      );
      CREATE UNIQUE INDEX point_rules_alliance_kind_key ON point_rules (alliance_id, resource_kind);

      CREATE TABLE service_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        date date NOT NULL,
        points integer NOT NULL CHECK (points BETWEEN 0 AND 10000),
        capacity integer CHECK (capacity > 0),
        signed_up integer NOT NULL DEFAULT 0 CHECK (signed_up >= 0 AND (capacity IS NULL OR signed_up <= capacity)),
        attendance_recorded boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX service_days_alliance_id_idx ON service_days (alliance_id, created_at DESC, id DESC);

      CREATE TABLE service_day_signups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        service_day_id uuid NOT NULL REFERENCES service_days (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        attended boolean,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX service_day_signups_day_user_key ON service_day_signups (service_day_id, user_id);
      CREATE INDEX service_day_signups_alliance_id_idx ON service_day_signups (alliance_id);
      CREATE INDEX service_day_signups_user_id_idx ON service_day_signups (user_id);
      CREATE INDEX service_day_signups_organization_id_idx ON service_day_signups (organization_id);

      CREATE TABLE point_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        holder text NOT NULL CHECK (holder IN ('ORGANIZATION', 'MEMBER')),
        organization_id uuid REFERENCES organizations (id),
        user_id uuid REFERENCES users (id),
        points integer NOT NULL CHECK (points > 0),
        cause text NOT NULL CHECK (cause IN ('PLEDGE_FULFILLED', 'SERVICE_DAY')),
        cause_id uuid NOT NULL,
        explanation text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((holder = 'ORGANIZATION') = (organization_id IS NOT NULL AND user_id IS NULL)),
        CHECK ((holder = 'MEMBER') = (user_id IS NOT NULL AND organization_id IS NULL))
      );
      -- nothing counts twice: one entry per cause and holder
      CREATE UNIQUE INDEX point_entries_cause_holder_key ON point_entries (cause, cause_id, holder);
      CREATE INDEX point_entries_alliance_id_idx ON point_entries (alliance_id, created_at DESC, id DESC);
      CREATE INDEX point_entries_organization_id_idx ON point_entries (organization_id);
      CREATE INDEX point_entries_user_id_idx ON point_entries (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE point_entries;
      DROP TABLE service_day_signups;
      DROP TABLE service_days;
      DROP TABLE point_rules;
    `);
  }
}
