import { syllable } from 'syllable';

/**
 * Syllables in one word, by the `syllable` package (5.0.1: vowel groups adjusted by suffix,
 * prefix and hiatus rules plus a table of irregular words). Against the CMU Pronouncing
 * Dictionary it agrees on 183 of the 206 words of reference/syllable-words.txt (88.8%; Pyphen
 * hyphenation, textstat's older counter, agrees on 137: 66.5%); the words it misses and why are
 * listed in syllables.spec.ts. A word always has at least one syllable: numerals ("500", "3.5"),
 * which the package counts as none, count as one (a short spoken word; Flesch counted numbers
 * as words too).
 */
export function countSyllables(word: string): number {
  return Math.max(1, syllable(word));
}
