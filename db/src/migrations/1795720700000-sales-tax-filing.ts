import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sales tax filing packets (issue 15, filing preparation). A packet is a snapshot: the state
 * return worksheet, the Schedule C summary and the document checklist as prepared on one day,
 * kept as a JSON document (`content`) so `filingPacket(id)` shows exactly what the PDF and CSV
 * say even after the books change. Its files are `report_file` rows whose package_id is the
 * packet's id, under the new kind SALES_TAX_FILING, downloaded like reporting's files.
 */
export class SalesTaxFiling1795720700000 implements MigrationInterface {
  name = 'SalesTaxFiling1795720700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sales_tax_filing (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        state text NOT NULL,
        period_key text NOT NULL,
        status text NOT NULL,
        content jsonb NOT NULL,
        prepared_by text NOT NULL,
        prepared_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sales_tax_filing PRIMARY KEY (id),
        CONSTRAINT fk_sales_tax_filing_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT ck_sales_tax_filing_state CHECK (state ~ '^[A-Z]{2}$'),
        CONSTRAINT ck_sales_tax_filing_period CHECK (period_key ~ '^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$'),
        CONSTRAINT ck_sales_tax_filing_status CHECK (status IN ('PRELIMINARY', 'READY'))
      );
    `);
    await q.query(
      'CREATE INDEX ix_sales_tax_filing_workspace_prepared ON sales_tax_filing (workspace_id, prepared_at DESC);',
    );
    await q.query(`
      ALTER TABLE report_file DROP CONSTRAINT ck_report_file_kind;
      ALTER TABLE report_file ADD CONSTRAINT ck_report_file_kind
        CHECK (kind IN ('FILING_PACKAGE', 'ANNUAL_REPORT', 'SALES_TAX_FILING'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM report_file WHERE kind = 'SALES_TAX_FILING';`);
    await q.query(`
      ALTER TABLE report_file DROP CONSTRAINT ck_report_file_kind;
      ALTER TABLE report_file ADD CONSTRAINT ck_report_file_kind
        CHECK (kind IN ('FILING_PACKAGE', 'ANNUAL_REPORT'));
    `);
    await q.query('DROP TABLE sales_tax_filing;');
  }
}
