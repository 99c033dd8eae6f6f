import { transactionFeatures } from './features.js';
import { mulberry32, shuffledIndices } from './random.js';

export interface LabeledExample {
  description: string;
  amountCents: number;
  label: string;
}

export interface Prediction {
  label: string;
  /** The model's probability of `label`, 0..1. */
  confidence: number;
  /** Every label by probability, most likely first (`label` included). */
  alternatives: Array<{ label: string; probability: number }>;
}

export interface TrainingOptions {
  /** L2 penalty on the weights: larger keeps probabilities humbler. */
  l2?: number;
  /** Passes over the examples. */
  epochs?: number;
  /** Examples per Adam step. */
  batchSize?: number;
  learningRate?: number;
  /** Seeds the order examples are visited in; the same seed gives the same model. */
  seed?: number;
}

export const DEFAULT_TRAINING: Required<TrainingOptions> = {
  l2: 1e-4,
  epochs: 6,
  batchSize: 64,
  learningRate: 0.15,
  seed: 1,
};

/** One transaction as the model reads it: feature indices, each with value 1/sqrt(count). */
interface Encoded {
  indices: Int32Array;
  value: number;
}

/**
 * Multinomial logistic regression (softmax) over the binary features of `transactionFeatures`,
 * fitted by mini-batch Adam on the mean cross-entropy plus an L2 penalty, visiting the examples
 * in a seeded order: the same examples and seed always give the same model. A feature never seen in training is ignored, so a
 * transaction of an unknown merchant is judged only on its generic words and amount, and gets
 * a spread-out, low-confidence prediction.
 */
export class TransactionClassifier {
  private constructor(
    readonly labels: readonly string[],
    readonly trainedOn: number,
    private readonly vocabulary: ReadonlyMap<string, number>,
    /** labels.length rows of vocabulary.size weights. */
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
  ) {}

  static train(
    examples: readonly LabeledExample[],
    options: TrainingOptions = {},
  ): TransactionClassifier {
    if (examples.length === 0) throw new Error('TransactionClassifier.train needs examples');
    const { l2, epochs, batchSize, learningRate, seed } = { ...DEFAULT_TRAINING, ...options };

    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const labelIndex = new Map(labels.map((label, i) => [label, i]));
    const vocabulary = new Map<string, number>();
    const featureLists = examples.map((e) => transactionFeatures(e.description, e.amountCents));
    for (const list of featureLists) {
      for (const f of list) if (!vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
    }
    const encoded = featureLists.map((list) => encode(list, vocabulary));
    const targets = examples.map((e) => labelIndex.get(e.label) as number);

    const k = labels.length;
    const v = vocabulary.size;
    const weights = new Float64Array(k * v);
    const bias = new Float64Array(k);
    const optimiser = new Adam(k, v, learningRate);
    const probabilities = new Float64Array(k);
    const random = mulberry32(seed);
    const seen = new Uint8Array(v);
    const touched: number[] = [];

    for (let epoch = 0; epoch < epochs; epoch += 1) {
      const order = shuffledIndices(examples.length, random);
      for (let start = 0; start < order.length; start += batchSize) {
        const batch = order.slice(start, start + batchSize);
        const { gradW, gradB } = optimiser;
        touched.length = 0;
        for (const i of batch) {
          for (const f of (encoded[i] as Encoded).indices) {
            if (seen[f] === 0) {
              seen[f] = 1;
              touched.push(f);
            }
          }
        }
        for (const i of batch) {
          const x = encoded[i] as Encoded;
          softmaxInto(probabilities, x, weights, bias, v);
          const target = targets[i] as number;
          probabilities[target] = (probabilities[target] as number) - 1;
          for (let c = 0; c < k; c += 1) {
            const error = (probabilities[c] as number) / batch.length;
            gradB[c] = (gradB[c] as number) + error;
            const row = c * v;
            const scaled = error * x.value;
            const { indices } = x;
            for (let n = 0; n < indices.length; n += 1) {
              const j = row + (indices[n] as number);
              gradW[j] = (gradW[j] as number) + scaled;
            }
          }
        }
        optimiser.step(weights, bias, l2, touched);
        for (const f of touched) seen[f] = 0;
      }
    }
    return new TransactionClassifier(labels, examples.length, vocabulary, weights, bias);
  }

  predict(description: string, amountCents: number): Prediction {
    const x = encode(transactionFeatures(description, amountCents), this.vocabulary);
    const probabilities = new Float64Array(this.labels.length);
    softmaxInto(probabilities, x, this.weights, this.bias, this.vocabulary.size);
    const alternatives = this.labels
      .map((label, c) => ({ label, probability: probabilities[c] as number }))
      .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : 1));
    const best = alternatives[0] as { label: string; probability: number };
    return { label: best.label, confidence: best.probability, alternatives };
  }
}

