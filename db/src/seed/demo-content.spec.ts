import { describe, expect, it } from 'vitest';
import { SOCIAL_CHANNELS } from '../entities/content-item.entity.js';
import { DEMO_AGENTS } from './demo-catalog.js';
import {
  DEMO_BLOG_URL,
  DEMO_INTEREST_TOPICS,
  DEMO_INTEREST_WEEKS,
  DEMO_SOCIAL_SOURCE_TITLE,
  buildDemoContent,
  lastFullWeekStart,
  type DemoInterestPoint,
} from './demo-content.js';

/** A Thursday: the last full week before it started on Monday 16 November. */
const NOW = new Date('2026-11-26T15:00:00.000Z');
const DAY_MS = 86_400_000;
const demo = buildDemoContent(NOW);
const archive = demo.items.filter((item) => item.state === 'PUBLISHED');

const wordCount = (markdown: string) => markdown.split(/\s+/).filter((w) => /\w/.test(w)).length;

function series(topic: string): DemoInterestPoint[] {
  return demo.interest.filter((point) => point.topic === topic);
}

/** Mean interest of the 12 weeks ending `weeksBack` weeks before the latest. */
function windowMean(topic: string, weeksBack: number): number {
  const points = series(topic);
  const end = points.length - weeksBack;
  const window = points.slice(end - 12, end);
  return window.reduce((sum, p) => sum + p.interest, 0) / window.length;
}

describe('buildDemoContent', () => {
  it('gives the same rows for the same now', () => {
    expect(buildDemoContent(new Date(NOW))).toEqual(demo);
  });
});

