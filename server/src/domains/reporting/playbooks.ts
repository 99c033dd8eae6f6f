import { z } from 'zod';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';

export const REPORTING_PLAYBOOKS: Playbook[] = [
  singleToolPlaybook({
    agentKey: 'reporting',
    scenarioKey: 'monthly-pnl',
    tool: 'build_income_statement',
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM') }),
    describe: () => 'Income statement built.',
    // Only an explicit YYYY-MM: "last month" depends on a clock the playbook does not have.
    fromMessage: (message) => {
      const month = /\b\d{4}-(0[1-9]|1[0-2])\b/.exec(message)?.[0];
      return month ? { month } : null;
    },
  }),
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
];
