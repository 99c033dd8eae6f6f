import type { StatementsService } from '../../modules/reporting/statements.service.js';
import { defineAgent } from '../agent-definition.js';
import { REPORTING_PLAYBOOKS } from './playbooks.js';
import { buildIncomeStatementTool } from './tools/income-statement.tool.js';

/** The services reporting's tools use. */
export interface ReportingServices {
  statements: StatementsService;
}

/**
 * P&L and financial filing, from the ledger. The monthly income statement is built; the
 * quarterly filing, ratios and annual report still fail naming the tool they need.
 */
export const reportingAgent = defineAgent({
  key: 'reporting',
  playbooks: REPORTING_PLAYBOOKS,
  defaultScenario: 'monthly-pnl',
  tools: (services: ReportingServices) => [buildIncomeStatementTool(services.statements)],
});
