import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threshold triggers (issue 17): a condition over the shop's data (INVOICE_OVERDUE,
 * NEXUS_EXPOSURE, CASH_BELOW_FLOOR, NEGATIVE_SENTIMENT_SPIKE) that runs a scenario once per
 * crossing. A crossing is open until its subject comes back under the line; the partial unique
 * index keeps one open crossing per trigger and subject, so evaluations racing in several
 * processes open it once (INSERT ... ON CONFLICT DO NOTHING: only the inserter starts the run).
 */
export class ThresholdTriggers1795721200000 implements MigrationInterface {
  name = 'ThresholdTriggers1795721200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE threshold_trigger (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        condition text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        scenario_id uuid NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        armed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_threshold_trigger PRIMARY KEY (id),
        CONSTRAINT fk_threshold_trigger_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_threshold_trigger_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE,
        CONSTRAINT ck_threshold_trigger_condition CHECK (condition IN
          ('INVOICE_OVERDUE', 'NEXUS_EXPOSURE', 'CASH_BELOW_FLOOR', 'NEGATIVE_SENTIMENT_SPIKE')),
        CONSTRAINT ck_threshold_trigger_params CHECK (jsonb_typeof(params) = 'object')
      );
    `);
    await q.query(
      'CREATE INDEX ix_threshold_trigger_workspace ON threshold_trigger (workspace_id, created_at);',
    );
    await q.query(`
      CREATE TABLE threshold_crossing (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        trigger_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        subject text NOT NULL,
        detail text NOT NULL,
        value numeric,
        baseline boolean NOT NULL DEFAULT false,
        crossed_at timestamptz NOT NULL,
        cleared_at timestamptz,
        run_id uuid,
        run_error text,
        CONSTRAINT pk_threshold_crossing PRIMARY KEY (id),
        CONSTRAINT fk_threshold_crossing_trigger FOREIGN KEY (trigger_id) REFERENCES threshold_trigger (id) ON DELETE CASCADE,
        CONSTRAINT fk_threshold_crossing_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_threshold_crossing_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_threshold_crossing_subject CHECK (length(subject) BETWEEN 1 AND 200),
        CONSTRAINT ck_threshold_crossing_cleared CHECK (cleared_at IS NULL OR cleared_at >= crossed_at),
        CONSTRAINT ck_threshold_crossing_baseline_run CHECK (NOT (baseline AND run_id IS NOT NULL))
      );
    `);
    await q.query(
      'CREATE UNIQUE INDEX uq_threshold_crossing_open ON threshold_crossing (trigger_id, subject) WHERE cleared_at IS NULL;',
    );
    await q.query(
      'CREATE INDEX ix_threshold_crossing_trigger_crossed ON threshold_crossing (trigger_id, crossed_at DESC);',
    );
    // NEGATIVE_SENTIMENT_SPIKE reads a workspace's recent customer messages at every evaluation.
    await q.query(
      "CREATE INDEX ix_conversation_message_workspace_customer_created ON conversation_message (workspace_id, created_at) WHERE role = 'CUSTOMER';",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_conversation_message_workspace_customer_created;');
    await q.query('DROP TABLE threshold_crossing;');
    await q.query('DROP TABLE threshold_trigger;');
  }
}
