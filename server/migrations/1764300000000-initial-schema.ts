import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alliance domain. Quantities are whole numbers guarded by CHECK constraints; the counters
 * `resources.pledged` and `requirements.pledged/fulfilled` are kept by the pledge service and the
 * capacity invariant is enforced here as well as there.
 */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE alliances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        region text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_seq bigint NOT NULL DEFAULT 0 CHECK (event_seq >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('PARTY_COMMITTEE', 'MEMBER_UNIT', 'SOCIAL_ORGANIZATION')),
        sector text NOT NULL CHECK (sector IN ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE',
          'PRIVATE_ENTERPRISE', 'SCHOOL', 'HOSPITAL', 'OTHER')),
        party_org_name text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'LEFT')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organizations_alliance_id_idx ON organizations (alliance_id, kind);
      -- exactly one party committee leads each alliance
      CREATE UNIQUE INDEX organizations_one_party_committee ON organizations (alliance_id) WHERE kind = 'PARTY_COMMITTEE';

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('SECRETARY', 'COMMITTEE_MEMBER', 'UNIT_REPRESENTATIVE', 'SUPERVISOR', 'VIEWER')),
        organization_id uuid REFERENCES organizations (id),
        title text,
        term_start date,
        term_end date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('COMMITTEE_MEMBER', 'UNIT_REPRESENTATIVE') OR organization_id IS NOT NULL),
        CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
      );
      CREATE UNIQUE INDEX memberships_alliance_user_key ON memberships (alliance_id, user_id);
      CREATE INDEX memberships_user_id_idx ON memberships (user_id);
      CREATE INDEX memberships_organization_id_idx ON memberships (organization_id);

      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        category text NOT NULL CHECK (category IN ('ELDERLY_CARE', 'CHILD_CARE', 'EMPLOYMENT', 'ENVIRONMENT',
          'CULTURE', 'HEALTH', 'SAFETY', 'EDUCATION', 'OTHER')),
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'MATCHED', 'CLOSED')),
        created_by_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX needs_alliance_id_idx ON needs (alliance_id, created_at DESC, id DESC);
      CREATE INDEX needs_created_by_id_idx ON needs (created_by_id);

      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        kind text NOT NULL CHECK (kind IN ('VENUE', 'FUNDS', 'VOLUNTEERS', 'EXPERTISE', 'EQUIPMENT', 'MATERIALS', 'SERVICES')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
        capacity integer NOT NULL CHECK (capacity >= 0),
        pledged integer NOT NULL DEFAULT 0 CHECK (pledged >= 0),
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resources_pledged_within_capacity CHECK (pledged <= capacity)
      );
      CREATE INDEX resources_alliance_id_idx ON resources (alliance_id, created_at DESC, id DESC);
      CREATE INDEX resources_organization_id_idx ON resources (organization_id);

      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        coordinator_id uuid NOT NULL REFERENCES users (id),
        lead_organization_id uuid NOT NULL REFERENCES organizations (id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PROPOSED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        start_date date,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX projects_alliance_id_idx ON projects (alliance_id, created_at DESC, id DESC);
      CREATE INDEX projects_coordinator_id_idx ON projects (coordinator_id);
      CREATE INDEX projects_lead_organization_id_idx ON projects (lead_organization_id);

      CREATE TABLE project_needs (
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
        PRIMARY KEY (project_id, need_id)
      );
      CREATE INDEX project_needs_need_id_idx ON project_needs (need_id);

      CREATE TABLE requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('VENUE', 'FUNDS', 'VOLUNTEERS', 'EXPERTISE', 'EQUIPMENT', 'MATERIALS', 'SERVICES')),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
        description text NOT NULL DEFAULT '',
        pledged integer NOT NULL DEFAULT 0 CHECK (pledged >= 0),
        fulfilled integer NOT NULL DEFAULT 0 CHECK (fulfilled >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX requirements_alliance_id_idx ON requirements (alliance_id);
      CREATE INDEX requirements_project_id_idx ON requirements (project_id);

      CREATE TABLE pledges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirements (id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resources (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        pledged_by_id uuid NOT NULL REFERENCES users (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        delivered_quantity integer CHECK (delivered_quantity >= 0 AND delivered_quantity <= quantity),
        status text NOT NULL DEFAULT 'PLEDGED' CHECK (status IN ('PLEDGED', 'CONFIRMED', 'FULFILLED', 'WITHDRAWN', 'REJECTED')),
        note text,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'FULFILLED') = (delivered_quantity IS NOT NULL))
      );
      CREATE INDEX pledges_alliance_id_idx ON pledges (alliance_id);
      CREATE INDEX pledges_requirement_id_idx ON pledges (requirement_id, created_at DESC, id DESC);
      CREATE INDEX pledges_project_id_idx ON pledges (project_id, created_at DESC, id DESC);
      CREATE INDEX pledges_resource_id_idx ON pledges (resource_id, created_at DESC, id DESC);
      CREATE INDEX pledges_organization_id_idx ON pledges (organization_id, created_at DESC, id DESC);
      CREATE INDEX pledges_pledged_by_id_idx ON pledges (pledged_by_id);

      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        seq bigint NOT NULL CHECK (seq > 0),
        type text NOT NULL,
        actor_id uuid REFERENCES users (id),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX events_alliance_seq_key ON events (alliance_id, seq);
      CREATE INDEX events_actor_id_idx ON events (actor_id);
      CREATE INDEX events_entity_idx ON events (entity_id);

      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mutation text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, mutation, key)
      );
      CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

      CREATE TABLE login_attempts (
        email text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures >= 0),
        window_start timestamptz NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_attempts;
      DROP TABLE idempotency_keys;
      DROP TABLE events;
      DROP TABLE pledges;
      DROP TABLE requirements;
      DROP TABLE project_needs;
      DROP TABLE projects;
      DROP TABLE resources;
      DROP TABLE needs;
      DROP TABLE memberships;
      DROP TABLE organizations;
      DROP TABLE alliances;
      DROP TABLE users;
    `);
  }
}
