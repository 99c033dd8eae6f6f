/**
 * Access control for the public widget API: origins, visitor tokens, identity hashes, request
 * rates, caps. The limits themselves (buckets, windows, the RATE_LIMITED refusal) are the shared
 * ones of `rate-limits/`.
 */
export { ANY_ORIGIN, isOriginAllowed, normalizeOrigin } from './origin-policy.js';
export { VISITOR_TOKEN_MAX_LENGTH, VisitorTokens, type VisitorClaims } from './visitor-token.js';
export {
  identityHash,
  identityPayload,
  proveIdentity,
  verifyIdentityHash,
  type IdentityProof,
} from './identity-hash.js';
export { WidgetRequestRates, type RequestRateLimits } from './request-rates.js';
export { ConnectionCaps, type ConnectionLimits, type SocketLease } from './connection-caps.js';
