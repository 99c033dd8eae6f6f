/**
 * Rate limits shared by every public door (the widget's endpoint, the console's sign-in, inbound
 * webhooks): how a client address is counted, the store every limit gets its counts from (memory,
 * or Redis shared by every process), and the one RATE_LIMITED refusal.
 */
export { clientAddressKey } from './client-address.js';
export { LimiterStore, type WindowLimit } from './limiter-store.js';
export { consumeOrRefuse, consumeOrWait, rateLimited } from './rate-limited.js';
export type { RememberedKeys } from './remembered-keys.js';
