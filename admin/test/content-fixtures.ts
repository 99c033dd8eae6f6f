// The hub's answers for the Content area on the demo shop's data (Juniper Lane Goods, a hub
// started 2026-12-03), some trimmed or hand-made where said: the console shows them as given.
import type {
  CalendarDay,
  ContentFeed,
  ContentItemView,
  DraftAnalysis,
  DraftItem,
  EditorialCalendarView,
  InterestSeries,
  SocialItem,
  SocialPreview,
  TrendReport,
} from '../src/pages/content.operations.js';

function item(fields: Partial<ContentItemView> & Pick<ContentItemView, 'id' | 'title'>) {
  return {
    kind: 'BLOG_POST',
    channel: null,
    state: 'IDEA',
    nextStates: [],
    slug: null,
    focusKeyword: null,
    plannedFor: null,
    scheduledFor: null,
    publishedAt: null,
    externalUrl: null,
    updatedAt: '2026-03-01T15:00:00.000Z',
    ...fields,
  } satisfies ContentItemView;
}

export const FIRED_TWICE = item({
  id: '0b4a7c5e-0000-4000-8000-000000000001',
  title: 'Why we fire our stoneware twice',
  state: 'PUBLISHED',
  slug: 'why-we-fire-our-stoneware-twice',
  focusKeyword: 'stoneware firing',
  publishedAt: '2026-03-03T16:00:00.000Z',
  externalUrl: 'https://blog.juniperlane.example/why-we-fire-our-stoneware-twice',
});
export const CANDLE_CARE = item({
  id: '0b4a7c5e-0000-4000-8000-000000000002',
  title: 'Soy candle care: the first burn matters',
  state: 'IN_REVIEW',
  nextStates: ['DRAFTING', 'APPROVED'],
  slug: 'soy-candle-care',
  focusKeyword: 'soy candle care',
  plannedFor: '2026-03-10',
});
export const TEA_IDEA = item({
  id: '0b4a7c5e-0000-4000-8000-000000000003',
  title: 'Loose-leaf tea for beginners',
  state: 'IDEA',
  nextStates: ['DRAFTING'],
  plannedFor: '2026-03-10',
});
export const X_THREAD = item({
  id: '0b4a7c5e-0000-4000-8000-000000000004',
  kind: 'SOCIAL_POST',
  channel: 'X',
  title: 'X thread: Why we fire our stoneware twice',
  state: 'SCHEDULED',
  nextStates: ['IN_REVIEW'],
  scheduledFor: '2026-03-17T15:00:00.000Z',
});

export const UNDATED_DRAFT = item({
  id: '0b4a7c5e-0000-4000-8000-000000000005',
  title: 'Stoneware care: how to care for stoneware mugs',
  state: 'IN_REVIEW',
  nextStates: ['DRAFTING', 'APPROVED'],
  focusKeyword: 'stoneware care',
});

const MARCH_WEEKDAY_OF_FIRST = 7; // 2026-03-01 is a Sunday.

function march(entries: Record<number, CalendarDay['entries']>): CalendarDay[] {
  return Array.from({ length: 31 }, (_, i) => ({
    date: `2026-03-${String(i + 1).padStart(2, '0')}`,
    weekday: ((MARCH_WEEKDAY_OF_FIRST - 1 + i) % 7) + 1,
    entries: entries[i + 1] ?? [],
  }));
}

export const CALENDAR_2026_03: EditorialCalendarView = {
  from: '2026-03-01',
  to: '2026-03-31',
  timeZone: 'America/Chicago',
  days: march({
    3: [{ basis: 'PUBLISHED', at: FIRED_TWICE.publishedAt, item: FIRED_TWICE }],
    10: [
      { basis: 'PLANNED', at: null, item: CANDLE_CARE },
      { basis: 'PLANNED', at: null, item: TEA_IDEA },
    ],
    17: [{ basis: 'SCHEDULED', at: X_THREAD.scheduledFor, item: X_THREAD }],
  }),
};

