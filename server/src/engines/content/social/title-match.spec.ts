import { describe, expect, it } from 'vitest';
import { closestTitles, exactTitleMatches } from './title-match.js';

const POSTS = [
  { id: '1', title: 'Why we fire our stoneware twice' },
  { id: '2', title: 'Inside a candle pour day at the studio' },
  { id: '3', title: 'Soy wax vs paraffin: what the label does not tell you' },
  { id: '4', title: "A beginner's guide to loose-leaf tea" },
];

describe('exactTitleMatches', () => {
  it('matches ignoring case, accents and runs of spaces, nothing looser', () => {
    expect(exactTitleMatches('  WHY we  fire our stoneware TWICE ', POSTS)).toEqual([POSTS[0]]);
    expect(exactTitleMatches('Why we fire our stoneware', POSTS)).toEqual([]);
    expect(exactTitleMatches('a beginner’s guide to loose-leaf tea', POSTS)).toEqual([POSTS[3]]);
  });
});

describe('closestTitles', () => {
  it('offers the closest titles first, forgiving typos, and drops unrelated ones', () => {
    const close = closestTitles('Why we fier our stonware', POSTS, 3);
    expect(close.map((c) => c.id)).toEqual(['1']);
    expect(close[0]?.similarity).toBeGreaterThan(0.7);
  });

  it('gives at most the limit, best first', () => {
    const close = closestTitles('the candle and tea guide', POSTS, 2);
    expect(close).toHaveLength(2);
    expect(close[0]?.similarity).toBeGreaterThanOrEqual(close[1]?.similarity ?? 1);
    expect(closestTitles('zzzz', POSTS, 3)).toEqual([]);
  });
});
