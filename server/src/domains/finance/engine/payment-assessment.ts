import type { InvoiceEntity } from '@zactonics/db';

export type PaymentVerdict = 'GOOD' | 'WATCH' | 'RISK';

export interface OverdueInvoice {
  number: string;
  dueOn: string;
  daysOverdue: number;
  outstandingCents: number;
}

export interface PaymentHistory {
  customerEmail: string;
  /** Null when no customer has this email: a prospect with no history. */
  customer: { name: string; company: string | null } | null;
  invoices: number;
  paidOnTime: number;
  paidLate: number;
  /** Past their due date with money still owed, oldest first. */
  overdue: OverdueInvoice[];
  /** Everything still owed, due or not. */
  outstandingCents: number;
  /** The part of outstandingCents that is past due. */
  overdueCents: number;
  verdict: PaymentVerdict;
  reason: string;
}

/** Past due by more than this (the first 1-30 day aging bucket) is a risk, not a slip. */
export const RISK_DAYS_OVERDUE = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The ledger records how much of an invoice was paid but not when. So:
 * - paid on time: settled in full (with no payment date, a settled invoice is taken as paid
 *   within terms; nothing on record says otherwise);
 * - paid late: past due and partly paid: money came in, but not all of it by the due date;
 * - overdue: past due (the day after `dueOn`, in UTC) with money still owed, part-paid included.
 *
 * The verdict:
 * - RISK: an invoice more than 30 days overdue, or two or more overdue at once;
 * - WATCH: one invoice overdue, by 30 days or less;
 * - GOOD: nothing overdue (so nothing paid late either), including a customer with no invoices.
 * Two invoices overdue at once is a risk even when both are recent: the customer is not slipping
 * on one bill but paying late as a habit.
 */
export function assess(
  invoices: readonly Pick<InvoiceEntity, 'number' | 'dueOn' | 'amountCents' | 'paidCents'>[],
  now: Date,
): Omit<PaymentHistory, 'customerEmail' | 'customer'> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let paidOnTime = 0;
  let paidLate = 0;
  let outstandingCents = 0;
  const overdue: OverdueInvoice[] = [];
  for (const invoice of invoices) {
    const owed = invoice.amountCents - invoice.paidCents;
    if (owed <= 0) {
      paidOnTime += 1;
      continue;
    }
    outstandingCents += owed;
    const daysOverdue = Math.round((today - Date.parse(`${invoice.dueOn}T00:00:00Z`)) / DAY_MS);
    if (daysOverdue <= 0) continue;
    if (invoice.paidCents > 0) paidLate += 1;
    overdue.push({
      number: invoice.number,
      dueOn: invoice.dueOn,
      daysOverdue,
      outstandingCents: owed,
    });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.number.localeCompare(b.number));
  const overdueCents = overdue.reduce((sum, i) => sum + i.outstandingCents, 0);
  const oldest = overdue[0];

  let verdict: PaymentVerdict = 'GOOD';
  let reason = invoices.length === 0 ? 'No invoices on record.' : 'Nothing overdue.';
  if (oldest && oldest.daysOverdue > RISK_DAYS_OVERDUE) {
    verdict = 'RISK';
    reason = `${oldest.number} is ${oldest.daysOverdue} days overdue (more than ${RISK_DAYS_OVERDUE}).`;
  } else if (overdue.length >= 2) {
    verdict = 'RISK';
    reason = `${overdue.length} invoices are overdue at once.`;
  } else if (oldest) {
    verdict = 'WATCH';
    reason = `${oldest.number} is ${oldest.daysOverdue} days overdue.`;
  }
  return {
    invoices: invoices.length,
    paidOnTime,
    paidLate,
    overdue,
    outstandingCents,
    overdueCents,
    verdict,
    reason,
  };
}
