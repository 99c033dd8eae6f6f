import { ConversationEntity, ConversationMessageEntity, RunEntity } from '@zactonics/db';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';
import type { Clock } from '../../runtime/clock.js';
import type { DirectReply } from '../../runtime/direct-reply.js';
import {
  callerTriggerKind,
  type LaunchJoin,
  type RunLauncher,
} from '../../runtime/run-launcher.js';
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

export interface PostCustomerMessageCommand {
  conversationId: string;
  /** The client's id for the message: posting it again returns the same message and run. */
  clientMessageId: string;
  text: string;
  /** The agent that answers it; its input is `{ message: text }`. */
  agentKey: string;
}

/** The answer to a run in a conversation a person has taken over: the bot stays silent. */
export const PERSON_WILL_REPLY: DirectReply = {
  text: 'A person from our team is looking after this conversation and will reply here shortly.',
  handoffSuggested: true,
  extra: { handoffState: 'HUMAN' },
};

/**
 * Conversations: threads of customer messages and the runs that answer them, whose earlier
 * exchanges become each new run's history. A conversation owns its customer's messages: it
 * writes each one and then starts the run that answers it (postCustomerMessage).
 */
export class ConversationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly handoff: HandoffService,
    private readonly messages: ConversationMessageService,
    private readonly launcher: RunLauncher,
    private readonly events?: ConversationEvents,
    /** Told after a customer's message commits (threshold triggers watch their sentiment). */
    private readonly dataChanges: DataChangeNotifier = NO_DATA_CHANGES,
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

  /**
   * The customer writes: the message is stored first (its own transaction: a RESOLVED
   * conversation reopens to the bot), then the run that answers it starts. Idempotent on
   * `clientMessageId`: the same id returns the same message and the same run, also when two
   * requests race (a unique index keeps one message; the run's idempotency key, derived from the
   * message, keeps one run). The text is checked before anything is written (INVALID_INPUT,
   * MESSAGE_TOO_LONG).
   *
   * A run that is refused (the agent is disabled or missing) leaves the message stored, without
   * a run, and the refusal is thrown: the customer did write it, the console shows it and a
   * person can answer it. Posting the same id again retries the run; once one started, the
   * message names it. While a person has the conversation (HUMAN) the run answers at once that
   * they will reply, and no agent is asked.
   */
  async postCustomerMessage(
    ctx: RequestContext,
    command: PostCustomerMessageCommand,
  ): Promise<{ message: ConversationMessageEntity; run: RunEntity }> {
    const conversation = await this.get(ctx, command.conversationId);
    const message =
      (await this.customerMessage(ctx, conversation.id, command.clientMessageId)) ??
      (await this.writeCustomerMessage(ctx, conversation.id, command));
    const run = message.runId
      ? await this.dataSource.manager.findOneByOrFail(RunEntity, { id: message.runId })
      : await this.launcher.launch({
          workspaceId: ctx.workspaceId,
          actor: ctx.actor,
          agent: { key: command.agentKey },
          input: { message: message.text },
          trigger: { kind: callerTriggerKind(ctx.actor) },
          idempotencyKey: `conversation-message:${message.id}`,
          conversationId: conversation.id,
          join: this.answering(ctx, conversation.id, message.id),
        });
    return { message: { ...message, runId: run.id }, run };
  }

  /**
   * How a run started through the API (`startRun` with a conversation) joins it, in the run's
   * transaction. The API's request is a run, whose input carries what the customer wrote
   * (`message`, else `question`): that text is written first as the customer's message, named as
   * answered by the run; an input without it only joins. A refused run writes nothing: the
   * launcher refuses before this runs.
   */
  joinApiRun(
    ctx: RequestContext,
    conversationId: string,
    input: Record<string, unknown> | null | undefined,
  ): LaunchJoin {
    const customerText = input ? customerTextOf(input) : null;
    let messageId: string | null = null;
    const answering = this.answering(ctx, conversationId, null);
    return {
      beforeCreate: async (tx) => {
        await this.admitWithin(tx, ctx, conversationId);
        if (customerText === null) return;
        const text = storableMessageText(customerText, 'message');
        messageId = (await this.appendCustomerWithin(tx, ctx, conversationId, text, null)).id;
      },
      afterCreate: async (tx, run) => {
        if (messageId) await this.linkAnswer(tx, messageId, run);
        return (await answering.afterCreate?.(tx, run)) ?? null;
      },
      afterCommit: (run) => {
        answering.afterCommit?.(run);
        if (messageId) this.dataChanges.notify(ctx.workspaceId, 'messages');
      },
    };
  }

  /** The customer's message with this client id in the conversation, if it was posted. */
  customerMessage(
    ctx: RequestContext,
    conversationId: string,
    clientMessageId: string,
  ): Promise<ConversationMessageEntity | null> {
    return this.dataSource.manager.findOneBy(ConversationMessageEntity, {
      workspaceId: ctx.workspaceId,
      conversationId,
      clientMessageId,
    });
  }

  /** Stores a new customer message; a racing request that stored it first wins. */
  private async writeCustomerMessage(
    ctx: RequestContext,
    conversationId: string,
    command: PostCustomerMessageCommand,
  ): Promise<ConversationMessageEntity> {
    const text = storableMessageText(command.text, 'message');
    try {
      const message = await this.dataSource.transaction(async (tx) => {
        await this.admitWithin(tx, ctx, conversationId);
        return this.appendCustomerWithin(tx, ctx, conversationId, text, command.clientMessageId);
      });
      this.changed(conversationId);
      this.dataChanges.notify(ctx.workspaceId, 'messages');
      return message;
    } catch (error) {
      const winner = isUniqueViolation(error)
        ? await this.customerMessage(ctx, conversationId, command.clientMessageId)
        : null;
      if (winner) return winner;
      throw error;
    }
  }

  /**
   * Locks the conversation (first in the transaction: see `answering`), reopens it to the bot
   * when RESOLVED (the customer wrote again) and marks it active.
   */
  private async admitWithin(
    tx: EntityManager,
    ctx: RequestContext,
    conversationId: string,
  ): Promise<void> {
    const conversation = await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
    if (conversation.handoffState === 'RESOLVED') {
      await this.handoff.moveWithin(tx, conversation, 'customer_writes', ctx.actor);
    }
    await tx.update(
      ConversationEntity,
      { id: conversationId, workspaceId: ctx.workspaceId },
      { updatedAt: this.clock.now() },
    );
  }

  /** Appends the customer's message to a conversation the transaction admitted. */
  private appendCustomerWithin(
    tx: EntityManager,
    ctx: RequestContext,
    conversationId: string,
    text: string,
    clientMessageId: string | null,
  ): Promise<ConversationMessageEntity> {
    return this.messages.appendWithin(tx, {
      workspaceId: ctx.workspaceId,
      conversationId,
      role: 'CUSTOMER',
      text,
      runId: null,
      clientMessageId,
    });
  }

  /**
   * The run's side of answering in the conversation: the conversation is locked first in the
   * run's transaction (inserting the run takes a key-share lock on it through the foreign key;
   * two runs of one conversation that each held that before asking for the row lock deadlocked
   * on PostgreSQL), the customer's message (if any) names its run, and while a person has the
   * conversation the run answers that they will reply instead of asking an agent.
   */
  private answering(
    ctx: RequestContext,
    conversationId: string,
    messageId: string | null,
  ): LaunchJoin {
    return {
      beforeCreate: async (tx) => {
        await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
      },
      afterCreate: async (tx, run) => {
        if (messageId) await this.linkAnswer(tx, messageId, run);
        const conversation = await this.handoff.lockWithin(tx, ctx.workspaceId, conversationId);
        return conversation.handoffState === 'HUMAN' ? PERSON_WILL_REPLY : null;
      },
      afterCommit: () => this.changed(conversationId),
    };
  }

  private async linkAnswer(tx: EntityManager, messageId: string, run: RunEntity): Promise<void> {
    await tx.update(ConversationMessageEntity, { id: messageId }, { runId: run.id });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
