import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console's people: users (argon2id password hashes, a role each) and their sessions
 * (only the SHA-256 of the cookie's token is stored). Emails are unique per workspace, compared
 * lower-case; removing a user removes its sessions.
 */
export class AdminConsole1795709400000 implements MigrationInterface {
  name = 'AdminConsole1795709400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        disabled_at timestamptz,
        CONSTRAINT pk_admin_user PRIMARY KEY (id),
        CONSTRAINT fk_admin_user_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_admin_user_workspace_email UNIQUE (workspace_id, email),
        CONSTRAINT ck_admin_user_email CHECK (email = lower(email) AND email LIKE '%_@_%'),
        CONSTRAINT ck_admin_user_name CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT ck_admin_user_role CHECK (role IN ('OWNER', 'ADMIN', 'VIEWER'))
      );
      CREATE INDEX ix_admin_user_email ON admin_user (email);

      CREATE TABLE admin_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT pk_admin_session PRIMARY KEY (id),
        CONSTRAINT fk_admin_session_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_admin_session_user FOREIGN KEY (user_id) REFERENCES admin_user (id) ON DELETE CASCADE,
        CONSTRAINT uq_admin_session_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_admin_session_token_hash CHECK (token_hash ~ '^[0-9a-f]{64}$')
      );
      CREATE INDEX ix_admin_session_user ON admin_session (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE admin_session;
      DROP TABLE admin_user;
    `);
  }
}
