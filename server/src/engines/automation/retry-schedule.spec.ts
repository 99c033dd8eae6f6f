import { describe, expect, it } from 'vitest';
import {
  nextRetryDelayMs,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MS,
} from './retry-schedule.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const middle = () => 0.5;

describe('nextRetryDelayMs', () => {
  it('follows the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after each failure', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((failed) => nextRetryDelayMs(failed, middle));
    expect(waits).toEqual([
      5 * SECOND,
      5 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      5 * HOUR,
      10 * HOUR,
      10 * HOUR,
    ]);
  });

  it('gives up after the eighth attempt, about 27.6 hours after the first', () => {
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(8);
    expect(nextRetryDelayMs(8, middle)).toBeNull();
    expect(nextRetryDelayMs(9, middle)).toBeNull();
    const total = WEBHOOK_RETRY_DELAYS_MS.reduce((sum, wait) => sum + wait, 0);
    expect(total).toBe(27 * HOUR + 35 * MINUTE + 5 * SECOND);
  });

  it('spreads each wait by at most 10% either way', () => {
    expect(nextRetryDelayMs(1, () => 0)).toBe(4_500);
    expect(nextRetryDelayMs(1, () => 0.999_999)).toBe(5_500);
    expect(nextRetryDelayMs(3, () => 0.25)).toBe(30 * MINUTE * 0.95);
    for (let i = 0; i < 200; i += 1) {
      const wait = nextRetryDelayMs(2) ?? 0;
      expect(wait).toBeGreaterThanOrEqual(4.5 * MINUTE);
      expect(wait).toBeLessThanOrEqual(5.5 * MINUTE);
    }
  });

  it('keeps a broken random source inside the band', () => {
    expect(nextRetryDelayMs(1, () => -3)).toBe(4_500);
    expect(nextRetryDelayMs(1, () => 7)).toBe(5_500);
  });

  it('refuses a count that is not a failed attempt', () => {
    expect(() => nextRetryDelayMs(0)).toThrow(RangeError);
    expect(() => nextRetryDelayMs(1.5)).toThrow(RangeError);
  });
});
