import { describe, expect, it } from 'vitest';
import { rankBySimilarity, sharedContentTerms } from './similarity.js';

const ARCHIVE = [
  {
    id: 'fire',
    title: 'Why we fire our stoneware twice',
    text: 'Bisque firing, then a glaze firing: what two trips through the kiln do for a mug.',
  },
  {
    id: 'tea',
    title: 'Brewing loose-leaf tea at home',
    text: 'Water temperature and steeping times for green, black and oolong teas.',
  },
  {
    id: 'candle',
    title: 'Caring for soy candles',
    text: 'Trim the wick, burn the first time until the pool reaches the edge of the jar.',
  },
];

describe('rankBySimilarity', () => {
  it('ranks the post that shares the query terms first and names the shared words', () => {
    const matches = rankBySimilarity('How to care for stoneware mugs', ARCHIVE);
    expect(matches.map((match) => match.id)).toEqual(['fire']);
    expect(matches[0]?.sharedTerms).toEqual(['stoneware', 'mugs']);
    expect(matches[0]?.score).toBeGreaterThan(0);
  });

  it('matches plurals to singulars through the stemmer and ignores stop words', () => {
    const matches = rankBySimilarity('the candles and the teas', ARCHIVE);
    expect(matches.map((match) => match.id).sort()).toEqual(['candle', 'tea']);
    expect(matches.find((match) => match.id === 'candle')?.sharedTerms).toEqual(['candles']);
    expect(matches.find((match) => match.id === 'tea')?.sharedTerms).toEqual(['teas']);
  });

  it('scores a document covering more query terms above one repeating a single term', () => {
    const documents = [
      { id: 'one-term', title: 'Glaze', text: 'glaze glaze glaze glaze' },
      { id: 'two-terms', title: 'Notes', text: 'glaze and kiln' },
      { id: 'none', title: 'Other', text: 'nothing shared here' },
    ];
    const matches = rankBySimilarity('glaze kiln', documents);
    expect(matches.map((match) => match.id)).toEqual(['two-terms', 'one-term']);
  });

  it('weights a title term above the same term in the text', () => {
    const documents = [
      { id: 'in-text', title: 'Notes', text: 'kiln' },
      { id: 'in-title', title: 'Kiln', text: 'notes' },
    ];
    expect(rankBySimilarity('kiln', documents).map((match) => match.id)).toEqual([
      'in-title',
      'in-text',
    ]);
    const unboosted = rankBySimilarity('kiln', documents, { titleBoost: 1 });
    expect(unboosted[0]?.score).toBeCloseTo(unboosted[1]?.score ?? 0, 10);
  });

  it('applies limit and minScore', () => {
    expect(rankBySimilarity('stoneware tea candles', ARCHIVE, { limit: 2 })).toHaveLength(2);
    expect(rankBySimilarity('stoneware', ARCHIVE, { minScore: 1_000 })).toEqual([]);
  });

  it('matches nothing for a query of stop words or an empty archive', () => {
    expect(rankBySimilarity('how to and the', ARCHIVE)).toEqual([]);
    expect(rankBySimilarity('stoneware', [])).toEqual([]);
  });

  it('refuses duplicate document ids', () => {
    const post = { id: 'same', title: 'Tea', text: 'tea' };
    expect(() => rankBySimilarity('tea', [post, post])).toThrow(/Duplicate/);
  });
});

describe('sharedContentTerms', () => {
  it('lists the stems two texts share, once each', () => {
    expect(sharedContentTerms('Soy candles and candle wicks', 'A candle wick trimmer')).toEqual([
      'candle',
      'wick',
    ]);
  });
});
