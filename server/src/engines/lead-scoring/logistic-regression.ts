/**
 * Binary logistic regression, pure and deterministic: features are standardized with the
 * training set's mean and standard deviation, then weights are fit by plain batch gradient
 * descent with an L2 penalty (the intercept is not penalized). Same data in, same model out;
 * no randomness, so scores are reproducible and testable to the digit.
 */

export interface TrainingOptions {
  /** Gradient descent steps over the whole training set. */
  iterations?: number;
  learningRate?: number;
  /** L2 penalty on the weights (not the intercept); keeps correlated features stable. */
  l2?: number;
}

export interface LogisticModel {
  /** Per feature, on standardized inputs: the change in log-odds per standard deviation. */
  weights: number[];
  intercept: number;
  means: number[];
  /** Standard deviations; a constant feature gets 1 so it standardizes to 0, never NaN. */
  scales: number[];
}

export function trainLogisticRegression(
  rows: ReadonlyArray<readonly number[]>,
  labels: ReadonlyArray<0 | 1>,
  options: TrainingOptions = {},
): LogisticModel {
  const { iterations = 2000, learningRate = 0.5, l2 = 0.01 } = options;
  if (rows.length === 0 || rows.length !== labels.length) {
    throw new Error('training needs as many labels as rows, and at least one row');
  }
  const width = rows[0]?.length ?? 0;
  const means = Array.from({ length: width }, (_, j) => mean(rows.map((r) => r[j] ?? 0)));
  const scales = Array.from({ length: width }, (_, j) => {
    const sd = Math.sqrt(mean(rows.map((r) => ((r[j] ?? 0) - (means[j] ?? 0)) ** 2)));
    return sd > 1e-12 ? sd : 1;
  });
  const z = rows.map((r) => standardize(r, means, scales));
  const weights = new Array<number>(width).fill(0);
  let intercept = 0;
  const n = rows.length;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(width).fill(0);
    let interceptGradient = 0;
    for (let i = 0; i < n; i++) {
      const x = z[i] ?? [];
      const error = sigmoid(intercept + dot(weights, x)) - (labels[i] ?? 0);
      interceptGradient += error;
      for (let j = 0; j < width; j++) gradient[j] = (gradient[j] ?? 0) + error * (x[j] ?? 0);
    }
    for (let j = 0; j < width; j++) {
      const w = weights[j] ?? 0;
      weights[j] = w - learningRate * ((gradient[j] ?? 0) / n + l2 * w);
    }
    intercept -= (learningRate * interceptGradient) / n;
  }
  return { weights, intercept, means, scales };
}

/** The standardized feature values (z-scores) of one row. */
export function standardize(
  row: readonly number[],
  means: readonly number[],
  scales: readonly number[],
): number[] {
  return row.map((v, j) => (v - (means[j] ?? 0)) / (scales[j] ?? 1));
}

/** Each feature's contribution to the log-odds (weight × z), and the probability they add up to. */
export function explain(
  model: LogisticModel,
  row: readonly number[],
): { probability: number; contributions: number[] } {
  const z = standardize(row, model.means, model.scales);
  const contributions = z.map((v, j) => (model.weights[j] ?? 0) * v);
  const logit = model.intercept + contributions.reduce((a, b) => a + b, 0);
  return { probability: sigmoid(logit), contributions };
}

export function predict(model: LogisticModel, row: readonly number[]): number {
  return explain(model, row).probability;
}

/**
 * Area under the ROC curve: the chance a random positive scores above a random negative (ties
 * count half). Null when one class is missing, since the question then has no answer.
 */
export function areaUnderRoc(
  probabilities: readonly number[],
  labels: ReadonlyArray<0 | 1>,
): number | null {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 1) continue;
    for (let k = 0; k < labels.length; k++) {
      if (labels[k] !== 0) continue;
      pairs++;
      const p = probabilities[i] ?? 0;
      const q = probabilities[k] ?? 0;
      wins += p > q ? 1 : p === q ? 0.5 : 0;
    }
  }
  return pairs === 0 ? null : wins / pairs;
}

/** Share of rows whose probability is on the same side of `threshold` as its label. */
export function accuracy(
  probabilities: readonly number[],
  labels: ReadonlyArray<0 | 1>,
  threshold = 0.5,
): number {
  if (labels.length === 0) return 0;
  const right = labels.filter((y, i) => ((probabilities[i] ?? 0) >= threshold ? 1 : 0) === y);
  return right.length / labels.length;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] ?? 0) * (b[j] ?? 0);
  return sum;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
