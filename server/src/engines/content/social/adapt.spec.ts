import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { adaptPost } from './adapt.js';
import { hashtagFromWords, suggestHashtags, type HashtagStat } from './hashtags.js';
import { digestSource, type BlogSource } from './source.js';
import { xWeightedLength } from './x-thread.js';

const URL = 'https://juniperlanegoods.com/blog/why-we-fire-our-stoneware-twice';

/** Shaped like the demo shop's archive posts. */
const POST: BlogSource = {
  title: 'Why we fire our stoneware twice',
  url: URL,
  focusKeyword: 'stoneware firing',
  body: [
    '# Why we fire our stoneware twice',
    '',
    'Every mug we sell goes through the kiln two times, and each firing does a different job.',
    'Here is what happens in each.',
    '',
    '## The bisque firing',
    '',
    'The first firing turns dried clay into bisque at about 1,800 °F. It drives out the last water.',
    '',
    '![Bisqueware on a kiln shelf](bisque.jpg)',
    '',
    '## Glazing the bisque',
    '',
    '- Bisque is porous, so the glaze soaks in evenly. Raw clay would crack.',
    '- We dip by hand.',
    '',
    '## The glaze firing',
    '',
    'The second firing melts the glaze into glass at about 2,200 °F (see [our kiln notes](https://juniperlanegoods.com/kiln)).',
    '',
    '### Cooling',
    '',
    'We let the kiln cool for a full day.',
    '',
    '## Nothing here yet',
    '',
    '## Why it matters for you',
    '',
    '**Twice-fired** stoneware is dishwasher safe and resists chipping. Use it daily.',
  ].join('\n'),
};

const HOOK =
  'Every mug we sell goes through the kiln two times, and each firing does a different job.';
const POINTS = [
  'The first firing turns dried clay into bisque at about 1,800 °F.',
  'Bisque is porous, so the glaze soaks in evenly.',
  'The second firing melts the glaze into glass at about 2,200 °F (see our kiln notes).',
  'Twice-fired stoneware is dishwasher safe and resists chipping.',
];

const HASHTAGS: HashtagStat[] = [
  { hashtag: 'stoneware', topic: 'stoneware', posts: 40, avgEngagementRate: 0.05 },
  { hashtag: 'handmadepottery', topic: 'stoneware', posts: 30, avgEngagementRate: 0.06 },
  { hashtag: 'stonewaremugs', topic: 'stoneware', posts: 12, avgEngagementRate: 0.07 },
  { hashtag: 'kilnfiring', topic: 'kilns', posts: 3, avgEngagementRate: 0.12 },
  { hashtag: 'soycandles', topic: 'candles', posts: 50, avgEngagementRate: 0.09 },
  { hashtag: 'looseleaftea', topic: 'tea', posts: 25, avgEngagementRate: 0.08 },
];

describe('digestSource', () => {
  it('takes the intro first sentence as the hook and each H2 first sentence as a point', () => {
    const digest = digestSource(POST);
    expect(digest.hook).toBe(HOOK);
    expect(digest.keyPoints).toEqual([
      { heading: 'The bisque firing', sentence: POINTS[0] },
      { heading: 'Glazing the bisque', sentence: POINTS[1] },
      { heading: 'The glaze firing', sentence: POINTS[2] },
      { heading: 'Why it matters for you', sentence: POINTS[3] },
    ]);
    expect(digest.url).toBe(URL);
  });

  it('weights terms by where they appear: focus keyword 3, title 2, H2 heading 1', () => {
    const weights = Object.fromEntries(digestSource(POST).keywords.map((k) => [k.term, k.weight]));
    expect(weights).toMatchObject({ stoneware: 3, firing: 3, fire: 2, twice: 2, bisque: 1 });
    expect(weights).not.toHaveProperty('the');
  });

  it('falls back to the title as the hook when the post has no introduction', () => {
    const digest = digestSource({ ...POST, body: '## Only\n\nOne point here.' });
    expect(digest.hook).toBe(POST.title);
    expect(digest.keyPoints).toEqual([{ heading: 'Only', sentence: 'One point here.' }]);
  });
});

