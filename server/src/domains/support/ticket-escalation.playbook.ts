import { z } from 'zod';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { Playbook } from '../../runtime/playbook.js';
import type { SentimentAnalysis } from './engine/sentiment.js';
import type { OpenTicketOutput } from './tools/open-ticket.tool.js';

type TicketEscalationInput = { message: string; customerEmail?: string | undefined };

/**
 * Support's ticket escalation: analyze the message; when the customer is very upset, raises a
 * sensitive topic, asks for a person or cannot be understood (sentiment.ts), open a ticket and
 * say a person will reply here with its number; otherwise reply calmly without a ticket.
 */
export const ticketEscalation: Playbook<TicketEscalationInput> = {
  agentKey: 'support',
  scenarioKey: 'ticket-escalation',
  input: z.object({
    message: z.string().trim().min(1).max(4000),
    customerEmail: z.email().optional(),
  }),
  plan: (input, previous) => {
    if (previous.length === 0) {
      return [{ name: 'analyze_sentiment', input: { text: input.message } }];
    }
    const analysis = previous[0]?.output as SentimentAnalysis | undefined;
    if (previous.length === 1 && analysis?.escalation.escalate) {
      return [{ name: 'open_ticket', input: { message: input.message } }];
    }
    return [];
  },
  respond: (_input, results) => {
    const ticket = results.find((r) => r.name === 'open_ticket')?.output as
      OpenTicketOutput | undefined;
    return ticket ? handedOver(ticket) : calmReply();
  },
};

function handedOver(ticket: OpenTicketOutput): FinalAnswer {
  const text = ticket.reused
    ? `I've added this to your ticket ${ticket.number}, which is already with our team. A person will reply here.`
    : `I'm sorry about this. I've opened ticket ${ticket.number} and passed your conversation to a person on our team, who will reply here.`;
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: true,
    data: { ticket: { number: ticket.number, priority: ticket.priority } },
  };
}

function calmReply(): FinalAnswer {
  return {
    text:
      "Thanks for your message, I've noted it. If you'd like a person from our team to look " +
      "into it, just say so and I'll pass it on.",
    citations: [],
    confidence: null,
    handoffSuggested: false,
  };
}
