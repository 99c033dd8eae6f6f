import { ConversationEntity, RunEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import { requireCustomerEmail } from '../memory/customer-email.js';
import type { ConversationEvents } from './conversation-events.js';
import type { ConversationMessageService } from './conversation-message.service.js';
import type { HandoffService } from './handoff.service.js';
import { customerTextOf, storableMessageText } from './message-text.js';

export interface StartConversationCommand {
  customerEmail?: string | null | undefined;
}

/** Conversations: threads of runs whose earlier exchanges become each new run's history. */
export class ConversationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly handoff: HandoffService,
    private readonly messages: ConversationMessageService,
    private readonly events?: ConversationEvents,
  ) {}

  /** Tells the conversation's watchers (the widget) to re-read it; call after commit. */
  changed(conversationId: string): void {
    this.events?.changed(conversationId);
  }

  async start(ctx: RequestContext, command: StartConversationCommand): Promise<ConversationEntity> {
    const customerEmail =
      command.customerEmail == null ? null : requireCustomerEmail(command.customerEmail);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const conversation = await tx.save(
        tx.create(ConversationEntity, {
          workspaceId: ctx.workspaceId,
          customerEmail,
          handoffState: 'BOT',
          handoffChangedAt: now,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'conversation.start',
          targetType: 'conversation',
          targetId: conversation.id,
        },
        tx,
      );
      return conversation;
    });
  }

  find(ctx: RequestContext, conversationId: string): Promise<ConversationEntity | null> {
    if (!isId(conversationId)) return Promise.resolve(null);
    return this.dataSource.manager.findOneBy(ConversationEntity, {
      id: conversationId,
      workspaceId: ctx.workspaceId,
    });
  }

  /** A conversation of the caller's workspace; another workspace's is reported as not found. */
  async get(ctx: RequestContext, conversationId: string): Promise<ConversationEntity> {
    const conversation = await this.find(ctx, conversationId);
    if (!conversation) {
      throw new DomainError(
        'CONVERSATION_NOT_FOUND',
        `No conversation with id "${conversationId}".`,
        { conversationId },
      );
    }
    return conversation;
  }

  /** The conversation's runs, oldest first. */
  runs(ctx: RequestContext, conversationId: string): Promise<RunEntity[]> {
    return this.dataSource.manager.find(RunEntity, {
      where: { conversationId, workspaceId: ctx.workspaceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Marks the conversation active now; pass the transaction that adds a run to it. */
  async touch(ctx: RequestContext, conversationId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      ConversationEntity,
      { id: conversationId, workspaceId: ctx.workspaceId },
      { updatedAt: this.clock.now() },
    );
  }

  /**
   * Locks the conversation a run is about to join; call it first in the run's transaction.
   * Inserting the run takes a key-share lock on the conversation (the foreign key): two runs of
   * one conversation that each held that before asking for the row lock (admitRun) deadlocked on
   * PostgreSQL, and a visitor's second message failed as INTERNAL.
   */
  async lockForRun(ctx: RequestContext, conversationId: string, tx: EntityManager): Promise<void> {
    await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
  }

  /**
   * A new run joins the conversation (in the transaction that creates the run): the customer's
   * message of its input becomes a CUSTOMER message, a RESOLVED conversation reopens to the bot
   * (the visitor wrote again), and the conversation is touched. `botAnswers` is false while a
   * person has the conversation (HUMAN): the run must then not be answered by an agent.
   */
  async admitRun(
    ctx: RequestContext,
    conversationId: string,
    run: RunEntity,
    tx: EntityManager,
  ): Promise<{ botAnswers: boolean }> {
    const conversation = await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
    if (conversation.handoffState === 'RESOLVED') {
      await this.handoff.moveWithin(tx, conversation, 'customer_writes', ctx.actor);
    }
    const text = customerTextOf(run.input);
    if (text !== null) {
      await this.messages.appendWithin(tx, {
        workspaceId: ctx.workspaceId,
        conversationId: conversation.id,
        role: 'CUSTOMER',
        text: storableMessageText(text, 'message'),
        runId: run.id,
      });
    }
    await this.touch(ctx, conversation.id, tx);
    return { botAnswers: conversation.handoffState !== 'HUMAN' };
  }
}