function encode(features: readonly string[], vocabulary: ReadonlyMap<string, number>): Encoded {
  const indices: number[] = [];
  for (const f of features) {
    const at = vocabulary.get(f);
    if (at !== undefined) indices.push(at);
  }
  // Normalised by the transaction's whole feature count, known or not: a description made
  // mostly of never-seen words gets little evidence, not the full weight of its few known ones.
  return { indices: Int32Array.from(indices), value: 1 / Math.sqrt(Math.max(1, features.length)) };
}

function softmaxInto(
  out: Float64Array,
  x: Encoded,
  weights: Float64Array,
  bias: Float64Array,
  v: number,
): void {
  let max = -Infinity;
  for (let c = 0; c < out.length; c += 1) {
    const row = c * v;
    let dot = 0;
    const { indices } = x;
    for (let n = 0; n < indices.length; n += 1)
      dot += weights[row + (indices[n] as number)] as number;
    const z = (bias[c] as number) + dot * x.value;
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c += 1) {
    const e = Math.exp((out[c] as number) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < out.length; c += 1) out[c] = (out[c] as number) / sum;
}

/**
 * Adam (Kingma and Ba, 2015) with L2 added to the weight gradient, updating only the features a
 * batch touched (lazy Adam, as sparse text models do): a step costs the batch's features, not
 * the whole vocabulary. Gradients are cleared as they are applied.
 */
class Adam {
  readonly gradW: Float64Array;
  readonly gradB: Float64Array;
  private readonly firstW: Float64Array;
  private readonly secondW: Float64Array;
  private readonly firstB: Float64Array;
  private readonly secondB: Float64Array;
  private t = 0;
  private static readonly BETA1 = 0.9;
  private static readonly BETA2 = 0.999;
  private static readonly EPSILON = 1e-8;

  constructor(
    private readonly classes: number,
    private readonly features: number,
    private readonly learningRate: number,
  ) {
    this.gradW = new Float64Array(classes * features);
    this.gradB = new Float64Array(classes);
    this.firstW = new Float64Array(classes * features);
    this.secondW = new Float64Array(classes * features);
    this.firstB = new Float64Array(classes);
    this.secondB = new Float64Array(classes);
  }

  step(weights: Float64Array, bias: Float64Array, l2: number, touched: readonly number[]): void {
    this.t += 1;
    const rate =
      (this.learningRate * Math.sqrt(1 - Adam.BETA2 ** this.t)) / (1 - Adam.BETA1 ** this.t);
    for (let c = 0; c < this.classes; c += 1) {
      const row = c * this.features;
      for (let n = 0; n < touched.length; n += 1) {
        Adam.update(
          weights,
          this.gradW,
          this.firstW,
          this.secondW,
          row + (touched[n] as number),
          rate,
          l2,
        );
      }
      Adam.update(bias, this.gradB, this.firstB, this.secondB, c, rate, 0);
    }
  }

  private static update(
    params: Float64Array,
    grad: Float64Array,
    first: Float64Array,
    second: Float64Array,
    j: number,
    rate: number,
    l2: number,
  ): void {
    const g = (grad[j] as number) + l2 * (params[j] as number);
    grad[j] = 0;
    const m = Adam.BETA1 * (first[j] as number) + (1 - Adam.BETA1) * g;
    const s = Adam.BETA2 * (second[j] as number) + (1 - Adam.BETA2) * g * g;
    first[j] = m;
    second[j] = s;
    params[j] = (params[j] as number) - (rate * m) / (Math.sqrt(s) + Adam.EPSILON);
  }
}
