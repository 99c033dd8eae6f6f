import { z } from 'zod';
import { formatCents } from '../accounting/index.js';
import type { Rational } from '../tax-rules/rational.js';

/**
 * Threshold triggers (issue 17): a condition over the shop's data with a line, and which
 * subjects are over it now. Pure: the monitor reads the data through services and hands it here;
 * this decides what is over the line, what crossed since the last evaluation, and says it in
 * words. No database, no clock (`now` and `today` are arguments).
 */

export const THRESHOLD_CONDITIONS = [
  'INVOICE_OVERDUE',
  'NEXUS_EXPOSURE',
  'CASH_BELOW_FLOOR',
  'NEGATIVE_SENTIMENT_SPIKE',
] as const;
export type ThresholdCondition = (typeof THRESHOLD_CONDITIONS)[number];

/** The parameters of each condition, with their defaults; unknown keys are refused. */
export const THRESHOLD_PARAMS = {
  INVOICE_OVERDUE: z.strictObject({
    /** Days past the due date before an invoice counts as overdue (0: the day after it). */
    graceDays: z.number().int().min(0).max(365).default(0),
  }),
  NEXUS_EXPOSURE: z.strictObject({
    /** Share of a state's economic-nexus threshold, in percent. */
    percent: z.number().min(1).max(100).default(80),
  }),
  CASH_BELOW_FLOOR: z.strictObject({
    /** The cash balance, in cents, under which the shop wants to know. */
    floorCents: z.number().int(),
  }),
  NEGATIVE_SENTIMENT_SPIKE: z.strictObject({
    /** Negative customer messages that make a spike. */
    count: z.number().int().min(2).max(1000).default(3),
    /** Within this many minutes, ending now. */
    windowMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(60),
  }),
} as const;

export type ThresholdParams = {
  [C in ThresholdCondition]: z.infer<(typeof THRESHOLD_PARAMS)[C]>;
};

/** A trigger's condition with its parsed parameters (what the other functions take). */
export type ThresholdRule = {
  [C in ThresholdCondition]: { condition: C; params: ThresholdParams[C] };
}[ThresholdCondition];

