import { ConversationEntity, ConversationMessageEntity, VisitorEntity } from '@zactonics/db';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { PubSub } from '../../events/pub-sub.js';
import { consumeOrRefuse, type LimiterStore } from '../../rate-limits/index.js';
import { guardInput } from '../../runtime/guardrails/index.js';
import type { FeedSource } from '../conversations/conversation-feed.js';
import type { ConversationMessageService } from '../conversations/conversation-message.service.js';
import type { ConversationService } from '../conversations/conversation.service.js';
import type { HandoffService } from '../conversations/handoff.service.js';
import type { VisitorPrincipal } from './visitor-session.service.js';

/** The agent that answers the widget's chat. */
export const WIDGET_AGENT_KEY = 'support';

export const visitorTopic = (visitorId: string) => `visitor:${visitorId}`;

/**
 * The visitor's chat: their own conversation (created with their first message), their messages,
 * thumbs on replies, and asking for a person. Every method takes the visitor the token names;
 * nothing takes an id of a conversation from the client, so another visitor's cannot be named.
 */
export class VisitorChatService {
  private readonly messageRate: RateLimiterAbstract;

  constructor(
    private readonly deps: {
      dataSource: DataSource;
      pubSub: PubSub;
      conversations: ConversationService;
      messages: ConversationMessageService;
      handoff: HandoffService;
      /** Messages per minute from one visitor (a fixed one-minute window). */
      messagesPerMinute: number;
      /** Where the count lives: this process, or Redis for every process. */
      rateLimits: LimiterStore;
    },
  ) {
    this.messageRate = deps.rateLimits.limiter({
      name: 'widget-messages',
      points: deps.messagesPerMinute,
      windowSeconds: 60,
    });
  }

  /** The visitor's latest conversation, or null before their first message. */
  conversation(visitor: VisitorPrincipal): Promise<ConversationEntity | null> {
    return this.deps.dataSource.manager.findOne(ConversationEntity, {
      where: { workspaceId: visitor.workspaceId, visitorId: visitor.visitorId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** What the live feed follows: this visitor's conversation, which starts with their message. */
  feedSource(visitor: VisitorPrincipal): FeedSource {
    return {
      workspaceId: visitor.workspaceId,
      find: () => this.conversation(visitor),
      createdTopic: visitorTopic(visitor.visitorId),
      replies: true,
    };
  }

  /**
   * The visitor writes in their conversation (created with their first message); the
   * conversation stores the message and starts the support agent's run that answers it
   * (ConversationService.postCustomerMessage). The same `clientMessageId` returns the same
   * message and run: a retry after a dropped connection does not ask twice, and costs no rate.
   */
  async send(
    ctx: RequestContext,
    visitor: VisitorPrincipal,
    text: string,
    clientMessageId: string,
  ): Promise<ConversationMessageEntity> {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(clientMessageId)) {
      throw new DomainError(
        'INVALID_INPUT',
        'clientMessageId must be 1 to 100 letters, digits, "-" or "_".',
      );
    }
    const existing = await this.conversation(visitor);
    const earlier =
      existing &&
      (await this.deps.conversations.customerMessage(ctx, existing.id, clientMessageId));
    if (!earlier) {
      // Size and emptiness first: an oversized message costs no rate and creates nothing.
      guardInput({ message: text });
      if (text.trim().length === 0) {
        throw new DomainError('INVALID_INPUT', 'The message is empty.');
      }
      await consumeOrRefuse(this.messageRate, visitor.visitorId, 'messages');
    }
    const conversation = existing ?? (await this.conversationFor(visitor));
    const { message } = await this.deps.conversations.postCustomerMessage(ctx, {
      conversationId: conversation.id,
      clientMessageId,
      text,
      agentKey: WIDGET_AGENT_KEY,
    });
    return message;
  }

  /** The visitor's thumbs up (true) or down on an agent reply of their conversation. */
  async rate(
    visitor: VisitorPrincipal,
    messageId: string,
    helpful: boolean,
  ): Promise<ConversationMessageEntity> {
    const conversation = await this.conversation(visitor);
    if (!conversation) {
      throw new DomainError(
        'MESSAGE_NOT_FOUND',
        `No reply with id "${messageId}" in this conversation.`,
      );
    }
    return this.deps.messages.rate(visitor.workspaceId, conversation.id, messageId, helpful);
  }

  /** Asks for a person. Already waiting for one, or with one: nothing changes. */
  async requestHuman(ctx: RequestContext, visitor: VisitorPrincipal): Promise<ConversationEntity> {
    const conversation = await this.conversationFor(visitor);
    if (conversation.handoffState === 'HUMAN_REQUESTED' || conversation.handoffState === 'HUMAN') {
      return conversation;
    }
    return this.deps.handoff.move(ctx, conversation.id, 'request_human');
  }

  /** The visitor's conversation, created (once, under the visitor's row lock) when missing. */
  private async conversationFor(visitor: VisitorPrincipal): Promise<ConversationEntity> {
    const created = await this.deps.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(VisitorEntity, {
        where: { id: visitor.visitorId, workspaceId: visitor.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new Error(`visitor ${visitor.visitorId} vanished`);
      const existing = await tx.findOne(ConversationEntity, {
        where: { workspaceId: visitor.workspaceId, visitorId: visitor.visitorId },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      if (existing) return { conversation: existing, isNew: false };
      // Only an email the shop's hash covered reaches the agent's memory of the customer.
      const conversation = await tx.save(
        tx.create(ConversationEntity, {
          workspaceId: visitor.workspaceId,
          visitorId: visitor.visitorId,
          customerEmail: row.externalUserId && row.emailVerified ? row.email : null,
        }),
      );
      return { conversation, isNew: true };
    });
    if (created.isNew) {
      await this.deps.pubSub.publish(visitorTopic(visitor.visitorId), created.conversation.id);
    }
    return created.conversation;
  }
}