describe('the blog archive', () => {
  it('has ten published blog posts, one of them the social-adaptation sample’s source', () => {
    const social = DEMO_AGENTS.find((a) => a.key === 'content')?.scenarios.find(
      (s) => s.key === 'social-adaptation',
    );

    expect(archive).toHaveLength(10);
    expect(archive.every((post) => post.kind === 'BLOG_POST')).toBe(true);
    expect(social?.sampleInput.sourceTitle).toBe(DEMO_SOCIAL_SOURCE_TITLE);
    expect(archive.map((post) => post.title)).toContain('Why we fire our stoneware twice');
  });

  it('gives each post a unique slug, its public URL, a focus keyword and a meta description', () => {
    expect(new Set(demo.items.map((item) => item.slug)).size).toBe(demo.items.length);
    for (const post of archive) {
      expect(post.externalUrl).toBe(`${DEMO_BLOG_URL}/${post.slug}`);
      expect(post.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(post.focusKeyword).toBe(post.focusKeyword.toLowerCase());
      expect(post.metaDescription?.length).toBeGreaterThanOrEqual(120);
      expect(post.metaDescription?.length).toBeLessThanOrEqual(170);
    }
  });

  it('writes every post as 250 to 500 words of markdown with at least three H2 sections', () => {
    for (const post of archive) {
      expect({
        title: post.title,
        ok: wordCount(post.body) >= 250 && wordCount(post.body) <= 500,
      }).toEqual({ title: post.title, ok: true });
      expect(post.body.match(/^## \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect(post.body).not.toMatch(/lorem|ipsum|^# /im);
    }
  });

  it('spreads publication over the past two years, none in the future', () => {
    const ages = archive.map(
      (post) => (NOW.getTime() - (post.publishedAt?.getTime() ?? 0)) / DAY_MS,
    );

    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(730);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(500);
  });

  it('leaves looking after stoneware mugs uncovered: the gap the trend scan finds', () => {
    const aboutCare = archive.filter((post) =>
      /dishwasher|microwave|\bcare\b|\bcaring\b|\bclean/i.test(`${post.title}\n${post.body}`),
    );

    expect(aboutCare.map((post) => post.title)).toEqual([]);
  });
});

describe('the editorial calendar', () => {
  it('plans two ideas and one draft in the coming weeks', () => {
    const planned = demo.items
      .filter((item) => item.state !== 'PUBLISHED')
      .map((item) => ({
        state: item.state,
        title: item.title,
        inDays: (Date.parse(`${item.plannedFor}T00:00:00Z`) - Date.parse('2026-11-26')) / DAY_MS,
      }));

    expect(planned).toEqual([
      {
        state: 'IDEA',
        title: 'Holiday candle gift guide: a scent for everyone on your list',
        inDays: 12,
      },
      {
        state: 'IDEA',
        title: 'Matcha whisking basics: a bowl, a whisk and ninety seconds',
        inDays: 26,
      },
      { state: 'DRAFTING', title: 'Wabi-sabi at home: living with imperfect pottery', inDays: 19 },
    ]);
  });
});

describe('the feeds', () => {
  it('watches four niches, fetched within the last six hours, eight recent items each', () => {
    expect(demo.feeds.map((feed) => feed.topic)).toEqual([
      'handmade ceramics',
      'soy candles',
      'loose-leaf tea',
      'small business marketing',
    ]);
    for (const feed of demo.feeds) {
      const fetchedHoursAgo = (NOW.getTime() - feed.lastFetchedAt.getTime()) / 3_600_000;
      expect(fetchedHoursAgo).toBeGreaterThan(0);
      expect(fetchedHoursAgo).toBeLessThanOrEqual(6);
      expect(feed.items).toHaveLength(8);
      expect(new Set(feed.items.map((item) => item.guid)).size).toBe(8);
      for (const item of feed.items) {
        const age = (NOW.getTime() - item.publishedAt.getTime()) / DAY_MS;
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThanOrEqual(22);
        expect(item.firstSeenAt.getTime()).toBeGreaterThan(item.publishedAt.getTime());
      }
    }
    const urls = demo.feeds.flatMap((feed) => feed.items.map((item) => item.url));
    expect(new Set(urls).size).toBe(32);
  });
});

describe('the search interest series', () => {
  it('stores 104 consecutive Mondays per topic, ending with the last full week before now', () => {
    expect(lastFullWeekStart(NOW).toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(lastFullWeekStart(new Date('2026-11-23T00:30:00Z')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
    expect(lastFullWeekStart(new Date('2026-11-22T23:30:00Z')).toISOString()).toBe(
      '2026-11-09T00:00:00.000Z',
    );
    expect(DEMO_INTEREST_TOPICS).toHaveLength(12);
    for (const topic of DEMO_INTEREST_TOPICS) {
      const weeks = series(topic).map((point) => point.weekStart);
      expect(weeks).toHaveLength(DEMO_INTEREST_WEEKS);
      expect(weeks.at(-1)).toBe('2026-11-16');
      expect(weeks[0]).toBe('2024-11-25');
      expect(weeks.every((week) => new Date(`${week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    }
  });

  it('keeps every value a whole number from 0 to 100, each series peaking at 100', () => {
    expect(demo.interest.every((p) => Number.isInteger(p.interest) && p.interest >= 0)).toBe(true);
    for (const topic of DEMO_INTEREST_TOPICS) {
      expect(Math.max(...series(topic).map((point) => point.interest))).toBe(100);
    }
  });

  it('has matcha, stoneware care and wabi-sabi decor rising on the prior 12 weeks and on last year', () => {
    for (const topic of ['matcha', 'stoneware care', 'wabi-sabi decor']) {
      const recent = windowMean(topic, 0);
      expect({ topic, onPrior: recent / windowMean(topic, 12) > 1.15 }).toEqual({
        topic,
        onPrior: true,
      });
      expect({ topic, onLastYear: recent / windowMean(topic, 52) > 1.15 }).toEqual({
        topic,
        onLastYear: true,
      });
    }
  });

  it('has beeswax candles falling on last year, and the seasonal topics level with it', () => {
    expect(windowMean('beeswax candles', 0) / windowMean('beeswax candles', 52)).toBeLessThan(0.85);
    for (const topic of ['soy candles', 'candle making', 'loose-leaf tea', 'tea gift sets']) {
      const onLastYear = windowMean(topic, 0) / windowMean(topic, 52);
      expect({ topic, level: onLastYear > 0.9 && onLastYear < 1.1 }).toEqual({
        topic,
        level: true,
      });
    }
  });

  it('peaks candles and tea gift sets in November or December, loose-leaf tea in winter', () => {
    const peakMonth = (topic: string) => {
      const points = series(topic);
      const peak = points.reduce((best, p) => (p.interest > best.interest ? p : best));
      return Number(peak.weekStart.slice(5, 7));
    };

    expect([11, 12]).toContain(peakMonth('soy candles'));
    expect([11, 12]).toContain(peakMonth('tea gift sets'));
    expect([12, 1, 2]).toContain(peakMonth('loose-leaf tea'));
  });
});

describe('the keyword metrics', () => {
  it('cover the draft sample’s keywords and the care questions, measured on the first of the month', () => {
    const keywords = demo.keywords.map((metric) => metric.keyword);

    expect(keywords).toEqual(
      expect.arrayContaining([
        'stoneware care',
        'dishwasher safe mugs',
        'how to clean stoneware mugs',
        'can stoneware go in the microwave',
        'stoneware vs porcelain',
        'matcha',
        'soy candles',
        'loose leaf tea',
      ]),
    );
    expect(new Set(keywords).size).toBe(keywords.length);
    expect(keywords.length).toBeGreaterThanOrEqual(40);
    for (const metric of demo.keywords) {
      expect(metric.keyword).toBe(metric.keyword.toLowerCase());
      expect(metric.asOf).toBe('2026-11-01');
      expect(metric.difficulty).toBeGreaterThanOrEqual(0);
      expect(metric.difficulty).toBeLessThanOrEqual(100);
      expect(metric.monthlyVolume).toBeGreaterThan(0);
    }
    // Every interest topic has metrics to score it with.
    expect(DEMO_INTEREST_TOPICS.filter((t) => !demo.keywords.some((m) => m.topic === t))).toEqual(
      [],
    );
  });
});

describe('the competitor pages', () => {
  it("outline four pages for 'stoneware care', each one H1 then H2 sections, most asking about dishwashers", () => {
    const care = demo.competitorPages.filter((page) => page.keyword === 'stoneware care');

    expect(care).toHaveLength(4);
    for (const page of care) {
      expect(page.headings[0]).toEqual({ level: 1, text: page.title });
      expect(page.headings.filter((h) => h.level === 1)).toHaveLength(1);
      expect(page.headings.filter((h) => h.level === 2).length).toBeGreaterThanOrEqual(4);
    }
    expect(care.filter((p) => p.headings.some((h) => /dishwasher/i.test(h.text)))).toHaveLength(4);
    expect(care.filter((p) => p.headings.some((h) => /thermal shock/i.test(h.text)))).toHaveLength(
      3,
    );
    expect(new Set(demo.competitorPages.map((page) => page.url)).size).toBe(
      demo.competitorPages.length,
    );
  });
});

describe('the social engagement stats', () => {
  const best = (platform: string) =>
    demo.engagement
      .filter((stat) => stat.platform === platform)
      .reduce((top, stat) =>
        Number(stat.engagementRate) > Number(top.engagementRate) ? stat : top,
      );

  it('cover every hour of the week on each of the four platforms, 0 where the shop never posts', () => {
    expect(demo.engagement).toHaveLength(4 * 7 * 24);
    expect(new Set(demo.engagement.map((s) => `${s.platform} ${s.weekday} ${s.hour}`)).size).toBe(
      4 * 7 * 24,
    );
    expect(new Set(demo.engagement.map((s) => s.platform))).toEqual(new Set(SOCIAL_CHANNELS));
    for (const stat of demo.engagement) {
      expect(stat.engagementRate).toMatch(/^0\.\d{4}$/);
      if (stat.posts === 0) expect(stat.engagementRate).toBe('0.0000');
    }
  });

  it('peaks LinkedIn on a weekday morning and Instagram in the evening or on a weekend', () => {
    const linkedin = best('linkedin');
    const instagram = best('instagram');

    expect(linkedin.weekday).toBeLessThanOrEqual(5);
    expect(linkedin.hour).toBeGreaterThanOrEqual(7);
    expect(linkedin.hour).toBeLessThanOrEqual(10);
    expect(instagram.weekday >= 6 || instagram.hour >= 18).toBe(true);
  });
});

describe('the hashtag stats', () => {
  it('list 15 to 25 lowercase hashtags without # per platform, each with a topic', () => {
    for (const platform of SOCIAL_CHANNELS) {
      const tags = demo.hashtags.filter((stat) => stat.platform === platform);
      expect({ platform, count: tags.length >= 15 && tags.length <= 25 }).toEqual({
        platform,
        count: true,
      });
      expect(new Set(tags.map((t) => t.hashtag)).size).toBe(tags.length);
      for (const tag of tags) {
        expect(tag.hashtag).toMatch(/^[a-z0-9]+$/);
        expect(tag.topic).not.toBe('');
        expect(Number(tag.avgEngagementRate)).toBeGreaterThan(0);
      }
    }
  });
});