/** The condition's parameters parsed (defaults filled in), or every problem in words. */
export function parseThresholdRule(
  condition: ThresholdCondition,
  params: unknown,
): { ok: true; rule: ThresholdRule } | { ok: false; problems: string[] } {
  const parsed = THRESHOLD_PARAMS[condition].safeParse(params ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `params${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
      ),
    };
  }
  return { ok: true, rule: { condition, params: parsed.data } as ThresholdRule };
}

/** The condition in words, e.g. "Cash below $5,000.00" (the run's trigger and the console). */
export function describeThreshold(rule: ThresholdRule): string {
  switch (rule.condition) {
    case 'INVOICE_OVERDUE': {
      const grace = rule.params.graceDays;
      return grace === 0
        ? 'An open invoice is past its due date'
        : `An open invoice is more than ${plural(grace, 'day')} past its due date`;
    }
    case 'NEXUS_EXPOSURE':
      return `Sales into a state where the shop is not registered reach ${rule.params.percent}% of its economic-nexus threshold`;
    case 'CASH_BELOW_FLOOR':
      return `Cash below ${formatCents(rule.params.floorCents)}`;
    case 'NEGATIVE_SENTIMENT_SPIKE':
      return `${rule.params.count} or more negative customer messages within ${plural(rule.params.windowMinutes, 'minute')}`;
    default:
      return unreachable(rule);
  }
}

/** One subject over the line now: what it is, the measure in words and the figure compared. */
export interface OverLine {
  /** Stable while the condition holds: "invoice:INV-1007", "state:TX", "cash", "sentiment". */
  subject: string;
  /** In words, e.g. "Invoice INV-1007 (Harbor Supply) is 3 days overdue ($420.00 open)". */
  detail: string;
  /** The figure the line is drawn on: days overdue, percent of threshold, cents, messages. */
  value: number | null;
}

/** An open invoice as the receivables aging reports it on the shop's date. */
export interface OpenInvoiceReading {
  number: string;
  customer: string;
  dueOn: string;
  openCents: number;
  /** Days past due on the shop's calendar, 0 when not yet due. */
  daysOverdue: number;
}

/** Open invoices more than `graceDays` past due, one subject each. */
export function overdueInvoicesOverLine(
  invoices: readonly OpenInvoiceReading[],
  params: ThresholdParams['INVOICE_OVERDUE'],
): OverLine[] {
  return invoices
    .filter((invoice) => invoice.openCents > 0 && invoice.daysOverdue > params.graceDays)
    .map((invoice) => ({
      subject: `invoice:${invoice.number}`,
      detail: `Invoice ${invoice.number} (${invoice.customer}) is ${plural(invoice.daysOverdue, 'day')} overdue (${formatCents(invoice.openCents)} open, due ${invoice.dueOn})`,
      value: invoice.daysOverdue,
    }));
}

/** A state's exposure as the nexus engine measured it (its deciding window). */
export interface NexusReading {
  state: string;
  stateName: string;
  registered: boolean;
  /** The window that decides the state's status; null where no rule governs (no sales tax). */
  decidingWindow: { label: string; share: Rational; percent: string } | null;
}

/**
 * States where the shop is not registered and its sales or transactions are at or above
 * `percent` of the threshold (the engine's share of its deciding window), one subject each.
 */
export function nexusOverLine(
  states: readonly NexusReading[],
  params: ThresholdParams['NEXUS_EXPOSURE'],
): OverLine[] {
  const over: OverLine[] = [];
  for (const state of states) {
    const window = state.decidingWindow;
    if (state.registered || !window || !atLeastPercent(window.share, params.percent)) continue;
    over.push({
      subject: `state:${state.state}`,
      detail: `${state.stateName}: ${window.percent} of the economic-nexus threshold (${window.label}), not registered`,
      value: percentValue(window.share),
    });
  }
  return over;
}

/** The subject "cash" when the balance is below the floor. */
export function cashOverLine(
  balanceCents: number,
  params: ThresholdParams['CASH_BELOW_FLOOR'],
): OverLine[] {
  if (balanceCents >= params.floorCents) return [];
  return [
    {
      subject: 'cash',
      detail: `Cash is ${formatCents(balanceCents)}, below the ${formatCents(params.floorCents)} floor`,
      value: balanceCents,
    },
  ];
}

/** A customer's message with the label the support agent's sentiment analysis gives it. */
export interface MessageReading {
  at: Date;
  negative: boolean;
  text: string;
}

/**
 * The subject "sentiment" when at least `count` customer messages in the window ending at `now`
 * (after `now - windowMinutes`, up to `now`) are negative.
 */
export function sentimentOverLine(
  messages: readonly MessageReading[],
  params: ThresholdParams['NEGATIVE_SENTIMENT_SPIKE'],
  now: Date,
): OverLine[] {
  const end = now.getTime();
  const start = end - params.windowMinutes * 60_000;
  const negative = messages
    .filter((m) => m.negative && m.at.getTime() > start && m.at.getTime() <= end)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  if (negative.length < params.count) return [];
  const latest = negative[0]?.text ?? '';
  return [
    {
      subject: 'sentiment',
      detail: `${negative.length} negative customer messages in the last ${plural(params.windowMinutes, 'minute')} (latest: "${excerpt(latest, 120)}")`,
      value: negative.length,
    },
  ];
}

/**
 * What changed since the last evaluation: subjects over the line that have no open crossing
 * open one; open crossings whose subject is no longer over clear. A subject that stays over keeps
 * its one crossing (hysteresis: it must clear before it can cross again), so evaluating often
 * never opens a second crossing, nor starts a second run.
 */
export function crossingDiff(
  openSubjects: Iterable<string>,
  over: readonly OverLine[],
): { opened: OverLine[]; cleared: string[] } {
  const open = new Set(openSubjects);
  const overNow = new Set(over.map((o) => o.subject));
  const seen = new Set<string>();
  const opened = over.filter((o) => {
    if (open.has(o.subject) || seen.has(o.subject)) return false;
    seen.add(o.subject);
    return true;
  });
  return { opened, cleared: [...open].filter((subject) => !overNow.has(subject)).sort() };
}

/** A baseline crossing's detail: it was already true when the trigger was armed. */
export function baselineDetail(detail: string): string {
  return `Already true when the trigger was armed, so no run was started: ${detail}`;
}

/**
 * The input of the run a crossing starts where it differs from what the scenario runs for a
 * day (its playbook's scheduledInput, which the monitor uses otherwise): the cash-flow week ends
 * on the crossing's day, not the day before, and ticket escalation is given the crossing in
 * words. Null: not this engine's to say. `today` is the shop's calendar date (YYYY-MM-DD).
 */
export function thresholdRunInput(
  scenarioKey: string,
  context: { today: string; condition: string; detail: string },
): Record<string, unknown> | null {
  switch (scenarioKey) {
    case 'cash-flow-report':
      return { weekEnding: context.today, historyWeeks: 13 };
    case 'ticket-escalation':
      // Asking for a manager is an escalation cue of the support agent's own analysis: the run
      // opens a ticket for a person with the spike in its brief, rather than replying to nobody.
      return {
        message: excerpt(
          `${context.condition}. ${context.detail}. A manager should review these conversations.`,
          4000,
        ),
      };
    default:
      return null;
  }
}

/** share >= percent / 100, exactly (no float). */
function atLeastPercent(share: Rational, percent: number): boolean {
  // percent may carry decimals (80.5): scale to hundredths of a percent, exact for 2 decimals.
  const hundredths = BigInt(Math.round(percent * 100));
  return BigInt(share.numerator) * 10_000n >= hundredths * BigInt(share.denominator);
}

/** The share in percent, two decimals (a figure to show and sort by, not to decide with). */
function percentValue(share: Rational): number {
  return Math.round((share.numerator * 10_000) / share.denominator) / 100;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function unreachable(value: never): never {
  throw new Error(`unhandled threshold condition ${JSON.stringify(value)}`);
}
