import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform core (workspaces, keys, agents, scenarios, runs, steps, audit) and the demo shop's
 * business tables. Ids come from gen_random_uuid() (core since PostgreSQL 13, and in PGlite).
 */
export class InitialSchema1764160000000 implements MigrationInterface {
  name = 'InitialSchema1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workspace (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        time_zone text NOT NULL DEFAULT 'UTC',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workspace PRIMARY KEY (id),
        CONSTRAINT uq_workspace_slug UNIQUE (slug)
      );

      CREATE TABLE api_key (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        display_prefix text NOT NULL,
        key_hash text NOT NULL,
        scopes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT pk_api_key PRIMARY KEY (id),
        CONSTRAINT uq_api_key_key_hash UNIQUE (key_hash),
        CONSTRAINT fk_api_key_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_api_key_workspace ON api_key (workspace_id);

      CREATE TABLE agent (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        description text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        model text NOT NULL,
        system_prompt text NOT NULL,
        temperature numeric(3, 2) NOT NULL DEFAULT 0.2,
        max_steps integer NOT NULL DEFAULT 8,
        tools text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agent PRIMARY KEY (id),
        CONSTRAINT uq_agent_workspace_key UNIQUE (workspace_id, key),
        CONSTRAINT fk_agent_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_agent_temperature CHECK (temperature BETWEEN 0 AND 1),
        CONSTRAINT ck_agent_max_steps CHECK (max_steps BETWEEN 1 AND 50)
      );

      CREATE TABLE scenario (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        key text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        sample_input jsonb NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_scenario PRIMARY KEY (id),
        CONSTRAINT uq_scenario_workspace_key UNIQUE (workspace_id, key),
        CONSTRAINT fk_scenario_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_scenario_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_scenario_agent ON scenario (agent_id);

      CREATE TABLE run (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        scenario_id uuid,
        status text NOT NULL,
        trigger text NOT NULL DEFAULT 'API',
        input jsonb NOT NULL DEFAULT '{}',
        output jsonb,
        error text,
        error_code text,
        idempotency_key text,
        provider text,
        last_seq integer NOT NULL DEFAULT 0,
        locked_by text,
        heartbeat_at timestamptz,
        input_tokens integer NOT NULL DEFAULT 0,
        output_tokens integer NOT NULL DEFAULT 0,
        cost_usd numeric(14, 6) NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT pk_run PRIMARY KEY (id),
        CONSTRAINT fk_run_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_run_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
        CONSTRAINT fk_run_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
        CONSTRAINT ck_run_status CHECK (status IN ('QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
        CONSTRAINT ck_run_finished CHECK ((finished_at IS NOT NULL) = (status IN ('SUCCEEDED', 'FAILED', 'CANCELLED')))
      );
      CREATE UNIQUE INDEX uq_run_workspace_idempotency_key ON run (workspace_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE INDEX ix_run_workspace_created ON run (workspace_id, created_at DESC);
      CREATE INDEX ix_run_status ON run (status) WHERE status IN ('QUEUED', 'RUNNING');

      CREATE TABLE run_step (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        run_id uuid NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        detail text,
        data jsonb NOT NULL DEFAULT '{}',
        started_at timestamptz NOT NULL,
        duration_ms integer NOT NULL DEFAULT 0,
        input_tokens integer NOT NULL DEFAULT 0,
        output_tokens integer NOT NULL DEFAULT 0,
        cost_usd numeric(14, 6) NOT NULL DEFAULT 0,
        CONSTRAINT pk_run_step PRIMARY KEY (id),
        CONSTRAINT uq_run_step_run_seq UNIQUE (run_id, seq),
        CONSTRAINT fk_run_step_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE CASCADE,
        CONSTRAINT ck_run_step_seq CHECK (seq > 0)
      );
      -- At most one terminal step per run, whatever the code does.
      CREATE UNIQUE INDEX uq_run_step_terminal ON run_step (run_id) WHERE kind IN ('COMPLETED', 'FAILED', 'CANCELLED');

      CREATE TABLE audit_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        target_type text,
        target_id text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_audit_event PRIMARY KEY (id),
        CONSTRAINT fk_audit_event_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_audit_event_workspace_created ON audit_event (workspace_id, created_at DESC);

      CREATE TABLE knowledge_article (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        slug text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        published boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(body, '')), 'B')
        ) STORED,
        CONSTRAINT pk_knowledge_article PRIMARY KEY (id),
        CONSTRAINT uq_knowledge_article_workspace_slug UNIQUE (workspace_id, slug),
        CONSTRAINT fk_knowledge_article_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_knowledge_article_search ON knowledge_article USING gin (search_vector);

      CREATE TABLE customer (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        company text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_customer PRIMARY KEY (id),
        CONSTRAINT uq_customer_workspace_email UNIQUE (workspace_id, email),
        CONSTRAINT fk_customer_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );

      CREATE TABLE customer_order (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        number text NOT NULL,
        status text NOT NULL,
        lines jsonb NOT NULL,
        total_cents bigint NOT NULL,
        currency text NOT NULL DEFAULT 'USD',
        ship_to_state text NOT NULL,
        carrier text,
        tracking_number text,
        placed_at timestamptz NOT NULL,
        promised_at timestamptz,
        CONSTRAINT pk_customer_order PRIMARY KEY (id),
        CONSTRAINT uq_customer_order_workspace_number UNIQUE (workspace_id, number),
        CONSTRAINT fk_customer_order_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
        CONSTRAINT ck_customer_order_total CHECK (total_cents >= 0)
      );

      CREATE TABLE shipment_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        order_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        status text NOT NULL,
        location text NOT NULL,
        description text NOT NULL,
        CONSTRAINT pk_shipment_event PRIMARY KEY (id),
        CONSTRAINT fk_shipment_event_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_shipment_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_shipment_event_order ON shipment_event (order_id, occurred_at);

      CREATE TABLE invoice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        number text NOT NULL,
        issued_on date NOT NULL,
        due_on date NOT NULL,
        amount_cents bigint NOT NULL,
        paid_cents bigint NOT NULL DEFAULT 0,
        status text NOT NULL,
        CONSTRAINT pk_invoice PRIMARY KEY (id),
        CONSTRAINT uq_invoice_workspace_number UNIQUE (workspace_id, number),
        CONSTRAINT fk_invoice_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_invoice_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
        CONSTRAINT ck_invoice_amounts CHECK (amount_cents >= 0 AND paid_cents BETWEEN 0 AND amount_cents)
      );

      CREATE TABLE expense (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        occurred_on date NOT NULL,
        vendor text NOT NULL,
        description text NOT NULL,
        amount_cents bigint NOT NULL,
        category text,
        CONSTRAINT pk_expense PRIMARY KEY (id),
        CONSTRAINT fk_expense_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_expense_workspace_date ON expense (workspace_id, occurred_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE expense;
      DROP TABLE invoice;
      DROP TABLE shipment_event;
      DROP TABLE customer_order;
      DROP TABLE customer;
      DROP TABLE knowledge_article;
      DROP TABLE audit_event;
      DROP TABLE run_step;
      DROP TABLE run;
      DROP TABLE scenario;
      DROP TABLE agent;
      DROP TABLE api_key;
      DROP TABLE workspace;
    `);
  }
}
