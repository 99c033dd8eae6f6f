/** Access control for the public widget API: origins, visitor tokens, identity hashes, rates. */
export { ANY_ORIGIN, isOriginAllowed, normalizeOrigin } from './origin-policy.js';
export { VISITOR_TOKEN_MAX_LENGTH, VisitorTokens, type VisitorClaims } from './visitor-token.js';
export { identityHash, verifyIdentityHash } from './identity-hash.js';
export {
  assertWithinRate,
  RateLimiter,
  type RateDecision,
  type RateLimiterOptions,
} from './rate-limiter.js';
