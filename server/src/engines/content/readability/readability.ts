import { sentences, stripMarkdown, words } from '../text/index.js';
import { countSyllables } from './syllables.js';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Flesch's own bands for Reading Ease (The Art of Readable Writing, 1949). */
export type ReadingEaseLevel =
  | 'VERY_EASY'
  | 'EASY'
  | 'FAIRLY_EASY'
  | 'STANDARD'
  | 'FAIRLY_DIFFICULT'
  | 'DIFFICULT'
  | 'VERY_DIFFICULT';

export interface Readability extends TextCounts {
  /** 206.835 − 1.015·W/S − 84.6·Syl/W; null for a text without words. Unrounded. */
  fleschReadingEase: number | null;
  /** 0.39·W/S + 11.8·Syl/W − 15.59 (Kincaid et al., 1975); null without words. Unrounded. */
  fleschKincaidGrade: number | null;
  level: ReadingEaseLevel | null;
}

/** Words, sentences and syllables of plain text (see text/words.ts for what counts). */
export function countText(plainText: string): TextCounts {
  const allWords = words(plainText);
  return {
    words: allWords.length,
    sentences: sentences(plainText).length,
    syllables: allWords.reduce((sum, word) => sum + countSyllables(word), 0),
  };
}

/** The two Flesch formulas over counts. */
export function readabilityFromCounts(counts: TextCounts): Readability {
  if (counts.words === 0 || counts.sentences === 0) {
    return { ...counts, fleschReadingEase: null, fleschKincaidGrade: null, level: null };
  }
  const wordsPerSentence = counts.words / counts.sentences;
  const syllablesPerWord = counts.syllables / counts.words;
  const fleschReadingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return {
    ...counts,
    fleschReadingEase,
    fleschKincaidGrade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
    level: readingEaseLevel(fleschReadingEase),
  };
}

/** Readability of plain text. */
export function readabilityOfText(plainText: string): Readability {
  return readabilityFromCounts(countText(plainText));
}

/**
 * Readability of a markdown document as a reader meets it: code, images and markup removed; each
 * heading, list item and paragraph is at least one sentence (text/words.ts `sentences`).
 */
export function readabilityOfMarkdown(markdown: string): Readability {
  return readabilityOfText(stripMarkdown(markdown));
}

export function readingEaseLevel(score: number): ReadingEaseLevel {
  if (score >= 90) return 'VERY_EASY';
  if (score >= 80) return 'EASY';
  if (score >= 70) return 'FAIRLY_EASY';
  if (score >= 60) return 'STANDARD';
  if (score >= 50) return 'FAIRLY_DIFFICULT';
  if (score >= 30) return 'DIFFICULT';
  return 'VERY_DIFFICULT';
}
