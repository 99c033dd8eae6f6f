import { describe, expect, it } from 'vitest';
import {
  keywordOpportunity,
  researchKeywords,
  topicRelevance,
  type KeywordMetricInput,
} from './research.js';

function metric(
  keyword: string,
  topic: string,
  monthlyVolume: number,
  difficulty: number,
): KeywordMetricInput {
  return {
    keyword,
    topic,
    monthlyVolume,
    difficulty,
    cpcCents: 25,
    source: 'demo',
    asOf: '2026-11-01',
  };
}

const STORED = [
  metric('stoneware care', 'stoneware care', 1_300, 14),
  metric('how to clean stoneware mugs', 'stoneware care', 880, 12),
  metric('is stoneware oven safe', 'stoneware care', 3_600, 24),
  metric('stoneware vs porcelain', 'stoneware care', 2_900, 27),
  metric('dishwasher safe mugs', 'dishwasher safe mugs', 1_900, 31),
  metric('is stoneware dishwasher safe', 'dishwasher safe mugs', 2_400, 17),
  metric('stoneware mugs', 'stoneware mugs', 14_800, 58),
  metric('speckled stoneware mug', 'stoneware mugs', 720, 29),
  metric('soy candles', 'soy candles', 27_100, 64),
];
const TOPIC = 'How to care for stoneware mugs';

describe('topicRelevance and keywordOpportunity', () => {
  it('is the share of the keyword words in the topic, plurals folded', () => {
    expect(topicRelevance('stoneware care', TOPIC)).toBe(1);
    expect(topicRelevance('dishwasher safe mugs', TOPIC)).toBeCloseTo(1 / 3, 10);
    expect(topicRelevance('soy candles', TOPIC)).toBe(0);
  });

  it('is volume × (100 − difficulty)/100 × relevance (at least 1/4)', () => {
    expect(keywordOpportunity(metric('stoneware care', 't', 1_300, 14), TOPIC)).toBeCloseTo(
      1_118,
      10,
    );
    expect(keywordOpportunity(metric('soy candles', 't', 1_000, 0), TOPIC)).toBe(250);
  });
});

describe('researchKeywords', () => {
  it('finds the requested keywords, names the missing, and picks the focus by opportunity', () => {
    const research = researchKeywords(
      TOPIC,
      ['Stoneware care ', 'dishwasher safe mugs', 'glaze repair'],
      STORED,
    );
    expect(research.requested).toEqual(['stoneware care', 'dishwasher safe mugs', 'glaze repair']);
    expect(research.matches.map((row) => row.keyword)).toEqual([
      'stoneware care',
      'dishwasher safe mugs',
    ]);
    expect(research.missing).toEqual(['glaze repair']);
    // stoneware care: 1,300 × 0.86 × 1 = 1,118; dishwasher safe mugs: 1,900 × 0.69 × 1/3 = 437.
    expect(research.focus).toEqual({
      keyword: 'stoneware care',
      metric: STORED[0],
      reason:
        '"stoneware care": 1,300 searches a month at difficulty 14, the best reach of the requested keywords.',
    });
  });

  it('lists keywords of the matched topics and those sharing the topic words, most searched first', () => {
    const research = researchKeywords(TOPIC, ['stoneware care', 'dishwasher safe mugs'], STORED);
    expect(research.related.map((row) => [row.keyword, row.relation])).toEqual([
      ['stoneware mugs', 'TOPIC_WORDS'],
      ['is stoneware oven safe', 'SAME_TOPIC'],
      ['stoneware vs porcelain', 'SAME_TOPIC'],
      ['is stoneware dishwasher safe', 'SAME_TOPIC'],
      ['how to clean stoneware mugs', 'SAME_TOPIC'],
      ['speckled stoneware mug', 'TOPIC_WORDS'],
    ]);
  });

  it('takes secondary keywords from the other requested ones, then the same topics by opportunity', () => {
    const research = researchKeywords(TOPIC, ['stoneware care', 'dishwasher safe mugs'], STORED);
    expect(research.secondary).toEqual([
      'dishwasher safe mugs',
      'is stoneware oven safe',
      'stoneware vs porcelain',
      'is stoneware dishwasher safe',
      'how to clean stoneware mugs',
    ]);
  });

  it('without requested keywords, chooses among the stored keywords on the topic, skipping hard ones', () => {
    const research = researchKeywords(TOPIC, [], STORED);
    // stoneware mugs (relevance 1, 14,800 searches) is over difficulty 40; stoneware care wins.
    expect(research.focus.keyword).toBe('stoneware care');
    expect(research.focus.reason).toMatch(/the stored keywords on this topic\.$/);
  });

  it('takes a hard keyword only when every candidate is hard, and says so', () => {
    const research = researchKeywords('soy candles', ['soy candles'], STORED);
    expect(research.focus.keyword).toBe('soy candles');
    expect(research.focus.reason).toMatch(/every candidate is over difficulty 40/);
  });

  it('without stored figures falls back to the first keyword, else the topic', () => {
    expect(researchKeywords('Kiln repair', ['kiln elements'], STORED).focus).toEqual({
      keyword: 'kiln elements',
      metric: null,
      reason: 'No stored keyword figures for this topic: using "kiln elements" as given.',
    });
    expect(researchKeywords('Kiln repair', [], STORED).focus.keyword).toBe('kiln repair');
  });
});
