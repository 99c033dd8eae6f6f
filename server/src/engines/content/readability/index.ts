/** Flesch Reading Ease and Flesch-Kincaid grade, with the syllable counter they rest on. */
export * from './syllables.js';
export * from './readability.js';
