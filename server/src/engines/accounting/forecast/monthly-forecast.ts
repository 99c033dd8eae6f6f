import { percentOneDecimal } from '../statements.js';
import { etsForecast, Z_80, Z_95, type EtsForecastStep } from './ets.js';
import { chooseModel, estimatedParameterCount, type ChosenModel } from './model-choice.js';

/**
 * The 12-month (1..24) forecast of revenue, expenses and cash from the ledger's complete months,
 * with conservative / base / aggressive scenarios and 80% and 95% prediction intervals.
 *
 * Money comes in as exact integer cents; the models work in floating point (they are estimates)
 * and every forecast figure is rounded to whole cents only here at the output, half away from
 * zero. History figures stay exact.
 */

/** One complete month of the ledger, as the monthly-series query returns it. */
export interface MonthlyActuals {
  /** 'YYYY-MM'. */
  month: string;
  /** REVENUE accounts' activity on the credit side (returns, a debit-side contra, reduce it). */
  revenueCents: number;
  /** COGS accounts' activity on the debit side. */
  costOfGoodsSoldCents: number;
  /** EXPENSE accounts' activity on the debit side, interest included. */
  operatingExpensesCents: number;
  /** Closing balance of the cash accounts at the month's end. */
  closingCashCents: number;
}

export interface ForecastHistoryMonth {
  month: string;
  revenueCents: number;
  /** COGS + expenses. */
  expensesCents: number;
  netIncomeCents: number;
  /** Gross profit / revenue in percent, one decimal (percentOneDecimal); null without revenue. */
  grossMarginPercent: number | null;
  cashCents: number;
}

export type ForecastSeriesKey = 'REVENUE' | 'EXPENSES' | 'CASH';

/** The fitted smoothing parameters; null for a component the chosen model does not have. */
export interface ForecastParameters {
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  phi: number | null;
}

/** One forecast month, in cents (rounded estimates). */
export interface ForecastPoint {
  month: string;
  baseCents: number;
  /** The prudent case: revenue low, expenses high, cash from both. */
  conservativeCents: number;
  /** The hopeful case: revenue high, expenses low, cash from both. */
  aggressiveCents: number;
  lower80Cents: number;
  upper80Cents: number;
  lower95Cents: number;
  upper95Cents: number;
}

export interface ForecastSeries {
  key: ForecastSeriesKey;
  /** The method in words: model, data, choice. */
  method: string;
  /** Null for cash, which is projected from the other two, not fitted. */
  parameters: ForecastParameters | null;
  points: ForecastPoint[];
}

export interface Forecast {
  /** The date the forecast was made on (the shop's today). */
  asOf: string;
  /** Every complete month, oldest first. */
  history: ForecastHistoryMonth[];
  series: ForecastSeries[];
  /** The assumptions behind the figures, in words. */
  assumptions: string[];
}

export const MIN_FORECAST_MONTHS = 1;
export const MAX_FORECAST_MONTHS = 24;
/** Months of (change in cash - net income) whose median is the typical non-P&L cash movement. */
export const NON_PNL_WINDOW_MONTHS = 12;

/** Half away from zero, to whole cents: the one rounding of an estimate. */
export function roundCents(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded; // no -0
}

