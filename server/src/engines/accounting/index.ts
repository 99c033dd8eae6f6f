/**
 * The accounting engine: pure functions over cents and calendar dates that the ledger services,
 * the finance agent's tools and the seed share, so every figure is computed one way and tested once.
 */
export * from './money.js';
export * from './journal.js';
export * from './balances.js';
export * from './receivables.js';
export * from './cash-flow.js';
export * from './reconciliation.js';
export * from './bank-files/index.js';
export * from './merchant-key.js';
export * from './statements.js';
export * from './forecast/index.js';
