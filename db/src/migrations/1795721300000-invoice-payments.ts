import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments a payment processor (Stripe, Square, PayPal...) reports against an invoice, e.g.
 * through an inbound webhook (issue 17). The processor's own payment id is unique per workspace
 * and processor, so an event delivered twice (two webhook ids for one payment, a retried
 * delivery, a person re-running the scenario) records the payment, posts its journal entry and
 * moves the invoice exactly once.
 */
export class InvoicePayments1795721300000 implements MigrationInterface {
  name = 'InvoicePayments1795721300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_payment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        processor text NOT NULL,
        processor_payment_id text NOT NULL,
        amount_cents bigint NOT NULL,
        fee_cents bigint NOT NULL DEFAULT 0,
        paid_on date NOT NULL,
        journal_entry_id uuid NOT NULL,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_invoice_payment PRIMARY KEY (id),
        CONSTRAINT fk_invoice_payment_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_invoice_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
        CONSTRAINT fk_invoice_payment_journal_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
        CONSTRAINT uq_invoice_payment_processor_id UNIQUE (workspace_id, processor, processor_payment_id),
        CONSTRAINT ck_invoice_payment_processor CHECK (processor ~ '^[a-z][a-z0-9_]{1,39}$'),
        CONSTRAINT ck_invoice_payment_processor_id CHECK (length(processor_payment_id) BETWEEN 1 AND 255),
        CONSTRAINT ck_invoice_payment_amounts CHECK (amount_cents > 0 AND fee_cents >= 0 AND fee_cents < amount_cents)
      );
      CREATE INDEX ix_invoice_payment_invoice ON invoice_payment (invoice_id, paid_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_payment`);
  }
}
