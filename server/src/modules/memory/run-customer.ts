import { ConversationEntity, type RunEntity } from '@zactonics/db';
import type { EntityManager } from 'typeorm';
import { normalizeCustomerEmail } from './customer-email.js';

/**
 * Whom a run is talking to, for long-term memory: the customer of the run's conversation, else
 * the `customerEmail` of its input (e.g. a widget that knows the signed-in customer but keeps no
 * conversation). Null when neither names one: facts are then neither recalled nor stored.
 */
export async function customerOfRun(
  manager: EntityManager,
  run: Pick<RunEntity, 'workspaceId' | 'conversationId' | 'input'>,
): Promise<string | null> {
  if (run.conversationId) {
    const conversation = await manager.findOne(ConversationEntity, {
      select: { id: true, customerEmail: true },
      where: { id: run.conversationId, workspaceId: run.workspaceId },
    });
    if (conversation?.customerEmail) return conversation.customerEmail;
  }
  return normalizeCustomerEmail(run.input.customerEmail);
}
