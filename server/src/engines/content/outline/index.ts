/** Outlines from competitor pages' headings, and the offline draft written from one. */
export * from './headings.js';
export * from './outline.js';
export * from './draft.js';
export * from './select-pages.js';
