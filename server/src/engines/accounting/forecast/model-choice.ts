import { etsName, type EtsSpec } from './ets.js';
import { fitEts, initialStateCount, type EtsFit } from './ets-fit.js';

/**
 * Which ETS model a monthly series of a given length can support, and the choice among them.
 *
 * Length rules (complete months, n):
 * - ETS(A,Ad,A), damped trend and additive seasonality (period 12), needs n >= 36: it estimates
 *   17 values (alpha, beta, gamma, phi, level, trend, 11 free seasons), which leaves 24 months only
 *   7 degrees of freedom, and with two cycles a trend and a change in the seasonal pattern cannot
 *   be told apart: on the demo books seeded at 2026-12-03 the best fit was degenerate (alpha
 *   0.9999, beta 0.92, gamma ~0) and forecast expenses at $16-20K a month against $23-31K in every
 *   month of history. Three full cycles give each season three values and the trend 24
 *   year-over-year differences.
 * - ETS(A,N,A), a level and additive seasonality without trend, needs n >= 24: two full years, so
 *   every calendar month's effect is seen twice and is not just one month's noise (statsmodels'
 *   heuristic initialisation asks for two full cycles too). 14 estimated values (alpha, gamma,
 *   level, 11 free seasons).
 * - ETS(A,Ad,N), damped trend without seasonality, needs n >= 8 (5 estimated values: alpha, beta,
 *   phi, initial level and trend, and a few degrees of freedom left for the error variance).
 * - ETS(A,N,N), simple exponential smoothing, needs n >= 3.
 * - Below 3 months there is no forecast.
 * Among the models the length allows, the lowest AICc wins: AIC = -2 logL + 2k and
 * AICc = AIC + 2k(k+1)/(n-k-1), with k the smoothing parameters, the initial states and the error
 * variance (HKOS 2008, section 7.1; Hyndman & Athanasopoulos, "Forecasting: Principles and
 * Practice", 3rd ed., section 8.6; the default of R's forecast::ets, which counts k the same way).
 * AIC alone charges the 17-value seasonal model too little on 24 months: its SSE always falls
 * with more free values, so AIC picked the over-fitted ETS(A,Ad,A). AICc's small-sample term (60
 * for ETS(A,N,A) on 24 months, against 5 for ETS(A,Ad,N)) still lets the seasonal model win when
 * the pattern is real: on the demo books it cuts revenue's SSE enough to be chosen.
 */
export const SEASON_LENGTH = 12;
export const SEASONAL_MIN_MONTHS = 2 * SEASON_LENGTH;
export const SEASONAL_TREND_MIN_MONTHS = 3 * SEASON_LENGTH;
export const DAMPED_TREND_MIN_MONTHS = 8;
export const LEVEL_MIN_MONTHS = 3;

const SEASONAL_DAMPED: EtsSpec = { trend: 'DAMPED', seasonal: 'ADDITIVE', period: SEASON_LENGTH };
const SEASONAL: EtsSpec = { trend: 'NONE', seasonal: 'ADDITIVE', period: SEASON_LENGTH };
const DAMPED: EtsSpec = { trend: 'DAMPED', seasonal: 'NONE', period: SEASON_LENGTH };
const LEVEL: EtsSpec = { trend: 'NONE', seasonal: 'NONE', period: SEASON_LENGTH };

/** Estimated values of a fit: smoothing parameters and initial states (not the variance). */
export function estimatedParameterCount(spec: EtsSpec): number {
  const smoothing =
    1 +
    (spec.trend === 'NONE' ? 0 : 1) +
    (spec.seasonal === 'NONE' ? 0 : 1) +
    (spec.trend === 'DAMPED' ? 1 : 0);
  return smoothing + initialStateCount(spec);
}

/** AIC of a fit, counting the error variance as a parameter. */
export function aic(fit: EtsFit): number {
  return -2 * fit.logLikelihood + 2 * (estimatedParameterCount(fit.spec) + 1);
}

/**
 * AICc: AIC + 2k(k+1)/(n-k-1), k counting the error variance (R's forecast::ets). Infinite when
 * n <= k + 1, where the correction is undefined: such a model cannot be chosen.
 */
export function aicc(fit: EtsFit): number {
  const k = estimatedParameterCount(fit.spec) + 1;
  const slack = fit.n - k - 1;
  return slack > 0 ? aic(fit) + (2 * k * (k + 1)) / slack : Infinity;
}

/** The models a series of n complete months may use, richest first. */
export function candidateSpecs(n: number): EtsSpec[] {
  return [
    ...(n >= SEASONAL_TREND_MIN_MONTHS ? [SEASONAL_DAMPED] : []),
    ...(n >= SEASONAL_MIN_MONTHS ? [SEASONAL] : []),
    ...(n >= DAMPED_TREND_MIN_MONTHS ? [DAMPED] : []),
    ...(n >= LEVEL_MIN_MONTHS ? [LEVEL] : []),
  ];
}

export interface ChosenModel {
  fit: EtsFit;
  aic: number;
  /** The criterion the choice used. */
  aicc: number;
  /** What was fitted, what was compared and why, in words. */
  method: string;
}

/** Fits every model the length allows and keeps the lowest AICc; null below 3 observations. */
export function chooseModel(y: readonly number[]): ChosenModel | null {
  const specs = candidateSpecs(y.length);
  if (specs.length === 0) return null;
  const fits = specs.map((spec) => {
    const fit = fitEts(spec, y);
    return { fit, aic: aic(fit), aicc: aicc(fit) };
  });
  const best = fits.reduce((a, b) => (b.aicc < a.aicc ? b : a));
  return { ...best, method: describe(best.fit, fits, y.length) };
}

const WORDS: Record<string, string> = {
  'ETS(A,Ad,A)':
    'Holt-Winters exponential smoothing with a damped trend and additive monthly seasonality, ETS(A,Ad,A)',
  'ETS(A,N,A)':
    'exponential smoothing with a level and additive monthly seasonality, no trend, ETS(A,N,A)',
  'ETS(A,Ad,N)': 'exponential smoothing with a damped trend and no seasonality, ETS(A,Ad,N)',
  'ETS(A,N,N)': 'simple exponential smoothing (a level, no trend or seasonality), ETS(A,N,N)',
};

function describe(chosen: EtsFit, fits: Array<{ fit: EtsFit; aicc: number }>, n: number): string {
  const name = etsName(chosen.spec);
  const parts = [`${WORDS[name] ?? name}, fitted by least squares on ${n} complete months.`];
  if (fits.length > 1) {
    parts.push(
      `Chosen by AICc among ${fits
        .map((f) => `${etsName(f.fit.spec)} ${f.aicc.toFixed(1)}`)
        .join(', ')}.`,
    );
  }
  if (n < SEASONAL_MIN_MONTHS) {
    parts.push(
      `No seasonal model: ${n} complete months are fewer than the ${SEASONAL_MIN_MONTHS} (two full years) a seasonal fit needs.`,
    );
  } else if (n < SEASONAL_TREND_MIN_MONTHS) {
    parts.push(
      `No seasonal model with a trend: ${n} complete months are fewer than the ${SEASONAL_TREND_MIN_MONTHS} (three full years) it needs to tell a trend from a change in the seasons.`,
    );
  }
  return parts.join(' ');
}
