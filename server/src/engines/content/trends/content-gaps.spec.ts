import { describe, expect, it } from 'vitest';
import {
  analyzeContentGaps,
  postInProgressFor,
  type ArchivePost,
  type GapHeadline,
} from './content-gaps.js';

const ARCHIVE: ArchivePost[] = [
  {
    id: 'fire',
    title: 'Why we fire our stoneware twice',
    body: '## Bisque, then glaze\n\nBisque firing, then a glaze firing: what two trips through the **kiln** do for a mug.',
  },
  {
    id: 'brew',
    title: 'Brewing loose-leaf tea at home',
    body: 'Water temperature and steeping times for green, black and oolong teas. Loose-leaf tea opens up in a roomy infuser.',
  },
  {
    id: 'candles',
    title: 'Caring for soy candles',
    body: 'Trim the wick, burn the first time until the pool reaches the edge of the jar. Soy wax burns cleaner.',
  },
  {
    id: 'pairings',
    title: 'Our favourite tea pairings',
    body: 'Black tea with shortbread, green tea with citrus, oolong with roasted nuts.',
  },
];

const HEADLINES: GapHeadline[] = [
  {
    id: 'h1',
    title: 'Is your stoneware dishwasher safe?',
    summary: 'Glaze, heat and detergent: the care rules potters give.',
  },
  { id: 'h2', title: 'Matcha lattes and the cafe boom', summary: 'Why matcha is everywhere.' },
  { id: 'h3', title: 'Soy candles outsell paraffin', summary: 'A market report.' },
];

