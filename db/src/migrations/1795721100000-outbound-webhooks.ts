import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks: other systems told about the workspace's events by signed POSTs.
 * - `webhook_subscription`: a receiver URL, the event types it wants (wire names, at least one,
 *   from the known set), its signing secret (kept as is: every delivery is signed with it), and
 *   its health (`consecutive_failures`, `failing_since`; disabled with a reason after sustained
 *   failure).
 * - `outbound_delivery`: the outbox. One row per event per subscription, written in the
 *   transaction of the change it reports; `id` is the webhook-id ("msg_..."). PENDING rows are
 *   claimed by due time through `ix_outbound_delivery_due` (a NULL due time means "at once").
 * - `outbound_attempt`: each HTTP attempt (status code or error, duration), in the order made.
 */
export class OutboundWebhooks1795721100000 implements MigrationInterface {
  name = 'OutboundWebhooks1795721100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscription (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_subscription PRIMARY KEY (id),
        CONSTRAINT fk_webhook_subscription_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_webhook_subscription_url CHECK (char_length(url) BETWEEN 1 AND 2000),
        CONSTRAINT ck_webhook_subscription_description CHECK (char_length(description) <= 500),
        CONSTRAINT ck_webhook_subscription_event_types CHECK (
          cardinality(event_types) > 0
          AND event_types <@ ARRAY['run.succeeded', 'run.failed', 'approval.requested',
            'conversation.handed_off', 'lead.scored_hot', 'invoice.reminder_sent',
            'report.ready']::text[]
        ),
        CONSTRAINT ck_webhook_subscription_secret CHECK (secret LIKE 'whsec\\_%'),
        CONSTRAINT ck_webhook_subscription_failures CHECK (consecutive_failures >= 0)
      );
      CREATE INDEX ix_webhook_subscription_workspace ON webhook_subscription (workspace_id, created_at);

      CREATE TABLE outbound_delivery (
        id text NOT NULL,
        subscription_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_outbound_delivery PRIMARY KEY (id),
        CONSTRAINT fk_outbound_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        CONSTRAINT fk_outbound_delivery_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_outbound_delivery_id CHECK (id ~ '^msg_[A-Za-z0-9]{16,64}$'),
        CONSTRAINT ck_outbound_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        CONSTRAINT ck_outbound_delivery_delivered CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL)),
        CONSTRAINT ck_outbound_delivery_attempts CHECK (attempts >= 0),
        CONSTRAINT ck_outbound_delivery_last_error CHECK (char_length(last_error) <= 1000)
      );
      CREATE INDEX ix_outbound_delivery_due ON outbound_delivery (next_attempt_at NULLS FIRST)
        WHERE status = 'PENDING';
      CREATE INDEX ix_outbound_delivery_subscription_created
        ON outbound_delivery (subscription_id, created_at DESC);

      CREATE TABLE outbound_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY,
        delivery_id text NOT NULL,
        workspace_id uuid NOT NULL,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        CONSTRAINT pk_outbound_attempt PRIMARY KEY (id),
        CONSTRAINT fk_outbound_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES outbound_delivery (id) ON DELETE CASCADE,
        CONSTRAINT fk_outbound_attempt_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_outbound_attempt_status_code CHECK (status_code BETWEEN 100 AND 599),
        CONSTRAINT ck_outbound_attempt_outcome CHECK (status_code IS NOT NULL OR error IS NOT NULL),
        CONSTRAINT ck_outbound_attempt_error CHECK (char_length(error) <= 1000),
        CONSTRAINT ck_outbound_attempt_duration CHECK (duration_ms >= 0)
      );
      CREATE INDEX ix_outbound_attempt_delivery ON outbound_attempt (delivery_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE outbound_attempt;
      DROP TABLE outbound_delivery;
      DROP TABLE webhook_subscription;
    `);
  }
}