describe('suggestHashtags', () => {
  const keywords = digestSource(POST).keywords;

  it('ranks relevant hashtags by relevance and shrunk engagement, never irrelevant ones', () => {
    const suggestions = suggestHashtags(HASHTAGS, keywords, 10);
    // Platform mean: (40*.05 + 30*.06 + 12*.07 + 3*.12 + 50*.09 + 25*.08) / 160 = 0.071875.
    // kilnfiring matches "firing" (a focus term: relevance 1); its 12 % on only 3 posts shrinks
    // to (3*.12 + 10*.071875) / 13 = 0.0830, still the best rate, so its score is 1.
    // stonewaremugs: (12*.07 + .71875) / 22 = 0.0709; 0.5 + 0.5 * .0709/.0830 = 0.9269.
    // handmadepottery (its topic is stoneware): (30*.06 + .71875) / 40 = 0.0630 -> 0.8794.
    // stoneware: (40*.05 + .71875) / 50 = 0.0544 -> 0.8276.
    expect(suggestions.map((s) => [s.hashtag, s.score, s.engagementRate])).toEqual([
      ['kilnfiring', 1, 0.083],
      ['stonewaremugs', 0.9269, 0.0709],
      ['handmadepottery', 0.8794, 0.063],
      ['stoneware', 0.8276, 0.0544],
    ]);
    expect(suggestions[1]).toEqual({
      hashtag: 'stonewaremugs',
      score: 0.9269,
      relevance: 1,
      engagementRate: 0.0709,
      posts: 12,
      matched: ['stoneware'],
    });
    // Soy candles and tea perform better than all of them but have nothing to do with the post.
    expect(suggestions.some((s) => s.hashtag === 'soycandles')).toBe(false);
  });

  it('ranks a hashtag matching only a quoted sentence below those on the subject', () => {
    // "porous" is only in a key point's sentence (weight 0.5): relevance 0.5 / 3.
    const stats: HashtagStat[] = [
      ...HASHTAGS,
      { hashtag: 'porousware', topic: 'ceramics', posts: 200, avgEngagementRate: 0.2 },
    ];
    const suggestions = suggestHashtags(stats, keywords, 10);
    expect(suggestions.at(-1)).toMatchObject({
      hashtag: 'porousware',
      relevance: 0.1667,
      score: 0.1667,
      matched: ['porous'],
    });
  });

  it('respects the limit and breaks ties by posts then name', () => {
    const tied: HashtagStat[] = [
      { hashtag: 'stonewareb', topic: 'x', posts: 5, avgEngagementRate: 0.05 },
      { hashtag: 'stonewarea', topic: 'x', posts: 5, avgEngagementRate: 0.05 },
      { hashtag: 'stonewarec', topic: 'x', posts: 9, avgEngagementRate: 0.05 },
    ];
    expect(suggestHashtags(tied, keywords, 2).map((s) => s.hashtag)).toEqual([
      'stonewarec',
      'stonewarea',
    ]);
  });

  it('makes a hashtag from words only when it is usable', () => {
    expect(hashtagFromWords('Stoneware firing')).toBe('stonewarefiring');
    expect(hashtagFromWords('--')).toBeNull();
    expect(hashtagFromWords('42')).toBeNull();
  });
});

