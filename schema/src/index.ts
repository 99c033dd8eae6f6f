export * from './client.js';
export * from './error-codes.js';
