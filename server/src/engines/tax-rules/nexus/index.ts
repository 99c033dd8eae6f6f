/**
 * Economic nexus: each state's remote-seller thresholds as cited, dated data, and a pure
 * evaluator (one state, or every state at once for the monitor). No database, no I/O.
 */
export * from './types.js';
export * from './nexus-rules.js';
export * from './periods.js';
export * from './evaluate.js';
export { NEXUS_RULE_SET } from './data/nexus-rule-set.js';
