import { describe, expect, it } from 'vitest';
import {
  accuracy,
  areaUnderRoc,
  explain,
  predict,
  sigmoid,
  standardize,
  trainLogisticRegression,
} from './logistic-regression.js';

// One feature separates the classes (x < 3 lost, x > 3 won); the other is noise-free constant.
const ROWS = [
  [0, 5],
  [1, 5],
  [2, 5],
  [4, 5],
  [5, 5],
  [6, 5],
];
const LABELS = [0, 0, 0, 1, 1, 1] as const;

describe('trainLogisticRegression', () => {
  it('separates a tiny separable set: every row on the right side of 0.5', () => {
    const model = trainLogisticRegression(ROWS, [...LABELS]);

    const p = ROWS.map((r) => predict(model, r));

    expect(p.map((v) => (v >= 0.5 ? 1 : 0))).toEqual([...LABELS]);
    expect(accuracy(p, [...LABELS])).toBe(1);
    expect(areaUnderRoc(p, [...LABELS])).toBe(1);
    expect(model.weights[0]).toBeGreaterThan(1);
  });

  it('gives a constant feature no weight and a scale of 1 instead of dividing by zero', () => {
    const model = trainLogisticRegression(ROWS, [...LABELS]);

    expect(model.scales[1]).toBe(1);
    expect(model.weights[1]).toBe(0);
    expect(standardize([3, 5], model.means, model.scales)).toEqual([0, 0]);
  });

  it('is deterministic: the same data gives the same weights to the last digit', () => {
    expect(trainLogisticRegression(ROWS, [...LABELS])).toEqual(
      trainLogisticRegression(ROWS, [...LABELS]),
    );
  });

  it('shrinks weights as the L2 penalty grows', () => {
    const loose = trainLogisticRegression(ROWS, [...LABELS], { l2: 0.001 });
    const tight = trainLogisticRegression(ROWS, [...LABELS], { l2: 1 });

    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });

  it('explains a prediction: intercept plus contributions is the logit', () => {
    const model = trainLogisticRegression(ROWS, [...LABELS]);

    const { probability, contributions } = explain(model, [5, 5]);

    const logit = model.intercept + contributions.reduce((a, b) => a + b, 0);
    expect(probability).toBeCloseTo(sigmoid(logit), 12);
    expect(contributions[1]).toBe(0);
  });

  it('refuses rows without labels', () => {
    expect(() => trainLogisticRegression([[1]], [])).toThrow(/as many labels as rows/);
  });
});

describe('areaUnderRoc', () => {
  it('counts ties as half and answers null without both classes', () => {
    expect(areaUnderRoc([0.2, 0.8, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.875);
    expect(areaUnderRoc([0.1, 0.9], [1, 1])).toBeNull();
  });

  it('is 0 for a perfectly wrong ranking', () => {
    expect(areaUnderRoc([0.9, 0.1], [0, 1])).toBe(0);
  });
});
