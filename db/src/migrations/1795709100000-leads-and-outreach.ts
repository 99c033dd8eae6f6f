import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sales agent's data: leads (one per email per workspace, engagement merged on every
 * capture), a company directory for enrichment (reference data, shared by workspaces), the
 * historical deals the lead-scoring model learns from, and the outbox of follow-up emails (one
 * row per draft; an approval sends at most one of them).
 */
export class LeadsAndOutreach1795709100000 implements MigrationInterface {
  name = 'LeadsAndOutreach1795709100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company_directory (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        domain text NOT NULL,
        name text NOT NULL,
        industry text NOT NULL,
        employees integer NOT NULL,
        country text NOT NULL,
        city text,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_company_directory PRIMARY KEY (id),
        CONSTRAINT uq_company_directory_domain UNIQUE (domain),
        CONSTRAINT ck_company_directory_domain CHECK (domain = lower(domain) AND domain ~ '^[a-z0-9.-]+\\.[a-z]{2,}$'),
        CONSTRAINT ck_company_directory_employees CHECK (employees > 0),
        CONSTRAINT ck_company_directory_country CHECK (country ~ '^[A-Z]{2}$')
      );

      CREATE TABLE lead (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        company text,
        consent boolean NOT NULL DEFAULT false,
        consent_at timestamptz,
        source_page text,
        pages_viewed integer NOT NULL DEFAULT 0,
        minutes_on_site double precision NOT NULL DEFAULT 0,
        pricing_page_visits integer NOT NULL DEFAULT 0,
        captures integer NOT NULL DEFAULT 1,
        enrichment jsonb,
        enriched_at timestamptz,
        score integer,
        score_factors jsonb,
        tier text,
        scored_at timestamptz,
        stage text NOT NULL DEFAULT 'NEW',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_lead PRIMARY KEY (id),
        CONSTRAINT uq_lead_workspace_email UNIQUE (workspace_id, email),
        CONSTRAINT fk_lead_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_lead_email CHECK (email = lower(email) AND email LIKE '%_@_%'),
        CONSTRAINT ck_lead_name CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT ck_lead_consent CHECK (consent = (consent_at IS NOT NULL)),
        CONSTRAINT ck_lead_engagement CHECK (pages_viewed >= 0 AND minutes_on_site >= 0 AND pricing_page_visits >= 0),
        CONSTRAINT ck_lead_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
        CONSTRAINT ck_lead_tier CHECK (tier IS NULL OR tier IN ('HOT', 'WARM', 'COLD')),
        CONSTRAINT ck_lead_scored CHECK ((score IS NULL) = (tier IS NULL) AND (score IS NULL) = (scored_at IS NULL)),
        CONSTRAINT ck_lead_stage CHECK (stage IN ('NEW', 'QUALIFIED', 'CONTACTED'))
      );
      CREATE INDEX ix_lead_workspace_score ON lead (workspace_id, score DESC NULLS LAST);

      CREATE TABLE historical_deal (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        seq integer NOT NULL,
        pages_viewed integer NOT NULL,
        minutes_on_site double precision NOT NULL,
        pricing_page_visits integer NOT NULL,
        employees integer NOT NULL,
        industry text NOT NULL,
        country text NOT NULL,
        won boolean NOT NULL,
        closed_on date NOT NULL,
        CONSTRAINT pk_historical_deal PRIMARY KEY (id),
        CONSTRAINT uq_historical_deal_workspace_seq UNIQUE (workspace_id, seq),
        CONSTRAINT fk_historical_deal_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_historical_deal_engagement CHECK (pages_viewed >= 0 AND minutes_on_site >= 0 AND pricing_page_visits >= 0),
        CONSTRAINT ck_historical_deal_employees CHECK (employees > 0)
      );

      CREATE TABLE email_outbox (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        lead_id uuid NOT NULL,
        "to" text NOT NULL,
        persona text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        drafted_body text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT',
        message_id text,
        run_id uuid,
        approval_id uuid,
        claimed_at timestamptz,
        sent_at timestamptz,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_email_outbox PRIMARY KEY (id),
        CONSTRAINT fk_email_outbox_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_email_outbox_lead FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE CASCADE,
        CONSTRAINT fk_email_outbox_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT fk_email_outbox_approval FOREIGN KEY (approval_id) REFERENCES approval (id) ON DELETE SET NULL,
        -- An approved email is sent once, whatever happens to the run that asked for it.
        CONSTRAINT uq_email_outbox_approval UNIQUE (approval_id),
        CONSTRAINT ck_email_outbox_status CHECK (status IN ('DRAFT', 'SENT', 'FAILED')),
        CONSTRAINT ck_email_outbox_persona CHECK (persona IN ('TECHNICAL_DECISION_MAKER', 'EXECUTIVE', 'END_USER')),
        CONSTRAINT ck_email_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL AND message_id IS NOT NULL)),
        CONSTRAINT ck_email_outbox_failed CHECK ((status = 'FAILED') = (error IS NOT NULL)),
        CONSTRAINT ck_email_outbox_claimed CHECK (status = 'DRAFT' OR claimed_at IS NOT NULL)
      );
      CREATE INDEX ix_email_outbox_workspace_created ON email_outbox (workspace_id, created_at DESC);
      CREATE INDEX ix_email_outbox_lead ON email_outbox (lead_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE email_outbox;
      DROP TABLE historical_deal;
      DROP TABLE lead;
      DROP TABLE company_directory;
    `);
  }
}
