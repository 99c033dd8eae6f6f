/**
 * DEMO DATA, invented for the demo shop (Juniper Lane Goods: handmade stoneware, soy candles and
 * loose-leaf tea; Austin, TX): what the Content Marketing agent reads. None of it is a real
 * measurement; the shapes follow what is publicly known about these markets so the demo tells a
 * believable story:
 *
 * - the blog archive (demo-content-posts.ts) and a few editorial-calendar entries;
 * - four niche feeds with their latest items (demo-content-feeds.ts);
 * - two years of weekly search interest per topic on Google Trends' scale (each series scaled to
 *   its own peak = 100): candles and tea gift sets peak before Christmas, tea in winter, pottery
 *   classes in January; matcha, stoneware care and wabi-sabi decor are rising (above the prior 12
 *   weeks and the same weeks a year earlier); beeswax candles are falling;
 * - keyword metrics (monthly US searches, difficulty 0..100, cost per click) in the ranges keyword
 *   tools show for such queries;
 * - the headings of pages ranking for 'stoneware care', 'soy candles' and 'matcha' (fictional
 *   sites, headings typical of such pages);
 * - the shop's own social engagement by hour of the week (LinkedIn: weekday mornings; Instagram:
 *   evenings and weekend late mornings; X: weekday commute and lunch; Facebook: weekday late
 *   mornings) and by hashtag.
 *
 * Every date is relative to `now`, and the noise comes from a seeded generator, so the same `now`
 * always gives the same rows.
 */
import type { EntityManager } from 'typeorm';
import {
  CompetitorPageEntity,
  type CompetitorPageHeading,
} from '../entities/competitor-page.entity.js';
import { ContentFeedItemEntity } from '../entities/content-feed-item.entity.js';
import { ContentFeedEntity } from '../entities/content-feed.entity.js';
import {
  ContentItemEntity,
  type ContentItemState,
  type SocialChannel,
} from '../entities/content-item.entity.js';
import { HashtagStatEntity } from '../entities/hashtag-stat.entity.js';
import { KeywordMetricEntity } from '../entities/keyword-metric.entity.js';
import { SearchInterestPointEntity } from '../entities/search-interest-point.entity.js';
import { SocialEngagementStatEntity } from '../entities/social-engagement-stat.entity.js';
import { DEMO_FEEDS } from './demo-content-feeds.js';
import { DEMO_BLOG_POSTS, type DemoPostDate } from './demo-content-posts.js';
import { mulberry32 } from './seeded-random.js';

/** The archive post the social-adaptation sample adapts (demo-catalog.ts). */
export const DEMO_SOCIAL_SOURCE_TITLE = 'Why we fire our stoneware twice';
/** The topic the archive leaves uncovered, which the blog-post-draft sample fills. */
export const DEMO_CONTENT_GAP_TOPIC = 'How to care for stoneware mugs';
export const DEMO_BLOG_URL = 'https://juniperlanegoods.example/blog';
export const DEMO_INTEREST_SOURCE = 'demo';
/** Weeks of search interest stored per topic: two years. */
export const DEMO_INTEREST_WEEKS = 104;

// ---------------------------------------------------------------------------------------------
// Dates (UTC arithmetic only)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - Math.round(days * DAY_MS));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `d`'s UTC calendar day at `hour`:00 UTC. */
function atHour(d: Date, hour: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour));
}

/** The Monday starting the last full week (Monday to Sunday, UTC) before `now`. */
export function lastFullWeekStart(now: Date): Date {
  const today = atHour(now, 0);
  const isoWeekday = today.getUTCDay() === 0 ? 7 : today.getUTCDay();
  return daysBefore(today, isoWeekday - 1 + 7);
}

/** When an archive post went out: 15:00 UTC (morning in Austin) on its day. */
function publicationDate(now: Date, when: DemoPostDate): Date {
  if ('daysAgo' in when) return atHour(daysBefore(now, when.daysAgo), 15);
  const latest = daysBefore(now, when.minDaysAgo);
  const { month, day } = when.onMonthDay;
  const thisYear = new Date(Date.UTC(latest.getUTCFullYear(), month - 1, day, 15));
  return thisYear <= latest
    ? thisYear
    : new Date(Date.UTC(latest.getUTCFullYear() - 1, month - 1, day, 15));
}

/** A stable 32-bit seed from a name, so each series has its own noise whatever the order. */
function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The editorial calendar: the archive and what is planned
// ---------------------------------------------------------------------------------------------

