import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workspace's locale (BCP 47, e.g. en-US, es-MX) and currency (ISO 4217, e.g. USD, MXN): the
 * console shows its language, dates, numbers and money in them (issue 20). Existing workspaces
 * keep what the console showed before: en-US and USD.
 */
export class WorkspaceLocale1795721600000 implements MigrationInterface {
  name = 'WorkspaceLocale1795721600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace
        ADD COLUMN locale text NOT NULL DEFAULT 'en-US',
        ADD COLUMN currency text NOT NULL DEFAULT 'USD',
        ADD CONSTRAINT chk_workspace_locale CHECK (locale ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
        ADD CONSTRAINT chk_workspace_currency CHECK (currency ~ '^[A-Z]{3}$')
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace
        DROP CONSTRAINT chk_workspace_currency,
        DROP CONSTRAINT chk_workspace_locale,
        DROP COLUMN currency,
        DROP COLUMN locale
    `);
  }
}
