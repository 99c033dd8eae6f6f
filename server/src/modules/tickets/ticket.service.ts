import { TicketEntity, type HandoffState, type TicketPriority } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { HandoffService } from '../conversations/handoff.service.js';

/** The first ticket of a workspace is T-1001: short enough to read out, never "ticket 1". */
export const FIRST_TICKET_NUMBER = 1001;

export interface OpenTicketCommand {
  workspaceId: string;
  runId: string | null;
  conversationId: string | null;
  customerEmail: string | null;
  subject: string;
  priority: TicketPriority;
  brief: Record<string, unknown>;
  /** Who opens it, for the audit log (e.g. `agent:support`). */
  actor: string;
}

export interface OpenedTicket {
  ticket: TicketEntity;
  /** True when the conversation already had an open ticket: its brief was refreshed instead. */
  reused: boolean;
  /** The conversation's handoff state afterwards; null outside a conversation. */
  handoffState: HandoffState | null;
}

const PRIORITY_RANK: Record<TicketPriority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

/** Tickets: requests for a person with a context brief, numbered T-1001, T-1002, ... per workspace. */
export class TicketService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly handoff: HandoffService,
  ) {}

  /**
   * Opens a ticket and asks for a person in its conversation (BOT -> HUMAN_REQUESTED), in one
   * transaction. A conversation has at most one open ticket: a second escalation refreshes its
   * brief (and raises its priority if needed) rather than opening a duplicate. A conversation
   * already waiting for or with a person stays as it is.
   */
  open(command: OpenTicketCommand): Promise<OpenedTicket> {
    return this.dataSource.transaction(async (tx) => {
      const conversation = command.conversationId
        ? await this.handoff.lockWithin(tx, command.workspaceId, command.conversationId)
        : null;
      const existing = conversation
        ? await tx.findOne(TicketEntity, {
            where: {
              workspaceId: command.workspaceId,
              conversationId: conversation.id,
              status: 'OPEN',
            },
            order: { createdAt: 'DESC' },
          })
        : null;
      let ticket: TicketEntity;
      if (existing) {
        existing.brief = command.brief;
        existing.subject = command.subject;
        if (PRIORITY_RANK[command.priority] > PRIORITY_RANK[existing.priority]) {
          existing.priority = command.priority;
        }
        ticket = await tx.save(existing);
      } else {
        // Numbers are allocated under a per-workspace lock held to commit, so two tickets
        // opened at once get consecutive numbers instead of one unique-violation.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `ticket-number:${command.workspaceId}`,
        ]);
        const [row] = (await tx.query(
          `SELECT COALESCE(max(substring(number from 3)::int), $2 - 1) + 1 AS next
             FROM ticket WHERE workspace_id = $1`,
          [command.workspaceId, FIRST_TICKET_NUMBER],
        )) as Array<{ next: number | string }>;
        ticket = await tx.save(
          tx.create(TicketEntity, {
            workspaceId: command.workspaceId,
            number: `T-${Number(row?.next ?? FIRST_TICKET_NUMBER)}`,
            conversationId: conversation?.id ?? null,
            runId: command.runId,
            customerEmail: command.customerEmail,
            subject: command.subject,
            priority: command.priority,
            status: 'OPEN',
            brief: command.brief,
            createdAt: this.clock.now(),
            resolvedAt: null,
          }),
        );
      }
      if (conversation?.handoffState === 'BOT') {
        await this.handoff.moveWithin(tx, conversation, 'request_human', command.actor);
      }
      await this.audit.record(
        command.workspaceId,
        {
          actor: command.actor,
          action: existing ? 'ticket.refresh' : 'ticket.open',
          targetType: 'ticket',
          targetId: ticket.id,
          data: { number: ticket.number, priority: ticket.priority, runId: command.runId },
        },
        tx,
      );
      return {
        ticket,
        reused: existing !== null,
        handoffState: conversation?.handoffState ?? null,
      };
    });
  }

  /** The conversation's tickets, oldest first. */
  forConversation(ctx: RequestContext, conversationId: string): Promise<TicketEntity[]> {
    return this.dataSource.manager.find(TicketEntity, {
      where: { workspaceId: ctx.workspaceId, conversationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
