/** The 12-month forecast: ETS models (matched to statsmodels), scenarios and the cash projection. */
export * from './ets.js';
export * from './ets-fit.js';
export * from './model-choice.js';
export * from './monthly-forecast.js';
