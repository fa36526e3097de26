import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a user or a membership sends `NOTIFY gongjian_viewers, '<user id>'` on commit, so
 * that each server process drops that user's cached viewer (see server/auth/viewer-cache.ts). A
 * trigger rather than the services: raw SQL, seeds and future code paths notify too.
 */
export class ViewerChangeNotices1765200000000 implements MigrationInterface {
  name = 'ViewerChangeNotices1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION viewer_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before uuid;
        after uuid;
      BEGIN
        IF TG_TABLE_NAME = 'users' THEN
          IF TG_OP <> 'INSERT' THEN before := OLD.id; END IF;
          IF TG_OP <> 'DELETE' THEN after := NEW.id; END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN before := OLD.user_id; END IF;
          IF TG_OP <> 'DELETE' THEN after := NEW.user_id; END IF;
        END IF;
        IF before IS NOT NULL THEN PERFORM pg_notify('gongjian_viewers', before::text); END IF;
        IF after IS NOT NULL AND after IS DISTINCT FROM before THEN PERFORM pg_notify('gongjian_viewers', after::text); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER users_viewer_change AFTER INSERT OR UPDATE OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION viewer_change_notice();
      CREATE TRIGGER memberships_viewer_change AFTER INSERT OR UPDATE OR DELETE ON memberships
        FOR EACH ROW EXECUTE FUNCTION viewer_change_notice();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER users_viewer_change ON users;
      DROP TRIGGER memberships_viewer_change ON memberships;
      DROP FUNCTION viewer_change_notice();
    `);
  }
}