describe('adaptPost', () => {
  const digest = digestSource(POST);

  it('writes an X thread: hook, one post per point, link with two hashtags, all numbered', () => {
    const post = adaptPost(digest, 'x', HASHTAGS);
    expect(post.parts).toEqual([
      `${HOOK} 1/6`,
      `${POINTS[0]} 2/6`,
      `${POINTS[1]} 3/6`,
      `${POINTS[2]} 4/6`,
      `${POINTS[3]} 5/6`,
      `Read the full post: ${URL} #kilnfiring #stonewaremugs 6/6`,
    ]);
    expect(post.text).toBe(post.parts?.join('\n\n'));
    expect(post.hashtags).toEqual(['kilnfiring', 'stonewaremugs']);
    for (const [i, part] of (post.parts ?? []).entries()) {
      expect(post.length.parts[i]).toEqual({ length: xWeightedLength(part), limit: 280 });
      expect(twitterText.parseTweet(part).weightedLength).toBeLessThanOrEqual(280);
    }
    expect(post.length.parts[5]?.length).toBe(20 + 23 + 27 + 4);
    expect(post.length).toMatchObject({ unit: 'WEIGHTED', limit: 280, withinLimit: true });
  });

  it('writes a LinkedIn post: hook first within 210, points as paragraphs, link, 3-5 tags', () => {
    const post = adaptPost(digest, 'linkedin', HASHTAGS);
    expect(post.text).toBe(
      [
        HOOK,
        ...POINTS,
        `Read the full post: ${URL}`,
        '#kilnfiring #stonewaremugs #handmadepottery #stoneware',
      ].join('\n\n'),
    );
    expect(post.parts).toBeNull();
    expect(post.length).toEqual({
      unit: 'CHARACTERS',
      length: post.text.length,
      limit: 3000,
      withinLimit: true,
      parts: [],
      hook: { length: HOOK.length, limit: 210 },
    });
  });

  it('keeps LinkedIn within 3,000 by dropping points from the end, hook trimmed to 210', () => {
    const long = 'Clay '.repeat(99).trim() + '.';
    const body = [
      '# T',
      '',
      `${'Kiln '.repeat(60).trim()}.`,
      ...Array.from({ length: 12 }, (_, i) => `## Point ${i}\n\n${long}`),
    ].join('\n\n');
    const post = adaptPost(digestSource({ ...POST, body }), 'linkedin', HASHTAGS);
    expect(post.text.length).toBeLessThanOrEqual(3000);
    const [hook] = post.text.split('\n\n');
    expect(hook?.length).toBeLessThanOrEqual(210);
    expect(hook?.endsWith('…')).toBe(true);
    // 12 points of 499 characters cannot all fit; five do.
    expect(post.text.split('\n\n').filter((p) => p === long)).toHaveLength(5);
  });

  it('pads LinkedIn to three hashtags from the post when the stats match too few', () => {
    const post = adaptPost(digest, 'linkedin', []);
    expect(post.hashtags).toEqual(['stonewarefiring', 'stoneware', 'firing']);
    expect(post.hashtagSuggestions).toEqual([]);
  });

  it('writes an Instagram carousel: title slide, point slides, link in bio; caption without URLs', () => {
    const withUrlHook = {
      ...digest,
      hook: `${HOOK} More at https://juniperlanegoods.com/kiln today.`,
    };
    const post = adaptPost(withUrlHook, 'instagram', HASHTAGS);
    expect(post.parts).toEqual([
      'Why we fire our stoneware twice',
      `The bisque firing\n\n${POINTS[0]}`,
      `Glazing the bisque\n\n${POINTS[1]}`,
      `The glaze firing\n\n${POINTS[2]}`,
      `Why it matters for you\n\n${POINTS[3]}`,
      'Read the full post: link in bio.',
    ]);
    expect(post.text).toBe(
      [
        `${HOOK} More at today.`,
        'Read the full post: link in bio.',
        '#kilnfiring #stonewaremugs #handmadepottery #stoneware',
      ].join('\n\n'),
    );
    expect(twitterText.extractUrls(post.text)).toEqual([]);
    expect(post.length.parts.every((p) => p.length <= 150 && p.limit === 150)).toBe(true);
    expect(post.length).toMatchObject({ unit: 'CHARACTERS', limit: 2200, withinLimit: true });
  });

  it('caps a carousel at ten slides and a slide at 150 characters', () => {
    const sentence = `${'Glaze '.repeat(40).trim()}.`;
    const body = Array.from({ length: 12 }, (_, i) => `## Step ${i}\n\n${sentence}`).join('\n\n');
    const post = adaptPost(digestSource({ ...POST, body }), 'instagram', HASHTAGS);
    expect(post.parts).toHaveLength(10);
    for (const slide of post.parts ?? []) expect(slide.length).toBeLessThanOrEqual(150);
    expect(post.parts?.[1]?.startsWith('Step 0\n\nGlaze Glaze')).toBe(true);
    expect(post.parts?.[1]?.endsWith('…')).toBe(true);
  });

  it('writes a short Facebook post with the link and at most two hashtags', () => {
    const post = adaptPost(digest, 'facebook', HASHTAGS);
    expect(post.text).toBe([HOOK, POINTS[0], URL, '#kilnfiring #stonewaremugs'].join('\n\n'));
    expect(post.length).toMatchObject({ limit: 63_206, withinLimit: true });
  });

  it('invents no link for an unpublished post', () => {
    const post = adaptPost({ ...digest, url: null }, 'x', []);
    expect(post.parts?.at(-1)).toBe('Read the full post on our blog. 6/6');
    expect(adaptPost({ ...digest, url: null }, 'facebook', []).text).not.toContain('http');
  });

  it('is deterministic', () => {
    expect(adaptPost(digest, 'linkedin', HASHTAGS)).toEqual(
      adaptPost(digestSource(POST), 'linkedin', [...HASHTAGS].reverse()),
    );
  });
});
