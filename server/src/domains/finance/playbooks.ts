import { z } from 'zod';
import type { WeeklyCashFlow } from '../../engines/accounting/index.js';
import type { FinalAnswer, ToolResult } from '../../runtime/model-gateway.js';
import type { Playbook } from '../../runtime/playbook.js';
import { dayBefore } from '../../engines/automation/tick-dates.js';
import { categorizationAnswer, cashFlowAnswer, overdueAnswer, paymentAnswer } from './answers.js';
import type { RecordedPayment } from '../../modules/finance/invoice-payment.service.js';
import { paymentInput, type PaymentInput } from './tools/record-payment.tool.js';
import type { PaymentHistory } from './engine/payment-assessment.js';
import { cashFlowInput } from './tools/cash-flow-report.tool.js';
import type { CategorizationOutput } from './tools/categorize-expenses.tool.js';
import type { OverdueInvoicesOutput } from './tools/overdue-invoices.tool.js';

const asOfInput = z.object({ asOf: z.iso.date().optional() });
type AsOfInput = z.infer<typeof asOfInput>;

/**
 * One call: categorize_expenses, which syncs the bank feed first when Plaid is configured (the
 * tool knows the hub's configuration; a playbook does not, and a model might skip a separate
 * step), so the 4-hourly schedule keeps the feed current with no extra step and no failure
 * without Plaid. The reply says how many transactions the sync brought in.
 */
const expenseCategorization: Playbook<{ uncategorizedOnly: boolean; limit: number }> = {
  agentKey: 'finance',
  scenarioKey: 'expense-categorization',
  input: z.object({
    uncategorizedOnly: z.boolean().default(true),
    limit: z.number().int().min(1).max(10_000).default(500),
  }),
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'categorize_expenses', input }] : [],
  respond: (_input, results) =>
    categorizationAnswer(outputOf<CategorizationOutput>(results, 'categorize_expenses')),
};

/** Ages receivables, then drafts the reminders due (only when some invoice is due one). */
const lateInvoiceDetection: Playbook<AsOfInput> = {
  agentKey: 'finance',
  scenarioKey: 'late-invoice-detection',
  input: asOfInput,
  // Aged as of the tick's day in the shop's zone (a run started late still ages that day).
  scheduledInput: (tick) => ({ asOf: tick.date }),
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'find_overdue_invoices', input }];
    const found = outputOf<OverdueInvoicesOutput>(previous, 'find_overdue_invoices');
    const drafting = previous.some((r) => r.name === 'draft_invoice_reminders');
    if (drafting || !found || !found.overdue.some((i) => i.stageDue !== null)) return [];
    return [{ name: 'draft_invoice_reminders', input: { asOf: found.asOf } }];
  },
  respond: (_input, results) =>
    overdueAnswer(
      outputOf<OverdueInvoicesOutput>(results, 'find_overdue_invoices'),
      outputOf<{ drafted: Array<{ invoiceNumber: string; stage: number }> }>(
        results,
        'draft_invoice_reminders',
      )?.drafted ?? [],
    ),
};

const cashFlowReport: Playbook<z.infer<typeof cashFlowInput>> = {
  agentKey: 'finance',
  scenarioKey: 'cash-flow-report',
  input: cashFlowInput,
  // A Monday-morning report covers the week that ended the day before the tick.
  scheduledInput: (tick) => cashFlowInput.parse({ weekEnding: dayBefore(tick.date) }),
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'cash_flow_report', input }] : []),
  respond: (_input, results) =>
    cashFlowAnswer(outputOf<WeeklyCashFlow>(results, 'cash_flow_report')),
};

/**
 * A processor's payment event (an inbound webhook from Stripe or Square, or a person): one
 * record_payment call; the reply quotes what is left open on the invoice.
 */
const paymentReceived: Playbook<PaymentInput> = {
  agentKey: 'finance',
  scenarioKey: 'payment-received',
  input: paymentInput,
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'record_payment', input }] : []),
  respond: (_input, results) => paymentAnswer(outputOf<RecordedPayment>(results, 'record_payment')),
};

type DeskInput = { customerEmail: string } | z.infer<typeof cashFlowInput>;

const deskInput: z.ZodType<DeskInput> = z.union([
  z.strictObject({ customerEmail: z.email().max(320) }),
  cashFlowInput.strict(),
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
      : cashFlowAnswer(outputOf<WeeklyCashFlow>(results, 'cash_flow_report')),
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

/** The successful output of the named tool among a run's results, if it ran. */
function outputOf<Output>(results: readonly ToolResult[], tool: string): Output | undefined {
  const result = results.find((r) => r.name === tool && r.ok);
  return result?.output as Output | undefined;
}

export const FINANCE_PLAYBOOKS: Playbook[] = [
  expenseCategorization,
  lateInvoiceDetection,
  cashFlowReport,
  paymentReceived,
  financeDesk,
] as Playbook[];
