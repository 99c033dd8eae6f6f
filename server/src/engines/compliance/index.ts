/**
 * The compliance engine: sales tax return due dates per state and filing frequency, registration
 * deadlines after economic nexus, federal and Texas yearly dates, certificate expiry and uncovered
 * exempt sales, the calendar over them, and the regulatory-change feed interface. Pure: no
 * database, no clock (today is an input).
 */
export * from './types.js';
export * from './dates.js';
export * from './due-dates.js';
export * from './registration.js';
export * from './certificates.js';
export * from './calendar.js';
export * from './filing-frequency.js';
export * from './regulatory-feed.js';
export { COMPLIANCE_RULE_SET } from './data/compliance-rule-set.js';
