import { describe, expect, it } from 'vitest';
import type { TrendHeadline, TrendReport } from '../../../modules/content/trends/trend.service.js';
import { monitorTrendsTool, toolOutput } from './monitor-trends.tool.js';

const HEADLINE: TrendHeadline = {
  id: 'h1',
  title: 'Matcha demand keeps climbing',
  url: 'https://steepandleaf.example/articles/matcha-demand-supply',
  summary: 'Supply is tight.',
  feed: 'Steep & Leaf',
  feedId: 'f1',
  feedTopic: 'loose-leaf tea',
  publishedAt: new Date('2026-11-24T09:00:00Z'),
};

// A report as TrendService returns it (the DB-backed spec checks the service builds it).
const REPORT: TrendReport = {
  asOf: '2026-11-26',
  requestedTopics: ['loose-leaf tea'],
  topics: [
    {
      topic: 'matcha',
      status: 'rising',
      score: 64,
      factors: { growth: 0.68, volume: 1, competition: 0.18 },
      latestWeek: '2026-11-16',
      recentMean: 80.1,
      priorMean: 63.2,
      lastYearMean: 47.7,
      growthOnPriorPct: 27,
      growthOnLastYearPct: 68,
      keyword: 'matcha',
      monthlyVolume: 246_000,
      difficulty: 82,
      difficultyBand: 'high',
      reason:
        'up 27% on the prior 12 weeks and 68% on last year; 246,000 searches a month; difficulty 82 (high)',
      requested: false,
      seriesSource: 'demo',
    },
    {
      topic: 'loose-leaf tea',
      status: 'steady',
      score: 36,
      factors: { growth: 0.01, volume: 0.97, competition: 0.43 },
      latestWeek: '2026-11-16',
      recentMean: 70,
      priorMean: 67.3,
      lastYearMean: 69.3,
      growthOnPriorPct: 4,
      growthOnLastYearPct: 1,
      keyword: 'earl grey tea',
      monthlyVolume: 74_000,
      difficulty: 57,
      difficultyBand: 'medium',
      reason:
        "up 4% on the prior 12 weeks and 1% on last year; 74,000 searches a month for 'earl grey tea'; difficulty 57 (medium)",
      requested: true,
      seriesSource: 'demo',
    },
  ],
  risingTopics: [],
  gaps: [
    {
      topic: 'matcha',
      origin: 'rising',
      bestMatch: null,
      missingTerms: ['matcha'],
      coverage: 0,
      reason: "no archive post mentions 'matcha'",
      suggestedTitle: 'How to whisk matcha',
      trendScore: 64,
      mentionedIn: [HEADLINE],
      inProgress: null,
    },
    {
      topic: 'stoneware care',
      origin: 'rising',
      bestMatch: {
        id: 'post-1',
        title: 'Why we fire our stoneware twice',
        score: 5.18,
        sharedTerms: ['stoneware'],
      },
      missingTerms: ['care'],
      coverage: 0.18,
      reason:
        "no archive post covers 'care'; closest: 'Why we fire our stoneware twice' (score 5.2)",
      suggestedTitle: 'Stoneware care: a practical guide',
      trendScore: 70,
      mentionedIn: [],
      inProgress: { contentItemId: 'draft-1', title: 'Stoneware care basics', state: 'DRAFTING' },
    },
  ],
  covered: [],
  headlines: [HEADLINE, { ...HEADLINE, id: 'h2', title: 'Undated', publishedAt: null, url: null }],
  headlinesByTopic: [{ topic: 'loose-leaf tea', headlines: [HEADLINE] }],
  freshness: {
    lastFeedFetchAt: new Date('2026-11-26T12:00:00Z'),
    feedCount: 4,
    failingFeeds: [
      {
        title: 'Broken',
        url: 'https://broken.example/feed',
        error: 'the server answered HTTP 500',
      },
    ],
    newestHeadlineAt: new Date('2026-11-25T12:00:00Z'),
    seriesLastWeek: '2026-11-16',
    seriesFetchedAt: new Date('2026-11-26T15:00:00Z'),
    keywordMetricsAsOf: '2026-11-01',
    archivePosts: 10,
  },
  source: 'demo',
  notes: [
    'No SerpApi key (HUB_SERPAPI_KEY) is configured: the stored search-interest series are used, not live Google Trends.',
  ],
};

describe('monitor_trends output', () => {
  it('maps the trend report to the tool shape: topics, rising, gaps with headlines, freshness as ISO text', () => {
    const output = toolOutput(REPORT);
    expect(output.topics[1]).toEqual({
      topic: 'loose-leaf tea',
      status: 'steady',
      score: 36,
      growthOnPriorPct: 4,
      growthOnLastYearPct: 1,
      keyword: 'earl grey tea',
      monthlyVolume: 74_000,
      difficulty: 57,
      difficultyBand: 'medium',
      requested: true,
      reason:
        "up 4% on the prior 12 weeks and 1% on last year; 74,000 searches a month for 'earl grey tea'; difficulty 57 (medium)",
    });
    expect(output.risingTopics.map((topic) => topic.topic)).toEqual(['matcha']);
    expect(output.gaps).toEqual([
      {
        topic: 'matcha',
        origin: 'rising',
        bestMatch: null,
        score: null,
        reason: "no archive post mentions 'matcha'",
        suggestedTitle: 'How to whisk matcha',
        inProgress: null,
        mentionedIn: [
          {
            title: 'Matcha demand keeps climbing',
            url: 'https://steepandleaf.example/articles/matcha-demand-supply',
            feed: 'Steep & Leaf',
            publishedAt: '2026-11-24T09:00:00.000Z',
          },
        ],
      },
      {
        topic: 'stoneware care',
        origin: 'rising',
        bestMatch: { title: 'Why we fire our stoneware twice', contentItemId: 'post-1' },
        score: 5.18,
        reason:
          "no archive post covers 'care'; closest: 'Why we fire our stoneware twice' (score 5.2)",
        suggestedTitle: 'Stoneware care: a practical guide',
        mentionedIn: [],
        inProgress: { contentItemId: 'draft-1', title: 'Stoneware care basics', state: 'DRAFTING' },
      },
    ]);
    expect(output.headlines[1]).toEqual({
      title: 'Undated',
      url: null,
      feed: 'Steep & Leaf',
      publishedAt: null,
    });
    expect(output.freshness).toEqual({
      lastFeedFetchAt: '2026-11-26T12:00:00.000Z',
      feedCount: 4,
      failingFeeds: [{ title: 'Broken', error: 'the server answered HTTP 500' }],
      newestHeadlineAt: '2026-11-25T12:00:00.000Z',
      seriesLastWeek: '2026-11-16',
      keywordMetricsAsOf: '2026-11-01',
      archivePosts: 10,
    });
    expect(output.source).toBe('demo');
    expect(output.notes).toEqual(REPORT.notes);
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it('summarizes in one line and takes the playbook input (1 to 20 topics)', () => {
    const tool = monitorTrendsTool({} as never);
    expect(tool.summarize?.(toolOutput(REPORT))).toBe(
      "2 topics (demo); rising: matcha; 2 gaps ('matcha', 'stoneware care'); 2 headlines",
    );
    expect(tool.input.safeParse({ topics: [' matcha '] })).toMatchObject({
      success: true,
      data: { topics: ['matcha'] },
    });
    expect(tool.input.safeParse({ topics: [] }).success).toBe(false);
    expect(
      tool.input.safeParse({ topics: Array.from({ length: 21 }, (_, i) => `t${i}`) }).success,
    ).toBe(false);
  });
});
