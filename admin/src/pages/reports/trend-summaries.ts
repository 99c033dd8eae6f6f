// The Trends tab's data as the forecast query returns it, the chart layers built from it, and each
// chart in words (its accessible name). Pure functions: tested without a browser page.
import { moneyCompact } from '../../components/finance-format.js';
import { formatLocale, t, translated } from '../../i18n/index.js';
import type { AxisFormat, ChartLayer } from './report-chart.js';
import { accounting, monthLabel, percentText } from './report-format.js';

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
  tick: (v) =>
    new Intl.NumberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 2 }).format(
      v / 100,
    ),
  exact: (v) => percentText(v, 1),
};

/** The series' English names; seriesLabel gives them in the current language. */
export const SERIES_LABELS: Readonly<Record<string, string>> = {
  REVENUE: 'Revenue',
  EXPENSES: 'Expenses',
  CASH: 'Cash',
};

/** "Revenue" for REVENUE in the current language; a series the console does not know as sent. */
export function seriesLabel(key: string): string {
  return translated(`reports.series.${key}`, SERIES_LABELS[key] ?? key);
}

/** A margin the hub rounded to one decimal, shown as it is: 73.4 -> "73.4%", 70 -> "70%". */
function marginText(percent: number): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(percent / 100);
}

const TONES = { REVENUE: 'revenue', EXPENSES: 'expenses', CASH: 'cash' } as const;

function extreme<T>(items: readonly T[], pick: (item: T) => number, sign: 1 | -1): T {
  return items.reduce((a, b) => (sign * pick(b) > sign * pick(a) ? b : a));
}

function span(months: readonly { month: string }[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  return first && last
    ? t('reports.trends.span', { from: monthLabel(first.month), to: monthLabel(last.month) })
    : '';
}

export function revenueLayers(history: readonly TrendMonth[]): ChartLayer[] {
  return [
    {
      kind: 'bars',
      key: 'revenue',
      label: t('reports.trends.revenue'),
      tone: 'revenue',
      values: history.map((m) => m.revenueCents),
    },
    {
      kind: 'line',
      key: 'gross-margin',
      label: t('reports.trends.grossMargin'),
      tone: 'margin',
      axis: 'right',
      values: history.map((m) => m.grossMarginPercent),
    },
  ];
}

export function revenueSummary(history: readonly TrendMonth[]): string {
  if (history.length === 0) return t('reports.trends.revenueEmpty');
  const high = extreme(history, (m) => m.revenueCents, 1);
  const low = extreme(history, (m) => m.revenueCents, -1);
  const last = history[history.length - 1] as TrendMonth;
  const margin =
    last.grossMarginPercent === null
      ? t('reports.trends.noMargin')
      : t('reports.trends.margin', { percent: marginText(last.grossMarginPercent) });
  return t('reports.trends.revenueSummary', {
    span: span(history),
    high: accounting(high.revenueCents),
    highMonth: monthLabel(high.month),
    low: accounting(low.revenueCents),
    lowMonth: monthLabel(low.month),
    lastMonth: monthLabel(last.month),
    last: accounting(last.revenueCents),
    margin,
  });
}

export function cashLayers(history: readonly TrendMonth[]): ChartLayer[] {
  return [
    {
      kind: 'line',
      key: 'cash',
      label: t('reports.trends.cashAtMonthEnd'),
      tone: 'cash',
      values: history.map((m) => m.cashCents),
    },
    {
      kind: 'bars',
      key: 'net-income',
      label: t('reports.trends.netIncome'),
      tone: 'history',
      values: history.map((m) => m.netIncomeCents),
    },
  ];
}

export function cashSummary(history: readonly TrendMonth[]): string {
  if (history.length === 0) return t('reports.trends.cashEmpty');
  const first = history[0] as TrendMonth;
  const last = history[history.length - 1] as TrendMonth;
  const low = extreme(history, (m) => m.cashCents, -1);
  return t('reports.trends.cashSummary', {
    span: span(history),
    first: accounting(first.cashCents),
    last: accounting(last.cashCents),
    low: accounting(low.cashCents),
    lowMonth: monthLabel(low.month),
  });
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
  const label = seriesLabel(series.key);
  const tone = TONES[series.key as keyof typeof TONES] ?? 'revenue';
  const p = series.points;
  return [
    {
      kind: 'band',
      key: 'interval-95',
      label: t('reports.trends.interval95'),
      tone,
      strength: 1,
      lower: pad(p.map((x) => x.lower95Cents)),
      upper: pad(p.map((x) => x.upper95Cents)),
    },
    {
      kind: 'band',
      key: 'interval-80',
      label: t('reports.trends.interval80'),
      tone,
      strength: 2,
      lower: pad(p.map((x) => x.lower80Cents)),
      upper: pad(p.map((x) => x.upper80Cents)),
    },
    {
      kind: 'line',
      key: 'actual',
      label: t('reports.trends.actual', { series: label }),
      tone: 'history',
      values: [...past.map((m) => actual(m, series.key)), ...p.map(() => null)],
    },
    {
      kind: 'line',
      key: 'conservative',
      label: t('reports.trends.conservative'),
      tone,
      dash: 'dashed',
      values: pad(p.map((x) => x.conservativeCents)),
    },
    {
      kind: 'line',
      key: 'base',
      label: t('reports.trends.base'),
      tone,
      values: pad(p.map((x) => x.baseCents)),
    },
    {
      kind: 'line',
      key: 'aggressive',
      label: t('reports.trends.aggressive'),
      tone,
      dash: 'dotted',
      values: pad(p.map((x) => x.aggressiveCents)),
    },
  ];
}

export function forecastSummary(series: ForecastSeries): string {
  const label = seriesLabel(series.key);
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last) return t('reports.trends.forecastEmpty', { series: label });
  return t('reports.trends.forecastSummary', {
    series: label,
    span: span(series.points),
    firstBase: accounting(first.baseCents),
    firstMonth: monthLabel(first.month),
    lastBase: accounting(last.baseCents),
    lastMonth: monthLabel(last.month),
    low80: accounting(last.lower80Cents),
    high80: accounting(last.upper80Cents),
    low95: accounting(last.lower95Cents),
    high95: accounting(last.upper95Cents),
    conservative: accounting(last.conservativeCents),
    aggressive: accounting(last.aggressiveCents),
  });
}
