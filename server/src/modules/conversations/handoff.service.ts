import { ConversationEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { emitConversationHandedOff } from '../automation/outbound-webhooks/webhook-emissions.js';
import { isId } from '../ids.js';
import type { ConversationEvents } from './conversation-events.js';
import { resolveOpenTicketsWithin } from '../tickets/ticket-resolution.js';
import { handoffTransition, type HandoffEvent } from './handoff.js';

/**
 * Moves conversations through the handoff state machine (handoff.ts) under the conversation's
 * row lock, so two people acting at once get one move and one refusal. Every move is audited.
 */
export class HandoffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events?: ConversationEvents,
  ) {}

  /** The API's moves (takeOverConversation, ...): `ctx.actor` is who made them. */
  async move(
    ctx: RequestContext,
    conversationId: string,
    event: HandoffEvent,
  ): Promise<ConversationEntity> {
    const moved = await this.dataSource.transaction(async (tx) => {
      const conversation = await this.lockWithin(tx, ctx.workspaceId, conversationId);
      return this.moveWithin(tx, conversation, event, ctx.actor);
    });
    this.events?.changed(moved.id);
    return moved;
  }

  /** The conversation, locked for the rest of the transaction; not found is CONVERSATION_NOT_FOUND. */
  async lockWithin(
    tx: EntityManager,
    workspaceId: string,
    conversationId: string,
  ): Promise<ConversationEntity> {
    const conversation = isId(conversationId)
      ? await tx.findOne(ConversationEntity, {
          where: { id: conversationId, workspaceId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!conversation) {
      throw new DomainError(
        'CONVERSATION_NOT_FOUND',
        `No conversation with id "${conversationId}".`,
        { conversationId },
      );
    }
    return conversation;
  }

  /**
   * Applies `event` to a conversation the caller locked (illegal: CONVERSATION_STATE_INVALID),
   * audits it, and on `resolve` resolves the conversation's open tickets with it.
   */
  async moveWithin(
    tx: EntityManager,
    conversation: ConversationEntity,
    event: HandoffEvent,
    actor: string,
  ): Promise<ConversationEntity> {
    const from = conversation.handoffState;
    const to = handoffTransition(from, event);
    const now = this.clock.now();
    conversation.handoffState = to;
    conversation.handoffChangedAt = now;
    conversation.updatedAt = now;
    await tx.update(
      ConversationEntity,
      { id: conversation.id },
      { handoffState: to, handoffChangedAt: now, updatedAt: now },
    );
    const resolvedTickets =
      to === 'RESOLVED'
        ? await resolveOpenTicketsWithin(tx, conversation.workspaceId, conversation.id, now)
        : [];
    await this.audit.record(
      conversation.workspaceId,
      {
        actor,
        action: 'conversation.handoff',
        targetType: 'conversation',
        targetId: conversation.id,
        data: { event, from, to, ...(resolvedTickets.length > 0 ? { resolvedTickets } : {}) },
      },
      tx,
    );
    await emitConversationHandedOff(tx, conversation, from, actor);
    return conversation;
  }
}
