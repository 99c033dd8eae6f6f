import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Console accounts a person can recover, and email a development hub keeps instead of sending:
 * - `admin_user.invited_at`: set while an invited user has not chosen a password yet (such a
 *   user cannot sign in);
 * - `admin_credential_link`: one-time links to set a password (an invitation, 72 h) or reset
 *   one (1 h). Only the SHA-256 of the link's token is stored; a link ends when used, when a
 *   newer one for the same user replaces it, or at its expiry;
 * - `caught_email`: what the mail catcher kept (HUB_SMTP_URL unset outside production), as the
 *   recipient would have received it, read in the console's Outbox. `confidential` mail (a
 *   one-time password link) is listed to owners only: anyone else holding it could take over
 *   the account it names.
 */
export class AccountsAndMailCatcher1795721500000 implements MigrationInterface {
  name = 'AccountsAndMailCatcher1795721500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE admin_user ADD COLUMN invited_at timestamptz;

      CREATE TABLE admin_credential_link (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT pk_admin_credential_link PRIMARY KEY (id),
        CONSTRAINT fk_admin_credential_link_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_admin_credential_link_user FOREIGN KEY (user_id) REFERENCES admin_user (id) ON DELETE CASCADE,
        CONSTRAINT uq_admin_credential_link_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_admin_credential_link_token_hash CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_admin_credential_link_purpose CHECK (purpose IN ('INVITE', 'RESET')),
        CONSTRAINT ck_admin_credential_link_expiry CHECK (expires_at > created_at)
      );
      CREATE INDEX ix_admin_credential_link_user ON admin_credential_link (user_id);

      CREATE TABLE caught_email (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        message_id text NOT NULL,
        from_address text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        confidential boolean NOT NULL DEFAULT false,
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_caught_email PRIMARY KEY (id),
        CONSTRAINT fk_caught_email_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_caught_email_message_id UNIQUE (message_id)
      );
      CREATE INDEX ix_caught_email_workspace_sent ON caught_email (workspace_id, sent_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE caught_email;
      DROP TABLE admin_credential_link;
      ALTER TABLE admin_user DROP COLUMN invited_at;
    `);
  }
}
