import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A customer's message carries the id its client gave it (`client_message_id`: the widget's
 * clientMessageId, or the API's idempotency key), unique within its conversation: posting the
 * same id twice, even in two racing requests, stores one message. Before, a message was found
 * again through its run's idempotency key; messages the widget stored that way get their id back
 * from it (`widget:<visitor id>:<client message id>`), so a retry across the upgrade still finds
 * its message.
 */
export class CustomerMessageIds1795709800000 implements MigrationInterface {
  name = 'CustomerMessageIds1795709800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE conversation_message
        ADD COLUMN client_message_id text,
        ADD CONSTRAINT ck_conversation_message_client_message_id CHECK (
          client_message_id IS NULL
          OR (role = 'CUSTOMER' AND length(client_message_id) BETWEEN 1 AND 200)
        );

      UPDATE conversation_message m
         SET client_message_id = substr(r.idempotency_key, 45)
        FROM run r
       WHERE r.id = m.run_id
         AND m.role = 'CUSTOMER'
         AND r.idempotency_key ~ '^widget:[0-9a-f-]{36}:.+$';

      CREATE UNIQUE INDEX uq_conversation_message_client_message_id
        ON conversation_message (conversation_id, client_message_id)
        WHERE client_message_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX uq_conversation_message_client_message_id;
      ALTER TABLE conversation_message
        DROP CONSTRAINT ck_conversation_message_client_message_id,
        DROP COLUMN client_message_id;
    `);
  }
}
