import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../errors.js';

/**
 * The one refusal every limit gives: RATE_LIMITED, HTTP 429, with `retryAfterSeconds` (at least
 * 1). `what` names what is limited, in the plural: "messages", "failed sign-ins".
 */
export function rateLimited(what: string, retryAfterSeconds: number): DomainError {
  const seconds = Math.max(1, retryAfterSeconds);
  return new DomainError(
    'RATE_LIMITED',
    `Too many ${what}; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    { retryAfterSeconds: seconds, http: { status: 429 } },
  );
}

/**
 * Takes `points` from `key`, or says how many seconds until the window lets them through (at
 * least 1). Anything but a refusal (a store's error with no insurance limiter) is thrown.
 */
export async function consumeOrWait(
  limiter: RateLimiterAbstract,
  key: string,
  points = 1,
): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}

/**
 * Takes `points` from `key` in a rate-limiter-flexible limiter (fixed windows), or throws
 * RATE_LIMITED saying when the window lets it through again.
 */
export async function consumeOrRefuse(
  limiter: RateLimiterAbstract,
  key: string,
  what: string,
  points = 1,
): Promise<void> {
  const retryAfterSeconds = await consumeOrWait(limiter, key, points);
  if (retryAfterSeconds !== null) throw rateLimited(what, retryAfterSeconds);
}
