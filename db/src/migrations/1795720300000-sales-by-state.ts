import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sales by destination state, for economic nexus (issue 15). The ledger holds revenue by channel
 * (processor payouts, invoices, market days) but not where the goods went, and every state's
 * threshold counts sales and transactions shipped INTO it. A `sale` row is one day's (or one
 * processor summary's) sales into one state through one channel with the same flags, so a row
 * carries its order count: each order is one transaction for the thresholds. `journal_entry_id`
 * names the entry whose revenue the row splits, so every row traces to the books.
 *
 * `tax_registration` is where the shop is registered to collect sales tax (one row per state).
 */
export class SalesByState1795720300000 implements MigrationInterface {
  name = 'SalesByState1795720300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sale (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        sold_on date NOT NULL,
        ship_to_state text NOT NULL,
        channel text NOT NULL,
        order_count integer NOT NULL,
        goods_cents bigint NOT NULL,
        shipping_cents bigint NOT NULL DEFAULT 0,
        tax_collected_cents bigint NOT NULL DEFAULT 0,
        marketplace_facilitated boolean NOT NULL DEFAULT false,
        tax_treatment text NOT NULL,
        journal_entry_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sale PRIMARY KEY (id),
        CONSTRAINT fk_sale_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_sale_journal_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id) ON DELETE SET NULL,
        CONSTRAINT ck_sale_state CHECK (ship_to_state ~ '^[A-Z]{2}$'),
        CONSTRAINT ck_sale_channel CHECK (channel IN ('ONLINE', 'WHOLESALE', 'MARKET')),
        CONSTRAINT ck_sale_treatment CHECK (tax_treatment IN ('taxable', 'exempt', 'resale')),
        CONSTRAINT ck_sale_orders CHECK (order_count > 0),
        CONSTRAINT ck_sale_amounts CHECK (goods_cents >= 0 AND shipping_cents >= 0 AND tax_collected_cents >= 0)
      );
    `);
    await q.query(
      'CREATE INDEX ix_sale_workspace_state_date ON sale (workspace_id, ship_to_state, sold_on);',
    );
    await q.query(`
      CREATE TABLE tax_registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        state text NOT NULL,
        registered_on date NOT NULL,
        account_number text,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tax_registration PRIMARY KEY (id),
        CONSTRAINT fk_tax_registration_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_tax_registration_state UNIQUE (workspace_id, state),
        CONSTRAINT ck_tax_registration_state CHECK (state ~ '^[A-Z]{2}$')
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tax_registration;');
    await q.query('DROP TABLE sale;');
  }
}
