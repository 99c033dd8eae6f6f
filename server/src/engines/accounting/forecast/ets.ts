/**
 * Exponential smoothing state-space models with additive errors (the "class 1" ETS models of
 * Hyndman, Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing", 2008, ch. 2 and 6;
 * "Forecasting: Principles and Practice", 3rd ed., sections 8.5-8.7): ETS(A,N,N), ETS(A,A,N),
 * ETS(A,Ad,N), ETS(A,N,A), ETS(A,A,A) and ETS(A,Ad,A). Pure numbers, no cents: the callers turn
 * money into these series and round estimates back to cents at their boundary.
 *
 * Recursions (innovations form, e_t the one-step error):
 *   yhat_t = l_{t-1} + phi b_{t-1} + s_{t-m}
 *   e_t    = y_t - yhat_t
 *   l_t    = l_{t-1} + phi b_{t-1} + alpha e_t
 *   b_t    = phi b_{t-1} + beta e_t
 *   s_t    = s_{t-m} + gamma e_t
 * Without a trend b is 0 (beta = 0, phi = 1); without seasonality s is 0 (gamma = 0); an undamped
 * trend has phi = 1. These are statsmodels' ETSModel conventions too (beta and gamma as above, not
 * Holt-Winters' beta* and gamma*), which the reference fixtures check to 1e-6.
 */

export type TrendKind = 'NONE' | 'ADDITIVE' | 'DAMPED';
export type SeasonalKind = 'NONE' | 'ADDITIVE';

export interface EtsSpec {
  trend: TrendKind;
  seasonal: SeasonalKind;
  /** Seasonal period (12 for months in a year); ignored without seasonality. */
  period: number;
}

/** Smoothing parameters; a component the model lacks has beta/gamma 0 and phi 1. */
export interface EtsParameters {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

/** The states before the first observation. */
export interface EtsInitialState {
  level: number;
  trend: number;
  /**
   * One value per season in time order: seasonal[i] is the effect used for observation i of the
   * first cycle (s_{i-m}). Empty without seasonality.
   */
  seasonal: number[];
}

export interface EtsFilterResult {
  /** One-step-ahead fitted values yhat_t. */
  fitted: number[];
  /** y_t - yhat_t. */
  residuals: number[];
  /** Sum of squared residuals. */
  sse: number;
  /** The states after the last observation, seasonal in time order for the next cycle. */
  final: EtsInitialState;
}

/** The ETS(error, trend, season) name, e.g. ETS(A,Ad,A). */
export function etsName(spec: EtsSpec): string {
  const trend = spec.trend === 'NONE' ? 'N' : spec.trend === 'ADDITIVE' ? 'A' : 'Ad';
  return `ETS(A,${trend},${spec.seasonal === 'NONE' ? 'N' : 'A'})`;
}

/** The parameters a spec actually uses, the others pinned (beta 0, gamma 0, phi 1). */
export function normalizedParameters(spec: EtsSpec, p: EtsParameters): EtsParameters {
  return {
    alpha: p.alpha,
    beta: spec.trend === 'NONE' ? 0 : p.beta,
    gamma: spec.seasonal === 'NONE' ? 0 : p.gamma,
    phi: spec.trend === 'DAMPED' ? p.phi : 1,
  };
}

/** Runs the recursions over y from the initial states. */
export function etsFilter(
  spec: EtsSpec,
  parameters: EtsParameters,
  initial: EtsInitialState,
  y: readonly number[],
): EtsFilterResult {
  const { alpha, beta, gamma, phi } = normalizedParameters(spec, parameters);
  const m = spec.seasonal === 'NONE' ? 0 : spec.period;
  if (m > 0 && initial.seasonal.length !== m) {
    throw new RangeError(`expected ${m} initial seasonal values, got ${initial.seasonal.length}`);
  }
  // A ring of the last m seasonal states: season[t % m] holds s_{t-m} when y_t arrives.
  const season = m > 0 ? [...initial.seasonal] : [];
  let level = initial.level;
  let trend = spec.trend === 'NONE' ? 0 : initial.trend;
  const fitted: number[] = [];
  const residuals: number[] = [];
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const s = m > 0 ? (season[t % m] as number) : 0;
    const damped = phi * trend;
    const yhat = level + damped + s;
    const e = (y[t] as number) - yhat;
    fitted.push(yhat);
    residuals.push(e);
    sse += e * e;
    level = level + damped + alpha * e;
    trend = damped + beta * e;
    if (m > 0) season[t % m] = s + gamma * e;
  }
  const shift = m > 0 ? y.length % m : 0;
  return {
    fitted,
    residuals,
    sse,
    final: {
      level,
      trend,
      seasonal: m > 0 ? [...season.slice(shift), ...season.slice(0, shift)] : [],
    },
  };
}

