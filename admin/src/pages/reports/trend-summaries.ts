// The Trends tab's data as the forecast query returns it, the chart layers built from it, and each
// chart in words (its accessible name). Pure functions: tested without a browser page.
import { moneyCompact } from '../../components/finance-format.js';
import type { AxisFormat, ChartLayer } from './report-chart.js';
import { accounting, monthLabel } from './report-format.js';

export interface TrendMonth {
  month: string;
  revenueCents: number;
  expensesCents: number;
  netIncomeCents: number;
  grossMarginPercent: number | null;
  cashCents: number;
}

export interface ForecastMonth {
  month: string;
  baseCents: number;
  conservativeCents: number;
  aggressiveCents: number;
  lower80Cents: number;
  upper80Cents: number;
  lower95Cents: number;
  upper95Cents: number;
}

export interface ForecastSeries {
  key: string;
  method: string;
  points: readonly ForecastMonth[];
}

export const MONEY_AXIS: AxisFormat = { tick: moneyCompact, exact: accounting };
/** Margins arrive in percent with one decimal (the hub rounds them); shown as they are. */
export const PERCENT_AXIS: AxisFormat = {
  tick: (v) => `${v}%`,
  exact: (v) => `${v.toFixed(1)}%`,
};

export const SERIES_LABELS: Readonly<Record<string, string>> = {
  REVENUE: 'Revenue',
  EXPENSES: 'Expenses',
  CASH: 'Cash',
};

const TONES = { REVENUE: 'revenue', EXPENSES: 'expenses', CASH: 'cash' } as const;

function extreme<T>(items: readonly T[], pick: (item: T) => number, sign: 1 | -1): T {
  return items.reduce((a, b) => (sign * pick(b) > sign * pick(a) ? b : a));
}

function span(months: readonly { month: string }[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  return first && last ? `${monthLabel(first.month)} to ${monthLabel(last.month)}` : '';
}

export function revenueLayers(history: readonly TrendMonth[]): ChartLayer[] {
  return [
    {
      kind: 'bars',
      key: 'revenue',
      label: 'Revenue',
      tone: 'revenue',
      values: history.map((m) => m.revenueCents),
    },
    {
      kind: 'line',
      key: 'gross-margin',
      label: 'Gross margin',
      tone: 'margin',
      axis: 'right',
      values: history.map((m) => m.grossMarginPercent),
    },
  ];
}

export function revenueSummary(history: readonly TrendMonth[]): string {
  if (history.length === 0) return 'Revenue and gross margin by month: no complete months yet.';
  const high = extreme(history, (m) => m.revenueCents, 1);
  const low = extreme(history, (m) => m.revenueCents, -1);
  const last = history[history.length - 1] as TrendMonth;
  const margin =
    last.grossMarginPercent === null ? 'no margin' : `gross margin ${last.grossMarginPercent}%`;
  return (
    `Revenue and gross margin by month, ${span(history)}: ` +
    `highest revenue ${accounting(high.revenueCents)} in ${monthLabel(high.month)}, ` +
    `lowest ${accounting(low.revenueCents)} in ${monthLabel(low.month)}; ` +
    `${monthLabel(last.month)}: ${accounting(last.revenueCents)}, ${margin}.`
  );
}

export function cashLayers(history: readonly TrendMonth[]): ChartLayer[] {
  return [
    {
      kind: 'line',
      key: 'cash',
      label: 'Cash at month end',
      tone: 'cash',
      values: history.map((m) => m.cashCents),
    },
    {
      kind: 'bars',
      key: 'net-income',
      label: 'Net income',
      tone: 'history',
      values: history.map((m) => m.netIncomeCents),
    },
  ];
}

export function cashSummary(history: readonly TrendMonth[]): string {
  if (history.length === 0) return 'Cash by month: no complete months yet.';
  const first = history[0] as TrendMonth;
  const last = history[history.length - 1] as TrendMonth;
  const low = extreme(history, (m) => m.cashCents, -1);
  return (
    `Cash at month end, ${span(history)}: from ${accounting(first.cashCents)} to ` +
    `${accounting(last.cashCents)}, lowest ${accounting(low.cashCents)} in ${monthLabel(low.month)}; ` +
    `net income each month as bars.`
  );
}

/** The months of the chart: the last `historyMonths` actual months, then the forecast's. */
export function forecastMonths(
  history: readonly TrendMonth[],
  series: ForecastSeries,
  historyMonths: number,
): string[] {
  return [
    ...history.slice(-historyMonths).map((m) => m.month),
    ...series.points.map((p) => p.month),
  ];
}

function actual(m: TrendMonth, key: string): number {
  if (key === 'EXPENSES') return m.expensesCents;
  if (key === 'CASH') return m.cashCents;
  return m.revenueCents;
}

export function forecastLayers(
  history: readonly TrendMonth[],
  series: ForecastSeries,
  historyMonths: number,
): ChartLayer[] {
  const past = history.slice(-historyMonths);
  const pad = <T>(values: T[]): (T | null)[] => [...past.map(() => null), ...values];
  const label = SERIES_LABELS[series.key] ?? series.key;
  const tone = TONES[series.key as keyof typeof TONES] ?? 'revenue';
  const p = series.points;
  return [
    {
      kind: 'band',
      key: 'interval-95',
      label: '95% interval',
      tone,
      strength: 1,
      lower: pad(p.map((x) => x.lower95Cents)),
      upper: pad(p.map((x) => x.upper95Cents)),
    },
    {
      kind: 'band',
      key: 'interval-80',
      label: '80% interval',
      tone,
      strength: 2,
      lower: pad(p.map((x) => x.lower80Cents)),
      upper: pad(p.map((x) => x.upper80Cents)),
    },
    {
      kind: 'line',
      key: 'actual',
      label: `${label}, actual`,
      tone: 'history',
      values: [...past.map((m) => actual(m, series.key)), ...p.map(() => null)],
    },
    {
      kind: 'line',
      key: 'conservative',
      label: 'Conservative',
      tone,
      dash: 'dashed',
      values: pad(p.map((x) => x.conservativeCents)),
    },
    {
      kind: 'line',
      key: 'base',
      label: 'Base',
      tone,
      values: pad(p.map((x) => x.baseCents)),
    },
    {
      kind: 'line',
      key: 'aggressive',
      label: 'Aggressive',
      tone,
      dash: 'dotted',
      values: pad(p.map((x) => x.aggressiveCents)),
    },
  ];
}

export function forecastSummary(series: ForecastSeries): string {
  const label = SERIES_LABELS[series.key] ?? series.key;
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last) return `${label} forecast: no months forecast.`;
  return (
    `${label} forecast, ${span(series.points)}: base ${accounting(first.baseCents)} in ` +
    `${monthLabel(first.month)}, ${accounting(last.baseCents)} in ${monthLabel(last.month)}; ` +
    `for ${monthLabel(last.month)} the 80% interval is ${accounting(last.lower80Cents)} to ` +
    `${accounting(last.upper80Cents)} (95%: ${accounting(last.lower95Cents)} to ` +
    `${accounting(last.upper95Cents)}), conservative ${accounting(last.conservativeCents)}, ` +
    `aggressive ${accounting(last.aggressiveCents)}.`
  );
}
