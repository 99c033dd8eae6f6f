import type { HandoffState, TicketPriority } from '@zactonics/db';
import { z } from 'zod';
import type { CaseFileService } from '../../../modules/tickets/case-file.service.js';
import type { TicketService } from '../../../modules/tickets/ticket.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { BRIEF_ORDER_LIMIT, caseFacts } from '../engine/case-facts.js';
import { draftTicket, type TicketBrief } from '../engine/ticket-brief.js';

const input = z.object({
  message: z.string().trim().min(1).max(4000),
});

export interface OpenTicketOutput {
  number: string;
  priority: TicketPriority;
  subject: string;
  /** True when the conversation's open ticket was refreshed instead of a new one opened. */
  reused: boolean;
  /** The conversation's handoff state afterwards (HUMAN_REQUESTED); null outside one. */
  handoffState: HandoffState | null;
  brief: TicketBrief;
}

/**
 * Opens a ticket for a person with a context brief (summary, sentiment trend, order facts,
 * recommended resolution) and moves the run's conversation to HUMAN_REQUESTED. The customer and
 * the conversation are the run's, never ones a model names.
 */
export function openTicketTool(
  caseFiles: CaseFileService,
  tickets: TicketService,
): Tool<z.infer<typeof input>, OpenTicketOutput> {
  return {
    name: 'open_ticket',
    description:
      'Hands the conversation over to a person: opens a support ticket (or refreshes the open one) ' +
      "with a brief of the customer's mood, orders and a recommended resolution. Give the " +
      "customer's message. Returns the ticket number to tell the customer.",
    input,
    async execute(ctx, { message }) {
      const file = await caseFiles.load(ctx, { orderLimit: BRIEF_ORDER_LIMIT });
      const facts = caseFacts(file, message, ctx.now);
      const draft = draftTicket(facts);
      const opened = await tickets.open({
        workspaceId: ctx.workspaceId,
        runId: ctx.runId,
        conversationId: facts.conversationId,
        customerEmail: facts.customer.email,
        subject: draft.subject,
        priority: draft.priority,
        brief: draft.brief as unknown as Record<string, unknown>,
        actor: `agent:${ctx.agentKey}`,
      });
      return {
        number: opened.ticket.number,
        priority: opened.ticket.priority,
        subject: opened.ticket.subject,
        reused: opened.reused,
        handoffState: opened.handoffState,
        brief: draft.brief,
      };
    },
    summarize: (t) =>
      `${t.reused ? 'Refreshed' : 'Opened'} ticket ${t.number} (${t.priority}): ${t.subject}`,
  };
}