describe('analyzeContentGaps', () => {
  it('finds a topic whose closest post shares too few of its terms, naming the missing ones', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'stoneware care', origin: 'requested' }],
      archive: ARCHIVE,
      headlines: HEADLINES,
    });
    expect(gaps).toHaveLength(1);
    const gap = gaps[0];
    expect(gap).toMatchObject({
      topic: 'stoneware care',
      gap: true,
      bestMatch: {
        id: 'fire',
        title: 'Why we fire our stoneware twice',
        sharedTerms: ['stoneware'],
      },
      missingTerms: ['care'],
      // IDF over the 4 posts: 'stoneware' (1 post) ln(1 + 3.5/1.5) = 1.204, 'care' (none)
      // ln(1 + 4.5/0.5) = 2.303; shared 1.204 / 3.507.
      coverage: 0.34,
      suggestedTitle: 'Stoneware care: a practical guide',
      mentionedIn: ['h1'],
    });
    expect(gap?.reason).toBe(
      `no archive post covers 'care'; closest: 'Why we fire our stoneware twice' (score ${gap?.bestMatch?.score.toFixed(1)})`,
    );
  });

  it('says when no archive post mentions the topic at all', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'matcha', origin: 'rising', trendScore: 71 }],
      archive: ARCHIVE,
      headlines: HEADLINES,
    });
    expect(gaps[0]).toMatchObject({
      topic: 'matcha',
      origin: 'rising',
      bestMatch: null,
      missingTerms: ['matcha'],
      coverage: 0,
      reason: "no archive post mentions 'matcha'",
      mentionedIn: ['h2'],
      trendScore: 71,
    });
  });

  it('counts a post sharing every term with a strong score as covering the topic', () => {
    const result = analyzeContentGaps({
      candidates: [
        { topic: 'loose-leaf tea', origin: 'requested' },
        { topic: 'soy candles', origin: 'requested' },
      ],
      archive: ARCHIVE,
      headlines: HEADLINES,
    });
    expect(result.gaps).toEqual([]);
    expect(
      result.covered.map((coverage) => [coverage.topic, coverage.bestMatch?.id, coverage.coverage]),
    ).toEqual([
      ['loose-leaf tea', 'brew', 1],
      ['soy candles', 'candles', 1],
    ]);
    const soy = result.covered[1];
    expect(soy?.reason).toBe(
      `covered by 'Caring for soy candles' (score ${soy?.bestMatch?.score.toFixed(1)}; shares 'soy'/'candles')`,
    );
    expect(soy?.mentionedIn).toEqual(['h3']);
    expect(soy?.suggestedTitle).toBeNull();
  });

  it('calls a match under the score floor a gap even when it shares the terms', () => {
    // Every post says "tea" many times: its IDF, and so its score, is tiny.
    const teaArchive = ['one', 'two', 'three', 'four'].map((id) => ({
      id,
      title: `Tea notes ${id}`,
      body: 'tea '.repeat(40) + 'and a long body of other words '.repeat(20),
    }));
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'tea', origin: 'requested' }],
      archive: teaArchive,
      headlines: [],
    });
    expect(gaps[0]?.coverage).toBe(1);
    expect(gaps[0]?.bestMatch?.score).toBeLessThan(2);
    expect(gaps[0]?.reason).toMatch(
      /^the archive mentions 'tea' only in passing; closest: 'Tea notes one' \(score \d\.\d\), under 2\.0$/,
    );
  });

  it('suggests the biggest question keyword holding every topic term as the title', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'stoneware care', origin: 'requested' }],
      archive: ARCHIVE,
      headlines: [],
      keywords: [
        { keyword: 'stoneware care', monthlyVolume: 1900 },
        { keyword: 'how to care for stoneware', monthlyVolume: 880 },
        { keyword: 'how to care for stoneware mugs', monthlyVolume: 320 },
        { keyword: 'how to glaze', monthlyVolume: 5000 },
      ],
    });
    expect(gaps[0]?.suggestedTitle).toBe('How to care for stoneware');
  });

  it('asks a question keyword as a question', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [
        { topic: 'is stoneware oven safe', origin: 'keyword' },
        { topic: 'kiln safety', origin: 'requested' },
      ],
      archive: ARCHIVE,
      headlines: [],
      keywords: [{ keyword: 'what is kiln safety', monthlyVolume: 10 }],
    });
    expect(gaps.map((gap) => gap.suggestedTitle)).toEqual([
      'Is stoneware oven safe?',
      'What is kiln safety?',
    ]);
  });

  it('weighs terms by rarity: sharing common words does not cover a topic whose key word is missing', () => {
    const archive: ArchivePost[] = [
      {
        id: 'planter',
        title: 'Choosing a stoneware planter',
        body: 'Where the plant will go, and how big.',
      },
      { id: 'mug', title: 'Our stoneware mugs', body: 'Where they go after the kiln.' },
      { id: 'glaze', title: 'Stoneware glazes', body: 'Sage, ash and speckled.' },
    ];
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'can stoneware go in the microwave', origin: 'keyword' }],
      archive,
      headlines: [],
    });
    // Two of its three terms are shared, but 'stoneware' and 'go' are in most posts and
    // 'microwave' in none.
    expect(gaps[0]).toMatchObject({ missingTerms: ['microwave'], gap: true });
    expect(gaps[0]?.coverage).toBeLessThan(0.4);
  });

  it('leaves search modifiers out of coverage: a London fog post covers "london fog recipe"', () => {
    const archive: ArchivePost[] = [
      { id: 'fog', title: 'A London fog at home', body: 'Earl Grey, steamed milk and vanilla.' },
      ...ARCHIVE,
    ];
    const result = analyzeContentGaps({
      candidates: [
        { topic: 'london fog recipe', origin: 'keyword' },
        { topic: 'stoneware vs porcelain', origin: 'keyword' },
      ],
      archive,
      headlines: [],
    });
    expect(result.covered.map((coverage) => [coverage.topic, coverage.coverage])).toEqual([
      ['london fog recipe', 1],
    ]);
    expect(result.gaps.map((gap) => [gap.topic, gap.missingTerms])).toEqual([
      ['stoneware vs porcelain', ['porcelain']],
    ]);
  });

  it('takes a headline as our take on it, and a question topic as its own title', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [
        { topic: 'Matcha lattes and the cafe boom', origin: 'headline' },
        { topic: 'how to clean a teapot', origin: 'requested' },
      ],
      archive: ARCHIVE,
      headlines: HEADLINES,
    });
    expect(gaps.map((gap) => [gap.topic, gap.suggestedTitle, gap.mentionedIn])).toEqual([
      ['Matcha lattes and the cafe boom', 'Our take: Matcha lattes and the cafe boom', ['h2']],
      ['how to clean a teapot', 'How to clean a teapot', []],
    ]);
  });

  it('lists gaps by trend score, counts candidates with the same terms (hyphens aside) once, skips stop-word topics', () => {
    const { gaps, covered } = analyzeContentGaps({
      candidates: [
        { topic: 'kombucha', origin: 'requested', trendScore: 20 },
        { topic: 'Matcha', origin: 'requested', trendScore: 65 },
        { topic: 'matcha', origin: 'rising', trendScore: 65 },
        { topic: 'wabi-sabi decor', origin: 'rising', trendScore: 10 },
        { topic: 'wabi sabi decor', origin: 'keyword', trendScore: 90 },
        { topic: 'how to', origin: 'requested' },
        { topic: 'cold brew', origin: 'headline' },
      ],
      archive: ARCHIVE,
      headlines: [],
    });
    expect(gaps.map((gap) => [gap.topic, gap.origin])).toEqual([
      ['Matcha', 'requested'],
      ['kombucha', 'requested'],
      ['wabi-sabi decor', 'rising'],
      ['cold brew', 'headline'],
    ]);
    expect(covered).toEqual([]);
  });

  it('finds every candidate a gap against an empty archive', () => {
    const { gaps } = analyzeContentGaps({
      candidates: [{ topic: 'soy candles', origin: 'requested' }],
      archive: [],
      headlines: [],
    });
    expect(gaps[0]?.reason).toBe("no archive post mentions 'soy'/'candles'");
  });
});

describe('postInProgressFor', () => {
  const posts = [
    {
      id: 'i1',
      title: 'Holiday candle gift guide',
      focusKeyword: 'candle gift ideas',
      state: 'IDEA',
    },
    {
      id: 'd1',
      title: 'Wabi-sabi at home: living with imperfect pottery',
      focusKeyword: 'wabi sabi decor',
      state: 'DRAFTING',
    },
  ];

  it('finds the draft whose title or focus keyword carries every term of the gap', () => {
    expect(postInProgressFor('wabi-sabi decor', posts)?.id).toBe('d1');
    expect(postInProgressFor('Candle gift ideas', posts)?.id).toBe('i1');
  });

  it('finds none when a term is missing, or the topic has no content term', () => {
    expect(postInProgressFor('stoneware care', posts)).toBeNull();
    expect(postInProgressFor('wabi-sabi garden', posts)).toBeNull();
    expect(postInProgressFor('the and of', posts)).toBeNull();
  });
});
