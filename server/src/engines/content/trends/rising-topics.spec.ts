import { describe, expect, it } from 'vitest';
import {
  assessTopicTrends,
  difficultyBand,
  pickKeyword,
  risingTopics,
  type InterestPoint,
  type KeywordMetricInput,
  type TopicSeries,
} from './rising-topics.js';

// 156 weekly points ending on Monday 2025-11-24, generated from the week's index (0 = oldest).
const LAST_WEEK = '2025-11-24';
const NOW = new Date('2025-11-27T12:00:00Z');

function weeklySeries(
  topic: string,
  weeks: number,
  interest: (index: number) => number,
): TopicSeries {
  const points: InterestPoint[] = [];
  const last = new Date(`${LAST_WEEK}T00:00:00Z`);
  for (let i = 0; i < weeks; i += 1) {
    const day = new Date(last);
    day.setUTCDate(last.getUTCDate() - 7 * (weeks - 1 - i));
    points.push({ weekStart: day.toISOString().slice(0, 10), interest: interest(i) });
  }
  return { topic, points };
}

// A yearly cycle peaking in late November (the last week is index 155 = 3 x 52 - 1).
const seasonal = (i: number): number => 50 + 30 * Math.cos((2 * Math.PI * (i - 155)) / 52);

const METRICS: KeywordMetricInput[] = [
  { keyword: 'matcha', topic: 'matcha', monthlyVolume: 2400, difficulty: 24 },
  { keyword: 'matcha latte recipe', topic: 'matcha', monthlyVolume: 9900, difficulty: 41 },
  { keyword: 'gift candles', topic: 'gift candles', monthlyVolume: 12100, difficulty: 55 },
  { keyword: 'soy candles', topic: 'soy candles', monthlyVolume: 8100, difficulty: 67 },
];

