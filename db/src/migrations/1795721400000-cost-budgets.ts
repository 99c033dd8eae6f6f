import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENT_TYPES_BEFORE = `'run.succeeded', 'run.failed', 'approval.requested',
            'conversation.handed_off', 'lead.scored_hot', 'invoice.reminder_sent',
            'report.ready'`;

/**
 * Monthly model-cost budgets (issue 19): one per workspace (agent_id null) and at most one per
 * agent, the limit in integer cents, what happens at 100% (FALLBACK_OFFLINE, REQUIRE_APPROVAL,
 * ALERT_ONLY) and the warning percentage. `cost_budget_notice` remembers which thresholds were
 * announced in which month (the workspace's calendar month); its primary key makes the
 * announcement happen once per budget, month and level however many processes race to it.
 * A run waiting for approval of a paid call over budget is an approval of kind MODEL_CALL, and
 * the two budget events join the outbound webhook catalogue. Month-to-date spend is summed from
 * the costed steps, through a partial index that holds only steps with a cost.
 */
export class CostBudgets1795721400000 implements MigrationInterface {
  name = 'CostBudgets1795721400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cost_budget (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        agent_id uuid,
        limit_cents bigint NOT NULL,
        policy text NOT NULL,
        warn_percent integer NOT NULL DEFAULT 80,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cost_budget PRIMARY KEY (id),
        CONSTRAINT fk_cost_budget_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_cost_budget_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
        CONSTRAINT ck_cost_budget_limit CHECK (limit_cents > 0),
        CONSTRAINT ck_cost_budget_policy CHECK (policy IN ('FALLBACK_OFFLINE', 'REQUIRE_APPROVAL', 'ALERT_ONLY')),
        CONSTRAINT ck_cost_budget_warn_percent CHECK (warn_percent BETWEEN 1 AND 99)
      );
    `);
    await q.query(
      'CREATE UNIQUE INDEX uq_cost_budget_workspace ON cost_budget (workspace_id) WHERE agent_id IS NULL;',
    );
    await q.query(
      'CREATE UNIQUE INDEX uq_cost_budget_agent ON cost_budget (workspace_id, agent_id) WHERE agent_id IS NOT NULL;',
    );
    await q.query(`
      CREATE TABLE cost_budget_notice (
        budget_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        month text NOT NULL,
        level text NOT NULL,
        spent_micro_usd bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cost_budget_notice PRIMARY KEY (budget_id, month, level),
        CONSTRAINT fk_cost_budget_notice_budget FOREIGN KEY (budget_id) REFERENCES cost_budget (id) ON DELETE CASCADE,
        CONSTRAINT fk_cost_budget_notice_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_cost_budget_notice_month CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
        CONSTRAINT ck_cost_budget_notice_level CHECK (level IN ('WARNING', 'EXHAUSTED'))
      );
    `);
    await q.query(
      'CREATE INDEX ix_run_step_workspace_costed ON run_step (workspace_id, started_at) WHERE cost_usd > 0;',
    );
    await q.query('ALTER TABLE approval DROP CONSTRAINT ck_approval_action_kind;');
    await q.query(
      "ALTER TABLE approval ADD CONSTRAINT ck_approval_action_kind CHECK (action_kind IN ('SEND_REPLY', 'TOOL_CALL', 'MODEL_CALL'));",
    );
    await q.query(
      'ALTER TABLE webhook_subscription DROP CONSTRAINT ck_webhook_subscription_event_types;',
    );
    await q.query(`
      ALTER TABLE webhook_subscription ADD CONSTRAINT ck_webhook_subscription_event_types CHECK (
        cardinality(event_types) > 0
        AND event_types <@ ARRAY[${EVENT_TYPES_BEFORE},
          'budget.warning', 'budget.exhausted']::text[]
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      "UPDATE webhook_subscription SET event_types = array_remove(array_remove(event_types, 'budget.warning'), 'budget.exhausted');",
    );
    await q.query('DELETE FROM webhook_subscription WHERE cardinality(event_types) = 0;');
    await q.query(
      'ALTER TABLE webhook_subscription DROP CONSTRAINT ck_webhook_subscription_event_types;',
    );
    await q.query(`
      ALTER TABLE webhook_subscription ADD CONSTRAINT ck_webhook_subscription_event_types CHECK (
        cardinality(event_types) > 0
        AND event_types <@ ARRAY[${EVENT_TYPES_BEFORE}]::text[]
      );
    `);
    await q.query("DELETE FROM approval WHERE action_kind = 'MODEL_CALL';");
    await q.query('ALTER TABLE approval DROP CONSTRAINT ck_approval_action_kind;');
    await q.query(
      "ALTER TABLE approval ADD CONSTRAINT ck_approval_action_kind CHECK (action_kind IN ('SEND_REPLY', 'TOOL_CALL'));",
    );
    await q.query('DROP INDEX ix_run_step_workspace_costed;');
    await q.query('DROP TABLE cost_budget_notice;');
    await q.query('DROP TABLE cost_budget;');
  }
}
