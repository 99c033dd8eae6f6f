import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbound webhooks: signed endpoints through which other systems start a scenario.
 * - `webhook_endpoint`: one per door, bound to a scenario. `secret` is the HMAC key as is (the
 *   hub recomputes every request's signature with it, so it cannot be hashed, like the widget
 *   identity secret).
 * - `inbound_delivery`: each request received, ACCEPTED (with the run it started, written in that
 *   run's transaction) or REJECTED (with why). A sender's webhook-id is accepted at most once per
 *   endpoint (the partial unique index), whatever the races; rejected ones are pruned to the
 *   latest 500 per endpoint by the service, so a flood of bad requests stays bounded.
 */
export class InboundWebhooks1795721000000 implements MigrationInterface {
  name = 'InboundWebhooks1795721000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        scenario_id uuid NOT NULL,
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_delivery_at timestamptz,
        CONSTRAINT pk_webhook_endpoint PRIMARY KEY (id),
        CONSTRAINT fk_webhook_endpoint_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_webhook_endpoint_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE,
        CONSTRAINT ck_webhook_endpoint_name CHECK (char_length(name) BETWEEN 1 AND 100),
        CONSTRAINT ck_webhook_endpoint_secret CHECK (secret LIKE 'whsec\\_%')
      );
      CREATE INDEX ix_webhook_endpoint_workspace ON webhook_endpoint (workspace_id, created_at);

      CREATE TABLE inbound_delivery (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        message_id text,
        event_type text,
        status text NOT NULL,
        error_code text,
        error text,
        run_id uuid,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_inbound_delivery PRIMARY KEY (id),
        CONSTRAINT fk_inbound_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        CONSTRAINT fk_inbound_delivery_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_inbound_delivery_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT ck_inbound_delivery_status CHECK (status IN ('ACCEPTED', 'REJECTED')),
        CONSTRAINT ck_inbound_delivery_accepted CHECK (
          (status = 'ACCEPTED' AND message_id IS NOT NULL AND error_code IS NULL)
          OR (status = 'REJECTED' AND error_code IS NOT NULL AND run_id IS NULL)
        ),
        CONSTRAINT ck_inbound_delivery_message_id CHECK (char_length(message_id) <= 200),
        CONSTRAINT ck_inbound_delivery_event_type CHECK (char_length(event_type) <= 200),
        CONSTRAINT ck_inbound_delivery_error CHECK (char_length(error) <= 2000)
      );
      CREATE UNIQUE INDEX uq_inbound_delivery_accepted_message
        ON inbound_delivery (endpoint_id, message_id) WHERE status = 'ACCEPTED';
      CREATE INDEX ix_inbound_delivery_endpoint_received
        ON inbound_delivery (endpoint_id, received_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE inbound_delivery;
      DROP TABLE webhook_endpoint;
    `);
  }
}