/** 'YYYY-MM' plus k months. */
export function shiftMonth(month: string, k: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + k;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Exact median of integers (the mean of the middle two for an even count); null when empty. */
export function medianCents(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function historyMonth(a: MonthlyActuals): ForecastHistoryMonth {
  const expensesCents = a.costOfGoodsSoldCents + a.operatingExpensesCents;
  return {
    month: a.month,
    revenueCents: a.revenueCents,
    expensesCents,
    netIncomeCents: a.revenueCents - expensesCents,
    grossMarginPercent: percentOneDecimal(a.revenueCents - a.costOfGoodsSoldCents, a.revenueCents),
    cashCents: a.closingCashCents,
  };
}

/** A fitted P&L series' monthly forecast in floating point, floored at zero. */
interface ProjectedFlow {
  model: ChosenModel | null;
  steps: EtsForecastStep[];
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

/**
 * The error variance used for the intervals: SSE / (n - k), k the estimated values, as R's
 * forecast::ets does. (statsmodels uses SSE / n, which the reference fixtures check; for
 * ETS(A,N,A)'s 14 estimated values on 24 months that would make the intervals sqrt(24/10), 1.55
 * times, too narrow.)
 */
function intervalVariance(model: ChosenModel): number {
  const k = estimatedParameterCount(model.fit.spec);
  return model.fit.sse / Math.max(1, model.fit.n - k);
}

function projectFlow(values: readonly number[], months: number): ProjectedFlow {
  const model = chooseModel(values);
  if (!model) {
    return { model, steps: [], mean: [], lower80: [], upper80: [], lower95: [], upper95: [] };
  }
  const steps = etsForecast(
    model.fit.spec,
    model.fit.parameters,
    model.fit.final,
    intervalVariance(model),
    months,
  );
  const floor = (z: number) => steps.map((s) => Math.max(0, s.mean + z * Math.sqrt(s.variance)));
  return {
    model,
    steps,
    mean: floor(0),
    lower80: floor(-Z_80),
    upper80: floor(Z_80),
    lower95: floor(-Z_95),
    upper95: floor(Z_95),
  };
}

function parametersOf(model: ChosenModel): ForecastParameters {
  const { spec, parameters } = model.fit;
  return {
    alpha: parameters.alpha,
    beta: spec.trend === 'NONE' ? null : parameters.beta,
    gamma: spec.seasonal === 'NONE' ? null : parameters.gamma,
    phi: spec.trend === 'DAMPED' ? parameters.phi : null,
  };
}

function flowSeries(
  key: 'REVENUE' | 'EXPENSES',
  flow: ProjectedFlow,
  firstMonth: string,
  n: number,
): ForecastSeries {
  const conservative = key === 'REVENUE' ? flow.lower80 : flow.upper80;
  const aggressive = key === 'REVENUE' ? flow.upper80 : flow.lower80;
  return {
    key,
    method: flow.model
      ? flow.model.method
      : `No forecast: ${n} complete month(s) of history, fewer than the 3 the simplest model needs.`,
    parameters: flow.model ? parametersOf(flow.model) : null,
    points: flow.mean.map((mean, i) => ({
      month: shiftMonth(firstMonth, i),
      baseCents: roundCents(mean),
      conservativeCents: roundCents(conservative[i] as number),
      aggressiveCents: roundCents(aggressive[i] as number),
      lower80Cents: roundCents(flow.lower80[i] as number),
      upper80Cents: roundCents(flow.upper80[i] as number),
      lower95Cents: roundCents(flow.lower95[i] as number),
      upper95Cents: roundCents(flow.upper95[i] as number),
    })),
  };
}

/** The typical monthly cash movement outside profit and loss, and the months it came from. */
export function typicalNonPnlCashCents(history: readonly ForecastHistoryMonth[]): {
  cents: number;
  months: string[];
} {
  const changes: Array<{ month: string; cents: number }> = [];
  for (let i = 1; i < history.length; i++) {
    const month = history[i] as ForecastHistoryMonth;
    const before = history[i - 1] as ForecastHistoryMonth;
    changes.push({
      month: month.month,
      cents: month.cashCents - before.cashCents - month.netIncomeCents,
    });
  }
  const window = changes.slice(-NON_PNL_WINDOW_MONTHS);
  return {
    cents: medianCents(window.map((c) => c.cents)) ?? 0,
    months: window.map((c) => c.month),
  };
}

/**
 * Cash: last month's closing cash plus, month by month, revenue - expenses + the typical non-P&L
 * movement. Scenarios take revenue and expenses at their 80% bounds in the same direction every
 * month (a deliberately wide stress case); the intervals add the two series' forecast error
 * variances for the running total (errors correlated across months through the model, revenue
 * and expense errors assumed independent of each other).
 */
function cashSeries(
  history: readonly ForecastHistoryMonth[],
  revenue: ProjectedFlow,
  expenses: ProjectedFlow,
  firstMonth: string,
  nonPnl: number,
): ForecastSeries {
  const last = history[history.length - 1];
  if (!last || revenue.mean.length === 0 || expenses.mean.length === 0) {
    return {
      key: 'CASH',
      method: 'No projection: revenue and expenses have no forecast.',
      parameters: null,
      points: [],
    };
  }
  const points: ForecastPoint[] = [];
  let base = last.cashCents;
  let conservative = last.cashCents;
  let aggressive = last.cashCents;
  for (let i = 0; i < revenue.mean.length; i++) {
    base += (revenue.mean[i] as number) - (expenses.mean[i] as number) + nonPnl;
    conservative += (revenue.lower80[i] as number) - (expenses.upper80[i] as number) + nonPnl;
    aggressive += (revenue.upper80[i] as number) - (expenses.lower80[i] as number) + nonPnl;
    const sd = Math.sqrt(
      (revenue.steps[i] as EtsForecastStep).cumulativeVariance +
        (expenses.steps[i] as EtsForecastStep).cumulativeVariance,
    );
    points.push({
      month: shiftMonth(firstMonth, i),
      baseCents: roundCents(base),
      conservativeCents: roundCents(conservative),
      aggressiveCents: roundCents(aggressive),
      lower80Cents: roundCents(base - Z_80 * sd),
      upper80Cents: roundCents(base + Z_80 * sd),
      lower95Cents: roundCents(base - Z_95 * sd),
      upper95Cents: roundCents(base + Z_95 * sd),
    });
  }
  return {
    key: 'CASH',
    method:
      `Projection from the last closing cash (${last.month}): each month adds forecast revenue, ` +
      'subtracts forecast expenses and adds the typical non-P&L cash movement; not a fitted model.',
    parameters: null,
    points,
  };
}

/**
 * Builds the forecast from the complete months (oldest first, consecutive). `months` is the
 * horizon, 1..24; the caller validates it.
 */
export function buildForecast(
  asOf: string,
  actuals: readonly MonthlyActuals[],
  months: number,
): Forecast {
  if (!Number.isInteger(months) || months < MIN_FORECAST_MONTHS || months > MAX_FORECAST_MONTHS) {
    throw new RangeError(`months must be ${MIN_FORECAST_MONTHS}..${MAX_FORECAST_MONTHS}`);
  }
  const history = actuals.map(historyMonth);
  const n = history.length;
  const last = history[n - 1];
  const firstMonth = last ? shiftMonth(last.month, 1) : asOf.slice(0, 7);
  const revenue = projectFlow(
    history.map((h) => h.revenueCents),
    months,
  );
  const expenses = projectFlow(
    history.map((h) => h.expensesCents),
    months,
  );
  const nonPnl = typicalNonPnlCashCents(history);
  const span = last ? `${history[0]?.month}..${last.month}` : 'none';
  return {
    asOf,
    history,
    series: [
      flowSeries('REVENUE', revenue, firstMonth, n),
      flowSeries('EXPENSES', expenses, firstMonth, n),
      cashSeries(history, revenue, expenses, firstMonth, nonPnl.cents),
    ],
    assumptions: [
      `History: ${n} complete month(s), ${span}; the current month (${asOf.slice(0, 7)}) is partial and left out.`,
      "Revenue: the REVENUE accounts' monthly activity (credits - debits; returns reduce it). Expenses: COGS and EXPENSE accounts' activity (debits - credits), interest included. Cash: the closing balance of accounts 1010 and 1020.",
      'Forecasts are estimates in floating point rounded to whole cents (half away from zero) only for display; history is exact.',
      `Intervals: normal errors, 80% (z = ${Z_80.toFixed(4)}) and 95% (z = ${Z_95.toFixed(4)}), variance SSE / (n - k) with k the estimated smoothing parameters and initial states; revenue and expense figures below zero are shown as zero.`,
      'Scenarios: conservative = revenue at its lower 80% bound and expenses at their upper 80% bound every month; aggressive = the opposite; base = the point forecast.',
      `Cash: the typical non-P&L movement (loan principal, owner's draws, equipment, timing of receivables and payables, depreciation added back) is the median of (change in cash - net income) over ${nonPnl.months.length} month(s) (${nonPnl.months[0] ?? '-'}..${nonPnl.months[nonPnl.months.length - 1] ?? '-'}): ${roundCents(nonPnl.cents)} cents a month, held constant.`,
      "Cash intervals add revenue and expense forecast variances for the running total, treating the two series' errors as independent; the non-P&L movement is taken as certain.",
    ],
  };
}
