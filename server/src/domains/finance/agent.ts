import { z } from 'zod';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';

export const FINANCE_PLAYBOOKS = [
  singleToolPlaybook({
    agentKey: 'finance',
    scenarioKey: 'expense-categorization',
    tool: 'categorize_expenses',
    input: z.object({ uncategorizedOnly: z.boolean().default(true) }),
    describe: () => 'Expenses categorized.',
  }),
  singleToolPlaybook({
    agentKey: 'finance',
    scenarioKey: 'late-invoice-detection',
    tool: 'find_overdue_invoices',
    input: z.object({ asOf: z.iso.date().optional() }),
    describe: () => 'Overdue invoices listed.',
  }),
  singleToolPlaybook({
    agentKey: 'finance',
    scenarioKey: 'cash-flow-report',
    tool: 'cash_flow_report',
    input: z.object({ months: z.number().int().min(1).max(24).default(3) }),
    describe: () => 'Cash flow report ready.',
  }),
] as Playbook[];
export const FINANCE_DEFAULT_SCENARIO = 'cash-flow-report';
