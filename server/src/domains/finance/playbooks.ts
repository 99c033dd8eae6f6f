import { z } from 'zod';
import type { FinalAnswer, ToolResult } from '../../runtime/model-gateway.js';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';
import type { PaymentHistory } from './engine/payment-assessment.js';

const months = z.number().int().min(1).max(24).default(3);

const scenarioPlaybooks: Playbook[] = [
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
    input: z.object({ months }),
    describe: () => 'Cash flow report ready.',
  }),
];

type DeskInput = { customerEmail: string } | { months: number };

const deskInput: z.ZodType<DeskInput> = z.union([
  z.strictObject({ customerEmail: z.email().max(320) }),
  z.strictObject({ months }),
]);

const EMAIL = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/i;

/**
 * What finance does for a run with no scenario (a routed message, or another agent asking, e.g.
 * sales before booking a demo): a payment check when given a customer's email, else the cash-flow
 * report, whose inputs all have defaults. It has no scenario row of its own on purpose: the
 * catalog lists what the owner starts by hand, and this is the agent's general entry point.
 */
const financeDesk: Playbook<DeskInput> = {
  agentKey: 'finance',
  scenarioKey: 'finance-desk',
  input: deskInput,
  plan: (input, previous) => {
    if (previous.length > 0) return [];
    return 'customerEmail' in input
      ? [{ name: 'payment_history', input: { customerEmail: input.customerEmail } }]
      : [{ name: 'cash_flow_report', input }];
  },
  respond: (input, results) =>
    'customerEmail' in input
      ? paymentCheckAnswer(results[0]?.output as PaymentHistory)
      : cashFlowAnswer(results),
  // "payment history for luis@brambleandbean.example" is a payment check; anything else asks
  // for the cash-flow report with its defaults.
  fromMessage: (message) => {
    const email = EMAIL.exec(message)?.[0];
    return email ? { customerEmail: email.replace(/[.]+$/, '') } : {};
  },
};

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Quotes the tool's figures; the reply never computes money itself. */
function paymentCheckAnswer(history: PaymentHistory): FinalAnswer {
  const who = history.customer
    ? `${history.customer.name}${history.customer.company ? ` (${history.customer.company})` : ''}`
    : history.customerEmail;
  const overdue = history.overdue[0]
    ? `${history.overdue.length} overdue (oldest ${history.overdue[0].daysOverdue} days)`
    : 'none overdue';
  return {
    text:
      `Payment check for ${who}: ${history.invoices} invoice(s), ${history.paidOnTime} paid on time, ` +
      `${history.paidLate} paid late, ${overdue}, ${usd.format(history.outstandingCents / 100)} outstanding. ` +
      `Verdict: ${history.verdict}. ${history.reason}`,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { paymentHistory: history },
  };
}

function cashFlowAnswer(results: ToolResult[]): FinalAnswer {
  return {
    text: 'Cash flow report ready.',
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { result: results[0]?.output ?? null },
  };
}

export const FINANCE_PLAYBOOKS: Playbook[] = [...scenarioPlaybooks, financeDesk];
