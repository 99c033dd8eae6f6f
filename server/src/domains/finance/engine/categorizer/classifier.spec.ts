import { describe, expect, it } from 'vitest';
import { DEMO_MERCHANTS, labeledDemoTransactions } from '@zactonics/db';
import {
  REVIEW_THRESHOLD,
  TransactionClassifier,
  holdoutAccuracy,
  merchantKey,
  type LabeledExample,
} from './index.js';
import { mulberry32 } from './random.js';

/** The demo books' seeded labeled transactions, as the classifier's examples. */
function demoExamples(count: number, seed: number): LabeledExample[] {
  return labeledDemoTransactions(count, seed).map((t) => ({
    description: t.description,
    amountCents: t.amountCents,
    label: t.accountCode,
  }));
}

describe('TransactionClassifier on the demo books', () => {
  it('reaches at least 95% held-out accuracy on 1,500 seeded transactions with a 20% test split', () => {
    for (const seed of [2026, 7, 42]) {
      const result = holdoutAccuracy(demoExamples(1500, seed), { testFraction: 0.2, seed });
      console.info(
        `categorizer held-out accuracy (labeledDemoTransactions(1500, ${seed}), 20% test): ` +
          `${(result.accuracy * 100).toFixed(2)}% of ${result.testCount} ` +
          `(trained on ${result.trainCount}; ${result.errors.length} wrong)`,
      );
      expect(result.trainCount).toBe(1200);
      expect(result.testCount).toBe(300);
      expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('sends most of its mistakes, and few of its right answers, to the review queue', () => {
    let errors = 0;
    let caught = 0;
    let queued = 0;
    let tested = 0;
    for (let seed = 1; seed <= 8; seed += 1) {
      const result = holdoutAccuracy(demoExamples(1500, seed), {
        testFraction: 0.2,
        seed: seed * 31,
      });
      for (const { correct, confidence } of result.outcomes) {
        tested += 1;
        if (confidence < REVIEW_THRESHOLD) queued += 1;
        if (!correct) errors += 1;
        if (!correct && confidence < REVIEW_THRESHOLD) caught += 1;
      }
    }
    console.info(
      `categorizer review threshold ${REVIEW_THRESHOLD}: ${tested} held-out transactions, ` +
        `accuracy ${(((tested - errors) / tested) * 100).toFixed(2)}%, ` +
        `${((queued / tested) * 100).toFixed(1)}% queued, ${caught} of ${errors} errors caught`,
    );
    expect(caught / errors).toBeGreaterThanOrEqual(0.9);
    expect(queued / tested).toBeLessThan(0.2);
  });

  it('is unsure of a merchant it never saw: each demo merchant left out of training lands below the threshold', () => {
    const all = demoExamples(1000, 4);
    for (const left of DEMO_MERCHANTS) {
      const random = mulberry32(9);
      const keys = new Set(Array.from({ length: 100 }, () => merchantKey(left.describe(random))));
      const classifier = TransactionClassifier.train(
        all.filter((e) => !keys.has(merchantKey(e.description))),
      );
      for (let i = 0; i < 5; i += 1) {
        const [min, max] = left.amountCents;
        const amount = -(min + Math.floor(random() * (max - min + 1)));
        const { confidence } = classifier.predict(left.describe(random), amount);
        expect(confidence, left.merchant).toBeLessThan(REVIEW_THRESHOLD);
      }
    }
  });

  it('is unsure of merchants outside the demo books, but reads a TST* coffee shop as a meal', () => {
    const classifier = TransactionClassifier.train(demoExamples(2000, 4));
    for (const [description, cents] of [
      ['HEB #0412 AUSTIN TX', -6432],
      ['POS DEBIT 0415 WALGREENS #1234 AUSTIN TX', -1299],
      ['ZELLE TO JOHN SMITH', -20000],
      ['CHECKCARD 0511 ACE HARDWARE 123', -2450],
      ['LYFT *RIDE', -1800],
      ['NETFLIX.COM', -1549],
    ] as const) {
      expect(classifier.predict(description, cents).confidence, description).toBeLessThan(0.5);
    }
    expect(classifier.predict('TST* EPOCH COFFEE AUSTIN TX', -650).label).toBe('6150');
  });

  it('knows a familiar merchant and doubts an ambiguous one (Amazon: supplies, 30% materials)', () => {
    const classifier = TransactionClassifier.train(demoExamples(2000, 4));
    const blueBottle = classifier.predict('SQ *BLUE BOTTLE 9911', -650);
    expect(blueBottle.label).toBe('6150');
    expect(blueBottle.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    const gusto = classifier.predict('GUSTO PAY 778812 JUNIPER LANE', -431_277);
    expect(gusto.label).toBe('6170');
    expect(gusto.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);

    const amazon = classifier.predict('AMZN Mktp US*7Q2LM91K4', -4599);
    expect(amazon.label).toBe('6120');
    expect(amazon.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(amazon.alternatives[1]?.label).toBe('5010');
  });

  it('gives a probability distribution: alternatives sorted, summing to 1, led by the label', () => {
    const classifier = TransactionClassifier.train(demoExamples(600, 3));
    const prediction = classifier.predict('CHECKCARD 1104 UPS*1Z999AA10123456784', -1834);
    expect(prediction.label).toBe('6210');
    expect(prediction.alternatives[0]).toEqual({
      label: prediction.label,
      probability: prediction.confidence,
    });
    expect(prediction.alternatives).toHaveLength(classifier.labels.length);
    const total = prediction.alternatives.reduce((sum, a) => sum + a.probability, 0);
    expect(total).toBeCloseTo(1, 10);
    for (let i = 1; i < prediction.alternatives.length; i += 1) {
      expect(prediction.alternatives[i - 1]?.probability).toBeGreaterThanOrEqual(
        prediction.alternatives[i]?.probability as number,
      );
    }
    expect(classifier.trainedOn).toBe(600);
    expect([...classifier.labels]).toEqual([...classifier.labels].sort());
  });

  it('is deterministic: the same examples train the same model and give the same predictions', () => {
    const examples = demoExamples(800, 12);
    const a = TransactionClassifier.train(examples);
    const b = TransactionClassifier.train(examples);
    for (const { description, amountCents } of demoExamples(50, 13)) {
      expect(a.predict(description, amountCents)).toEqual(b.predict(description, amountCents));
    }
    expect(holdoutAccuracy(examples, { testFraction: 0.2, seed: 5 })).toEqual(
      holdoutAccuracy(examples, { testFraction: 0.2, seed: 5 }),
    );
  });

  it('trains on 2,000 examples well under a second', () => {
    const examples = demoExamples(2000, 21);
    // CPU time, not wall time: the build machine's two cores are shared by several jobs.
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const classifier = TransactionClassifier.train(examples);
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.info(
      `categorizer trained on 2,000 examples in ${cpuMs.toFixed(0)} ms CPU (${wallMs.toFixed(0)} ms wall)`,
    );
    expect(classifier.trainedOn).toBe(2000);
    expect(cpuMs).toBeLessThan(1000);
  });

  it('refuses to train on nothing and to split without a test fraction', () => {
    expect(() => TransactionClassifier.train([])).toThrow(/needs examples/);
    expect(() => holdoutAccuracy(demoExamples(10, 1), { testFraction: 0, seed: 1 })).toThrow(
      RangeError,
    );
  });
});
