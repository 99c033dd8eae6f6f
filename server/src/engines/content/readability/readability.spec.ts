import { describe, expect, it } from 'vitest';
import {
  countText,
  readabilityFromCounts,
  readabilityOfMarkdown,
  readabilityOfText,
  readingEaseLevel,
} from './readability.js';

describe('Flesch formulas over exact counts', () => {
  it('computes Reading Ease and Kincaid grade from words, sentences and syllables', () => {
    // 100 words, 5 sentences, 150 syllables: 206.835 − 1.015·20 − 84.6·1.5 = 59.635;
    // 0.39·20 + 11.8·1.5 − 15.59 = 9.91.
    const result = readabilityFromCounts({ words: 100, sentences: 5, syllables: 150 });
    expect(result.fleschReadingEase).toBeCloseTo(59.635, 10);
    expect(result.fleschKincaidGrade).toBeCloseTo(9.91, 10);
    expect(result.level).toBe('FAIRLY_DIFFICULT');
  });

  it('gives no score for a text without words', () => {
    expect(readabilityOfText('')).toEqual({
      words: 0,
      sentences: 0,
      syllables: 0,
      fleschReadingEase: null,
      fleschKincaidGrade: null,
      level: null,
    });
    expect(readabilityOfMarkdown('```\ncode only\n```\n![img](x)')).toMatchObject({ words: 0 });
  });
});

describe('published examples (Wikipedia, "Flesch–Kincaid readability tests")', () => {
  it('"The cat sat on the mat." : 6 words, 6 syllables, Reading Ease 116.145', () => {
    const result = readabilityOfText('The cat sat on the mat.');
    expect(countText('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
    expect(result.fleschReadingEase).toBeCloseTo(116.145, 10);
    expect(result.fleschKincaidGrade).toBeCloseTo(-1.45, 10);
  });

  it('the platypus sentence scores 24.4 "as it has 26 syllables and 13 words"', () => {
    const text =
      'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.';
    expect(countText(text)).toEqual({ words: 13, sentences: 1, syllables: 26 });
    expect(readabilityOfText(text).fleschReadingEase).toBeCloseTo(24.44, 10);
  });

  it('the "This sentence" example: 24 syllables, one over CMU\'s 23 ("prove", a known miss)', () => {
    // Wikipedia prints 74.1 (about 22 syllables); CMU's 23 give 68.98; our 24 give 63.695.
    const text =
      'This sentence, taken as a reading passage unto itself, is being used to prove a point.';
    expect(countText(text)).toEqual({ words: 16, sentences: 1, syllables: 24 });
    expect(readabilityOfText(text).fleschReadingEase).toBeCloseTo(63.695, 10);
    expect(
      readabilityFromCounts({ words: 16, sentences: 1, syllables: 23 }).fleschReadingEase,
    ).toBeCloseTo(68.98, 2);
  });
});

describe("textstat's test passages (textstat/textstat tests/backend, commit 1ecc614)", () => {
  // textstat's expected values for these passages changed between its own releases (EASY_TEXT:
  // 78.918, later 81.482) as its syllable counter changed, so agreement is within a band, and the
  // difference is explained by counts.
  const EASY_TEXT =
    'Anna and her family love doing puzzles. Anna is best at little puzzles. Anna and her ' +
    "brother work on medium size puzzles together. Anna's Brother likes puzzles with cars in " +
    'them. When the whole family does a puzzle, they do really big puzzles. It can take them a ' +
    'week to finish a really big puzzle. Last year they did a puzzle with 500 pieces! Anna tries ' +
    'to finish one small puzzle a day by her. Her puzzles have about 50 pieces. They all glue ' +
    'their favorite puzzles together and frame them. The puzzles look so nice on the wall.';

  it('EASY_TEXT: 99 words, 11 sentences; Reading Ease 79.77 (textstat 81.482), grade 4.37 (4.13)', () => {
    const result = readabilityOfText(EASY_TEXT);
    expect(result).toMatchObject({ words: 99, sentences: 11, syllables: 138 });
    expect(result.fleschReadingEase).toBeCloseTo(79.773, 3);
    expect(Math.abs((result.fleschReadingEase ?? 0) - 81.482)).toBeLessThan(2.5);
    expect(Math.abs((result.fleschKincaidGrade ?? 0) - 4.13)).toBeLessThan(0.5);
  });

  it('SHORT_TEXT: textstat counts 7 syllables (83.32); ours 6, as "sunglasses" is a known miss', () => {
    const result = readabilityOfText('Cool dogs wear da sunglasses.');
    expect(result).toMatchObject({ words: 5, sentences: 1, syllables: 6 });
    // With the 7th syllable the formula gives textstat's figures exactly.
    const withSeven = readabilityFromCounts({ words: 5, sentences: 1, syllables: 7 });
    expect(withSeven.fleschReadingEase).toBeCloseTo(83.32, 10);
    expect(withSeven.fleschKincaidGrade).toBeCloseTo(2.88, 10);
  });
});

describe('markdown', () => {
  it('reads headings and list items as sentences and ignores markup, code and images', () => {
    const markdown = [
      '# Care for mugs',
      '',
      'Wash the mug by hand. Dry it well.',
      '',
      '- Use warm water',
      '- Skip the soak',
      '',
      '![A mug](image-placeholder)',
      '',
      '```',
      'ignored code here',
      '```',
    ].join('\n');
    // Sentences: heading, two in the paragraph, two list items = 5. Words: 3 + 5 + 3 + 3 + 3 = 17.
    expect(readabilityOfMarkdown(markdown)).toMatchObject({ words: 17, sentences: 5 });
  });
});

describe('readingEaseLevel', () => {
  it.each([
    [95, 'VERY_EASY'],
    [90, 'VERY_EASY'],
    [85, 'EASY'],
    [75, 'FAIRLY_EASY'],
    [65, 'STANDARD'],
    [55, 'FAIRLY_DIFFICULT'],
    [40, 'DIFFICULT'],
    [10, 'VERY_DIFFICULT'],
    [-20, 'VERY_DIFFICULT'],
  ] as const)('%d is %s', (score, level) => {
    expect(readingEaseLevel(score)).toBe(level);
  });
});
