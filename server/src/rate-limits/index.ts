/**
 * Rate limits shared by every public door (the widget's endpoint, the console's sign-in): how a
 * client address is counted, the token bucket, fixed windows, and the one RATE_LIMITED refusal.
 */
export { clientAddressKey } from './client-address.js';
export { consumeOrRefuse, rateLimited } from './rate-limited.js';
export {
  assertWithinRate,
  RateLimiter,
  type RateDecision,
  type RateLimiterOptions,
} from './token-bucket.js';
