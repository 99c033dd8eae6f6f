import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What started a run, in full (issue 17). `run.trigger` keeps the kind (MANUAL, API, WIDGET,
 * AGENT, SCHEDULE, WEBHOOK, THRESHOLD) and `run.trigger_detail` its particulars: the schedule
 * and its tick, the webhook endpoint and delivery, the threshold and its condition. Runs from
 * before this migration keep `{}`; the kinds are checked from now on.
 */
export class RunTriggerDetail1795720850000 implements MigrationInterface {
  name = 'RunTriggerDetail1795720850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE run ADD COLUMN trigger_detail jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`
      ALTER TABLE run ADD CONSTRAINT chk_run_trigger CHECK (trigger IN
        ('MANUAL', 'API', 'WIDGET', 'AGENT', 'SCHEDULE', 'WEBHOOK', 'THRESHOLD'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE run DROP CONSTRAINT chk_run_trigger`);
    await q.query(`ALTER TABLE run DROP COLUMN trigger_detail`);
  }
}