// Social posts adapted from "Why we fire our stoneware twice" by the hub (2026-12-03), and what
// previewSocialPost measured for them (X: weighted by twitter-text, a URL counting 23).
export const X_THREAD_POST: SocialItem = {
  id: '11c8a4a5-c3ba-4171-921c-547911964026',
  kind: 'SOCIAL_POST',
  channel: 'X',
  state: 'IN_REVIEW',
  nextStates: ['APPROVED', 'DRAFTING'],
  title: 'Why we fire our stoneware twice (X thread)',
  slug: null,
  focusKeyword: 'stoneware firing',
  plannedFor: '2026-12-07',
  scheduledFor: '2026-12-07T15:00:00.000Z',
  publishedAt: null,
  externalUrl: null,
  updatedAt: '2026-12-03T14:28:13.218Z',
  body: 'Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings. 1/6\n\nAfter a piece is thrown, trimmed and left to dry for a week or more, it is still fragile greenware: it would dissolve back into mud in a bucket of water. 2/6\n\nWe dip each bisqued piece by hand. 3/6\n\nThe glaze firing climbs to about 2,230°F (cone 6) over eleven hours, then cools slowly overnight. 4/6\n\nSingle firing is a real technique, and some potters do it beautifully. 5/6\n\nRead the full post: https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice #handmademugs #stoneware 6/6',
  parts: [
    'Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings. 1/6',
    'After a piece is thrown, trimmed and left to dry for a week or more, it is still fragile greenware: it would dissolve back into mud in a bucket of water. 2/6',
    'We dip each bisqued piece by hand. 3/6',
    'The glaze firing climbs to about 2,230°F (cone 6) over eleven hours, then cools slowly overnight. 4/6',
    'Single firing is a real technique, and some potters do it beautifully. 5/6',
    'Read the full post: https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice #handmademugs #stoneware 6/6',
  ],
  hashtags: ['handmademugs', 'stoneware'],
  sourceItem: {
    id: 'feaafef7-177d-470d-a619-4746c605dfa0',
    title: 'Why we fire our stoneware twice',
    externalUrl: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
  },
};
export const LINKEDIN_POST: SocialItem = {
  id: '8ab94f5b-d676-4e38-97ac-ef962115dcbd',
  kind: 'SOCIAL_POST',
  channel: 'LINKEDIN',
  state: 'IN_REVIEW',
  nextStates: ['APPROVED', 'DRAFTING'],
  title: 'Why we fire our stoneware twice (LinkedIn post)',
  slug: null,
  focusKeyword: 'stoneware firing',
  plannedFor: '2026-12-08',
  scheduledFor: '2026-12-08T14:00:00.000Z',
  publishedAt: null,
  externalUrl: null,
  updatedAt: '2026-12-03T14:28:13.218Z',
  body: 'Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings.\n\nAfter a piece is thrown, trimmed and left to dry for a week or more, it is still fragile greenware: it would dissolve back into mud in a bucket of water.\n\nWe dip each bisqued piece by hand.\n\nThe glaze firing climbs to about 2,230°F (cone 6) over eleven hours, then cools slowly overnight.\n\nSingle firing is a real technique, and some potters do it beautifully.\n\nRead the full post: https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice\n\n#stoneware #handmadeceramics #austintx #pottery #handmade',
  parts: null,
  hashtags: ['stoneware', 'handmadeceramics', 'austintx', 'pottery', 'handmade'],
  sourceItem: {
    id: 'feaafef7-177d-470d-a619-4746c605dfa0',
    title: 'Why we fire our stoneware twice',
    externalUrl: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
  },
};
export const INSTAGRAM_POST: SocialItem = {
  id: '6033e7c8-0f91-4a94-90d0-2c0bc4a83197',
  kind: 'SOCIAL_POST',
  channel: 'INSTAGRAM',
  state: 'IN_REVIEW',
  nextStates: ['APPROVED', 'DRAFTING'],
  title: 'Why we fire our stoneware twice (Instagram carousel)',
  slug: null,
  focusKeyword: 'stoneware firing',
  plannedFor: '2026-12-03',
  scheduledFor: '2026-12-04T01:00:00.000Z',
  publishedAt: null,
  externalUrl: null,
  updatedAt: '2026-12-03T14:28:13.218Z',
  body: 'Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings.\n\nRead the full post: link in bio.\n\n#stonewaremugs #stoneware #handmademugs #kilnopening #wheelthrown',
  parts: [
    'Why we fire our stoneware twice',
    'The first firing: bisque\n\nAfter a piece is thrown, trimmed and left to dry for a week or more, it is still fragile greenware: it would dissolve back…',
    'Glazing a piece that drinks\n\nWe dip each bisqued piece by hand.',
    'The second firing: cone 6\n\nThe glaze firing climbs to about 2,230°F (cone 6) over eleven hours, then cools slowly overnight.',
    'Why not fire once?\n\nSingle firing is a real technique, and some potters do it beautifully.',
    'Read the full post: link in bio.',
  ],
  hashtags: ['stonewaremugs', 'stoneware', 'handmademugs', 'kilnopening', 'wheelthrown'],
  sourceItem: {
    id: 'feaafef7-177d-470d-a619-4746c605dfa0',
    title: 'Why we fire our stoneware twice',
    externalUrl: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
  },
};

