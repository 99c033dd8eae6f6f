/**
 * When an outbound webhook is tried again after a failed attempt: the schedule Standard Webhooks
 * recommends and svix uses (https://docs.svix.com/retries): at once, then 5 seconds, 5 minutes,
 * 30 minutes, 2 hours, 5 hours, 10 hours and 10 hours, 8 attempts over about 27.6 hours. Each
 * wait is spread by ±10% so receivers that failed together are not all retried in the same
 * second.
 */

/** The wait before each attempt, in milliseconds; index 0 is the first attempt (at once). */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** Attempts in one round of a delivery: after this many failures it is FAILED. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length;

/** How far a wait may move either way (0.1: ±10%). */
export const WEBHOOK_RETRY_JITTER = 0.1;

/**
 * The wait before the next attempt, given how many attempts have failed so far (at least 1), or
 * null when that was the last one. `random` returns a number in [0, 1) (Math.random by default;
 * tests pass a fixed one): 0 shortens the wait by 10%, 0.5 keeps it, values near 1 lengthen it by
 * almost 10%.
 */
export function nextRetryDelayMs(
  failedAttempts: number,
  random: () => number = Math.random,
): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a whole number from 1, got ${failedAttempts}`);
  }
  const base = WEBHOOK_RETRY_DELAYS_MS[failedAttempts];
  if (base === undefined) return null;
  const spread = (Math.min(Math.max(random(), 0), 1) * 2 - 1) * WEBHOOK_RETRY_JITTER;
  return Math.round(base * (1 + spread));
}
