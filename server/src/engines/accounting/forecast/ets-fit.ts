import {
  etsFilter,
  etsLogLikelihood,
  normalizedParameters,
  type EtsFilterResult,
  type EtsInitialState,
  type EtsParameters,
  type EtsSpec,
} from './ets.js';
import { leastSquares } from './least-squares.js';
import { nelderMead } from './nelder-mead.js';

/**
 * Fitting an additive-error ETS model by maximum likelihood, which for additive errors is least
 * squares: the concentrated log-likelihood is -n/2 (log(2 pi SSE/n) + 1), so the fit minimises SSE.
 *
 * The initial states are not searched for: for fixed smoothing parameters the model is linear in
 * them (x_t = (F - g w') x_{t-1} + g y_t), so every residual is an affine function of the initial
 * states and the best ones are a linear regression (HKOS 2008, section 5.2). Only alpha, beta,
 * gamma and phi are searched (Nelder-Mead on a logistic transform of the bounds). The seasonal
 * initial states are constrained to sum to zero, which costs nothing: adding a constant to every
 * season and removing it from the level gives the same forecasts (statsmodels instead fixes one
 * season at 0; the two are the same model).
 *
 * Bounds (statsmodels' ETSModel defaults, the "traditional" ones): 1e-4 <= alpha <= 1 - 1e-4,
 * beta = beta* alpha and gamma = gamma* (1 - alpha) with beta*, gamma* in [1e-4, 1 - 1e-4] (so
 * beta < alpha and gamma < 1 - alpha), 0.8 <= phi <= 0.98.
 */

const LOWER = 1e-4;
const UPPER = 1 - 1e-4;
export const PHI_BOUNDS = { lower: 0.8, upper: 0.98 } as const;

export interface EtsFit extends EtsFilterResult {
  spec: EtsSpec;
  parameters: EtsParameters;
  initial: EtsInitialState;
  /** Observations fitted. */
  n: number;
  /** The innovations' variance, SSE / n (statsmodels' `mse`, used for its intervals). */
  sigma2: number;
  logLikelihood: number;
}

function logistic(u: number): number {
  return 1 / (1 + Math.exp(-u));
}

function within(lower: number, upper: number, u: number): number {
  return lower + (upper - lower) * logistic(u);
}

function parametersOf(spec: EtsSpec, u: readonly number[]): EtsParameters {
  // u holds, in order, the free coordinates of alpha, then beta*, gamma*, phi when the spec has them.
  const free = [...u];
  const next = () => free.shift() as number;
  const alpha = within(LOWER, UPPER, next());
  const beta = spec.trend === 'NONE' ? 0 : alpha * within(LOWER, UPPER, next());
  const gamma = spec.seasonal === 'NONE' ? 0 : (1 - alpha) * within(LOWER, UPPER, next());
  const phi = spec.trend === 'DAMPED' ? within(PHI_BOUNDS.lower, PHI_BOUNDS.upper, next()) : 1;
  return { alpha, beta, gamma, phi };
}

/** Directions of the initial state the regression chooses among (seasons summing to zero). */
function initialStateBasis(spec: EtsSpec): EtsInitialState[] {
  const m = spec.seasonal === 'NONE' ? 0 : spec.period;
  const zero = (): number[] => new Array<number>(m).fill(0);
  const basis: EtsInitialState[] = [{ level: 1, trend: 0, seasonal: zero() }];
  if (spec.trend !== 'NONE') basis.push({ level: 0, trend: 1, seasonal: zero() });
  for (let k = 0; k < m - 1; k++) {
    const seasonal = zero();
    seasonal[k] = 1;
    seasonal[m - 1] = -1;
    basis.push({ level: 0, trend: 0, seasonal });
  }
  return basis;
}

/** The number of initial states the regression estimates for a spec. */
export function initialStateCount(spec: EtsSpec): number {
  return initialStateBasis(spec).length;
}

/**
 * The initial states that minimise SSE for the given smoothing parameters: the residuals from a
 * zero start, plus the residual each basis direction adds (a run over zeros from that state),
 * regressed.
 */
export function bestInitialState(
  spec: EtsSpec,
  parameters: EtsParameters,
  y: readonly number[],
): EtsInitialState {
  const basis = initialStateBasis(spec);
  const m = spec.seasonal === 'NONE' ? 0 : spec.period;
  const zeroState: EtsInitialState = { level: 0, trend: 0, seasonal: new Array<number>(m).fill(0) };
  const fromZero = etsFilter(spec, parameters, zeroState, y).residuals;
  const zeros = new Array<number>(y.length).fill(0);
  const effects = basis.map((u) => etsFilter(spec, parameters, u, zeros).residuals);
  // residual_t = fromZero_t + sum_k theta_k effect_{k,t}; least squares: effects theta ~ -fromZero
  const rows = y.map((_, t) => effects.map((effect) => effect[t] as number));
  const theta = leastSquares(
    rows,
    fromZero.map((r) => -r),
  );
  const state: EtsInitialState = { level: 0, trend: 0, seasonal: new Array<number>(m).fill(0) };
  basis.forEach((u, k) => {
    const w = theta[k] as number;
    state.level += w * u.level;
    state.trend += w * u.trend;
    u.seasonal.forEach((s, i) => {
      state.seasonal[i] = (state.seasonal[i] as number) + w * s;
    });
  });
  return state;
}

/** Filters with given parameters and initial states and reports the fit's statistics. */
export function etsFitWith(
  spec: EtsSpec,
  parameters: EtsParameters,
  initial: EtsInitialState,
  y: readonly number[],
): EtsFit {
  const normalized = normalizedParameters(spec, parameters);
  const result = etsFilter(spec, normalized, initial, y);
  const n = y.length;
  return {
    ...result,
    spec,
    parameters: normalized,
    initial,
    n,
    sigma2: result.sse / n,
    logLikelihood: etsLogLikelihood(result.sse, n),
  };
}

/**
 * Fits a spec to y: the smoothing parameters minimising SSE (initial states by regression for
 * each candidate), from a few starting points so a local minimum at a bound does not trap it.
 */
export function fitEts(spec: EtsSpec, y: readonly number[]): EtsFit {
  const needed = initialStateCount(spec) + 1;
  if (y.length < needed) {
    throw new RangeError(`${spec.trend}/${spec.seasonal} needs at least ${needed} observations`);
  }
  const dimensions =
    1 +
    (spec.trend === 'NONE' ? 0 : 1) +
    (spec.seasonal === 'NONE' ? 0 : 1) +
    (spec.trend === 'DAMPED' ? 1 : 0);
  const sse = (u: number[]): number => {
    const parameters = parametersOf(spec, u);
    const initial = bestInitialState(spec, parameters, y);
    return etsFilter(spec, parameters, initial, y).sse;
  };
  // Starts: alpha low/middle/high (logit -2, 0, 2), the other parameters in the middle.
  let best = { point: new Array<number>(dimensions).fill(0), value: Infinity };
  for (const first of [-2, 0, 2]) {
    const start = new Array<number>(dimensions).fill(-1);
    start[0] = first;
    let result = nelderMead(sse, start, { step: 1 });
    // A restart from the optimum guards against a collapsed simplex.
    result = nelderMead(sse, result.point, { step: 0.25 });
    if (result.value < best.value) best = result;
  }
  const parameters = parametersOf(spec, best.point);
  return etsFitWith(spec, parameters, bestInitialState(spec, parameters, y), y);
}
