import type { DataSource } from 'typeorm';
import { PlaybookBook } from '../runtime/playbook-book.js';
import type { Tool } from '../runtime/tool-registry.js';
import type { RefundService } from '../modules/refunds/refund.service.js';
import type { KnowledgeService } from '../modules/knowledge/knowledge.service.js';
import type { CustomerFactService } from '../modules/memory/customer-fact.service.js';
import type { BookingService } from '../modules/meetings/booking.service.js';
import { CONTENT_DEFAULT_SCENARIO, CONTENT_PLAYBOOKS } from './content/agent.js';
import { FINANCE_DEFAULT_SCENARIO, FINANCE_PLAYBOOKS } from './finance/agent.js';
import { paymentHistoryTool } from './finance/tools/payment-history.tool.js';
import { REPORTING_DEFAULT_SCENARIO, REPORTING_PLAYBOOKS } from './reporting/agent.js';
import { SALES_DEFAULT_SCENARIO, SALES_PLAYBOOKS } from './sales/agent.js';
import { draftFollowUpEmailTool } from './sales/tools/draft-follow-up-email.tool.js';
import { enrichLeadTool } from './sales/tools/enrich-lead.tool.js';
import { scoreLeadTool } from './sales/tools/score-lead.tool.js';
import { sendEmailTool } from './sales/tools/send-email.tool.js';
import type { LeadService } from '../modules/leads/lead.service.js';
import type { EmailOutboxService } from '../modules/leads/mail/outbox.service.js';
import { bookMeetingTool } from './sales/tools/book-meeting.tool.js';
import { findFreeSlotsTool } from './sales/tools/find-free-slots.tool.js';
import { SUPPORT_DEFAULT_SCENARIO, SUPPORT_PLAYBOOKS } from './support/agent.js';
import { rememberCustomerFactTool } from './support/tools/remember-customer-fact.tool.js';
import { issueRefundTool } from './support/tools/issue-refund.tool.js';
import { searchKnowledgeBaseTool } from './support/tools/search-knowledge-base.tool.js';
import { trackOrderTool } from './support/tools/track-order.tool.js';
import type { OrderService } from '../modules/orders/order.service.js';
import { analyzeSentimentTool } from './support/tools/analyze-sentiment.tool.js';
import { openTicketTool } from './support/tools/open-ticket.tool.js';
import type { TicketService } from '../modules/tickets/ticket.service.js';
import { TAX_DEFAULT_SCENARIO, TAX_PLAYBOOKS } from './tax/agent.js';

/** All six agents' playbooks. */
export function buildPlaybookBook(): PlaybookBook {
  return new PlaybookBook()
    .add(SUPPORT_PLAYBOOKS, SUPPORT_DEFAULT_SCENARIO)
    .add(SALES_PLAYBOOKS, SALES_DEFAULT_SCENARIO)
    .add(FINANCE_PLAYBOOKS, FINANCE_DEFAULT_SCENARIO)
    .add(CONTENT_PLAYBOOKS, CONTENT_DEFAULT_SCENARIO)
    .add(TAX_PLAYBOOKS, TAX_DEFAULT_SCENARIO)
    .add(REPORTING_PLAYBOOKS, REPORTING_DEFAULT_SCENARIO);
}

/** The tools that exist today; scenarios needing others fail naming the missing tool. */
export function buildTools(services: {
  knowledge: KnowledgeService;
  facts: CustomerFactService;
  refunds: RefundService;
  dataSource: DataSource;
  leads: LeadService;
  emailOutbox: EmailOutboxService;
  tickets: TicketService;
  bookings: BookingService;
  orders: OrderService;
}): Tool[] {
  return [
    enrichLeadTool(services.leads) as Tool,
    scoreLeadTool(services.leads) as Tool,
    draftFollowUpEmailTool({
      leads: services.leads,
      outbox: services.emailOutbox,
      dataSource: services.dataSource,
    }) as Tool,
    sendEmailTool(services.emailOutbox) as Tool,
    paymentHistoryTool(services.dataSource) as Tool,
    issueRefundTool(services.refunds) as Tool,
    searchKnowledgeBaseTool(services.knowledge) as Tool,
    rememberCustomerFactTool(services.facts) as Tool,
    findFreeSlotsTool(services.bookings) as Tool,
    bookMeetingTool(services.bookings) as Tool,
    analyzeSentimentTool() as Tool,
    openTicketTool(services.dataSource, services.tickets) as Tool,
    trackOrderTool(services.orders) as Tool,
  ];
}