/** X posts' weighted lengths as the hub measured them, in thread order. */
export const X_PART_LENGTHS = [134, 157, 38, 101, 74, 118];
export const LINKEDIN_PREVIEW: SocialPreview = {
  length: 642,
  limit: 3000,
  overLimit: false,
  hook: { length: 130, limit: 210, withinLimit: true },
  hashtagCount: 5,
  hashtagLimit: null,
  notes: [],
};
export const INSTAGRAM_PREVIEW: SocialPreview = {
  length: 231,
  limit: 2200,
  overLimit: false,
  hook: null,
  hashtagCount: 5,
  hashtagLimit: 30,
  notes: [],
};

// The live analysis of a short draft, before and after a sentence with the keyword is typed
// (the hub's answers on the demo data).
export const ANALYSIS_BEFORE: DraftAnalysis = {
  seo: {
    score: 48,
    checks: [
      {
        id: 'KEYWORD_IN_TITLE',
        label: 'Focus keyword in the title',
        passed: true,
        detail: 'Has "stoneware care".',
        weight: 12,
      },
      {
        id: 'KEYWORD_IN_H1',
        label: 'Focus keyword in the H1',
        passed: true,
        detail: 'Has "stoneware care".',
        weight: 8,
      },
      {
        id: 'KEYWORD_IN_INTRO',
        label: 'Focus keyword in the first 100 words',
        passed: false,
        detail: '"stoneware care" is not in it.',
        weight: 10,
      },
      {
        id: 'KEYWORD_IN_META_DESCRIPTION',
        label: 'Focus keyword in the meta description',
        passed: false,
        detail: '"stoneware care" is not in it.',
        weight: 8,
      },
      {
        id: 'KEYWORD_DENSITY',
        label: 'Keyword density within 0.5%-2.5%',
        passed: false,
        detail: '3.57% (1 in 28 words): use it less.',
        weight: 10,
      },
      {
        id: 'META_DESCRIPTION_LENGTH',
        label: 'Meta description present, at most 160 characters',
        passed: true,
        detail: '75 characters.',
        weight: 10,
      },
      {
        id: 'SLUG',
        label: 'Slug: lowercase words and hyphens, at most 60 characters, with the keyword',
        passed: true,
        detail: '"stoneware-care".',
        weight: 10,
      },
      {
        id: 'INTERNAL_LINKS',
        label: 'Links to a related post of the blog',
        passed: false,
        detail:
          'No link to the blog: link "Reading a glaze: why no two of our mugs match" (https://juniperlanegoods.example/blog/why-no-two-mugs-match), "Why we fire our stoneware twice" (https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice), "How Juniper Lane Goods started: a wheel, a garage and a farmers market" (https://juniperlanegoods.example/blog/how-juniper-lane-started).',
        weight: 10,
      },
      {
        id: 'IMAGE_ALT_TEXT',
        label: 'Images with alt text, one carrying the keyword',
        passed: false,
        detail: 'No image.',
        weight: 7,
      },
      {
        id: 'HEADING_STRUCTURE',
        label: 'One H1, H2 sections, no skipped heading level',
        passed: true,
        detail: '1 H1, 1 H2.',
        weight: 8,
      },
      {
        id: 'LENGTH',
        label: 'At least 300 words',
        passed: false,
        detail: '28 words: 272 short.',
        weight: 7,
      },
    ],
    wordCount: 28,
    keywordOccurrences: 1,
    keywordDensity: 3.57,
    imageSuggestions: [
      {
        section: 'Is stoneware dishwasher safe?',
        alt: 'stoneware care: Is stoneware dishwasher safe?',
        markdown: '![stoneware care: Is stoneware dishwasher safe?](image-placeholder)',
      },
    ],
  },
  readability: {
    words: 28,
    sentences: 5,
    syllables: 41,
    fleschReadingEase: 77.3,
    fleschKincaidGrade: 3.9,
    level: 'FAIRLY_EASY',
  },
  internalLinks: [
    {
      postId: 'ed10a647-61b3-49f8-9875-324b6051b3be',
      title: 'Reading a glaze: why no two of our mugs match',
      href: 'https://juniperlanegoods.example/blog/why-no-two-mugs-match',
      anchorText: 'stoneware glazes',
      reason: 'Shares stoneware, mugs with this post',
    },
    {
      postId: 'feaafef7-177d-470d-a619-4746c605dfa0',
      title: 'Why we fire our stoneware twice',
      href: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
      anchorText: 'stoneware firing',
      reason: 'Shares stoneware, mugs with this post',
    },
    {
      postId: '52be401c-1c04-486b-b8d0-ca64a272105a',
      title: 'How Juniper Lane Goods started: a wheel, a garage and a farmers market',
      href: 'https://juniperlanegoods.example/blog/how-juniper-lane-started',
      anchorText: 'handmade ceramics',
      reason: 'Shares stoneware, mugs with this post',
    },
  ],
  suggestedSlug: 'stoneware-care-2',
};
export const ANALYSIS_AFTER: DraftAnalysis = {
  seo: {
    score: 58,
    checks: [
      {
        id: 'KEYWORD_IN_TITLE',
        label: 'Focus keyword in the title',
        passed: true,
        detail: 'Has "stoneware care".',
        weight: 12,
      },
      {
        id: 'KEYWORD_IN_H1',
        label: 'Focus keyword in the H1',
        passed: true,
        detail: 'Has "stoneware care".',
        weight: 8,
      },
      {
        id: 'KEYWORD_IN_INTRO',
        label: 'Focus keyword in the first 100 words',
        passed: true,
        detail: 'Has "stoneware care".',
        weight: 10,
      },
      {
        id: 'KEYWORD_IN_META_DESCRIPTION',
        label: 'Focus keyword in the meta description',
        passed: false,
        detail: '"stoneware care" is not in it.',
        weight: 8,
      },
      {
        id: 'KEYWORD_DENSITY',
        label: 'Keyword density within 0.5%-2.5%',
        passed: false,
        detail: '5.13% (2 in 39 words): use it less.',
        weight: 10,
      },
      {
        id: 'META_DESCRIPTION_LENGTH',
        label: 'Meta description present, at most 160 characters',
        passed: true,
        detail: '75 characters.',
        weight: 10,
      },
      {
        id: 'SLUG',
        label: 'Slug: lowercase words and hyphens, at most 60 characters, with the keyword',
        passed: true,
        detail: '"stoneware-care".',
        weight: 10,
      },
      {
        id: 'INTERNAL_LINKS',
        label: 'Links to a related post of the blog',
        passed: false,
        detail:
          'No link to the blog: link "Reading a glaze: why no two of our mugs match" (https://juniperlanegoods.example/blog/why-no-two-mugs-match), "Why we fire our stoneware twice" (https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice), "How Juniper Lane Goods started: a wheel, a garage and a farmers market" (https://juniperlanegoods.example/blog/how-juniper-lane-started).',
        weight: 10,
      },
      {
        id: 'IMAGE_ALT_TEXT',
        label: 'Images with alt text, one carrying the keyword',
        passed: false,
        detail: 'No image.',
        weight: 7,
      },
      {
        id: 'HEADING_STRUCTURE',
        label: 'One H1, H2 sections, no skipped heading level',
        passed: true,
        detail: '1 H1, 1 H2.',
        weight: 8,
      },
      {
        id: 'LENGTH',
        label: 'At least 300 words',
        passed: false,
        detail: '39 words: 261 short.',
        weight: 7,
      },
    ],
    wordCount: 39,
    keywordOccurrences: 2,
    keywordDensity: 5.13,
    imageSuggestions: [
      {
        section: 'Is stoneware dishwasher safe?',
        alt: 'stoneware care: Is stoneware dishwasher safe?',
        markdown: '![stoneware care: Is stoneware dishwasher safe?](image-placeholder)',
      },
    ],
  },
  readability: {
    words: 39,
    sentences: 6,
    syllables: 56,
    fleschReadingEase: 78.8,
    fleschKincaidGrade: 3.9,
    level: 'FAIRLY_EASY',
  },
  internalLinks: [
    {
      postId: 'ed10a647-61b3-49f8-9875-324b6051b3be',
      title: 'Reading a glaze: why no two of our mugs match',
      href: 'https://juniperlanegoods.example/blog/why-no-two-mugs-match',
      anchorText: 'stoneware glazes',
      reason: 'Shares stoneware, mugs with this post',
    },
    {
      postId: 'feaafef7-177d-470d-a619-4746c605dfa0',
      title: 'Why we fire our stoneware twice',
      href: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
      anchorText: 'stoneware firing',
      reason: 'Shares stoneware, mugs with this post',
    },
    {
      postId: '52be401c-1c04-486b-b8d0-ca64a272105a',
      title: 'How Juniper Lane Goods started: a wheel, a garage and a farmers market',
      href: 'https://juniperlanegoods.example/blog/how-juniper-lane-started',
      anchorText: 'handmade ceramics',
      reason: 'Shares stoneware, mugs with this post',
    },
  ],
  suggestedSlug: 'stoneware-care-2',
};

