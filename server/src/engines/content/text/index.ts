/** Words, sentences, terms and markdown structure: what every content engine reads text with. */
export * from './words.js';
export * from './stop-words.js';
export * from './stem.js';
export * from './terms.js';
export * from './markdown.js';
