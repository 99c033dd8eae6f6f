import { z } from 'zod';
import type { FinancialStatement } from '../../modules/reporting/statements.service.js';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';
import { incomeStatementAnswer } from './answers.js';
import { monthInput } from './tools/income-statement.tool.js';

/** The month's income statement, told in words from its own figures. */
const monthlyPnl: Playbook<{ month: string }> = {
  agentKey: 'reporting',
  scenarioKey: 'monthly-pnl',
  input: monthInput,
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'build_income_statement', input }] : [],
  respond: (_input, results) =>
    incomeStatementAnswer(
      results.find((r) => r.name === 'build_income_statement' && r.ok)?.output as
        FinancialStatement | undefined,
    ),
  // Only an explicit YYYY-MM: "last month" depends on a clock the playbook does not have.
  fromMessage: (message) => {
    const month = /\b\d{4}-(0[1-9]|1[0-2])\b/.exec(message)?.[0];
    return month ? { month } : null;
  },
};

export const REPORTING_PLAYBOOKS: Playbook[] = [
  monthlyPnl,
  singleToolPlaybook({
    agentKey: 'reporting',
    scenarioKey: 'quarterly-filing',
    tool: 'prepare_quarterly_filing',
    input: z.object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'YYYY-Qn') }),
    describe: () => 'Quarterly filing assembled.',
  }),
  singleToolPlaybook({
    agentKey: 'reporting',
    scenarioKey: 'ratio-analysis',
    tool: 'compute_financial_ratios',
    input: z.object({ asOf: z.iso.date() }),
    describe: () => 'Ratios computed.',
  }),
  singleToolPlaybook({
    agentKey: 'reporting',
    scenarioKey: 'annual-report',
    tool: 'compile_annual_report',
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    describe: () => 'Annual report compiled.',
  }),
] as Playbook[];
