import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Widget hardening. The widget identity secret becomes rotatable: the replaced secret keeps
 * verifying identities until `widget_identity_previous_secret_expires_at` (a grace period for
 * the shop's servers to switch), and `widget_identity_secret_rotated_at` says when it last
 * changed. A visitor's email counts as verified only when the shop's hash covered it
 * (`email_verified`); emails stored before this migration were never covered, so none is.
 */
export class WidgetHardening1795709600000 implements MigrationInterface {
  name = 'WidgetHardening1795709600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspace
        ADD COLUMN widget_identity_secret_rotated_at timestamptz,
        ADD COLUMN widget_identity_previous_secret text,
        ADD COLUMN widget_identity_previous_secret_expires_at timestamptz,
        ADD CONSTRAINT ck_workspace_widget_identity_previous_secret CHECK (
          (widget_identity_previous_secret IS NULL) = (widget_identity_previous_secret_expires_at IS NULL)
        );

      ALTER TABLE visitor
        ADD COLUMN email_verified boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT ck_visitor_email_verified CHECK (NOT email_verified OR email IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE visitor
        DROP CONSTRAINT ck_visitor_email_verified,
        DROP COLUMN email_verified;
      ALTER TABLE workspace
        DROP CONSTRAINT ck_workspace_widget_identity_previous_secret,
        DROP COLUMN widget_identity_previous_secret_expires_at,
        DROP COLUMN widget_identity_previous_secret,
        DROP COLUMN widget_identity_secret_rotated_at;
    `);
  }
}