/**
 * The concentrated log-likelihood of an additive-error model (sigma^2 = SSE / n), as statsmodels'
 * ETSModel.loglike computes it: -n/2 (log(2 pi SSE/n) + 1).
 */
export function etsLogLikelihood(sse: number, n: number): number {
  return (-n / 2) * (Math.log((2 * Math.PI * sse) / n) + 1);
}

export interface EtsForecastStep {
  /** 1-based horizon. */
  h: number;
  mean: number;
  /** Variance of the h-step forecast error. */
  variance: number;
  /**
   * Variance of the error of the SUM of the forecasts for steps 1..h (a running total such as
   * the cash the forecasts add up to).
   */
  cumulativeVariance: number;
}

/**
 * Point forecasts and their error variances from the states after the last observation.
 *
 * The h-step error is e_{n+h} + sum_{j=1}^{h-1} c_j e_{n+h-j} with
 * c_j = alpha + beta (phi + ... + phi^j) + gamma [j is a multiple of m] (HKOS 2008, ch. 6, class 1),
 * so var_h = sigma^2 (1 + sum_{j<h} c_j^2); this sum equals the closed forms statsmodels uses
 * (FPP3 table 8.8). The sum of steps 1..H has error sum_k e_{n+k} (1 + C_{H-k}) with
 * C_i = c_1 + ... + c_i, hence its variance sigma^2 sum_{k=1}^{H} (1 + C_{H-k})^2.
 */
export function etsForecast(
  spec: EtsSpec,
  parameters: EtsParameters,
  final: EtsInitialState,
  sigma2: number,
  horizon: number,
): EtsForecastStep[] {
  const { alpha, beta, gamma, phi } = normalizedParameters(spec, parameters);
  const m = spec.seasonal === 'NONE' ? 0 : spec.period;
  const trend = spec.trend === 'NONE' ? 0 : final.trend;
  const c: number[] = []; // c[j] for j = 1..horizon-1 (c[0] unused)
  const cumulativeC: number[] = [0]; // C_0 = 0
  let phiSum = 0; // phi + ... + phi^j
  let phiPower = 1;
  for (let j = 1; j <= horizon; j++) {
    phiPower *= phi;
    phiSum += phiPower;
    c[j] = alpha + beta * phiSum + (m > 0 && j % m === 0 ? gamma : 0);
    cumulativeC[j] = (cumulativeC[j - 1] as number) + (c[j] as number);
  }
  const steps: EtsForecastStep[] = [];
  let dampedSum = 0;
  let power = 1;
  let squares = 0;
  for (let h = 1; h <= horizon; h++) {
    power *= phi;
    dampedSum += power;
    if (h > 1) squares += (c[h - 1] as number) ** 2;
    let cumulative = 0;
    for (let k = 1; k <= h; k++) cumulative += (1 + (cumulativeC[h - k] as number)) ** 2;
    steps.push({
      h,
      mean: final.level + dampedSum * trend + (m > 0 ? (final.seasonal[(h - 1) % m] as number) : 0),
      variance: sigma2 * (1 + squares),
      cumulativeVariance: sigma2 * cumulative,
    });
  }
  return steps;
}

/** Two-sided standard normal quantiles: the 80% and 95% intervals' z (scipy's norm.ppf). */
export const Z_80 = 1.2815515655446004;
export const Z_95 = 1.959963984540054;
