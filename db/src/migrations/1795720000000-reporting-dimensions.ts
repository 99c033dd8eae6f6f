import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dimensions the financial statements and the ratios need beyond the chart's types:
 * - `ledger_account.department`: the department an operating expense belongs to, so the income
 *   statement can show operating expenses by department (revenue is already by channel: one
 *   revenue account per channel);
 * - `workspace.naics_code`: the shop's industry (NAICS 2022), which picks the ratio benchmarks.
 * Hubs seeded before this migration hold the demo chart: its accounts get their departments here,
 * matched by code AND name so an account an owner renamed or renumbered is left unassigned rather
 * than guessed. The mapping is frozen here (a migration must not change with later seed data).
 */
export class ReportingDimensions1795720000000 implements MigrationInterface {
  name = 'ReportingDimensions1795720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE ledger_account ADD COLUMN department text;
      ALTER TABLE workspace ADD COLUMN naics_code text
        CONSTRAINT workspace_naics_code_digits CHECK (naics_code ~ '^[0-9]{2,6}$');

      UPDATE ledger_account a
         SET department = d.department
        FROM (VALUES
          ('6010', 'Advertising', 'Sales and marketing'),
          ('6030', 'Commissions and fees', 'Sales and marketing'),
          ('6220', 'Payment processing fees', 'Sales and marketing'),
          ('6020', 'Car and truck', 'Operations and fulfilment'),
          ('6050', 'Depreciation', 'Operations and fulfilment'),
          ('6100', 'Rent', 'Operations and fulfilment'),
          ('6110', 'Repairs and maintenance', 'Operations and fulfilment'),
          ('6120', 'Supplies', 'Operations and fulfilment'),
          ('6160', 'Utilities', 'Operations and fulfilment'),
          ('6210', 'Shipping and postage', 'Operations and fulfilment'),
          ('6040', 'Contract labor', 'People'),
          ('6170', 'Wages', 'People'),
          ('6180', 'Payroll taxes', 'People'),
          ('6060', 'Insurance', 'General and administrative'),
          ('6080', 'Legal and professional', 'General and administrative'),
          ('6090', 'Office expense', 'General and administrative'),
          ('6130', 'Taxes and licenses', 'General and administrative'),
          ('6140', 'Travel', 'General and administrative'),
          ('6150', 'Meals', 'General and administrative'),
          ('6200', 'Software and subscriptions', 'General and administrative'),
          ('6230', 'Bank fees', 'General and administrative')
        ) AS d(code, name, department)
       WHERE a.code = d.code AND a.name = d.name AND a.type = 'EXPENSE';

      UPDATE workspace SET naics_code = '459420' WHERE slug = 'demo';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace DROP COLUMN naics_code;
      ALTER TABLE ledger_account DROP COLUMN department;
    `);
  }
}