/** The trend report for the sample topics (trimmed: 5 of 12 topics, 2 gaps and headlines). */
export const TREND_REPORT: TrendReport = {
  asOf: '2026-12-03',
  requestedTopics: ['handmade ceramics', 'soy candles', 'loose-leaf tea'],
  topics: [
    {
      topic: 'wabi-sabi decor',
      status: 'RISING',
      score: 80,
      latestWeek: '2026-11-23',
      growthOnPriorPct: 52,
      growthOnLastYearPct: 90,
      keyword: 'wabi sabi decor',
      monthlyVolume: 6600,
      difficulty: 38,
      difficultyBand: 'medium',
      reason:
        "up 52% on the prior 12 weeks and 90% on last year; 6,600 searches a month for 'wabi sabi decor'; difficulty 38 (medium)",
      requested: false,
    },
    {
      topic: 'loose-leaf tea',
      status: 'STEADY',
      score: 36,
      latestWeek: '2026-11-23',
      growthOnPriorPct: 6,
      growthOnLastYearPct: 2,
      keyword: 'earl grey tea',
      monthlyVolume: 74000,
      difficulty: 57,
      difficultyBand: 'medium',
      reason:
        "up 6% on the prior 12 weeks and 2% on last year; 74,000 searches a month for 'earl grey tea'; difficulty 57 (medium)",
      requested: true,
    },
    {
      topic: 'beeswax candles',
      status: 'FALLING',
      score: 35,
      latestWeek: '2026-11-23',
      growthOnPriorPct: 21,
      growthOnLastYearPct: -24,
      keyword: 'beeswax candles',
      monthlyVolume: 18100,
      difficulty: 47,
      difficultyBand: 'medium',
      reason:
        'up 21% on the prior 12 weeks, down 24% on last year; 18,100 searches a month; difficulty 47 (medium)',
      requested: false,
    },
    {
      topic: 'handmade ceramics',
      status: 'STEADY',
      score: 33,
      latestWeek: '2026-11-23',
      growthOnPriorPct: 9,
      growthOnLastYearPct: 3,
      keyword: 'handmade ceramics',
      monthlyVolume: 9900,
      difficulty: 52,
      difficultyBand: 'medium',
      reason:
        'up 9% on the prior 12 weeks and 3% on last year; 9,900 searches a month; difficulty 52 (medium)',
      requested: true,
    },
    {
      topic: 'soy candles',
      status: 'SEASONAL_PEAK',
      score: 32,
      latestWeek: '2026-11-23',
      growthOnPriorPct: 33,
      growthOnLastYearPct: 1,
      keyword: 'soy candles',
      monthlyVolume: 27100,
      difficulty: 64,
      difficultyBand: 'high',
      reason:
        'up 33% on the prior 12 weeks and 1% on last year; a seasonal peak: the same weeks last year were as high; 27,100 searches a month; difficulty 64 (high)',
      requested: true,
    },
  ],
  gaps: [
    {
      topic: 'wabi-sabi decor',
      origin: 'RISING',
      reason: "no archive post mentions 'wabi-sabi'/'decor'",
      suggestedTitle: 'Wabi-sabi decor: a practical guide',
      trendScore: 80,
      bestMatch: null,
      mentionedIn: [
        {
          id: '360323db-3dc6-45da-aa91-2fba8ca14a52',
          title: 'Wabi-sabi is back: why imperfect ceramics are trending in home decor',
          url: 'https://studiopotteryweekly.example/articles/wabi-sabi-imperfect-ceramics-home-decor',
          summary:
            'Interior stylists are reaching for uneven rims and raw clay. What the wabi-sabi revival means for makers pricing and photographing one-of-a-kind pieces.',
          feed: 'Studio Pottery Weekly',
          publishedAt: '2026-11-29T07:27:29.336Z',
        },
      ],
      inProgress: null,
    },
    {
      topic: 'stoneware care',
      origin: 'RISING',
      reason:
        "no archive post covers 'care'; closest: 'Why we fire our stoneware twice' (score 5.2)",
      suggestedTitle: 'Stoneware care: a practical guide',
      trendScore: 70,
      bestMatch: {
        title: 'Why we fire our stoneware twice',
      },
      mentionedIn: [],
      inProgress: {
        contentItemId: 'f1b7a7de-4c55-4d6c-9a55-2f0f4e1c2b11',
        title: 'Stoneware care: how to care for stoneware mugs',
        state: 'IN_REVIEW',
      },
    },
  ],
  headlines: [
    {
      id: 'd9d48224-10fb-43a4-92d5-b44d97a434d0',
      title: 'Holiday candle forecast: what makers are stocking for December',
      url: 'https://chandlersjournal.example/articles/holiday-candle-stocking-forecast',
      summary:
        'Gift-sized candles, refill programs and warm, smoky scents lead small makers’ holiday plans, according to a survey of independent chandlers.',
      feed: "The Chandler's Journal",
      publishedAt: '2026-12-02T11:27:29.336Z',
    },
    {
      id: 'a2694d2a-b36f-41f6-a444-2fcf9a0e3707',
      title: 'Is your favorite mug really dishwasher safe? Potters weigh in',
      url: 'https://studiopotteryweekly.example/articles/is-your-mug-really-dishwasher-safe',
      summary:
        'Buyers keep asking whether handmade mugs can go in the dishwasher and microwave. Six studio potters explain what their glazes can take and what they tell customers.',
      feed: 'Studio Pottery Weekly',
      publishedAt: '2026-12-01T14:27:29.336Z',
    },
  ],
  freshness: {
    lastFeedFetchAt: '2026-12-03T11:27:29.336Z',
    feedCount: 4,
    seriesLastWeek: '2026-11-23',
    keywordMetricsAsOf: '2026-12-01',
    archivePosts: 10,
  },
  source: 'demo',
  notes: [
    'No SerpApi key (HUB_SERPAPI_KEY) is configured: the stored search-interest series are used, not live Google Trends.',
  ],
};
export const FEEDS: ContentFeed[] = [
  {
    id: 'd5618a6b-7717-4aca-abbc-331f4e52ae4c',
    title: 'Studio Pottery Weekly',
    url: 'https://studiopotteryweekly.example/feed/',
    topic: 'handmade ceramics',
    lastFetchedAt: '2026-12-03T11:27:29.336Z',
    lastStatus: 'OK',
    lastError: null,
    itemCount: 8,
    latestItemAt: '2026-12-01T14:27:29.336Z',
  },
  {
    id: '56c5611f-9822-4d8b-b251-f468366ef5ec',
    title: 'Steep & Leaf',
    url: 'https://steepandleaf.example/feed.atom',
    topic: 'loose-leaf tea',
    lastFetchedAt: '2026-12-03T10:27:29.336Z',
    lastStatus: 'OK',
    lastError: null,
    itemCount: 8,
    latestItemAt: '2026-12-01T08:27:29.336Z',
  },
];

