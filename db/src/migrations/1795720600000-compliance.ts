import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The compliance calendar and exemption certificates (issue 15).
 *
 * - `tax_registration.filing_frequency`: how often the state has told the shop to file its sales
 *   tax return (a state assigns it from the tax owed; Texas: Tax Code § 151.401). Existing rows
 *   default to MONTHLY, the frequency every state starts from unless it assigns another.
 * - `exemption_certificate`: a buyer's resale or exemption certificate on file, per state, with
 *   the day it was issued and the day it expires (null: the certificate carries no expiry, as a
 *   Texas blanket resale certificate does). `customer_id` when the buyer is a customer row.
 * - `sale.buyer_name`: who bought an exempt or resale sale, so it can be matched to a certificate
 *   valid on its date (null for retail sales, which need none).
 */
export class Compliance1795720600000 implements MigrationInterface {
  name = 'Compliance1795720600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tax_registration
        ADD COLUMN filing_frequency text NOT NULL DEFAULT 'MONTHLY',
        ADD CONSTRAINT ck_tax_registration_frequency CHECK (filing_frequency IN ('MONTHLY', 'QUARTERLY', 'ANNUAL'));
    `);
    await q.query('ALTER TABLE sale ADD COLUMN buyer_name text;');
    await q.query(`
      CREATE TABLE exemption_certificate (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        customer_id uuid,
        buyer_name text NOT NULL,
        state text NOT NULL,
        kind text NOT NULL,
        number text NOT NULL,
        issued_on date NOT NULL,
        expires_on date,
        document_ref text,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_exemption_certificate PRIMARY KEY (id),
        CONSTRAINT fk_exemption_certificate_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_exemption_certificate_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE SET NULL,
        CONSTRAINT ck_exemption_certificate_state CHECK (state ~ '^[A-Z]{2}$'),
        CONSTRAINT ck_exemption_certificate_kind CHECK (kind IN ('RESALE', 'EXEMPT_ORGANIZATION', 'OTHER')),
        CONSTRAINT ck_exemption_certificate_dates CHECK (expires_on IS NULL OR expires_on >= issued_on)
      );
    `);
    await q.query(
      'CREATE INDEX ix_exemption_certificate_buyer ON exemption_certificate (workspace_id, buyer_name, state);',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE exemption_certificate;');
    await q.query('ALTER TABLE sale DROP COLUMN buyer_name;');
    await q.query(
      'ALTER TABLE tax_registration DROP CONSTRAINT ck_tax_registration_frequency, DROP COLUMN filing_frequency;',
    );
  }
}
