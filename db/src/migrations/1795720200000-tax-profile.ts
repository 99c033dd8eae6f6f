import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner's tax profile, one row per workspace and tax year: the facts the books do not hold
 * but the deductions need (filing status, the home office's and the home's areas and expenses,
 * the mileage log and the vehicle's costs paid outside the books, equipment placed in service
 * with its business use and election, last year's tax and AGI for estimated tax). Lists are JSON
 * documents checked by the service that reads them (modules/tax/tax-profile.ts); money in them is
 * integer cents. Amount columns are bigint cents.
 */
export class TaxProfile1795720200000 implements MigrationInterface {
  name = 'TaxProfile1795720200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tax_profile (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        tax_year integer NOT NULL,
        filing_status text NOT NULL,
        business_form text NOT NULL,
        home_office jsonb,
        vehicle jsonb,
        equipment jsonb NOT NULL DEFAULT '[]'::jsonb,
        prior_year_tax_cents bigint,
        prior_year_agi_cents bigint,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tax_profile PRIMARY KEY (id),
        CONSTRAINT fk_tax_profile_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_tax_profile_year UNIQUE (workspace_id, tax_year),
        CONSTRAINT ck_tax_profile_year CHECK (tax_year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_tax_profile_filing_status CHECK (filing_status IN ('single', 'marriedFilingJointly', 'marriedFilingSeparately', 'headOfHousehold', 'qualifyingSurvivingSpouse')),
        CONSTRAINT ck_tax_profile_equipment CHECK (jsonb_typeof(equipment) = 'array'),
        CONSTRAINT ck_tax_profile_home_office CHECK (home_office IS NULL OR jsonb_typeof(home_office) = 'object'),
        CONSTRAINT ck_tax_profile_vehicle CHECK (vehicle IS NULL OR jsonb_typeof(vehicle) = 'object')
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tax_profile;');
  }
}
