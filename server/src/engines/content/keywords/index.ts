/** Keyword research over stored keyword figures: matches, related keywords, the focus keyword. */
export * from './research.js';
