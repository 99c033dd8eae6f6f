import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyTermTsquerySql,
  MAX_SEARCH_TERMS,
  MAX_SEARCH_TEXT_CHARS,
  MAX_TERM_LENGTH,
  searchTerms,
} from './search-terms.js';

// Any UTF-16 string: lone surrogates, NUL, control characters and tsquery syntax included.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.string({
    unit: fc.constantFrom(...'ab the & | ! <-> :* ( ) \' " % \u0000 \ud800 é 1'.split(' ')),
  }),
  fc
    .array(fc.constantFrom('refund', 'return', 'the', 'Shipping', 'CANADA', '%', '\u0000'), {
      maxLength: 5_000,
    })
    .map((words) => words.join(' ')),
);

describe('searchTerms', () => {
  it('keeps the distinct words of a question in order, lower-cased, without stop words', () => {
    expect(searchTerms('How long do I have to RETURN an item? Return it!')).toEqual([
      'long',
      'return',
      'item',
    ]);
  });

  it.each(['%', 'the', 'is it the', '&|!<->:*()', '   ', '', '\u0000\u0000', "'", '\ud800'])(
    'finds nothing to search for in %j',
    (text) => {
      expect(searchTerms(text)).toEqual([]);
    },
  );

  it('treats tsquery operators and punctuation as separators, never as syntax', () => {
    expect(searchTerms("mug' | !dishwasher <-> (C:\\oven):*")).toEqual([
      'mug',
      'dishwasher',
      'c',
      'oven',
    ]);
  });

  it('reads at most 32 distinct words of a 100 KB text of real words', () => {
    const words = Array.from({ length: 50 }, (_, i) => `word${i}`);
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ');
    expect(text.length).toBeGreaterThan(100_000);

    const terms = searchTerms(text);

    expect(terms).toHaveLength(MAX_SEARCH_TERMS);
    expect(terms).toEqual(words.slice(0, 32));
  });

  it('ignores everything after the first 4,000 characters', () => {
    const text = `${'x '.repeat(MAX_SEARCH_TEXT_CHARS / 2)}refund`;
    expect(searchTerms(text)).toEqual(['x']);
  });

  it('drops a "word" over 64 characters (a key or padding, not a word)', () => {
    expect(searchTerms(`${'a'.repeat(MAX_TERM_LENGTH + 1)} refund ${'b'.repeat(64)}`)).toEqual([
      'refund',
      'b'.repeat(64),
    ]);
  });

  it('matches full-width letters as the plain ones (NFKC)', () => {
    expect(searchTerms('ＲＥＦＵＮＤ')).toEqual(['refund']);
  });

  it('property: any string gives at most 32 distinct words of letters and digits, without throwing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const terms = searchTerms(text);
        expect(terms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
        expect(new Set(terms).size).toBe(terms.length);
        for (const term of terms) {
          expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
          expect(term.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
          expect(term).not.toBe('the');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: deterministic, and unchanged by what follows the first 4,000 characters', () => {
    fc.assert(
      fc.property(anyText, fc.string({ unit: 'binary' }), (text, tail) => {
        expect(searchTerms(text)).toEqual(searchTerms(text));
        const head = text.padEnd(MAX_SEARCH_TEXT_CHARS, ' ').slice(0, MAX_SEARCH_TEXT_CHARS);
        expect(searchTerms(head + tail)).toEqual(searchTerms(head));
      }),
      { numRuns: 200 },
    );
  });
});

describe('anyTermTsquerySql', () => {
  it('ORs one plainto_tsquery a placeholder, with no user text in the SQL', () => {
    expect(anyTermTsquerySql(['$3', '$4'])).toBe(
      "(plainto_tsquery('english', $3) || plainto_tsquery('english', $4))",
    );
  });

  it('refuses to build a query of no terms (callers answer "no match" without SQL)', () => {
    expect(() => anyTermTsquerySql([])).toThrow();
  });
});
