import { stem } from './stem.js';
import { isStopWord } from './stop-words.js';
import { foldedWords } from './words.js';

/**
 * A word as a matching term: folded, stemmed, or null when it is a stop word or a lone character.
 * Similarity, outline clustering and the SEO pass all match on these terms.
 */
export function toTerm(foldedWord: string): string | null {
  if (foldedWord.length < 2 || isStopWord(foldedWord)) return null;
  return stem(foldedWord);
}

/** The content terms of `text` in order (duplicates kept). */
export function contentTerms(text: string): string[] {
  const result: string[] = [];
  for (const word of foldedWords(text)) {
    const term = toTerm(word);
    if (term) result.push(term);
  }
  return result;
}
