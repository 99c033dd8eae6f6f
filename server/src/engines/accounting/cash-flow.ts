import { formatCents } from './money.js';
import { addDays, daysBetween } from './receivables.js';

/**
 * The weekly cash flow report: what came in and went out by category, against last week, the same
 * week a year ago and the recent trend, with unusual amounts found by robust statistics and a
 * runway figure. Sums are exact cents; only statistics (median, score, ratio, average, runway) are
 * rounded, and only for display.
 */

/**
 * The median and the median absolute deviation (MAD) of the values: the centre and spread that one
 * huge week cannot drag, unlike the mean and standard deviation. Throws for no values.
 */
export function medianAndMad(values: readonly number[]): { median: number; mad: number } {
  if (values.length === 0) throw new RangeError('the median of no values is undefined');
  const median = medianOf(values);
  return { median, mad: medianOf(values.map((v) => Math.abs(v - median))) };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Iglewicz and Hoaglin's cut-off: a modified z-score beyond 3.5 marks a likely outlier. */
export const ANOMALY_SCORE_THRESHOLD = 3.5;
/** A difference from the usual smaller than this ($50.00) is never called unusual, whatever its score. */
export const ANOMALY_FLOOR_CENTS = 5_000;
/** Fewer weeks of history than this and nothing is called unusual: there is no "usual" yet. */
export const MIN_HISTORY_WEEKS = 4;

/**
 * How unusual `x` is against `history`: the modified z-score 0.6745 (x - median) / MAD (Iglewicz
 * and Hoaglin 1993). When more than half the weeks are equal the MAD is 0 (a bill paid every week
 * at the same price; or nothing, most weeks); then the mean absolute deviation from the median,
 * scaled by 1.253314 to estimate the same spread, takes its place. When every week is identical
 * there is no spread at all and the score is null: any change is unusual, subject to the floor.
 */
export function modifiedZScore(x: number, history: readonly number[]): number | null {
  const { median, mad } = medianAndMad(history);
  if (mad > 0) return (0.6745 * (x - median)) / mad;
  const meanAbsoluteDeviation =
    history.reduce((sum, v) => sum + Math.abs(v - median), 0) / history.length;
  if (meanAbsoluteDeviation > 0) return (x - median) / (1.253314 * meanAbsoluteDeviation);
  return x === median ? 0 : null;
}

export interface CashMovement {
  postedOn: string;
  /** Positive: money in. Negative: money out. */
  amountCents: number;
  category: string;
}

export interface CategoryTotal {
  category: string;
  /** Positive, in and out alike. */
  amountCents: number;
  count: number;
}

export interface PeriodTotals {
  start: string;
  end: string;
  totalInCents: number;
  totalOutCents: number;
  netCents: number;
}

export interface CashFlowAnomaly {
  category: string;
  direction: 'IN' | 'OUT';
  /** HIGH: far above the usual; LOW: far below it (a missing sale day, a skipped payroll). */
  deviation: 'HIGH' | 'LOW';
  amountCents: number;
  /** The median weekly amount over the history weeks, to the nearest cent. */
  medianCents: number;
  /** The modified z-score, rounded to 2 decimals; null when the history never varied. */
  score: number | null;
  explanation: string;
}

export interface Runway {
  cashBalanceCents: number;
  /** Mean weekly net over the trend weeks with data, to the nearest cent. */
  averageWeeklyNetCents: number;
  /** How many trend weeks the average is over (weeks before the first movement do not count). */
  weeksCounted: number;
  /** Weeks the balance lasts at that average, rounded down to 0.1; null when cash-positive. */
  weeksOfRunway: number | null;
  explanation: string;
}

export interface WeeklyCashFlow extends PeriodTotals {
  week: { start: string; end: string };
  inflows: CategoryTotal[];
  outflows: CategoryTotal[];
  priorWeek: PeriodTotals;
  sameWeekLastYear: PeriodTotals;
  /** The historyWeeks weeks ending with this one, oldest first. */
  trend: PeriodTotals[];
  anomalies: CashFlowAnomaly[];
  runway: Runway;
}

export interface WeeklyCashFlowInput {
  /** The last day of the week reported on (inclusive); the week is that day and the 6 before. */
  weekEnding: string;
  movements: readonly CashMovement[];
  cashBalanceCents: number;
  historyWeeks?: number;
}

/** A year ago on the same weekdays: 52 weeks back (364 days), not the same calendar dates. */
const SAME_WEEK_LAST_YEAR_DAYS = 364;

export function weeklyCashFlow(input: WeeklyCashFlowInput): WeeklyCashFlow {
  const { weekEnding, movements, cashBalanceCents } = input;
  const historyWeeks = input.historyWeeks ?? 13;
  if (!Number.isInteger(historyWeeks) || historyWeeks < 1) {
    throw new RangeError(
      `historyWeeks must be a whole number of weeks, at least 1 (got ${historyWeeks})`,
    );
  }
  if (!Number.isSafeInteger(cashBalanceCents)) {
    throw new RangeError(`the cash balance ${cashBalanceCents} is not a whole number of cents`);
  }

  // Each movement's distance back from the week's last day, in days (0..6 is this week).
  const dated = movements.map((m) => {
    if (!Number.isSafeInteger(m.amountCents)) {
      throw new RangeError(
        `${m.postedOn} ${m.category}: ${m.amountCents} is not a whole number of cents`,
      );
    }
    return { ...m, daysBack: daysBetween(m.postedOn, weekEnding) };
  });
  const firstPostedOn = dated.reduce<string | null>(
    (first, m) => (first === null || m.postedOn < first ? m.postedOn : first),
    null,
  );

  const weekBack = (weeksBack: number) =>
    dated.filter((m) => m.daysBack >= weeksBack * 7 && m.daysBack < weeksBack * 7 + 7);
  const periodTotals = (weeksBack: number, offsetDays = 0): PeriodTotals => {
    const end = addDays(weekEnding, -(weeksBack * 7 + offsetDays));
    const inPeriod = dated.filter((m) => {
      const back = m.daysBack - offsetDays;
      return back >= weeksBack * 7 && back < weeksBack * 7 + 7;
    });
    return totalsOf(addDays(end, -6), end, inPeriod);
  };

  const thisWeek = weekBack(0);
  const current = totalsOf(addDays(weekEnding, -6), weekEnding, thisWeek);
  const trend = Array.from({ length: historyWeeks }, (_, i) => periodTotals(historyWeeks - 1 - i));

  // Weekly amounts per category and direction over the weeks before this one that have data.
  const historyIndexes = Array.from({ length: historyWeeks }, (_, i) => i + 1).filter(
    (weeksBack) => firstPostedOn !== null && addDays(weekEnding, -weeksBack * 7) >= firstPostedOn,
  );
  const anomalies: CashFlowAnomaly[] = [];
  if (historyIndexes.length >= MIN_HISTORY_WEEKS) {
    const keys = new Set<string>();
    for (const m of dated) {
      if (m.amountCents !== 0 && m.daysBack >= 0 && m.daysBack < (historyWeeks + 1) * 7) {
        keys.add(`${m.amountCents > 0 ? 'IN' : 'OUT'}\u0000${m.category}`);
      }
    }
    const weekly = new Map<string, number[]>();
    for (const key of keys) weekly.set(key, new Array<number>(historyWeeks + 1).fill(0));
    for (const m of dated) {
      if (m.amountCents === 0 || m.daysBack < 0) continue;
      const weeksBack = Math.floor(m.daysBack / 7);
      const series = weekly.get(`${m.amountCents > 0 ? 'IN' : 'OUT'}\u0000${m.category}`);
      if (series && weeksBack <= historyWeeks)
        series[weeksBack] = (series[weeksBack] ?? 0) + Math.abs(m.amountCents);
    }
    for (const [key, series] of weekly) {
      const [direction, category] = key.split('\u0000') as ['IN' | 'OUT', string];
      const x = series[0] ?? 0;
      const history = historyIndexes.map((i) => series[i] ?? 0);
      const anomaly = assessCategory(category, direction, x, history);
      if (anomaly) anomalies.push(anomaly);
    }
    anomalies.sort(
      (a, b) =>
        Math.abs(b.amountCents - b.medianCents) - Math.abs(a.amountCents - a.medianCents) ||
        (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0) ||
        (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
    );
  }

  const counted = trend.filter((w) => firstPostedOn !== null && w.end >= firstPostedOn);
  return {
    week: { start: current.start, end: current.end },
    ...current,
    inflows: byCategory(thisWeek.filter((m) => m.amountCents > 0)),
    outflows: byCategory(thisWeek.filter((m) => m.amountCents < 0)),
    priorWeek: periodTotals(1),
    sameWeekLastYear: periodTotals(0, SAME_WEEK_LAST_YEAR_DAYS),
    trend,
    anomalies,
    runway: runwayOf(cashBalanceCents, counted),
  };
}

function totalsOf(start: string, end: string, movements: readonly CashMovement[]): PeriodTotals {
  let totalInCents = 0;
  let totalOutCents = 0;
  for (const m of movements) {
    if (m.amountCents > 0) totalInCents += m.amountCents;
    else totalOutCents -= m.amountCents;
  }
  return { start, end, totalInCents, totalOutCents, netCents: totalInCents - totalOutCents };
}

/** Totals per category, largest first (ties by name), amounts positive. */
function byCategory(movements: readonly CashMovement[]): CategoryTotal[] {
  const totals = new Map<string, CategoryTotal>();
  for (const m of movements) {
    const total = totals.get(m.category) ?? { category: m.category, amountCents: 0, count: 0 };
    total.amountCents += Math.abs(m.amountCents);
    total.count += 1;
    totals.set(m.category, total);
  }
  return [...totals.values()].sort(
    (a, b) =>
      b.amountCents - a.amountCents ||
      (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
  );
}

/** A category seen in at least this many history weeks is judged against those weeks alone. */
const LUMPY_MIN_OCCURRENCES = 2;
/** When its past payments were all equal, up to this multiple of them is still its usual size. */
const LUMPY_SAME_SIZE = 1.5;

function assessCategory(
  category: string,
  direction: 'IN' | 'OUT',
  x: number,
  history: readonly number[],
): CashFlowAnomaly | null {
  const { median } = medianAndMad(history);
  if (Math.abs(x - median) < ANOMALY_FLOOR_CENTS) return null;
  // A lumpy category (a monthly bill, paid in one week of four) has a weekly median of zero, so
  // every payment would look new. Judged against the weeks it did occur, a usual payment is not
  // an anomaly; an outsized one still is.
  const occurred = history.filter((amount) => amount > 0);
  if (median === 0 && x > 0 && occurred.length >= LUMPY_MIN_OCCURRENCES) {
    const usual = medianAndMad(occurred).median;
    const lumpyScore = modifiedZScore(x, occurred);
    const usualSize =
      lumpyScore === null
        ? x <= usual * LUMPY_SAME_SIZE
        : Math.abs(lumpyScore) <= ANOMALY_SCORE_THRESHOLD;
    if (usualSize) return null;
  }
  const score = modifiedZScore(x, history);
  if (score !== null && Math.abs(score) <= ANOMALY_SCORE_THRESHOLD) return null;
  const medianCents = Math.round(median);
  const deviation = x > median ? 'HIGH' : 'LOW';
  const weeks = `${history.length} week${history.length === 1 ? '' : 's'}`;
  const label = `${category} ${direction === 'IN' ? 'in' : 'out'} ${formatCents(x)} this week`;
  let explanation: string;
  if (median === 0) {
    explanation = `${label}; usually none (median of ${weeks})`;
  } else if (x === 0) {
    explanation = `${category} ${direction === 'IN' ? 'in' : 'out'}: none this week, against the usual ${formatCents(medianCents)} (median of ${weeks})`;
  } else {
    explanation = `${label}, ${(x / median).toFixed(1)}x the usual ${formatCents(medianCents)} (median of ${weeks})`;
  }
  return {
    category,
    direction,
    deviation,
    amountCents: x,
    medianCents,
    score: score === null ? null : Math.round(score * 100) / 100,
    explanation,
  };
}

function runwayOf(cashBalanceCents: number, weeks: readonly PeriodTotals[]): Runway {
  const n = weeks.length;
  const totalNet = weeks.reduce((sum, w) => sum + w.netCents, 0);
  const averageWeeklyNetCents = n === 0 ? 0 : Math.round(totalNet / n);
  const balance = formatCents(cashBalanceCents);
  const over = `the last ${n} week${n === 1 ? '' : 's'}`;
  if (n === 0) {
    return {
      cashBalanceCents,
      averageWeeklyNetCents: 0,
      weeksCounted: 0,
      weeksOfRunway: null,
      explanation: `No cash movements yet, so no runway can be estimated from the ${balance} balance.`,
    };
  }
  if (totalNet >= 0) {
    return {
      cashBalanceCents,
      averageWeeklyNetCents,
      weeksCounted: n,
      weeksOfRunway: null,
      explanation:
        totalNet === 0
          ? `Cash broke even over ${over}, so the ${balance} balance is not being drawn down.`
          : `Cash-positive: ${over} averaged a net inflow of ${formatCents(averageWeeklyNetCents)} a week, so the ${balance} balance is not being drawn down.`,
    };
  }
  const burn = -totalNet / n;
  const weeksOfRunway = cashBalanceCents <= 0 ? 0 : Math.floor((cashBalanceCents / burn) * 10) / 10;
  return {
    cashBalanceCents,
    averageWeeklyNetCents,
    weeksCounted: n,
    weeksOfRunway,
    explanation:
      cashBalanceCents <= 0
        ? `Cash is at ${balance} and ${over} averaged a net outflow of ${formatCents(-averageWeeklyNetCents)} a week: no runway left.`
        : `At the average net outflow of ${formatCents(-averageWeeklyNetCents)} a week over ${over}, the ${balance} balance lasts about ${weeksOfRunway.toFixed(1)} weeks.`,
  };
}