describe('assessTopicTrends', () => {
  it('calls a yearly peak a seasonal peak: up on the prior 12 weeks, level with last year', () => {
    const [trend] = assessTopicTrends({
      series: [weeklySeries('gift candles', 156, seasonal)],
      keywords: METRICS,
      now: NOW,
    });
    expect(trend?.status).toBe('seasonal peak');
    expect(trend?.growthOnPriorPct).toBeGreaterThanOrEqual(15);
    expect(Math.abs(trend?.growthOnLastYearPct ?? 99)).toBeLessThan(3);
    expect(trend?.factors.growth).toBe(0);
    expect(trend?.reason).toBe(
      `up ${trend?.growthOnPriorPct}% on the prior 12 weeks, level with last year; ` +
        'a seasonal peak: the same weeks last year were as high; ' +
        '12,100 searches a month; difficulty 55 (medium)',
    );
  });

  it('calls growth on top of the same season rising: higher than the same weeks last year', () => {
    // The same cycle, 0.5% more interest each week: +30% on last year at the peak.
    const [trend] = assessTopicTrends({
      series: [weeklySeries('matcha', 156, (i) => seasonal(i) * (1 + 0.005 * i))],
      keywords: METRICS,
      now: NOW,
    });
    expect(trend?.status).toBe('rising');
    expect(trend?.growthOnLastYearPct).toBeGreaterThanOrEqual(15);
  });

  it('scores a known linear climb exactly and explains it in words', () => {
    // 20, 20.5, 21, ... (the engine takes any number; stored points are whole).
    const [trend] = assessTopicTrends({
      series: [weeklySeries('matcha', 120, (i) => 20 + 0.5 * i)],
      keywords: METRICS,
      now: NOW,
    });
    // Recent: i=108..119 -> 74..79.5, mean 76.75. Prior: i=96..107 -> 68..73.5, mean 70.75.
    // Last year: i=56..67 -> 48..53.5, mean 50.75.
    expect(trend).toMatchObject({
      topic: 'matcha',
      status: 'rising',
      latestWeek: LAST_WEEK,
      growthOnPriorPct: 8,
      growthOnLastYearPct: 51,
      keyword: 'matcha',
      monthlyVolume: 2400,
      difficulty: 24,
      difficultyBand: 'low',
    });
    expect(trend?.recentMean).toBeCloseTo(76.8, 0);
    // growth 0.51 (76.75/50.75 - 1 = 0.5123), volume log10(2401)/5 = 0.676, competition 0.76.
    expect(trend?.factors).toEqual({ growth: 0.512, volume: 0.676, competition: 0.76 });
    expect(trend?.score).toBe(Math.round(100 * (0.5 * 0.5123 + 0.25 * 0.6761 + 0.25 * 0.76)));
    expect(trend?.reason).toBe(
      'up 8% on the prior 12 weeks and 51% on last year; 2,400 searches a month; difficulty 24 (low)',
    );
  });

  it('calls a series below last year falling, and a seasonal trough steady', () => {
    const falling = weeklySeries('soy candles', 120, (i) => 90 - 0.5 * i);
    // The cycle seen at its trough: 26 weeks after the peak.
    const trough = weeklySeries('gift candles', 156, (i) => seasonal(i + 26));
    const trends = assessTopicTrends({ series: [falling, trough], keywords: METRICS, now: NOW });
    const byTopic = new Map(trends.map((trend) => [trend.topic, trend]));
    expect(byTopic.get('soy candles')?.status).toBe('falling');
    expect(byTopic.get('soy candles')?.reason).toMatch(
      /^down \d+% on the prior 12 weeks and \d+% on last year;/,
    );
    expect(byTopic.get('gift candles')?.status).toBe('steady');
    expect(byTopic.get('gift candles')?.reason).toContain(
      'a seasonal low: level with the same weeks last year',
    );
  });

  it('without a year of history compares with the prior 12 weeks only and says so', () => {
    const [trend] = assessTopicTrends({
      series: [weeklySeries('matcha', 30, (i) => 30 + i)],
      keywords: [],
      now: NOW,
    });
    expect(trend?.status).toBe('rising');
    expect(trend?.growthOnLastYearPct).toBeNull();
    // Recent i=18..29 mean 53.5; prior i=6..17 mean 41.5 -> +29%.
    expect(trend?.growthOnPriorPct).toBe(29);
    expect(trend?.reason).toBe(
      'up 29% on the prior 12 weeks; under a year of history, so seasonality is not separated; no keyword metrics stored',
    );
    expect(trend?.factors).toEqual({ growth: 0.289, volume: 0, competition: 0 });
  });

  it('does not compare a window with fewer than 8 of its 12 weeks, nor a topic without data', () => {
    const trends = assessTopicTrends({
      series: [weeklySeries('matcha', 15, () => 50), { topic: 'kombucha', points: [] }],
      keywords: [],
      now: NOW,
    });
    const byTopic = new Map(trends.map((trend) => [trend.topic, trend]));
    expect(byTopic.get('matcha')).toMatchObject({
      status: 'steady',
      growthOnPriorPct: null,
      recentMean: 50,
    });
    expect(byTopic.get('matcha')?.reason).toBe(
      'only 15 weeks of search interest stored, too few to compare; no keyword metrics stored',
    );
    expect(byTopic.get('kombucha')).toMatchObject({ status: 'steady', score: 0, latestWeek: null });
    expect(byTopic.get('kombucha')?.reason).toBe(
      'no search-interest data stored; no keyword metrics stored',
    );
  });

  it('ignores weeks after `now`', () => {
    const series = weeklySeries('matcha', 120, (i) => (i >= 116 ? 100 : 40));
    const [trend] = assessTopicTrends({
      series: [series],
      keywords: [],
      now: new Date('2025-10-31T00:00:00Z'),
    });
    expect(trend?.latestWeek).toBe('2025-10-27');
    expect(trend?.growthOnPriorPct).toBe(0);
  });

  it('treats a base averaging under 1 as 1, so growth from nothing is finite', () => {
    const [trend] = assessTopicTrends({
      series: [weeklySeries('matcha', 24, (i) => (i < 12 ? 0 : 10))],
      keywords: [],
      now: NOW,
    });
    expect(trend?.growthOnPriorPct).toBe(900);
    expect(trend?.factors.growth).toBe(1);
  });

  it('orders by score and lists rising topics only', () => {
    const trends = assessTopicTrends({
      series: [
        weeklySeries('gift candles', 156, seasonal),
        weeklySeries('matcha', 120, (i) => 20 + 0.5 * i),
        weeklySeries('soy candles', 120, (i) => 90 - 0.5 * i),
      ],
      keywords: METRICS,
      now: NOW,
    });
    expect(trends.map((trend) => trend.topic)).toEqual(['matcha', 'gift candles', 'soy candles']);
    expect(risingTopics(trends).map((trend) => trend.topic)).toEqual(['matcha']);
  });
});

describe('pickKeyword and difficultyBand', () => {
  it("uses the topic's own keyword, else the biggest keyword filed under the topic", () => {
    expect(pickKeyword('Matcha', METRICS)?.keyword).toBe('matcha');
    expect(pickKeyword('matcha', METRICS.slice(1))?.keyword).toBe('matcha latte recipe');
    expect(pickKeyword('kombucha', METRICS)).toBeNull();
  });

  it('names the keyword in the reason when it is not the topic itself', () => {
    const [trend] = assessTopicTrends({
      series: [weeklySeries('matcha', 120, () => 50)],
      keywords: METRICS.slice(1),
      now: NOW,
    });
    expect(trend?.reason).toBe(
      "level with the prior 12 weeks, level with last year; 9,900 searches a month for 'matcha latte recipe'; difficulty 41 (medium)",
    );
  });

  it('bands difficulty: under 30 low, under 60 medium, else high', () => {
    expect([0, 29, 30, 59, 60, 100].map(difficultyBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });
});
