import { foldWord } from '../text/index.js';

export interface TitledItem {
  id: string;
  title: string;
}

/** A title as compared: folded (case, accents, curly quotes) with whitespace collapsed. */
export function titleKey(title: string): string {
  return foldWord(title).replace(/\s+/g, ' ').trim();
}

/**
 * The items whose title is the query's, compared case-insensitively (and ignoring accents and
 * runs of spaces); several when titles repeat.
 */
export function exactTitleMatches<T extends TitledItem>(query: string, items: readonly T[]): T[] {
  const key = titleKey(query);
  return items.filter((item) => titleKey(item.title) === key);
}

/**
 * The titles closest to a query that matched none, best first, for "did you mean". Closeness is
 * the Dice coefficient of the folded titles' character bigrams (2 × shared / total): it forgives
 * typos ("stonware") and word order, where a word match would miss them. A title scoring under
 * 0.3 is not offered (on the demo archive, unrelated titles score 0.2-0.26 against each other).
 */
export function closestTitles<T extends TitledItem>(
  query: string,
  items: readonly T[],
  limit: number,
): Array<T & { similarity: number }> {
  const target = bigrams(titleKey(query));
  return items
    .map((item) => ({ ...item, similarity: round3(dice(target, bigrams(titleKey(item.title)))) }))
    .filter((item) => item.similarity >= 0.3)
    .sort((a, b) => b.similarity - a.similarity || a.title.localeCompare(b.title))
    .slice(0, limit);
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(text);
  for (let i = 0; i < chars.length - 1; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of a) {
    shared += Math.min(count, b.get(pair) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
