import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agent runtime: review policies and approvals, child runs (agent-to-agent calls),
 * conversations with per-customer long-term facts, streamed steps, run flags from the
 * guardrails, and refunds (the first action that can need a person's approval).
 */
export class AgentRuntime1795708800000 implements MigrationInterface {
  name = 'AgentRuntime1795708800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agent ADD COLUMN review_policy jsonb NOT NULL DEFAULT '{}';

      CREATE TABLE conversation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        customer_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_conversation PRIMARY KEY (id),
        CONSTRAINT fk_conversation_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_conversation_customer_email CHECK (customer_email = lower(customer_email))
      );
      CREATE INDEX ix_conversation_workspace_updated ON conversation (workspace_id, updated_at DESC);

      ALTER TABLE run
        ADD COLUMN parent_run_id uuid,
        ADD COLUMN depth integer NOT NULL DEFAULT 0,
        ADD COLUMN conversation_id uuid,
        ADD COLUMN flags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN routing jsonb,
        ADD CONSTRAINT fk_run_parent_run FOREIGN KEY (parent_run_id) REFERENCES run (id) ON DELETE CASCADE,
        ADD CONSTRAINT fk_run_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE SET NULL,
        ADD CONSTRAINT ck_run_depth CHECK (depth BETWEEN 0 AND 3),
        ADD CONSTRAINT ck_run_parent_depth CHECK ((parent_run_id IS NULL) = (depth = 0));
      CREATE INDEX ix_run_parent_run ON run (parent_run_id) WHERE parent_run_id IS NOT NULL;
      CREATE INDEX ix_run_conversation_created ON run (conversation_id, created_at) WHERE conversation_id IS NOT NULL;

      ALTER TABLE run_step ADD COLUMN streaming boolean NOT NULL DEFAULT false;

      CREATE TABLE approval (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        run_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        action_kind text NOT NULL,
        policy text NOT NULL,
        reason text NOT NULL,
        tool_name text,
        tool_call_id text,
        tool_input jsonb,
        answer jsonb,
        amount_cents bigint,
        proposed_output text NOT NULL,
        edited_output text,
        decided_by text,
        decision_note text,
        expires_at timestamptz NOT NULL,
        decided_at timestamptz,
        executed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_approval PRIMARY KEY (id),
        CONSTRAINT fk_approval_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_approval_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE CASCADE,
        CONSTRAINT ck_approval_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'WITHDRAWN')),
        CONSTRAINT ck_approval_action_kind CHECK (action_kind IN ('SEND_REPLY', 'TOOL_CALL')),
        CONSTRAINT ck_approval_tool CHECK ((action_kind = 'TOOL_CALL') = (tool_name IS NOT NULL AND tool_call_id IS NOT NULL AND tool_input IS NOT NULL)),
        CONSTRAINT ck_approval_answer CHECK ((action_kind = 'SEND_REPLY') = (answer IS NOT NULL)),
        CONSTRAINT ck_approval_amount CHECK (amount_cents IS NULL OR amount_cents >= 0),
        CONSTRAINT ck_approval_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
      );
      -- A run waits for at most one decision at a time.
      CREATE UNIQUE INDEX uq_approval_pending_run ON approval (run_id) WHERE status = 'PENDING';
      CREATE INDEX ix_approval_workspace_status ON approval (workspace_id, status, created_at DESC);

      CREATE TABLE customer_fact (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        customer_email text NOT NULL,
        key text NOT NULL,
        value text NOT NULL,
        source_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_customer_fact PRIMARY KEY (id),
        CONSTRAINT uq_customer_fact_workspace_email_key UNIQUE (workspace_id, customer_email, key),
        CONSTRAINT fk_customer_fact_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_customer_fact_source_run FOREIGN KEY (source_run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_customer_fact_email CHECK (customer_email = lower(customer_email)),
        CONSTRAINT ck_customer_fact_key CHECK (key ~ '^[a-z][a-z0-9_]{0,63}$'),
        CONSTRAINT ck_customer_fact_value CHECK (length(value) BETWEEN 1 AND 500)
      );

      CREATE TABLE refund (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        order_id uuid NOT NULL,
        amount_cents bigint NOT NULL,
        reason text NOT NULL,
        run_id uuid,
        approval_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_refund PRIMARY KEY (id),
        CONSTRAINT fk_refund_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_refund_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
        CONSTRAINT fk_refund_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT fk_refund_approval FOREIGN KEY (approval_id) REFERENCES approval (id) ON DELETE SET NULL,
        -- An approved refund is paid once, whatever happens to the run that asked for it.
        CONSTRAINT uq_refund_approval UNIQUE (approval_id),
        CONSTRAINT ck_refund_amount CHECK (amount_cents > 0)
      );
      CREATE INDEX ix_refund_order ON refund (order_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE refund;
      DROP TABLE customer_fact;
      DROP TABLE approval;
      ALTER TABLE run_step DROP COLUMN streaming;
      ALTER TABLE run
        DROP COLUMN routing,
        DROP COLUMN flags,
        DROP COLUMN conversation_id,
        DROP COLUMN depth,
        DROP COLUMN parent_run_id;
      DROP TABLE conversation;
      ALTER TABLE agent DROP COLUMN review_policy;
    `);
  }
}