export interface DemoContentItem {
  kind: 'BLOG_POST';
  state: ContentItemState;
  title: string;
  slug: string;
  focusKeyword: string;
  body: string;
  metaDescription: string | null;
  plannedFor: string | null;
  publishedAt: Date | null;
  externalUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A gift guide for the season the demo is seeded in, so the idea always looks timely. */
function giftGuideTitle(now: Date): string {
  const month = now.getUTCMonth() + 1;
  if (month >= 9) return 'Holiday candle gift guide: a scent for everyone on your list';
  if (month <= 5) return "Mother's Day candle gift guide: scents she will actually burn";
  return 'Housewarming candle gift guide: scents for a new home';
}

function buildContentItems(now: Date): DemoContentItem[] {
  const archive = DEMO_BLOG_POSTS.map((post): DemoContentItem => {
    const publishedAt = publicationDate(now, post.published);
    return {
      kind: 'BLOG_POST',
      state: 'PUBLISHED',
      title: post.title,
      slug: post.slug,
      focusKeyword: post.focusKeyword,
      body: post.body,
      metaDescription: post.metaDescription,
      plannedFor: isoDate(publishedAt),
      publishedAt,
      externalUrl: `${DEMO_BLOG_URL}/${post.slug}`,
      createdAt: daysBefore(publishedAt, 6),
      updatedAt: publishedAt,
    };
  });
  const planned = (
    title: string,
    slug: string,
    focusKeyword: string,
    state: ContentItemState,
    inDays: number,
    body = '',
  ): DemoContentItem => ({
    kind: 'BLOG_POST',
    state,
    title,
    slug,
    focusKeyword,
    body,
    metaDescription: null,
    plannedFor: isoDate(daysBefore(now, -inDays)),
    publishedAt: null,
    externalUrl: null,
    createdAt: daysBefore(now, 9),
    updatedAt: daysBefore(now, state === 'IDEA' ? 9 : 2),
  });
  return [
    ...archive,
    planned(giftGuideTitle(now), 'candle-gift-guide', 'candle gift ideas', 'IDEA', 12),
    planned(
      'Matcha whisking basics: a bowl, a whisk and ninety seconds',
      'matcha-whisking-basics',
      'how to whisk matcha',
      'IDEA',
      26,
    ),
    planned(
      'Wabi-sabi at home: living with imperfect pottery',
      'wabi-sabi-at-home',
      'wabi sabi decor',
      'DRAFTING',
      19,
      `Wabi-sabi is the Japanese idea that beauty lives in the imperfect, the unfinished and the worn. It has become a home decor trend, but for potters it has always been a way of working.

## What wabi-sabi means (and what it does not)

Notes: not "rustic" or "distressed" on purpose; kintsugi as the well-known example; keep it short.

## Imperfection you can see in our pieces

Notes: throwing lines, glaze breaking on rims, speckles. Link the glaze post.

## Styling a shelf

Notes: fewer objects, natural materials, one candle, room to breathe.`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Feeds the shop watches, and their latest items
// ---------------------------------------------------------------------------------------------

export interface DemoFeedItem {
  guid: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: Date;
  firstSeenAt: Date;
}

export interface DemoFeed {
  title: string;
  url: string;
  topic: string;
  etag: string | null;
  lastModified: string;
  lastFetchedAt: Date;
  lastStatus: 'OK';
  items: DemoFeedItem[];
}

function buildFeeds(now: Date): DemoFeed[] {
  return DEMO_FEEDS.map((feed, feedIndex) => {
    const items = feed.items.map((item, itemIndex): DemoFeedItem => {
      // Published at varied times of day; seen at the first fetch after it (fetched every 6 h).
      const publishedAt = daysBefore(
        now,
        item.daysAgo + ((itemIndex * 7 + feedIndex * 3) % 10) / 24,
      );
      const url = `${feed.site}/articles/${item.slug}`;
      return {
        guid:
          feed.guid === 'link' ? url : `${feed.site}/?p=${48_210 - item.daysAgo * 13 - itemIndex}`,
        url,
        title: item.title,
        summary: item.summary,
        publishedAt,
        firstSeenAt: new Date(
          publishedAt.getTime() + (2 + ((itemIndex + feedIndex) % 4)) * 3_600_000,
        ),
      };
    });
    const newest = Math.max(...items.map((item) => item.publishedAt.getTime()));
    return {
      title: feed.title,
      url: feed.url,
      topic: feed.topic,
      etag: feed.etag,
      // The Last-Modified header's text (an HTTP-date), kept as the server sent it.
      lastModified: new Date(newest).toUTCString(),
      lastFetchedAt: daysBefore(now, feed.hoursSinceFetch / 24),
      lastStatus: 'OK',
      items,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Search interest: 104 weekly points per topic
// ---------------------------------------------------------------------------------------------

/** A yearly bump in interest around a calendar day (a Gaussian over the day-of-year distance). */
interface SeasonalPeak {
  month: number;
  day: number;
  /** Added to the base level at the peak, as a fraction of it (1 = double). */
  height: number;
  widthDays: number;
}

interface InterestShape {
  topic: string;
  /** The base level two years ago and in the latest week (linear between). */
  from: number;
  to: number;
  /** A recent surge added to the base, centred 8 weeks before the latest week. */
  surge: number;
  peaks: readonly SeasonalPeak[];
  /** Week-to-week noise, as a fraction. */
  noise: number;
}

/** Candle searches build through the fall and spike in the weeks before Christmas. */
const CANDLE_SEASON: readonly SeasonalPeak[] = [
  { month: 11, day: 15, height: 0.45, widthDays: 55 },
  { month: 12, day: 12, height: 0.6, widthDays: 14 },
];

const INTEREST_SHAPES: readonly InterestShape[] = [
  // Flat, with a gift-season lift.
  {
    topic: 'handmade ceramics',
    from: 0.95,
    to: 1,
    surge: 0,
    noise: 0.05,
    peaks: [{ month: 12, day: 5, height: 0.4, widthDays: 22 }],
  },
  {
    topic: 'stoneware mugs',
    from: 1,
    to: 1.02,
    surge: 0,
    noise: 0.05,
    peaks: [
      { month: 11, day: 20, height: 0.25, widthDays: 45 },
      { month: 12, day: 10, height: 0.45, widthDays: 16 },
    ],
  },
  // Rising: new mugs unwrapped at Christmas bring care questions, and the trend climbs on top.
  {
    topic: 'stoneware care',
    from: 0.5,
    to: 0.7,
    surge: 0.42,
    noise: 0.06,
    peaks: [{ month: 12, day: 30, height: 0.35, widthDays: 18 }],
  },
  {
    topic: 'dishwasher safe mugs',
    from: 1,
    to: 1.05,
    surge: 0,
    noise: 0.06,
    peaks: [{ month: 12, day: 28, height: 0.3, widthDays: 20 }],
  },
  // Seasonal: level year on year.
  { topic: 'soy candles', from: 1, to: 1.04, surge: 0, noise: 0.04, peaks: CANDLE_SEASON },
  {
    topic: 'candle making',
    from: 1,
    to: 0.98,
    surge: 0,
    noise: 0.05,
    peaks: [{ month: 11, day: 1, height: 0.55, widthDays: 45 }],
  },
  {
    topic: 'loose-leaf tea',
    from: 1,
    to: 1.03,
    surge: 0,
    noise: 0.04,
    peaks: [{ month: 1, day: 15, height: 0.35, widthDays: 55 }],
  },
  // Rising, with a small iced-matcha summer lift.
  {
    topic: 'matcha',
    from: 0.55,
    to: 0.85,
    surge: 0.45,
    noise: 0.04,
    peaks: [{ month: 7, day: 1, height: 0.15, widthDays: 50 }],
  },
  {
    topic: 'tea gift sets',
    from: 1,
    to: 1.03,
    surge: 0,
    noise: 0.06,
    peaks: [
      { month: 12, day: 10, height: 2.2, widthDays: 16 },
      { month: 5, day: 5, height: 0.3, widthDays: 10 },
    ],
  },
  // Rising steadily.
  { topic: 'wabi-sabi decor', from: 0.4, to: 0.65, surge: 0.5, noise: 0.07, peaks: [] },
  // New-year resolutions, then a smaller spring lift.
  {
    topic: 'pottery classes',
    from: 1,
    to: 1.08,
    surge: 0,
    noise: 0.05,
    peaks: [
      { month: 1, day: 20, height: 0.3, widthDays: 25 },
      { month: 4, day: 10, height: 0.15, widthDays: 30 },
    ],
  },
  // Falling: candle seasonality on a shrinking base (buyers moving to soy and coconut blends).
  { topic: 'beeswax candles', from: 1, to: 0.62, surge: 0, noise: 0.05, peaks: CANDLE_SEASON },
];

export const DEMO_INTEREST_TOPICS: readonly string[] = INTEREST_SHAPES.map((s) => s.topic);

export interface DemoInterestPoint {
  topic: string;
  source: string;
  weekStart: string;
  interest: number;
  fetchedAt: Date;
}

function dayOfYear(d: Date): number {
  return (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS;
}

function seasonality(peaks: readonly SeasonalPeak[], at: Date): number {
  const year = 365.25;
  const day = dayOfYear(at);
  return peaks.reduce((factor, peak) => {
    const peakDay = dayOfYear(new Date(Date.UTC(at.getUTCFullYear(), peak.month - 1, peak.day)));
    const apart = Math.abs(day - peakDay);
    const distance = Math.min(apart, year - apart);
    return factor + peak.height * Math.exp(-((distance / peak.widthDays) ** 2));
  }, 1);
}

function buildInterest(now: Date): DemoInterestPoint[] {
  const lastWeek = lastFullWeekStart(now);
  const first = daysBefore(lastWeek, 7 * (DEMO_INTEREST_WEEKS - 1));
  const latest = DEMO_INTEREST_WEEKS - 1;
  return INTEREST_SHAPES.flatMap((shape) => {
    const random = mulberry32(seedOf(shape.topic));
    const raw = Array.from({ length: DEMO_INTEREST_WEEKS }, (_, i) => {
      const weekStart = daysBefore(first, -7 * i);
      const base =
        shape.from +
        ((shape.to - shape.from) * i) / latest +
        shape.surge / (1 + Math.exp(-(i - (latest - 8)) / 2.5));
      const midWeek = daysBefore(weekStart, -3);
      const noise = 1 + shape.noise * (2 * random() - 1);
      return { weekStart, value: base * seasonality(shape.peaks, midWeek) * noise };
    });
    // Google Trends scales each series to its own peak: the highest week is 100.
    const peak = Math.max(...raw.map((point) => point.value));
    return raw.map((point) => ({
      topic: shape.topic,
      source: DEMO_INTEREST_SOURCE,
      weekStart: isoDate(point.weekStart),
      interest: Math.min(100, Math.max(0, Math.round((100 * point.value) / peak))),
      fetchedAt: now,
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// Keyword metrics
// ---------------------------------------------------------------------------------------------

export interface DemoKeywordMetric {
  keyword: string;
  topic: string;
  monthlyVolume: number;
  difficulty: number;
  cpcCents: number | null;
  source: string;
  asOf: string;
}

/** [keyword, topic, monthly US searches, difficulty 0..100, cost per click in cents or null]. */
const KEYWORDS: ReadonlyArray<readonly [string, string, number, number, number | null]> = [
  ['stoneware care', 'stoneware care', 1_300, 14, 45],
  ['how to clean stoneware mugs', 'stoneware care', 880, 12, 30],
  ['how to remove coffee stains from mugs', 'stoneware care', 1_600, 21, 20],
  ['can stoneware go in the microwave', 'stoneware care', 2_400, 19, 10],
  ['is stoneware oven safe', 'stoneware care', 3_600, 24, 15],
  ['stoneware vs porcelain', 'stoneware care', 2_900, 27, 35],
  ['stoneware thermal shock', 'stoneware care', 170, 8, null],
  ['dishwasher safe mugs', 'dishwasher safe mugs', 1_900, 31, 95],
  ['is stoneware dishwasher safe', 'dishwasher safe mugs', 2_400, 17, 20],
  ['are handmade mugs dishwasher safe', 'dishwasher safe mugs', 320, 9, 40],
  ['stoneware mugs', 'stoneware mugs', 14_800, 58, 110],
  ['handmade stoneware mugs', 'stoneware mugs', 2_900, 41, 120],
  ['speckled stoneware mug', 'stoneware mugs', 720, 29, 95],
  ['handmade ceramics', 'handmade ceramics', 9_900, 52, 85],
  ['handmade pottery', 'handmade ceramics', 22_200, 61, 90],
  ['stoneware firing', 'handmade ceramics', 480, 22, null],
  ['bisque firing', 'handmade ceramics', 1_600, 25, 20],
  ['stoneware glazes', 'handmade ceramics', 1_300, 34, 60],
  ['stoneware planters', 'handmade ceramics', 1_600, 33, 75],
  ['pottery classes', 'pottery classes', 90_500, 68, 150],
  ['pottery classes austin', 'pottery classes', 2_400, 33, 180],
  ['wabi sabi decor', 'wabi-sabi decor', 6_600, 38, 70],
  ['wabi sabi ceramics', 'wabi-sabi decor', 1_000, 21, 55],
  ['soy candles', 'soy candles', 27_100, 64, 95],
  ['best soy candles', 'soy candles', 4_400, 49, 120],
  ['hand poured soy candles', 'soy candles', 1_300, 36, 90],
  ['soy wax vs paraffin', 'soy candles', 2_900, 28, 30],
  ['are soy candles non toxic', 'soy candles', 1_900, 24, 40],
  ['candle gift ideas', 'soy candles', 3_600, 42, 85],
  ['candle making', 'candle making', 60_500, 66, 70],
  ['how to make soy candles', 'candle making', 8_100, 39, 45],
  ['beeswax candles', 'beeswax candles', 18_100, 47, 80],
  ['loose leaf tea', 'loose-leaf tea', 33_100, 63, 110],
  ['how to brew loose leaf tea', 'loose-leaf tea', 2_400, 22, 20],
  ['earl grey tea', 'loose-leaf tea', 74_000, 57, 60],
  ['cold brew tea', 'loose-leaf tea', 9_900, 35, 40],
  ['london fog recipe', 'loose-leaf tea', 12_100, 30, 15],
  ['matcha', 'matcha', 246_000, 82, 95],
  ['how to whisk matcha', 'matcha', 2_900, 18, 25],
  ['matcha whisk', 'matcha', 14_800, 44, 60],
  ['ceremonial grade matcha', 'matcha', 12_100, 58, 140],
  ['matcha bowl', 'matcha', 4_400, 31, 85],
  ['tea gift sets', 'tea gift sets', 12_100, 49, 130],
  ['handmade gifts under $50', 'tea gift sets', 390, 30, 80],
];

function buildKeywords(now: Date): DemoKeywordMetric[] {
  const asOf = isoDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)));
  return KEYWORDS.map(([keyword, topic, monthlyVolume, difficulty, cpcCents]) => ({
    keyword,
    topic,
    monthlyVolume,
    difficulty,
    cpcCents,
    source: DEMO_INTEREST_SOURCE,
    asOf,
  }));
}

// ---------------------------------------------------------------------------------------------
// Competitor pages
// ---------------------------------------------------------------------------------------------

export interface DemoCompetitorPage {
  keyword: string;
  url: string;
  title: string;
  headings: CompetitorPageHeading[];
  wordCount: number;
  capturedOn: string;
}

/** Headings written as indented lines: '# ' H1, '## ' H2, '### ' H3. */
function headings(outline: string): CompetitorPageHeading[] {
  return outline
    .trim()
    .split('\n')
    .map((line) => {
      const [, hashes = '', text = ''] = /^\s*(#{1,3}) (.+)$/.exec(line) ?? [];
      if (!hashes) throw new Error(`not a heading: ${line}`);
      return { level: hashes.length as 1 | 2 | 3, text: text.trim() };
    });
}

const COMPETITOR_PAGES: ReadonlyArray<
  Omit<DemoCompetitorPage, 'capturedOn'> & { capturedDaysAgo: number }
> = [
  {
    keyword: 'stoneware care',
    url: 'https://clayhousekitchen.example/blog/how-to-care-for-stoneware',
    title: 'How to Care for Stoneware: The Complete Guide',
    wordCount: 2_150,
    capturedDaysAgo: 11,
    headings: headings(`
      # How to Care for Stoneware: The Complete Guide
      ## What is stoneware?
      ## Before the first use
      ## Is stoneware dishwasher safe?
      ### Glazed vs unglazed stoneware
      ## Can stoneware go in the microwave?
      ## Using stoneware in the oven
      ### Thermal shock: avoid sudden temperature changes
      ## Removing stains
      ### Coffee and tea stains
      ### Grey cutlery marks
      ## Storing stoneware
      ## Frequently asked questions
    `),
  },
  {
    keyword: 'stoneware care',
    url: 'https://homeandhearthdaily.example/cleaning/stoneware-mug-cleaning-tips',
    title: '7 Stoneware Cleaning Tips to Keep Your Mugs Like New',
    wordCount: 1_380,
    capturedDaysAgo: 11,
    headings: headings(`
      # 7 Stoneware Cleaning Tips to Keep Your Mugs Like New
      ## 1. Hand wash or dishwasher?
      ## 2. Removing coffee and tea stains
      ## 3. Erase utensil marks with a gentle cleanser
      ## 4. Try a baking soda paste
      ## 5. Avoid thermal shock
      ## 6. Never soak unglazed bottoms
      ## 7. Know when to retire a chipped mug
    `),
  },
  {
    keyword: 'stoneware care',
    url: 'https://northforkpottery.example/pages/pottery-care',
    title: 'Caring for Your Handmade Pottery',
    wordCount: 760,
    capturedDaysAgo: 12,
    headings: headings(`
      # Caring for Your Handmade Pottery
      ## Dishwasher
      ## Microwave
      ## Oven and freezer
      ## Thermal shock
      ## Crazing and chips
      ## Unglazed bottoms
    `),
  },
  {
    keyword: 'stoneware care',
    url: 'https://kitchenprojournal.example/guides/is-stoneware-dishwasher-safe',
    title: 'Is Stoneware Dishwasher Safe? What Potters Want You to Know',
    wordCount: 1_720,
    capturedDaysAgo: 13,
    headings: headings(`
      # Is Stoneware Dishwasher Safe? What Potters Want You to Know
      ## The short answer
      ## Why some stoneware is not dishwasher safe
      ### Metallic and matte glazes
      ### Unglazed surfaces
      ### Detergents and etching
      ## Microwave and oven: the same rules?
      ## Removing stains
      ## How to tell if your mug is stoneware
    `),
  },
  {
    keyword: 'soy candles',
    url: 'https://thehomeedit-review.example/best-soy-candles',
    title: 'The Best Soy Candles, Tested and Reviewed',
    wordCount: 3_100,
    capturedDaysAgo: 20,
    headings: headings(`
      # The Best Soy Candles, Tested and Reviewed
      ## Our top picks
      ## How we tested
      ## What to look for in a soy candle
      ### Wax blend: 100% soy or a blend?
      ### Wick: cotton or wood
      ### Scent throw
      ## Soy vs paraffin candles
      ## Are soy candles non-toxic?
      ## How to make a candle burn longer
    `),
  },
  {
    keyword: 'soy candles',
    url: 'https://greenlivingnotes.example/soy-candles-vs-paraffin',
    title: 'Soy Candles vs Paraffin: Which Is Better?',
    wordCount: 1_450,
    capturedDaysAgo: 20,
    headings: headings(`
      # Soy Candles vs Paraffin: Which Is Better?
      ## Where soy wax comes from
      ## Burn time
      ## Soot and indoor air
      ## Scent throw
      ## Price
      ## The verdict
    `),
  },
  {
    keyword: 'matcha',
    url: 'https://leafandwhisk.example/learn/how-to-make-matcha',
    title: 'How to Make Matcha (and Whisk It Properly)',
    wordCount: 1_240,
    capturedDaysAgo: 16,
    headings: headings(`
      # How to Make Matcha (and Whisk It Properly)
      ## What you need
      ### Chawan (matcha bowl)
      ### Chasen (bamboo whisk)
      ## Ceremonial vs culinary grade
      ## Step by step
      ### Sift the powder
      ### Water temperature
      ### The zigzag whisk
      ## Common mistakes
    `),
  },
];

function buildCompetitorPages(now: Date): DemoCompetitorPage[] {
  return COMPETITOR_PAGES.map(({ capturedDaysAgo, ...page }) => ({
    ...page,
    capturedOn: isoDate(daysBefore(now, capturedDaysAgo)),
  }));
}

// ---------------------------------------------------------------------------------------------
// Social engagement by hour of the week, and by hashtag
// ---------------------------------------------------------------------------------------------

export interface DemoEngagementStat {
  platform: SocialChannel;
  weekday: number;
  hour: number;
  posts: number;
  /** A fraction with 4 decimals (0.0412 = 4.12 %), as numeric(6,4) stores it. */
  engagementRate: string;
}

/** An audience's daily rhythm: bumps of engagement around hours of the day. */
interface HourPeak {
  hour: number;
  height: number;
  width: number;
}

interface EngagementShape {
  platform: SocialChannel;
  /** The rate outside the peaks, and what a full peak adds to it. */
  floor: number;
  lift: number;
  weekdayPeaks: readonly HourPeak[];
  weekendPeaks: readonly HourPeak[];
  /** Monday..Sunday multipliers. */
  days: readonly [number, number, number, number, number, number, number];
  /** How many of the shop's posts a busy hour has over the sample (a year of posting). */
  postsPerBusyHour: number;
}

const ENGAGEMENT_SHAPES: readonly EngagementShape[] = [
  {
    // Professionals read before work and at lunch, Tuesday to Thursday most.
    platform: 'linkedin',
    floor: 0.01,
    lift: 0.042,
    weekdayPeaks: [
      { hour: 8, height: 1, width: 1.4 },
      { hour: 12, height: 0.5, width: 1 },
      { hour: 17, height: 0.3, width: 1.2 },
    ],
    weekendPeaks: [{ hour: 10, height: 0.25, width: 2 }],
    days: [0.85, 1.1, 1.15, 1.05, 0.8, 0.4, 0.35],
    postsPerBusyHour: 9,
  },
  {
    // Evenings after dinner, and slow weekend late mornings.
    platform: 'instagram',
    floor: 0.015,
    lift: 0.045,
    weekdayPeaks: [
      { hour: 7, height: 0.25, width: 1 },
      { hour: 12, height: 0.35, width: 1.2 },
      { hour: 19.5, height: 1, width: 1.8 },
    ],
    weekendPeaks: [
      { hour: 10.5, height: 0.95, width: 1.6 },
      { hour: 19.5, height: 0.8, width: 2 },
    ],
    days: [0.95, 0.95, 1, 0.95, 0.9, 1.15, 1.2],
    postsPerBusyHour: 14,
  },
  {
    // The commute, lunch and the end of the working day.
    platform: 'x',
    floor: 0.004,
    lift: 0.014,
    weekdayPeaks: [
      { hour: 9, height: 0.9, width: 1.4 },
      { hour: 12, height: 0.65, width: 1 },
      { hour: 17.5, height: 0.5, width: 1.3 },
    ],
    weekendPeaks: [{ hour: 11, height: 0.4, width: 2 }],
    days: [1, 1.05, 1.05, 1, 0.9, 0.6, 0.55],
    postsPerBusyHour: 12,
  },
  {
    // Weekday late mornings and early afternoons, Wednesday best.
    platform: 'facebook',
    floor: 0.006,
    lift: 0.013,
    weekdayPeaks: [
      { hour: 10, height: 0.9, width: 1.8 },
      { hour: 13, height: 0.55, width: 1.5 },
      { hour: 20, height: 0.4, width: 1.5 },
    ],
    weekendPeaks: [{ hour: 11, height: 0.6, width: 2 }],
    days: [1, 1.05, 1.15, 1.05, 0.95, 0.8, 0.8],
    postsPerBusyHour: 8,
  },
];

function peakCurve(peaks: readonly HourPeak[], hour: number): number {
  return peaks.reduce(
    (sum, p) => sum + p.height * Math.exp(-(((hour - p.hour) / p.width) ** 2)),
    0,
  );
}

/**
 * The shop's own posting habit: nothing between 23:00 and 05:59, most posts mid-morning and in
 * the evening, fewer on weekends. Hours without posts store a rate of 0 (no evidence).
 */
function shopPosts(weekday: number, hour: number, busy: number): number {
  if (hour < 6 || hour === 23) return 0;
  const habit =
    0.25 +
    peakCurve(
      [
        { hour: 9, height: 0.75, width: 2.5 },
        { hour: 19, height: 0.6, width: 2.5 },
      ],
      hour,
    );
  return Math.max(1, Math.round(busy * Math.min(1, habit) * (weekday >= 6 ? 0.6 : 1)));
}

function buildEngagement(): DemoEngagementStat[] {
  return ENGAGEMENT_SHAPES.flatMap((shape) => {
    const random = mulberry32(seedOf(`engagement:${shape.platform}`));
    return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
      Array.from({ length: 24 }, (_, hour): DemoEngagementStat => {
        const peaks = weekday >= 6 ? shape.weekendPeaks : shape.weekdayPeaks;
        const noise = 1 + 0.08 * (2 * random() - 1);
        const posts = shopPosts(weekday, hour, shape.postsPerBusyHour);
        const rate =
          posts === 0
            ? 0
            : (shape.floor + shape.lift * peakCurve(peaks, hour)) *
              (shape.days[weekday - 1] ?? 1) *
              noise;
        return { platform: shape.platform, weekday, hour, posts, engagementRate: rate.toFixed(4) };
      }),
    );
  });
}

export interface DemoHashtagStat {
  platform: SocialChannel;
  hashtag: string;
  topic: string;
  posts: number;
  /** A fraction with 4 decimals, as numeric(6,4) stores it. */
  avgEngagementRate: string;
}

/**
 * [hashtag, topic, how well it does relative to the platform's typical rate, how often the shop
 * uses it (0..1), the platforms it is used on]. Niche tags outperform broad ones (#pottery
 * competes with millions of posts); LinkedIn and Facebook posts carry few hashtags.
 */
const HASHTAGS: ReadonlyArray<readonly [string, string, number, number, string]> = [
  ['handmadeceramics', 'handmade ceramics', 1.25, 0.8, 'instagram x linkedin facebook'],
  ['ceramics', 'handmade ceramics', 0.9, 0.7, 'instagram x linkedin facebook'],
  ['pottery', 'handmade ceramics', 0.85, 0.9, 'instagram x linkedin facebook'],
  ['potterylove', 'handmade ceramics', 1.05, 0.5, 'instagram'],
  ['wheelthrown', 'handmade ceramics', 1.3, 0.45, 'instagram x'],
  ['kilnopening', 'handmade ceramics', 1.45, 0.2, 'instagram'],
  ['ceramicglaze', 'handmade ceramics', 1.2, 0.25, 'instagram x'],
  ['handmade', 'handmade ceramics', 0.8, 0.85, 'instagram x linkedin facebook'],
  ['stoneware', 'stoneware mugs', 1.15, 0.75, 'instagram x linkedin facebook'],
  ['stonewaremugs', 'stoneware mugs', 1.2, 0.4, 'instagram facebook'],
  ['handmademugs', 'stoneware mugs', 1.1, 0.45, 'instagram x'],
  ['soycandles', 'soy candles', 1.1, 0.6, 'instagram x facebook'],
  ['handpouredcandles', 'soy candles', 1.2, 0.35, 'instagram facebook'],
  ['candles', 'soy candles', 0.75, 0.55, 'x linkedin facebook'],
  ['candlemaking', 'candle making', 1.0, 0.2, 'instagram x'],
  ['matcha', 'matcha', 1.3, 0.25, 'instagram x linkedin facebook'],
  ['matchalatte', 'matcha', 1.15, 0.15, 'instagram'],
  ['looseleaftea', 'loose-leaf tea', 1.15, 0.45, 'instagram x linkedin facebook'],
  ['teatime', 'loose-leaf tea', 0.9, 0.5, 'x facebook'],
  ['earlgrey', 'loose-leaf tea', 1.05, 0.2, 'instagram x'],
  ['teagifts', 'tea gift sets', 1.0, 0.2, 'instagram facebook'],
  ['wabisabi', 'wabi-sabi decor', 1.35, 0.2, 'instagram x linkedin'],
  ['slowliving', 'wabi-sabi decor', 1.1, 0.35, 'instagram x'],
  ['smallbusiness', 'small business marketing', 0.85, 0.6, 'instagram x linkedin facebook'],
  ['shopsmall', 'small business marketing', 1.0, 0.55, 'instagram x linkedin facebook'],
  ['supportsmallbusiness', 'small business marketing', 0.9, 0.4, 'linkedin facebook'],
  ['makersmovement', 'small business marketing', 1.05, 0.3, 'linkedin x'],
  ['entrepreneurship', 'small business marketing', 0.8, 0.3, 'linkedin'],
  ['wholesale', 'small business marketing', 0.95, 0.2, 'linkedin'],
  ['corporategifts', 'tea gift sets', 1.15, 0.2, 'linkedin'],
  ['austintx', 'austin', 1.1, 0.45, 'instagram x linkedin facebook'],
  ['atxmakers', 'austin', 1.25, 0.25, 'instagram x facebook'],
];

/** A platform's typical rate for a hashtagged post, and the shop's hashtagged posts in a year. */
const HASHTAG_PLATFORMS: Record<SocialChannel, { rate: number; posts: number }> = {
  instagram: { rate: 0.038, posts: 150 },
  x: { rate: 0.011, posts: 90 },
  linkedin: { rate: 0.032, posts: 45 },
  facebook: { rate: 0.012, posts: 60 },
};

function buildHashtags(): DemoHashtagStat[] {
  return (Object.keys(HASHTAG_PLATFORMS) as SocialChannel[]).flatMap((platform) => {
    const random = mulberry32(seedOf(`hashtags:${platform}`));
    const { rate, posts } = HASHTAG_PLATFORMS[platform];
    return HASHTAGS.filter(([, , , , platforms]) => platforms.split(' ').includes(platform)).map(
      ([hashtag, topic, performance, usage]) => ({
        platform,
        hashtag,
        topic,
        posts: Math.max(2, Math.round(posts * usage * (0.85 + 0.3 * random()))),
        avgEngagementRate: (rate * performance * (0.92 + 0.16 * random())).toFixed(4),
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Everything together, and the seed
// ---------------------------------------------------------------------------------------------

export interface DemoContent {
  items: DemoContentItem[];
  feeds: DemoFeed[];
  interest: DemoInterestPoint[];
  keywords: DemoKeywordMetric[];
  competitorPages: DemoCompetitorPage[];
  engagement: DemoEngagementStat[];
  hashtags: DemoHashtagStat[];
}

/** The demo's content data for `now` (the seed's clock); the same `now` gives the same data. */
export function buildDemoContent(now: Date): DemoContent {
  return {
    items: buildContentItems(now),
    feeds: buildFeeds(now),
    interest: buildInterest(now),
    keywords: buildKeywords(now),
    competitorPages: buildCompetitorPages(now),
    engagement: buildEngagement(),
    hashtags: buildHashtags(),
  };
}

/** Writes the demo's content data within the seed's transaction. */
export async function seedDemoContent(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  const demo = buildDemoContent(now);
  await tx.insert(
    ContentItemEntity,
    demo.items.map((item) => ({ ...item, workspaceId })),
  );
  for (const { items, ...feed } of demo.feeds) {
    const saved = await tx.save(tx.create(ContentFeedEntity, { ...feed, workspaceId }));
    await tx.insert(
      ContentFeedItemEntity,
      items.map((item) => ({ ...item, workspaceId, feedId: saved.id })),
    );
  }
  await tx.insert(
    SearchInterestPointEntity,
    demo.interest.map((point) => ({ ...point, workspaceId })),
  );
  await tx.insert(
    KeywordMetricEntity,
    demo.keywords.map((metric) => ({ ...metric, workspaceId })),
  );
  await tx.insert(
    CompetitorPageEntity,
    demo.competitorPages.map((page) => ({ ...page, workspaceId })),
  );
  await tx.insert(
    SocialEngagementStatEntity,
    demo.engagement.map((stat) => ({ ...stat, workspaceId })),
  );
  await tx.insert(
    HashtagStatEntity,
    demo.hashtags.map((stat) => ({ ...stat, workspaceId })),
  );
}
