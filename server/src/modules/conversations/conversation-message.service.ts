import {
  ConversationMessageEntity,
  type ConversationMessageRole,
  type RunEntity,
} from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { MAX_TEXT_FIELD_LENGTH, redactText } from '../../runtime/guardrails/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { HandoffService } from './handoff.service.js';
import { storableMessageText } from './message-text.js';

/**
 * A conversation's messages: the customer's (recorded when their run is created), the agent's
 * (when its run succeeds) and a person's (sendHumanMessage, only while a person has it).
 */
export class ConversationMessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly handoff: HandoffService,
  ) {}

  /** Oldest first. */
  list(ctx: RequestContext, conversationId: string): Promise<ConversationMessageEntity[]> {
    return this.dataSource.manager.find(ConversationMessageEntity, {
      where: { workspaceId: ctx.workspaceId, conversationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Appends a message in the caller's transaction; `text` must already be storable. */
  async appendWithin(
    tx: EntityManager,
    message: {
      workspaceId: string;
      conversationId: string;
      role: ConversationMessageRole;
      text: string;
      runId: string | null;
    },
  ): Promise<ConversationMessageEntity> {
    return tx.save(
      tx.create(ConversationMessageEntity, { ...message, createdAt: this.clock.now() }),
    );
  }

  /**
   * A person's reply. Only while the conversation is HUMAN (a person took it over); otherwise
   * CONVERSATION_STATE_INVALID. The text is checked before anything is written.
   */
  async sendHuman(
    ctx: RequestContext,
    conversationId: string,
    text: string,
  ): Promise<ConversationMessageEntity> {
    const storable = storableMessageText(text);
    return this.dataSource.transaction(async (tx) => {
      const conversation = await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
      if (conversation.handoffState !== 'HUMAN') {
        throw new DomainError(
          'CONVERSATION_STATE_INVALID',
          `The conversation is ${conversation.handoffState}: take it over before writing in it.`,
          { handoffState: conversation.handoffState },
        );
      }
      const message = await this.appendWithin(tx, {
        workspaceId: ctx.workspaceId,
        conversationId: conversation.id,
        role: 'HUMAN',
        text: storable,
        runId: null,
      });
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'conversation.human_message',
          targetType: 'conversation',
          targetId: conversation.id,
          data: { messageId: message.id, length: storable.length },
        },
        tx,
      );
      return message;
    });
  }

  /**
   * Records a succeeded run's reply as the AGENT message of its conversation. Child runs (one
   * agent asking another) are not turns of the conversation; a run outside any is skipped. Once
   * per run (unique index), so a second call changes nothing.
   */
  async recordReply(run: RunEntity, text: string): Promise<void> {
    if (!run.conversationId || run.parentRunId) return;
    const storable = redactText(text.trim()).text.slice(0, MAX_TEXT_FIELD_LENGTH);
    if (storable.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO conversation_message (workspace_id, conversation_id, role, text, run_id, created_at)
       VALUES ($1, $2, 'AGENT', $3, $4, $5)
       ON CONFLICT (run_id) WHERE role = 'AGENT' DO NOTHING`,
      [run.workspaceId, run.conversationId, storable, run.id, this.clock.now()],
    );
  }
}
