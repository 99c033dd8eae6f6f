import type { EntityManager } from 'typeorm';

/**
 * Resolves a conversation's open tickets when the conversation is resolved (in the caller's
 * transaction): a settled conversation leaves nothing open in the ticket list. Returns their
 * numbers, for the audit record.
 */
export async function resolveOpenTicketsWithin(
  tx: EntityManager,
  workspaceId: string,
  conversationId: string,
  now: Date,
): Promise<string[]> {
  const result: unknown = await tx.query(
    `UPDATE ticket SET status = 'RESOLVED', resolved_at = $3
       WHERE workspace_id = $1 AND conversation_id = $2 AND status = 'OPEN'
       RETURNING number`,
    [workspaceId, conversationId, now],
  );
  // TypeORM returns [rows, affected] for UPDATE ... RETURNING on PostgreSQL.
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<{
    number: string;
  }>;
  return rows.map((r) => r.number).sort();
}
