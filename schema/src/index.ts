export * from './client.js';
export * from './error-codes.js';
export type * from './operation.js';
