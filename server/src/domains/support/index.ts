import type { KnowledgeService } from '../../modules/knowledge/knowledge.service.js';
import type { CustomerFactService } from '../../modules/memory/customer-fact.service.js';
import type { OrderService } from '../../modules/orders/order.service.js';
import type { RefundService } from '../../modules/refunds/refund.service.js';
import type { CaseFileService } from '../../modules/tickets/case-file.service.js';
import type { TicketService } from '../../modules/tickets/ticket.service.js';
import { defineAgent } from '../agent-definition.js';
import { SUPPORT_PLAYBOOKS } from './playbooks.js';
import { analyzeSentimentTool } from './tools/analyze-sentiment.tool.js';
import { issueRefundTool } from './tools/issue-refund.tool.js';
import { openTicketTool } from './tools/open-ticket.tool.js';
import { rememberCustomerFactTool } from './tools/remember-customer-fact.tool.js';
import { searchKnowledgeBaseTool } from './tools/search-knowledge-base.tool.js';
import { trackOrderTool } from './tools/track-order.tool.js';

/** The services support's tools use. */
export interface SupportServices {
  knowledge: KnowledgeService;
  customerFacts: CustomerFactService;
  refunds: RefundService;
  tickets: TicketService;
  caseFiles: CaseFileService;
  orders: OrderService;
}

/** Customer support: answers from the help centre, tracks orders, refunds, hands over to people. */
export const supportAgent = defineAgent({
  key: 'support',
  playbooks: SUPPORT_PLAYBOOKS,
  defaultScenario: 'faq-resolution',
  tools: (services: SupportServices) => [
    searchKnowledgeBaseTool(services.knowledge),
    rememberCustomerFactTool(services.customerFacts),
    issueRefundTool(services.refunds),
    analyzeSentimentTool(),
    openTicketTool(services.caseFiles, services.tickets),
    trackOrderTool(services.orders),
  ],
});
