import { foldedWords, stem } from '../text/index.js';

/**
 * A keyword phrase found in text: its words in order, compared folded (lowercase, no accents) and
 * stemmed (plurals folded: "stoneware mug" is found in "Stoneware Mugs"). Stop words stay part of
 * the phrase ("how to clean stoneware" is not found in "clean stoneware").
 */
function phraseTokens(text: string): string[] {
  return foldedWords(text).map(stem);
}

/** Non-overlapping occurrences of `keyword` in `text`. */
export function countKeyword(text: string, keyword: string): number {
  const needle = phraseTokens(keyword);
  if (needle.length === 0) return 0;
  const haystack = phraseTokens(text);
  let count = 0;
  for (let index = 0; index + needle.length <= haystack.length;) {
    if (needle.every((token, offset) => haystack[index + offset] === token)) {
      count += 1;
      index += needle.length;
    } else {
      index += 1;
    }
  }
  return count;
}

export function containsKeyword(text: string, keyword: string): boolean {
  return countKeyword(text, keyword) > 0;
}

/**
 * Keyword density in percent: occurrences of the phrase per 100 words of text (Yoast's
 * definition, a phrase counted once however many words it has). 0 for a text without words.
 */
export function keywordDensity(occurrences: number, wordCount: number): number {
  return wordCount === 0 ? 0 : (occurrences / wordCount) * 100;
}
