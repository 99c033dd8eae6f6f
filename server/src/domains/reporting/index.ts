import type { FilingPackageService } from '../../modules/reporting/filing-package/filing-package.service.js';
import type { RatiosService } from '../../modules/reporting/ratios.service.js';
import type { StatementsService } from '../../modules/reporting/statements.service.js';
import { defineAgent } from '../agent-definition.js';
import { REPORTING_PLAYBOOKS } from './playbooks.js';
import {
  compileAnnualReportTool,
  prepareQuarterlyFilingTool,
} from './tools/filing-package.tool.js';
import { computeFinancialRatiosTool } from './tools/financial-ratios.tool.js';
import { buildIncomeStatementTool } from './tools/income-statement.tool.js';

/** The services reporting's tools use. */
export interface ReportingServices {
  statements: StatementsService;
  ratios: RatiosService;
  filingPackages: FilingPackageService;
}

/**
 * P&L and financial filing, from the ledger: the monthly income statement, the ratios against the
 * industry, the quarterly filing package and the annual report.
 */
export const reportingAgent = defineAgent({
  key: 'reporting',
  playbooks: REPORTING_PLAYBOOKS,
  defaultScenario: 'monthly-pnl',
  tools: (services: ReportingServices) => [
    buildIncomeStatementTool(services.statements),
    computeFinancialRatiosTool(services.ratios),
    prepareQuarterlyFilingTool(services.filingPackages),
    compileAnnualReportTool(services.filingPackages),
  ],
});
