import { formatCents } from './money.js';
import { isIsoDate } from './journal.js';

/**
 * Receivables: who owes the shop what, how late, and which reminder is due. Dates are calendar
 * dates ('YYYY-MM-DD') compared as whole UTC days, so no time zone or daylight-saving change can
 * make an invoice a day more or less late. The reminder templates are fixed text with the exact
 * figures filled in: an amount in a dunning letter is never the model's to write.
 */

export const AGING_BUCKETS = [
  'CURRENT',
  'DAYS_1_30',
  'DAYS_31_60',
  'DAYS_61_90',
  'OVER_90',
] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`"${iso}" is not a calendar date written YYYY-MM-DD`);
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** Whole days from one calendar date to another: ('2026-03-01', '2026-03-31') -> 30; negative when `to` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** The calendar date `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The aging bucket of an amount due on `dueOn`, as of `asOf`: not yet due or due that day is
 * CURRENT; 1 to 30 days past due is DAYS_1_30; 31-60, 61-90; 91 and more is OVER_90.
 */
export function agingBucket(dueOn: string, asOf: string): AgingBucket {
  const late = daysBetween(dueOn, asOf);
  if (late <= 0) return 'CURRENT';
  if (late <= 30) return 'DAYS_1_30';
  if (late <= 60) return 'DAYS_31_60';
  if (late <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}

export interface ReceivableInvoice {
  id: string;
  number: string;
  customer: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  paidCents: number;
}

export interface AgingRow extends ReceivableInvoice {
  /** amountCents - paidCents, > 0. */
  openCents: number;
  /** Days past due as of the report date; 0 when not yet past due. */
  daysOverdue: number;
  bucket: AgingBucket;
}

export interface AgingReport {
  asOf: string;
  /** Open invoices, most overdue first (then earliest due, then by number). */
  rows: AgingRow[];
  /** Every bucket, also the empty ones. */
  buckets: Record<AgingBucket, { count: number; openCents: number }>;
  totalOpenCents: number;
  /** The open amount past due: every bucket but CURRENT. */
  overdueCents: number;
}

/**
 * The receivables aging as of a date. Only invoices with money still owed appear (an overpaid
 * invoice is a credit, not a receivable), and only those issued on or before `asOf`, so a report
 * for a past date does not list invoices that did not exist yet.
 */
export function agingReport(invoices: readonly ReceivableInvoice[], asOf: string): AgingReport {
  dayNumber(asOf);
  const buckets = Object.fromEntries(
    AGING_BUCKETS.map((bucket) => [bucket, { count: 0, openCents: 0 }]),
  ) as Record<AgingBucket, { count: number; openCents: number }>;
  const rows: AgingRow[] = [];
  let totalOpenCents = 0;
  let overdueCents = 0;
  for (const invoice of invoices) {
    if (daysBetween(invoice.issuedOn, asOf) < 0) continue;
    const openCents = invoice.amountCents - invoice.paidCents;
    if (openCents <= 0) continue;
    const bucket = agingBucket(invoice.dueOn, asOf);
    const daysOverdue = Math.max(0, daysBetween(invoice.dueOn, asOf));
    rows.push({ ...invoice, openCents, daysOverdue, bucket });
    buckets[bucket].count += 1;
    buckets[bucket].openCents += openCents;
    totalOpenCents += openCents;
    if (bucket !== 'CURRENT') overdueCents += openCents;
  }
  rows.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      daysBetween(b.dueOn, a.dueOn) ||
      compareText(a.number, b.number) ||
      compareText(a.id, b.id),
  );
  return { asOf, rows, buckets, totalOpenCents, overdueCents };
}

export type ReminderTone = 'GENTLE' | 'FRIENDLY' | 'FIRM' | 'FINAL';

export interface ReminderStage {
  stage: 1 | 2 | 3 | 4;
  /** Days past due from which this stage may be drafted. */
  afterDays: number;
  tone: ReminderTone;
}

/** The escalating sequence; invoice_reminder is unique per (invoice, stage), so none is sent twice. */
export const REMINDER_STAGES: readonly ReminderStage[] = [
  { stage: 1, afterDays: 3, tone: 'GENTLE' },
  { stage: 2, afterDays: 7, tone: 'FRIENDLY' },
  { stage: 3, afterDays: 14, tone: 'FIRM' },
  { stage: 4, afterDays: 30, tone: 'FINAL' },
];

/**
 * The reminder to draft now for an invoice this many days past due, or null. It is the highest
 * stage already reached, unless that stage or a later one was drafted before: missed lower stages
 * are skipped (45 days late with no reminder yet gets the final notice, not a gentle nudge), and
 * the sequence never steps back down or repeats a stage.
 */
export function reminderStageDue(
  daysOverdue: number,
  draftedStages: readonly number[],
): ReminderStage | null {
  const reached = REMINDER_STAGES.filter((s) => s.afterDays <= daysOverdue).at(-1);
  if (!reached) return null;
  if (draftedStages.some((drafted) => drafted >= reached.stage)) return null;
  return reached;
}

export interface ReminderFacts {
  customer: string;
  number: string;
  openCents: number;
  dueOn: string;
  daysOverdue: number;
  shopName: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2026-03-02' -> 'March 2, 2026', the same on every machine (no locale data involved). */
export function longDate(iso: string): string {
  dayNumber(iso);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * The reminder email for a stage: fixed wording per tone, exact figures filled in. Deterministic,
 * so the same facts always give the same draft (and the approval queue shows what will be sent).
 */
export function reminderText(
  stage: ReminderStage,
  facts: ReminderFacts,
): { subject: string; body: string } {
  const amount = formatCents(facts.openCents);
  const due = longDate(facts.dueOn);
  const late = days(facts.daysOverdue);
  const greeting = `Hello ${facts.customer},`;
  const signOff = `Thank you,\n${facts.shopName}`;
  const paragraphs: string[] = [];
  let subject: string;
  switch (stage.tone) {
    case 'GENTLE':
      subject = `Friendly reminder: invoice ${facts.number} was due ${due}`;
      paragraphs.push(
        `A quick note that invoice ${facts.number} for ${amount} was due on ${due}. If your payment is already on its way, thank you, and please disregard this message.`,
      );
      break;
    case 'FRIENDLY':
      subject = `Invoice ${facts.number} is ${late} past due`;
      paragraphs.push(
        `Our records show ${amount} still open on invoice ${facts.number}, which was due on ${due} (${late} ago).`,
        `Could you let us know when we can expect payment? If anything about the invoice is unclear or incorrect, just reply and we will sort it out.`,
      );
      break;
    case 'FIRM':
      subject = `Overdue: invoice ${facts.number}, ${amount} outstanding`;
      paragraphs.push(
        `Invoice ${facts.number} is now ${late} past due, with ${amount} outstanding since ${due}. We have not yet received payment.`,
        `Please arrange payment within the next 7 days, or reply to let us know if there is a problem we should know about.`,
      );
      break;
    case 'FINAL':
      subject = `Final notice: invoice ${facts.number}, ${amount} is ${late} overdue`;
      paragraphs.push(
        `This is our final reminder about invoice ${facts.number}: ${amount} has been outstanding since ${due}, ${late} ago.`,
        `Please pay the balance within 7 days. If that is not possible, reply to this email so we can agree on a payment plan together.`,
      );
      break;
  }
  return { subject, body: [greeting, ...paragraphs, signOff].join('\n\n') };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
