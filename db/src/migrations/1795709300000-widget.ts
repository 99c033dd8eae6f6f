import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embeddable widget: publishable keys (public by design, bound to allowed origins), the
 * workspace's widget secrets, visitors, and what a chat needs of conversation messages: a
 * per-conversation `seq` (assigned under the conversation's row lock, so commit order is seq
 * order and a reconnecting widget can replay `afterSeq` with no gap), the cited articles and the
 * visitor's thumbs up or down.
 */
export class Widget1795709300000 implements MigrationInterface {
  name = 'Widget1795709300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Two random UUIDs without dashes: 64 hex characters, 244 random bits; no pgcrypto needed.
      ALTER TABLE workspace
        ADD COLUMN widget_identity_secret text NOT NULL
          DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
        ADD COLUMN visitor_token_secret text NOT NULL
          DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

      CREATE TABLE publishable_key (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        allowed_origins text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT pk_publishable_key PRIMARY KEY (id),
        CONSTRAINT fk_publishable_key_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_publishable_key_key UNIQUE (key),
        CONSTRAINT ck_publishable_key_key CHECK (key LIKE 'pk\\_%'),
        CONSTRAINT ck_publishable_key_name CHECK (length(name) BETWEEN 1 AND 200)
      );

      CREATE TABLE visitor (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        publishable_key_id uuid NOT NULL,
        external_user_id text,
        email text,
        name text,
        lead_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_visitor PRIMARY KEY (id),
        CONSTRAINT fk_visitor_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_visitor_publishable_key FOREIGN KEY (publishable_key_id) REFERENCES publishable_key (id) ON DELETE CASCADE,
        CONSTRAINT fk_visitor_lead FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX uq_visitor_external_user ON visitor (workspace_id, external_user_id)
        WHERE external_user_id IS NOT NULL;

      ALTER TABLE conversation
        ADD COLUMN visitor_id uuid,
        ADD COLUMN message_seq integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT fk_conversation_visitor FOREIGN KEY (visitor_id) REFERENCES visitor (id) ON DELETE SET NULL;
      CREATE INDEX ix_conversation_visitor ON conversation (visitor_id, created_at);

      ALTER TABLE conversation_message
        ADD COLUMN seq integer,
        ADD COLUMN citations jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN helpful boolean;
      UPDATE conversation_message m SET seq = s.n
        FROM (SELECT id, row_number() OVER (PARTITION BY conversation_id ORDER BY created_at, id) AS n
              FROM conversation_message) s
        WHERE m.id = s.id;
      UPDATE conversation c SET message_seq = s.last
        FROM (SELECT conversation_id, max(seq) AS last FROM conversation_message GROUP BY conversation_id) s
        WHERE c.id = s.conversation_id;
      ALTER TABLE conversation_message ALTER COLUMN seq SET NOT NULL;
      CREATE UNIQUE INDEX uq_conversation_message_seq ON conversation_message (conversation_id, seq);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX uq_conversation_message_seq;
      ALTER TABLE conversation_message DROP COLUMN helpful, DROP COLUMN citations, DROP COLUMN seq;
      DROP INDEX ix_conversation_visitor;
      ALTER TABLE conversation DROP CONSTRAINT fk_conversation_visitor,
        DROP COLUMN message_seq, DROP COLUMN visitor_id;
      DROP TABLE visitor;
      DROP TABLE publishable_key;
      ALTER TABLE workspace DROP COLUMN visitor_token_secret, DROP COLUMN widget_identity_secret;
    `);
  }
}
