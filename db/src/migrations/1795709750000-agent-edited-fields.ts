import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `agent.edited_fields`: the settings an owner changed in the agent editor (`tools`, `model`,
 * `systemPrompt`, ...). Reference data converges at every start (the built-in agents follow the
 * release) except these fields, which stay as the owner left them. Edits made before this
 * migration are read back from the audit log, where the editor recorded each one
 * (`agent.update`, its `changes` keyed by field, `reviewPolicy.<rule>` for a review rule).
 */
export class AgentEditedFields1795709750000 implements MigrationInterface {
  name = 'AgentEditedFields1795709750000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agent ADD COLUMN edited_fields text[] NOT NULL DEFAULT '{}';

      UPDATE agent
         SET edited_fields = edits.fields
        FROM (
          SELECT e.target_id AS agent_id,
                 array_agg(DISTINCT split_part(field, '.', 1) ORDER BY split_part(field, '.', 1)) AS fields
            FROM audit_event e
           CROSS JOIN LATERAL jsonb_object_keys(
                   CASE WHEN jsonb_typeof(e.data -> 'changes') = 'object' THEN e.data -> 'changes'
                        ELSE '{}'::jsonb END) AS field
           WHERE e.action = 'agent.update' AND e.target_type = 'agent'
           GROUP BY e.target_id
        ) AS edits
       WHERE agent.id::text = edits.agent_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agent DROP COLUMN edited_fields;`);
  }
}
