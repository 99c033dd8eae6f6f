import { foldedWords, isStopWord, stem } from '../text/index.js';

/**
 * A heading's terms for matching headings of different pages: folded words without stop words
 * and list numbers, plurals folded (text/stem.ts), then -ing/-ed and a final -e dropped and a
 * doubled final consonant undone, so "Washing", "wash" and "washed" meet, as do "storing" and
 * "store", "chipped" and "chip". Headings are short, so this heavier folding helps more than it
 * confuses; it is used for clustering only, never shown.
 */
export function headingStem(foldedWord: string): string {
  let word = stem(foldedWord);
  const suffix = /(?:ing|ed)$/.exec(word);
  if (suffix && word.length - suffix[0].length >= 3) {
    word = word.slice(0, -suffix[0].length);
    if (/([b-df-hj-np-tv-z])\1$/.test(word) && !/(?:ss|ll|ff|zz)$/.test(word)) {
      word = word.slice(0, -1);
    }
  }
  if (word.length > 3 && word.endsWith('e')) word = word.slice(0, -1);
  return word;
}

/** Words that join two subjects rather than name one ("Glazed vs unglazed"). */
const CONNECTIVES = new Set(['vs', 'versus']);

/** A heading without its list number ("2. Avoid thermal shock" -> "Avoid thermal shock"). */
export function cleanHeading(text: string): string {
  return text.replace(/^\s*\d+\s*[.):-]\s*/, '').trim();
}

/** The set of heading terms, leaving out `ignore` (the terms every heading shares: the keyword). */
export function headingTerms(text: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const terms = new Set<string>();
  for (const word of foldedWords(cleanHeading(text))) {
    if (word.length < 2 || isStopWord(word) || CONNECTIVES.has(word) || /^\d+$/.test(word)) {
      continue;
    }
    const term = headingStem(word);
    if (!ignore.has(term)) terms.add(term);
  }
  if (terms.size === 0 && ignore.size > 0) return headingTerms(text);
  return terms;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether two headings name the same subject: half their terms in common (Jaccard >= 0.5), or
 * every term of one in the other ("Dishwasher" and "Hand wash or dishwasher?").
 */
export function similarHeadings(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  if (jaccard(a, b) >= 0.5) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((term) => large.has(term));
}
