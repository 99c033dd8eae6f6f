/**
 * Industry benchmarks for the financial ratios: published totals (IRS SOI Corporation Source
 * Book), the ratios computed from them, the NAICS lookup, and the comparison with alerts.
 */
export * from './soi-source-book.js';
export * from './soi-ratios.js';
export * from './naics-lookup.js';
export * from './industry-benchmarks.js';
export * from './alerts.js';
export * from './compare.js';
