import type { SourceRead } from '../types.js';

/** A record of where a figure was read: the page, what it is, and the words relied on. */
export function read(url: string, what: string, quote: string): SourceRead {
  return { url, what, quote };
}

/** Everything in this rule set was read on this day, through the project's stored copies. */
export const READ_ON = '2026-12-03';
