import type { DataSource } from 'typeorm';
import { PlaybookBook } from '../runtime/playbook-book.js';
import type { Tool } from '../runtime/tool-registry.js';
import type { RefundService } from '../modules/refunds/refund.service.js';
import type { KnowledgeService } from '../modules/knowledge/knowledge.service.js';
import type { CustomerFactService } from '../modules/memory/customer-fact.service.js';
import { CONTENT_DEFAULT_SCENARIO, CONTENT_PLAYBOOKS } from './content/agent.js';
import { FINANCE_DEFAULT_SCENARIO, FINANCE_PLAYBOOKS } from './finance/agent.js';
import { paymentHistoryTool } from './finance/tools/payment-history.tool.js';
import { REPORTING_DEFAULT_SCENARIO, REPORTING_PLAYBOOKS } from './reporting/agent.js';
import { SALES_DEFAULT_SCENARIO, SALES_PLAYBOOKS } from './sales/agent.js';
import { SUPPORT_DEFAULT_SCENARIO, SUPPORT_PLAYBOOKS } from './support/agent.js';
import { rememberCustomerFactTool } from './support/tools/remember-customer-fact.tool.js';
import { issueRefundTool } from './support/tools/issue-refund.tool.js';
import { searchKnowledgeBaseTool } from './support/tools/search-knowledge-base.tool.js';
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
}): Tool[] {
  return [
    paymentHistoryTool(services.dataSource) as Tool,
    issueRefundTool(services.refunds) as Tool,
    searchKnowledgeBaseTool(services.knowledge) as Tool,
    rememberCustomerFactTool(services.facts) as Tool,
  ];
}
