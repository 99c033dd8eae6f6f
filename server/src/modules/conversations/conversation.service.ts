import { ConversationEntity, RunEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import { requireCustomerEmail } from '../memory/customer-email.js';

export interface StartConversationCommand {
  customerEmail?: string | null | undefined;
}

/** Conversations: threads of runs whose earlier exchanges become each new run's history. */
export class ConversationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async start(ctx: RequestContext, command: StartConversationCommand): Promise<ConversationEntity> {
    const customerEmail =
      command.customerEmail == null ? null : requireCustomerEmail(command.customerEmail);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const conversation = await tx.save(
        tx.create(ConversationEntity, {
          workspaceId: ctx.workspaceId,
          customerEmail,
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
}
