import { formatCents, type WeeklyCashFlow } from '../../engines/accounting/index.js';
import type { RecordedPayment } from '../../modules/finance/invoice-payment.service.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { CategorizationOutput } from './tools/categorize-expenses.tool.js';
import type { BankSyncOutput } from './tools/sync-bank-feed.tool.js';
import type { OverdueInvoicesOutput } from './tools/overdue-invoices.tool.js';

/*
 * The offline replies of the finance scenarios: templates over the tools' figures. Every amount
 * is quoted from a tool's output (integer cents, formatted); nothing here adds or divides money.
 * With a model configured, the model writes the reply from the same outputs.
 */

function answer(text: string, data: Record<string, unknown>): FinalAnswer {
  return { text, citations: [], confidence: null, handoffSuggested: false, data };
}

const AGING_LABELS: Record<string, string> = {
  CURRENT: 'current',
  DAYS_1_30: '1-30 days',
  DAYS_31_60: '31-60 days',
  DAYS_61_90: '61-90 days',
  OVER_90: 'over 90 days',
};

/** What the bank sync run before categorizing brought in; empty when none ran (no Plaid). */
function bankSyncSentence(sync: BankSyncOutput | undefined): string {
  if (!sync) return '';
  if (!sync.bankAccount) return `Bank sync skipped: ${sync.skipped ?? 'no linked account'} `;
  return `Bank sync brought in ${sync.imported} new transaction(s) to ${sync.bankAccount.name}. `;
}

export function categorizationAnswer(output: CategorizationOutput | undefined): FinalAnswer {
  if (!output) return answer('The bank feed could not be categorized.', {});
  const { categorized, queuedForReview } = output;
  const synced = bankSyncSentence(output.bankSync);
  if (categorized.length === 0 && queuedForReview.length === 0) {
    return answer(`${synced}Every bank transaction is already categorized.`, {
      categorization: output,
    });
  }
  const byAccount = new Map<string, { name: string; count: number }>();
  for (const c of categorized) {
    const seen = byAccount.get(c.accountCode) ?? { name: c.accountName, count: 0 };
    byAccount.set(c.accountCode, { ...seen, count: seen.count + 1 });
  }
  const posted = [...byAccount.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, { name, count }]) =>
        `${name} (${code}): ${count}, ${formatCents(output.postedByAccount[code] ?? 0)}`,
    );
  const review = queuedForReview
    .slice(0, 5)
    .map(
      (q) =>
        `"${q.description}" ${formatCents(q.amountCents)} (suggested ${q.accountName}, confidence ${Math.round(q.confidence * 100)}%)`,
    );
  const accuracy =
    output.heldOutAccuracy === null
      ? 'too little labeled history to trust the classifier'
      : `held-out accuracy ${(output.heldOutAccuracy * 100).toFixed(1)}% on ${output.trainedOn} labeled transactions`;
  const text = [
    `${synced}Categorized and posted ${categorized.length} bank transaction(s) to the ledger${posted.length ? `: ${posted.join('; ')}` : ''}.`,
    queuedForReview.length > 0
      ? `${queuedForReview.length} below the ${Math.round(output.reviewThreshold * 100)}% confidence threshold wait in the review queue: ${review.join('; ')}${queuedForReview.length > 5 ? `; and ${queuedForReview.length - 5} more` : ''}.`
      : 'Nothing needs review.',
    `Classifier: ${accuracy}.`,
  ].join(' ');
  return answer(text, { categorization: output });
}

export function overdueAnswer(
  found: OverdueInvoicesOutput | undefined,
  drafted: ReadonlyArray<{ invoiceNumber: string; stage: number }>,
): FinalAnswer {
  if (!found) return answer('Receivables could not be aged.', {});
  if (found.overdue.length === 0) {
    return answer(
      `No invoice is overdue as of ${found.asOf}; ${formatCents(found.totalOpenCents)} is open and not yet due.`,
      { overdue: found, drafted },
    );
  }
  const lines = found.overdue.map(
    (i) =>
      `${i.number} ${i.customer}: ${formatCents(i.openCents)}, ${i.daysOverdue} days overdue (${AGING_LABELS[i.bucket] ?? i.bucket})`,
  );
  const reminders =
    drafted.length > 0
      ? `Drafted reminders for approval: ${drafted.map((d) => `${d.invoiceNumber} stage ${d.stage}`).join(', ')}.`
      : 'No new reminder is due (each stage goes out once).';
  const text = `${found.overdue.length} invoice(s) overdue as of ${found.asOf}, ${formatCents(found.overdueCents)} of ${formatCents(found.totalOpenCents)} open: ${lines.join('; ')}. ${reminders}`;
  return answer(text, { overdue: found, drafted });
}

export function cashFlowAnswer(report: WeeklyCashFlow | undefined): FinalAnswer {
  if (!report) return answer('The cash-flow report could not be built.', {});
  const biggestOut = report.outflows[0];
  const biggestIn = report.inflows[0];
  const direction = report.netCents >= 0 ? 'up' : 'down';
  const text = [
    `Week ${report.week.start} to ${report.week.end}: ${formatCents(report.totalInCents)} in, ${formatCents(report.totalOutCents)} out, cash ${direction} ${formatCents(Math.abs(report.netCents))}.`,
    `Prior week net ${formatCents(report.priorWeek.netCents)}; same week last year net ${formatCents(report.sameWeekLastYear.netCents)}.`,
    biggestIn ? `Largest inflow: ${biggestIn.category} ${formatCents(biggestIn.amountCents)}.` : '',
    biggestOut
      ? `Largest outflow: ${biggestOut.category} ${formatCents(biggestOut.amountCents)}.`
      : '',
    report.anomalies.length > 0
      ? `Unusual: ${report.anomalies.map((anomaly) => anomaly.explanation).join('; ')}.`
      : 'No unusual movement against the last weeks.',
    report.runway.explanation,
  ]
    .filter(Boolean)
    .join(' ');
  return answer(text, { cashFlow: report });
}

const PROCESSOR_NAMES: Record<string, string> = {
  stripe: 'Stripe',
  square: 'Square',
  paypal: 'PayPal',
  shopify_payments: 'Shopify Payments',
};

/** "stripe" as a person writes it; an unknown processor's key with its first letter raised. */
function processorName(key: string): string {
  return PROCESSOR_NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
}

/** The payment-received reply: what was recorded and what is left open on the invoice. */
export function paymentAnswer(payment: RecordedPayment | undefined): FinalAnswer {
  if (!payment) return answer('The payment could not be recorded.', {});
  const invoice = payment.invoice;
  const left =
    invoice.openCents === 0
      ? `${payment.invoiceNumber} is paid in full.`
      : `${formatCents(invoice.openCents)} of ${formatCents(invoice.amountCents)} is still open on ${payment.invoiceNumber}.`;
  const text = payment.alreadyRecorded
    ? `${processorName(payment.processor)} payment ${payment.processorPaymentId} (${formatCents(payment.amountCents)} on ${payment.invoiceNumber}, ${payment.paidOn}) was recorded before; nothing changed. ${left}`
    : `Recorded ${payment.customer}'s ${processorName(payment.processor)} payment ${payment.processorPaymentId} of ${formatCents(payment.amountCents)} on ${payment.invoiceNumber}, paid ${payment.paidOn}: ` +
      `fee ${formatCents(payment.feeCents)}, ${formatCents(payment.netCents)} to come in the payout (processor clearing, 1050). ${left}`;
  return answer(text, { payment });
}
