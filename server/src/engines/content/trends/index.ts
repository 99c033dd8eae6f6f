/**
 * The trends engine: feed documents to items, rising-topic detection over search-interest series
 * and keyword metrics, and content gaps against the shop's blog archive. Pure: no I/O, no clock.
 */
export * from './feed-items.js';
export * from './plain-text.js';
export * from './rising-topics.js';
export * from './content-gaps.js';
