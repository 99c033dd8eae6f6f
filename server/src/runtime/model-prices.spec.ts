import { describe, expect, it } from 'vitest';
import { costOf, formatMicroUsd, MODEL_PRICES } from './model-prices.js';

const NONE = {
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
};

describe('costOf', () => {
  it('prices Sonnet 5.5 per category: $2 in, $10 out, $2.50 cache write, $0.10 cache read', () => {
    const cost = costOf('claude-sonnet-5-5', {
      inputTokens: 1_000,
      outputTokens: 500,
      cacheCreationInputTokens: 2_000,
      cacheReadInputTokens: 10_000,
    });

    // 2000 + 5000 + 5000 + 1000 micro-dollars
    expect(cost).toEqual({ costUsd: '0.013000', microUsd: 13_000n, priced: true });
  });

  it('prices Haiku 5.5 and rounds the total half up to a whole micro-dollar, once', () => {
    // 1200 x 0.10 + 40 x 0.50 + 900 x 0.125 = 120 + 20 + 112.5 = 252.5 micro-dollars
    const cost = costOf('claude-haiku-5-5', {
      ...NONE,
      inputTokens: 1_200,
      outputTokens: 40,
      cacheCreationInputTokens: 900,
    });

    expect(cost.costUsd).toBe('0.000253');
  });

  it('has no float drift: hundreds of millions of tokens are exact to the micro-dollar', () => {
    const cost = costOf('claude-haiku-5-5', {
      inputTokens: 333_333_333,
      outputTokens: 111_111_111,
      cacheCreationInputTokens: 7,
      cacheReadInputTokens: 3,
    });

    // 33_333_333.3 + 55_555_555.5 + 0.875 + 0.03 = 88_888_889.705 -> 88_888_890
    expect(cost.costUsd).toBe('88.888890');
  });

  it('costs an unknown model 0 and says it is unpriced', () => {
    expect(costOf('claude-unknown-9', { ...NONE, inputTokens: 1_000_000 })).toEqual({
      costUsd: '0.000000',
      microUsd: 0n,
      priced: false,
    });
  });

  it('lists the models the demo agents use', () => {
    expect(Object.keys(MODEL_PRICES)).toEqual(
      expect.arrayContaining(['claude-sonnet-5-5', 'claude-haiku-5-5']),
    );
  });
});

describe('formatMicroUsd', () => {
  it.each([
    [0n, '0.000000'],
    [1n, '0.000001'],
    [1_234_567n, '1.234567'],
  ])('formats %s as %s', (micro, text) => {
    expect(formatMicroUsd(micro)).toBe(text);
  });
});
