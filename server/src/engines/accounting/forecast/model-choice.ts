import { etsName, type EtsSpec } from './ets.js';
import { fitEts, initialStateCount, type EtsFit } from './ets-fit.js';

/**
 * Which ETS model a monthly series of a given length can support, and the choice among them.
 *
 * Length rules (complete months, n):
 * - ETS(A,Ad,A), seasonal period 12, needs n >= 24: two full years, so every calendar month's
 *   effect is seen twice and is not just one month's noise (statsmodels' heuristic initialisation
 *   asks for two full cycles too). With 23 months it is not tried; the demo books have 24.
 * - ETS(A,Ad,N), damped trend without seasonality, needs n >= 8 (5 estimated values: alpha, beta,
 *   phi, initial level and trend, and a few degrees of freedom left for the error variance).
 * - ETS(A,N,N), simple exponential smoothing, needs n >= 3.
 * - Below 3 months there is no forecast.
 * Among the models the length allows, the lowest AIC wins: AIC = -2 logL + 2k, with k the
 * smoothing parameters, the initial states and the error variance (HKOS 2008, section 7.1).
 * Not AICc: its small-sample term 2k(k+1)/(n-k-1) is 137 for the 18-value seasonal model on 24
 * months, which keeps seasonality out until about four years of history even when it cuts the
 * error variance a hundredfold, as on the demo books (SSE 5.9e10 against 6.1e12 for a flat level;
 * the flat model would then forecast no Nov/Dec peak). AIC still charges the seasonal model 24
 * more than the damped trend, so a series without a repeating pattern keeps the simpler model;
 * the intervals use SSE / (n - k), which widens them for a model with few degrees of freedom.
 */
export const SEASON_LENGTH = 12;
export const SEASONAL_MIN_MONTHS = 2 * SEASON_LENGTH;
export const DAMPED_TREND_MIN_MONTHS = 8;
export const LEVEL_MIN_MONTHS = 3;

const SEASONAL: EtsSpec = { trend: 'DAMPED', seasonal: 'ADDITIVE', period: SEASON_LENGTH };
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

/** The models a series of n complete months may use, richest first. */
export function candidateSpecs(n: number): EtsSpec[] {
  return [
    ...(n >= SEASONAL_MIN_MONTHS ? [SEASONAL] : []),
    ...(n >= DAMPED_TREND_MIN_MONTHS ? [DAMPED] : []),
    ...(n >= LEVEL_MIN_MONTHS ? [LEVEL] : []),
  ];
}

export interface ChosenModel {
  fit: EtsFit;
  aic: number;
  /** What was fitted, what was compared and why, in words. */
  method: string;
}

/** Fits every model the length allows and keeps the lowest AIC; null below 3 observations. */
export function chooseModel(y: readonly number[]): ChosenModel | null {
  const specs = candidateSpecs(y.length);
  if (specs.length === 0) return null;
  const fits = specs.map((spec) => {
    const fit = fitEts(spec, y);
    return { fit, aic: aic(fit) };
  });
  const best = fits.reduce((a, b) => (b.aic < a.aic ? b : a));
  return { ...best, method: describe(best.fit, fits, y.length) };
}

const WORDS: Record<string, string> = {
  'ETS(A,Ad,A)':
    'Holt-Winters exponential smoothing with a damped trend and additive monthly seasonality, ETS(A,Ad,A)',
  'ETS(A,Ad,N)': 'exponential smoothing with a damped trend and no seasonality, ETS(A,Ad,N)',
  'ETS(A,N,N)': 'simple exponential smoothing (a level, no trend or seasonality), ETS(A,N,N)',
};

function describe(chosen: EtsFit, fits: Array<{ fit: EtsFit; aic: number }>, n: number): string {
  const name = etsName(chosen.spec);
  const parts = [`${WORDS[name] ?? name}, fitted by least squares on ${n} complete months.`];
  if (fits.length > 1) {
    parts.push(
      `Chosen by AIC among ${fits
        .map((f) => `${etsName(f.fit.spec)} ${f.aic.toFixed(1)}`)
        .join(', ')}.`,
    );
  }
  if (n < SEASONAL_MIN_MONTHS) {
    parts.push(
      `No seasonal model: ${n} complete months are fewer than the ${SEASONAL_MIN_MONTHS} (two full years) a seasonal fit needs.`,
    );
  }
  return parts.join(' ');
}
