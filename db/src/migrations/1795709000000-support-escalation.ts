import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support escalation: a conversation's handoff state (bot, waiting for a person, a person, resolved),
 * the conversation's messages (customer, agent, human), and tickets with a context brief.
 */
export class SupportEscalation1795709000000 implements MigrationInterface {
  name = 'SupportEscalation1795709000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE conversation
        ADD COLUMN handoff_state text NOT NULL DEFAULT 'BOT',
        ADD COLUMN handoff_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT ck_conversation_handoff_state
          CHECK (handoff_state IN ('BOT', 'HUMAN_REQUESTED', 'HUMAN', 'RESOLVED'));
      CREATE INDEX ix_conversation_workspace_handoff ON conversation (workspace_id, handoff_state, handoff_changed_at);

      CREATE TABLE conversation_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        conversation_id uuid NOT NULL,
        role text NOT NULL,
        text text NOT NULL,
        run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_conversation_message PRIMARY KEY (id),
        CONSTRAINT fk_conversation_message_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_conversation_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
        CONSTRAINT fk_conversation_message_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_conversation_message_role CHECK (role IN ('CUSTOMER', 'AGENT', 'HUMAN')),
        CONSTRAINT ck_conversation_message_text CHECK (length(text) BETWEEN 1 AND 4000),
        -- A person writes outside any run.
        CONSTRAINT ck_conversation_message_human_run CHECK (role <> 'HUMAN' OR run_id IS NULL)
      );
      CREATE INDEX ix_conversation_message_conversation_created ON conversation_message (conversation_id, created_at);
      -- One reply per run: a retried hook cannot record it twice.
      CREATE UNIQUE INDEX uq_conversation_message_agent_run ON conversation_message (run_id) WHERE role = 'AGENT';

      CREATE TABLE ticket (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        number text NOT NULL,
        conversation_id uuid,
        run_id uuid,
        customer_email text,
        subject text NOT NULL,
        priority text NOT NULL DEFAULT 'NORMAL',
        status text NOT NULL DEFAULT 'OPEN',
        brief jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        CONSTRAINT pk_ticket PRIMARY KEY (id),
        CONSTRAINT uq_ticket_workspace_number UNIQUE (workspace_id, number),
        CONSTRAINT fk_ticket_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_ticket_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE SET NULL,
        CONSTRAINT fk_ticket_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_ticket_number CHECK (number ~ '^T-[0-9]+$'),
        CONSTRAINT ck_ticket_customer_email CHECK (customer_email = lower(customer_email)),
        CONSTRAINT ck_ticket_subject CHECK (length(subject) BETWEEN 1 AND 200),
        CONSTRAINT ck_ticket_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        CONSTRAINT ck_ticket_status CHECK (status IN ('OPEN', 'RESOLVED')),
        CONSTRAINT ck_ticket_resolved CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
      );
      CREATE INDEX ix_ticket_conversation ON ticket (conversation_id) WHERE conversation_id IS NOT NULL;
      CREATE INDEX ix_ticket_workspace_status ON ticket (workspace_id, status, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE ticket;
      DROP TABLE conversation_message;
      DROP INDEX ix_conversation_workspace_handoff;
      ALTER TABLE conversation
        DROP CONSTRAINT ck_conversation_handoff_state,
        DROP COLUMN handoff_changed_at,
        DROP COLUMN handoff_state;
    `);
  }
}
