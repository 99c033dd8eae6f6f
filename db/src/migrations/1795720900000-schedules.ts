import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schedules (issue 17, triggers): a scenario started by cron in the shop's time zone.
 *
 * - One schedule per scenario in a workspace (`uq_schedule_workspace_scenario`): saveSchedule
 *   upserts by scenario.
 * - `next_tick_at` is the tick the schedule waits for, null while disabled. Every hub process
 *   reads the due ones through `ix_schedule_next_tick` (enabled only) and moves a schedule on
 *   with `UPDATE ... WHERE id = $1 AND next_tick_at = $2`: only one process wins a tick, and
 *   the run it launched first is found by its idempotency key by the others.
 * - `last_run_id` keeps the last run started; a deleted run leaves it null.
 */
export class Schedules1795720900000 implements MigrationInterface {
  name = 'Schedules1795720900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE schedule (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        scenario_id uuid NOT NULL,
        cron text NOT NULL,
        time_zone text,
        enabled boolean NOT NULL DEFAULT true,
        missed_tick_policy text NOT NULL DEFAULT 'RUN_ONCE',
        input jsonb,
        next_tick_at timestamptz,
        last_tick_at timestamptz,
        last_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_schedule PRIMARY KEY (id),
        CONSTRAINT fk_schedule_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_schedule_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE,
        CONSTRAINT fk_schedule_last_run FOREIGN KEY (last_run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT uq_schedule_workspace_scenario UNIQUE (workspace_id, scenario_id),
        CONSTRAINT ck_schedule_missed_tick_policy CHECK (missed_tick_policy IN ('RUN_ONCE', 'SKIP')),
        CONSTRAINT ck_schedule_cron CHECK (length(cron) BETWEEN 1 AND 120),
        CONSTRAINT ck_schedule_input CHECK (input IS NULL OR jsonb_typeof(input) = 'object')
      )`);
    await q.query(
      `CREATE INDEX ix_schedule_next_tick ON schedule (next_tick_at) WHERE enabled AND next_tick_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE schedule`);
  }
}
