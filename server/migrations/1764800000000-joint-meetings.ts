import { MigrationInterface, QueryRunner } from 'typeorm';

/** Joint meetings (联席会议): agenda with a lead time, attendance, minutes, resolutions linked to projects. */
export class JointMeetings1764800000000 implements MigrationInterface {
  name = 'JointMeetings1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        scheduled_at timestamptz NOT NULL,
        location text NOT NULL DEFAULT '' CHECK (length(location) <= 200),
        agenda_lead_hours integer NOT NULL CHECK (agenda_lead_hours BETWEEN 0 AND 720),
        attendance_points integer NOT NULL DEFAULT 0 CHECK (attendance_points BETWEEN 0 AND 10000),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD')),
        minutes text,
        held_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'HELD') = (held_at IS NOT NULL AND minutes IS NOT NULL))
      );
      CREATE INDEX meetings_alliance_id_idx ON meetings (alliance_id, created_at DESC, id DESC);

      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        submitted_by_id uuid NOT NULL REFERENCES users (id),
        project_id uuid REFERENCES projects (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX agenda_items_meeting_id_idx ON agenda_items (meeting_id);
      CREATE INDEX agenda_items_alliance_id_idx ON agenda_items (alliance_id);
      CREATE INDEX agenda_items_submitted_by_id_idx ON agenda_items (submitted_by_id);
      CREATE INDEX agenda_items_project_id_idx ON agenda_items (project_id);

      CREATE TABLE meeting_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        organization_id uuid REFERENCES organizations (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX meeting_attendance_meeting_user_key ON meeting_attendance (meeting_id, user_id);
      CREATE INDEX meeting_attendance_alliance_id_idx ON meeting_attendance (alliance_id);
      CREATE INDEX meeting_attendance_user_id_idx ON meeting_attendance (user_id);
      CREATE INDEX meeting_attendance_organization_id_idx ON meeting_attendance (organization_id);

      CREATE TABLE meeting_resolutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        project_id uuid REFERENCES projects (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX meeting_resolutions_meeting_position_key ON meeting_resolutions (meeting_id, position);
      CREATE INDEX meeting_resolutions_alliance_id_idx ON meeting_resolutions (alliance_id);
      CREATE INDEX meeting_resolutions_project_id_idx ON meeting_resolutions (project_id);

      ALTER TABLE point_entries DROP CONSTRAINT point_entries_cause_check;
      ALTER TABLE point_entries ADD CONSTRAINT point_entries_cause_check CHECK (cause IN ('PLEDGE_FULFILLED', 'SERVICE_DAY', 'MEETING_ATTENDANCE'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM point_entries WHERE cause = 'MEETING_ATTENDANCE';
      ALTER TABLE point_entries DROP CONSTRAINT point_entries_cause_check;
      ALTER TABLE point_entries ADD CONSTRAINT point_entries_cause_check CHECK (cause IN ('PLEDGE_FULFILLED', 'SERVICE_DAY'));
      DROP TABLE meeting_resolutions;
      DROP TABLE meeting_attendance;
      DROP TABLE agenda_items;
      DROP TABLE meetings;
    `);
  }
}
