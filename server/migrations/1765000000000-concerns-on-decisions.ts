import { MigrationInterface, QueryRunner } from 'typeorm';

/** Supervisors may raise concerns on decisions (四议两公开) as well. */
export class ConcernsOnDecisions1765000000000 implements MigrationInterface {
  name = 'ConcernsOnDecisions1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE concerns DROP CONSTRAINT concerns_target_type_check;
      ALTER TABLE concerns ADD CONSTRAINT concerns_target_type_check
        CHECK (target_type IN ('Project', 'Pledge', 'Need', 'Resource', 'Organization', 'Requirement', 'Membership', 'Decision'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM concerns WHERE target_type = 'Decision';
      ALTER TABLE concerns DROP CONSTRAINT concerns_target_type_check;
      ALTER TABLE concerns ADD CONSTRAINT concerns_target_type_check
        CHECK (target_type IN ('Project', 'Pledge', 'Need', 'Resource', 'Organization', 'Requirement', 'Membership'));
    `);
  }
}
