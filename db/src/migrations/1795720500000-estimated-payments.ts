import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Estimated tax payments the owner has made (Form 1040-ES), one row per payment: the tax year it
 * is for (January's fourth installment belongs to the year before), the day paid and the amount
 * in bigint cents. The estimated tax plan checks them against each installment's due date.
 *
 * `tax_profile.itemized` holds the owner's Schedule A facts for the year (state and local taxes,
 * real estate taxes, mortgage interest and balance, cash gifts), a JSON document in integer cents
 * checked by the service that reads it (modules/tax/tax-profile.ts).
 */
export class EstimatedPayments1795720500000 implements MigrationInterface {
  name = 'EstimatedPayments1795720500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE estimated_tax_payment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        tax_year integer NOT NULL,
        paid_on date NOT NULL,
        amount_cents bigint NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_estimated_tax_payment PRIMARY KEY (id),
        CONSTRAINT fk_estimated_tax_payment_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_estimated_tax_payment_year CHECK (tax_year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_estimated_tax_payment_amount CHECK (amount_cents > 0)
      );
    `);
    await q.query(
      'CREATE INDEX ix_estimated_tax_payment_year ON estimated_tax_payment (workspace_id, tax_year, paid_on);',
    );
    await q.query(`
      ALTER TABLE tax_profile ADD COLUMN itemized jsonb,
        ADD CONSTRAINT ck_tax_profile_itemized CHECK (itemized IS NULL OR jsonb_typeof(itemized) = 'object');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE tax_profile DROP CONSTRAINT ck_tax_profile_itemized, DROP COLUMN itemized;',
    );
    await q.query('DROP TABLE estimated_tax_payment;');
  }
}
