import type { CaseFile } from '../../../modules/tickets/case-file.service.js';
import { orderFact } from './order-facts.js';
import type { BriefFacts } from './ticket-brief.js';

/** How many of the customer's orders a brief lists (newest first): enough for a support case. */
export const BRIEF_ORDER_LIMIT = 10;

export interface CaseFacts extends BriefFacts {
  runId: string;
  conversationId: string | null;
}

/**
 * What the support agent knows about the case of a run, from its case file: the customer, the
 * customer's messages and the facts of their orders as of `now`. `message` stands in for the
 * messages when the run has no conversation (or it holds none yet).
 */
export function caseFacts(file: CaseFile, message: string, now: Date): CaseFacts {
  return {
    runId: file.runId,
    conversationId: file.conversationId,
    customer: file.customer,
    customerMessages:
      file.customerMessages.length > 0 ? file.customerMessages : [{ text: message, at: now }],
    orders: file.orders.map(({ order, events }) => orderFact(order, events, now, file.timeZone)),
  };
}
