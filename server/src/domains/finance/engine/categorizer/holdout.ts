import { TransactionClassifier, type LabeledExample, type TrainingOptions } from './classifier.js';
import { mulberry32, shuffledIndices } from './random.js';

export interface HoldoutOptions {
  /** Share of the examples held out for testing, 0 < testFraction < 1. */
  testFraction: number;
  seed: number;
}

/** A seeded shuffle cut into a test set (round(n * testFraction)) and the training rest. */
export function holdoutSplit<T>(
  examples: readonly T[],
  { testFraction, seed }: HoldoutOptions,
): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new RangeError(`testFraction must be between 0 and 1, got ${testFraction}`);
  }
  const order = shuffledIndices(examples.length, mulberry32(seed));
  const testCount = Math.round(examples.length * testFraction);
  const pickAll = (indices: number[]) => indices.map((i) => examples[i] as T);
  return { test: pickAll(order.slice(0, testCount)), train: pickAll(order.slice(testCount)) };
}

export interface HoldoutError {
  description: string;
  expected: string;
  predicted: string;
  confidence: number;
}

export interface HoldoutResult {
  accuracy: number;
  trainCount: number;
  testCount: number;
  errors: HoldoutError[];
  /** Every test example's outcome, in test order: what the review threshold is judged on. */
  outcomes: Array<{ correct: boolean; confidence: number }>;
}

/** Trains on the seeded training part and measures accuracy on the held-out part. */
export function holdoutAccuracy(
  examples: readonly LabeledExample[],
  options: HoldoutOptions & { training?: TrainingOptions },
): HoldoutResult {
  const { train, test } = holdoutSplit(examples, options);
  const classifier = TransactionClassifier.train(train, options.training);
  const errors: HoldoutError[] = [];
  const outcomes: HoldoutResult['outcomes'] = [];
  for (const example of test) {
    const prediction = classifier.predict(example.description, example.amountCents);
    const correct = prediction.label === example.label;
    outcomes.push({ correct, confidence: prediction.confidence });
    if (!correct) {
      errors.push({
        description: example.description,
        expected: example.label,
        predicted: prediction.label,
        confidence: prediction.confidence,
      });
    }
  }
  return {
    accuracy: test.length === 0 ? 0 : (test.length - errors.length) / test.length,
    trainCount: train.length,
    testCount: test.length,
    errors,
    outcomes,
  };
}