/** Two years of weeks from 2024-12-02, a made-up seasonal line peaking each December. */
export function weeklySeries(topic: string, base: number): InterestSeries {
  const start = Date.UTC(2024, 11, 2);
  return {
    topic,
    source: 'demo',
    points: Array.from({ length: 104 }, (_, i) => ({
      weekStart: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
      interest: Math.min(100, base + Math.round(20 * Math.cos((2 * Math.PI * i) / 52))),
    })),
  };
}

/** A draft in review whose publication waits for a person (hand-made, short). */
export const STONEWARE_DRAFT: DraftItem = {
  id: '0b4a7c5e-0000-4000-8000-000000000010',
  kind: 'BLOG_POST',
  channel: null,
  state: 'IN_REVIEW',
  nextStates: ['DRAFTING', 'APPROVED'],
  title: 'Stoneware care: how to care for stoneware mugs',
  slug: 'stoneware-care',
  focusKeyword: 'stoneware care',
  plannedFor: null,
  scheduledFor: null,
  publishedAt: null,
  externalUrl: null,
  updatedAt: '2026-12-03T14:28:13.218Z',
  body: '# Stoneware care: how to care for stoneware mugs\n\nOur mugs are made to be used every day.\n\n## Is stoneware dishwasher safe?\n\nYes. Glazed stoneware goes in the dishwasher.',
  metaDescription: 'How to look after stoneware mugs: the dishwasher, the microwave and stains.',
  brief: { keywords: { secondary: ['dishwasher safe mugs'] } },
  runId: '857cd311-0437-4aca-a05e-7dd406972388',
  pendingApproval: {
    id: '83bb6f69-bb83-4907-bcb6-be277927f5c8',
    runId: '857cd311-0437-4aca-a05e-7dd406972388',
    toolName: 'publish_blog_post',
    reason: "Publishing to the shop's blog or social accounts always waits for a person.",
    expiresAt: '2026-12-04T14:28:13.218Z',
  },
};
