import { describe, expect, it } from 'vitest';
import { slugify, slugProblems, uniqueSlug } from './slug.js';
import { countKeyword, keywordDensity } from './keyword.js';
import { imagePlaceholder } from './images.js';

describe('slugify', () => {
  it('lowercases, drops accents, punctuation and stop words, joins with hyphens', () => {
    expect(slugify('How to Care for Your Stoneware Mugs')).toBe('care-stoneware-mugs');
    expect(slugify("Crème brûlée: don't over-bake it!")).toBe('creme-brulee-dont-bake');
    expect(slugify('Loose-leaf tea, 101')).toBe('loose-leaf-tea-101');
  });

  it('keeps stop words when nothing else is left, and is empty without ASCII letters', () => {
    expect(slugify('How to')).toBe('how-to');
    expect(slugify('日本茶')).toBe('');
  });

  it('cuts at a word boundary to 60 characters', () => {
    const slug = slugify('stoneware '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe(Array(6).fill('stoneware').join('-'));
  });
});

describe('slugProblems', () => {
  it('accepts a clean slug with the keyword, plural or not', () => {
    expect(slugProblems('stoneware-mug-care', 'stoneware mugs')).toEqual([]);
  });

  it('names each problem', () => {
    expect(slugProblems('Stoneware--care', 'stoneware care')).toEqual([
      'use only lowercase letters a-z, digits and single hyphens',
      "missing the keyword's stoneware",
    ]);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3 on a clash', () => {
    expect(uniqueSlug('stoneware-care', new Set())).toBe('stoneware-care');
    expect(uniqueSlug('stoneware-care', new Set(['stoneware-care']))).toBe('stoneware-care-2');
    expect(uniqueSlug('stoneware-care', new Set(['stoneware-care', 'stoneware-care-2']))).toBe(
      'stoneware-care-3',
    );
  });

  it('stays within 60 characters', () => {
    const base = 'a'.repeat(60);
    expect(uniqueSlug(base, new Set([base]))).toBe(`${'a'.repeat(58)}-2`);
  });
});

describe('keyword counting', () => {
  it('counts non-overlapping phrase occurrences, case and plural folded, stop words kept', () => {
    expect(countKeyword('Stoneware mugs. A stoneware mug! stoneware', 'stoneware mug')).toBe(2);
    expect(countKeyword('clean stoneware', 'how to clean stoneware')).toBe(0);
    expect(countKeyword('tea tea tea', 'tea tea')).toBe(1);
    expect(countKeyword('anything', '')).toBe(0);
  });

  it('density is occurrences per 100 words', () => {
    expect(keywordDensity(3, 200)).toBe(1.5);
    expect(keywordDensity(0, 0)).toBe(0);
  });
});

describe('imagePlaceholder', () => {
  it('uses the section when it has the keyword, else prefixes the keyword once', () => {
    expect(imagePlaceholder('Washing stoneware', 'stoneware')).toEqual({
      section: 'Washing stoneware',
      alt: 'Washing stoneware',
      markdown: '![Washing stoneware](image-placeholder)',
    });
    expect(imagePlaceholder('Drying [racks]', 'stoneware').markdown).toBe(
      '![stoneware: Drying racks](image-placeholder)',
    );
  });
});
