import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What sales tax needs beyond the state (issue 15): local rates are resolved from a ZIP, and
 * taxability from what a product is.
 *
 * - `business_location`: where the shop sells from: its place of business (the origin of every
 *   shipment, and the sourcing point of a Texas seller's in-state sales) and the temporary
 *   locations (market days) it sells at. One PLACE_OF_BUSINESS per workspace.
 * - `customer_order`: the ship-to street, city and ZIP (null on rows written before), the shipping
 *   charged (separately stated; taxable in some states) and the order's tax treatment
 *   (taxable, or exempt / resale when a certificate is on file), as on `sale`.
 * - `product_tax_category`: a SKU's category for taxability, one of the engine's categories
 *   (server/src/engines/sales-tax: general, clothing, grocery, digital, gift-card).
 * - `sale`: the ship-to ZIP of the row's orders (null where unknown) and the location it was sold
 *   from, so a period's sales can be sourced to jurisdictions.
 */
export class SalesTaxAddresses1795720400000 implements MigrationInterface {
  name = 'SalesTaxAddresses1795720400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_location (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        line1 text NOT NULL,
        city text NOT NULL,
        state text NOT NULL,
        postal_code text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_business_location PRIMARY KEY (id),
        CONSTRAINT fk_business_location_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_business_location_name UNIQUE (workspace_id, name),
        CONSTRAINT ck_business_location_kind CHECK (kind IN ('PLACE_OF_BUSINESS', 'MARKET')),
        CONSTRAINT ck_business_location_state CHECK (state ~ '^[A-Z]{2}$'),
        CONSTRAINT ck_business_location_postal_code CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$')
      );
    `);
    await q.query(
      `CREATE UNIQUE INDEX uq_business_location_place_of_business ON business_location (workspace_id) WHERE kind = 'PLACE_OF_BUSINESS';`,
    );
    await q.query(`
      ALTER TABLE customer_order
        ADD COLUMN ship_to_line1 text,
        ADD COLUMN ship_to_city text,
        ADD COLUMN ship_to_postal_code text,
        ADD COLUMN shipping_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN tax_treatment text NOT NULL DEFAULT 'taxable',
        ADD CONSTRAINT ck_customer_order_postal_code CHECK (ship_to_postal_code IS NULL OR ship_to_postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
        ADD CONSTRAINT ck_customer_order_shipping CHECK (shipping_cents >= 0),
        ADD CONSTRAINT ck_customer_order_tax_treatment CHECK (tax_treatment IN ('taxable', 'exempt', 'resale'));
    `);
    await q.query(`
      CREATE TABLE product_tax_category (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        sku text NOT NULL,
        category text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_product_tax_category PRIMARY KEY (id),
        CONSTRAINT fk_product_tax_category_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_product_tax_category_sku UNIQUE (workspace_id, sku),
        CONSTRAINT ck_product_tax_category_category CHECK (category IN ('general', 'clothing', 'grocery', 'digital', 'gift-card'))
      );
    `);
    await q.query(`
      ALTER TABLE sale
        ADD COLUMN ship_to_postal_code text,
        ADD COLUMN business_location_id uuid,
        ADD CONSTRAINT fk_sale_business_location FOREIGN KEY (business_location_id) REFERENCES business_location (id) ON DELETE SET NULL,
        ADD CONSTRAINT ck_sale_postal_code CHECK (ship_to_postal_code IS NULL OR ship_to_postal_code ~ '^[0-9]{5}$');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sale
        DROP CONSTRAINT ck_sale_postal_code,
        DROP CONSTRAINT fk_sale_business_location,
        DROP COLUMN business_location_id,
        DROP COLUMN ship_to_postal_code;
    `);
    await q.query('DROP TABLE product_tax_category;');
    await q.query(`
      ALTER TABLE customer_order
        DROP CONSTRAINT ck_customer_order_tax_treatment,
        DROP CONSTRAINT ck_customer_order_shipping,
        DROP CONSTRAINT ck_customer_order_postal_code,
        DROP COLUMN tax_treatment,
        DROP COLUMN shipping_cents,
        DROP COLUMN ship_to_postal_code,
        DROP COLUMN ship_to_city,
        DROP COLUMN ship_to_line1;
    `);
    await q.query('DROP TABLE business_location;');
  }
}
