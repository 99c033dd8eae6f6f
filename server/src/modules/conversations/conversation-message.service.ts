import {
  ConversationMessageEntity,
  type ConversationMessageRole,
  type RunEntity,
} from '@zactonics/db';
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { MAX_TEXT_FIELD_LENGTH, redactText } from '../../runtime/guardrails/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { HandoffService } from './handoff.service.js';
import { isId } from '../ids.js';
import type { ConversationEvents } from './conversation-events.js';
import { storableMessageText } from './message-text.js';

/**
 * A conversation's messages: the customer's (written by ConversationService before the run that
 * answers them starts), the agent's (when its run succeeds) and a person's (sendHumanMessage,
 * only while a person has it).
 */
export class ConversationMessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly handoff: HandoffService,
    private readonly events?: ConversationEvents,
  ) {}

  /** Oldest first. */
  list(ctx: RequestContext, conversationId: string): Promise<ConversationMessageEntity[]> {
    return this.dataSource.manager.find(ConversationMessageEntity, {
      where: { workspaceId: ctx.workspaceId, conversationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Appends a message in the caller's transaction; `text` must already be storable. Its `seq` is
   * taken by bumping the conversation's counter, which row-locks the conversation until commit:
   * messages of one conversation commit in seq order, so `afterSeq` replays have no gaps.
   */
  async appendWithin(
    tx: EntityManager,
    message: {
      workspaceId: string;
      conversationId: string;
      role: ConversationMessageRole;
      text: string;
      runId: string | null;
      citations?: { title: string; slug: string }[];
      /** A customer's message: the id its client gave it (unique in the conversation). */
      clientMessageId?: string | null;
    },
  ): Promise<ConversationMessageEntity> {
    const seq = await nextMessageSeq(tx, message.conversationId);
    return tx.save(
      tx.create(ConversationMessageEntity, {
        ...message,
        citations: message.citations ?? [],
        clientMessageId: message.clientMessageId ?? null,
        seq,
        createdAt: this.clock.now(),
      }),
    );
  }

  /** Messages with seq above `afterSeq`, oldest first. */
  after(
    workspaceId: string,
    conversationId: string,
    afterSeq: number,
  ): Promise<ConversationMessageEntity[]> {
    return this.dataSource.manager.find(ConversationMessageEntity, {
      where: { workspaceId, conversationId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
    });
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
    const sent = await this.dataSource.transaction(async (tx) => {
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
    this.events?.changed(conversationId);
    return sent;
  }

  /**
   * Records a succeeded run's reply as the AGENT message of its conversation, with the articles
   * it cites. Child runs (one agent asking another) are not turns of the conversation; a run
   * outside any is skipped. Once per run, so a second call changes nothing.
   */
  async recordReply(
    run: RunEntity,
    text: string,
    citations: { title: string; slug: string }[] = [],
  ): Promise<void> {
    const conversationId = run.conversationId;
    if (!conversationId || run.parentRunId) return;
    const storable = redactText(text.trim()).text.slice(0, MAX_TEXT_FIELD_LENGTH);
    if (storable.length === 0) return;
    await this.dataSource
      .transaction(async (tx) => {
        const seq = await nextMessageSeq(tx, conversationId);
        const already = await tx.existsBy(ConversationMessageEntity, {
          runId: run.id,
          role: 'AGENT',
        });
        // Throwing rolls the counter back: the seq is not burnt.
        if (already) throw new ReplyAlreadyRecorded();
        await tx.insert(ConversationMessageEntity, {
          workspaceId: run.workspaceId,
          conversationId,
          role: 'AGENT',
          text: storable,
          runId: run.id,
          citations,
          seq,
          createdAt: this.clock.now(),
        });
      })
      .then(
        () => this.events?.changed(conversationId),
        (error: unknown) => {
          if (!(error instanceof ReplyAlreadyRecorded)) throw error;
        },
      );
  }

  /** The visitor's thumbs up or down on an AGENT message of their conversation. */
  async rate(
    workspaceId: string,
    conversationId: string,
    messageId: string,
    helpful: boolean,
  ): Promise<ConversationMessageEntity> {
    const message = isId(messageId)
      ? await this.dataSource.manager.findOneBy(ConversationMessageEntity, {
          id: messageId,
          workspaceId,
          conversationId,
        })
      : null;
    if (!message || message.role !== 'AGENT') {
      throw new DomainError(
        'MESSAGE_NOT_FOUND',
        `No reply with id "${messageId}" in this conversation.`,
      );
    }
    await this.dataSource.manager.update(
      ConversationMessageEntity,
      { id: message.id },
      { helpful },
    );
    return { ...message, helpful };
  }
}

class ReplyAlreadyRecorded extends Error {}

/** Bumps the conversation's message counter; the row stays locked until the caller commits. */
async function nextMessageSeq(tx: EntityManager, conversationId: string): Promise<number> {
  const rows = (await tx.query(
    'UPDATE conversation SET message_seq = message_seq + 1 WHERE id = $1 RETURNING message_seq',
    [conversationId],
  )) as [{ message_seq: number }[], number] | { message_seq: number }[];
  // TypeORM returns [rows, count] for UPDATE ... RETURNING on postgres.
  const list = Array.isArray(rows[0])
    ? (rows[0] as { message_seq: number }[])
    : (rows as { message_seq: number }[]);
  const seq = list[0]?.message_seq;
  if (seq === undefined) throw new Error(`conversation ${conversationId} does not exist`);
  return Number(seq);
}
