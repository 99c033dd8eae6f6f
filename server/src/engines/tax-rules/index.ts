/**
 * The tax rules engine: rules as cited, versioned data (looked up by the date of the transaction,
 * the miles or the placing in service) and pure federal computations on top of them. Every figure
 * returns the rules, rule-set version and citations behind it. No database, no I/O.
 */
export * from './types.js';
export * from './rational.js';
export * from './rule-set.js';
export * from './figure.js';
export * from './business-days.js';
export * from './self-employment-tax.js';
export { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
export * from './estimated-tax.js';
export * from './section-179.js';
export * from './vehicle.js';
export * from './home-office.js';
export * from './nexus/index.js';
export * from './income-tax.js';
export * from './standard-vs-itemized.js';
export * from './estimated-tax-plan.js';
