import { describe, expect, it } from 'vitest';
import {
  analyzeSeo,
  SEO_CHECK_IDS,
  SEO_CHECK_WEIGHTS,
  type SeoCheckId,
  type SeoInput,
} from './seo-pass.js';
import type { ArchivePost } from './internal-links.js';

const KEYWORD = 'stoneware care';

const ARCHIVE: ArchivePost[] = [
  {
    id: 'fire',
    title: 'Why we fire our stoneware twice',
    slug: 'why-we-fire-our-stoneware-twice',
    body: 'Bisque firing and glaze firing make stoneware strong enough for daily care.',
    focusKeyword: 'stoneware firing',
    url: null,
  },
  {
    id: 'tea',
    title: 'Brewing loose-leaf tea',
    slug: 'brewing-loose-leaf-tea',
    body: 'Water temperature and steeping times.',
    focusKeyword: null,
    url: 'https://shop.example/blog/brewing-loose-leaf-tea',
  },
];

/** 300+ words of plain sentences with the keyword `times` times. */
function filler(words: number, keywordTimes: number): string {
  const sentences: string[] = [];
  let count = 0;
  for (let index = 0; index < keywordTimes; index += 1) {
    sentences.push('Good stoneware care keeps a mug bright.');
    count += 7;
  }
  while (count < words) {
    sentences.push('Wash each piece by hand and dry it well.');
    count += 9;
  }
  return sentences.join(' ');
}

function goodPost(): SeoInput {
  return {
    title: 'Stoneware care: a simple guide',
    body: [
      '# Stoneware care for every day',
      '',
      'Stoneware care starts with the wash. ' + filler(150, 2),
      '',
      '## Washing by hand',
      '',
      '![Stoneware care: washing by hand](image-placeholder)',
      '',
      filler(150, 1) +
        ' Read [why we fire our stoneware twice](/blog/why-we-fire-our-stoneware-twice).',
      '',
      '### Drying',
      '',
      'Dry it on a rack.',
    ].join('\n'),
    metaDescription:
      'Stoneware care made simple: how to wash, dry and store handmade mugs and plates.',
    slug: 'stoneware-care',
    focusKeyword: KEYWORD,
    archive: ARCHIVE,
  };
}

function checkOf(input: SeoInput, id: SeoCheckId) {
  const found = analyzeSeo(input).checks.find((check) => check.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe('analyzeSeo: a well-made post', () => {
  it('passes every check and scores 100', () => {
    const report = analyzeSeo(goodPost());
    expect(report.checks.filter((check) => !check.passed)).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.h1).toBe('Stoneware care for every day');
    expect(report.suggestedSlug).toBe('stoneware-care');
    expect(report.imageSuggestions).toEqual([]);
  });

  it('weights add up to 100, one per check, in a fixed order', () => {
    expect(Object.values(SEO_CHECK_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    expect(analyzeSeo(goodPost()).checks.map((check) => check.id)).toEqual([...SEO_CHECK_IDS]);
  });
});

describe('each check fails on what it checks, and the score loses exactly its weight', () => {
  const cases: [SeoCheckId, (input: SeoInput) => SeoInput, RegExp][] = [
    ['KEYWORD_IN_TITLE', (input) => ({ ...input, title: 'A guide to mugs' }), /is not in it/],
    [
      'KEYWORD_IN_H1',
      (input) => ({
        ...input,
        body: input.body.replace('# Stoneware care for every day', '# Mugs for every day'),
      }),
      /is not in it/,
    ],
    [
      'KEYWORD_IN_INTRO',
      (input) => ({
        ...input,
        body: input.body.replace(
          'Stoneware care starts with the wash. ' + filler(150, 2),
          filler(150, 0) + ' Stoneware care matters. Stoneware care again. Stoneware care too.',
        ),
      }),
      /is not in it/,
    ],
    [
      'KEYWORD_IN_META_DESCRIPTION',
      (input) => ({ ...input, metaDescription: 'How to wash, dry and store handmade mugs.' }),
      /is not in it/,
    ],
    [
      'META_DESCRIPTION_LENGTH',
      (input) => ({ ...input, metaDescription: `Stoneware care ${'x'.repeat(150)}` }),
      /165 characters: cut 5/,
    ],
    ['SLUG', (input) => ({ ...input, slug: 'Stoneware_Care' }), /lowercase letters/],
    [
      'INTERNAL_LINKS',
      (input) => ({
        ...input,
        body: input.body.replace(
          '(/blog/why-we-fire-our-stoneware-twice)',
          '(https://elsewhere.example/)',
        ),
      }),
      /link "Why we fire our stoneware twice" \(\/blog\/why-we-fire-our-stoneware-twice\)/,
    ],
    [
      'IMAGE_ALT_TEXT',
      (input) => ({
        ...input,
        body: input.body.replace('![Stoneware care: washing by hand]', '![]'),
      }),
      /1 of 1 images have no alt text/,
    ],
    [
      'HEADING_STRUCTURE',
      (input) => ({ ...input, body: `${input.body}\n\n# A second H1` }),
      /2 H1s/,
    ],
    ['LENGTH', (input) => ({ ...input, minWords: 5_000 }), /words: [\d,]+ short/],
  ];

  it.each(cases)('%s', (id, change, detail) => {
    const input = change(goodPost());
    const report = analyzeSeo(input);
    const failed = report.checks.filter((check) => !check.passed).map((check) => check.id);
    expect(failed).toEqual([id]);
    expect(checkOf(input, id).detail).toMatch(detail);
    expect(report.score).toBe(100 - SEO_CHECK_WEIGHTS[id]);
  });
});

describe('KEYWORD_DENSITY (band 0.5%-2.5%)', () => {
  const post = (keywordTimes: number, words: number): SeoInput => ({
    ...goodPost(),
    body: `# Stoneware care\n\n## Notes\n\n![Stoneware care](image-placeholder)\n\n${filler(words, keywordTimes)}`,
  });

  it('passes inside the band and reports occurrences per 100 words', () => {
    const report = analyzeSeo(post(5, 400));
    const check = report.checks.find((item) => item.id === 'KEYWORD_DENSITY');
    expect(check?.passed).toBe(true);
    expect(report.keywordOccurrences).toBe(6);
    expect(report.keywordDensity).toBeCloseTo((6 / report.wordCount) * 100, 2);
  });

  it('fails below 0.5%', () => {
    const input = {
      ...post(0, 400),
      body: post(0, 400).body.replace('# Stoneware care', '# Care'),
    };
    expect(checkOf(input, 'KEYWORD_DENSITY')).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/0\.00% .*use it more/),
    });
  });

  it('fails above 2.5%', () => {
    expect(checkOf(post(20, 300), 'KEYWORD_DENSITY')).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/use it less/),
    });
  });
});

describe('other failing and edge cases', () => {
  it('KEYWORD_IN_H1 falls back to the title when the body has no H1', () => {
    const input = {
      ...goodPost(),
      body: goodPost().body.replace('# Stoneware care for every day\n', ''),
    };
    expect(analyzeSeo(input).h1).toBe('Stoneware care: a simple guide');
    expect(checkOf(input, 'KEYWORD_IN_H1').passed).toBe(true);
  });

  it('matches the keyword across case and plural', () => {
    expect(checkOf({ ...goodPost(), title: 'STONEWARE CARES' }, 'KEYWORD_IN_TITLE').passed).toBe(
      true,
    );
  });

  it('META_DESCRIPTION_LENGTH fails without one, and KEYWORD_IN_META_DESCRIPTION says it is empty', () => {
    const input = { ...goodPost(), metaDescription: null };
    expect(checkOf(input, 'META_DESCRIPTION_LENGTH')).toMatchObject({
      passed: false,
      detail: 'No meta description.',
    });
    expect(checkOf(input, 'KEYWORD_IN_META_DESCRIPTION').detail).toMatch(/^Empty/);
  });

  it('META_DESCRIPTION_LENGTH passes at exactly 160 characters', () => {
    const meta = `Stoneware care ${'x'.repeat(145)}`;
    expect(meta).toHaveLength(160);
    expect(
      checkOf({ ...goodPost(), metaDescription: meta }, 'META_DESCRIPTION_LENGTH').passed,
    ).toBe(true);
  });

  it('SLUG fails when too long, missing, or without the keyword', () => {
    expect(
      checkOf({ ...goodPost(), slug: `stoneware-care-${'a'.repeat(50)}` }, 'SLUG').detail,
    ).toMatch(/over 60/);
    expect(checkOf({ ...goodPost(), slug: null }, 'SLUG').detail).toMatch(/no slug/);
    expect(checkOf({ ...goodPost(), slug: 'mug-guide' }, 'SLUG').detail).toMatch(
      /missing the keyword's stoneware, care; suggested "stoneware-care"/,
    );
  });

  it('INTERNAL_LINKS passes by a CMS URL or when nothing in the archive is related', () => {
    const linkedByUrl = {
      ...goodPost(),
      body: goodPost().body.replace(
        '(/blog/why-we-fire-our-stoneware-twice)',
        '(https://shop.example/blog/brewing-loose-leaf-tea/)',
      ),
    };
    expect(checkOf(linkedByUrl, 'INTERNAL_LINKS')).toMatchObject({
      passed: true,
      detail: 'Links "Brewing loose-leaf tea".',
    });
    const unrelated = {
      ...goodPost(),
      body: goodPost().body.replace(/\[why[^)]*\)/, ''),
      archive: [ARCHIVE[1] as ArchivePost],
    };
    expect(checkOf(unrelated, 'INTERNAL_LINKS')).toMatchObject({
      passed: true,
      detail: 'No related post in the archive to link to.',
    });
  });

  it('suggests internal links with anchor text and a reason, leaving out the post itself', () => {
    const report = analyzeSeo(goodPost());
    expect(report.internalLinks).toEqual([
      {
        postId: 'fire',
        title: 'Why we fire our stoneware twice',
        href: '/blog/why-we-fire-our-stoneware-twice',
        anchorText: 'stoneware firing',
        score: expect.any(Number),
        sharedTerms: ['stoneware', 'care'],
        reason: 'Shares stoneware, care with this post',
      },
    ]);
    expect(analyzeSeo({ ...goodPost(), excludePostIds: ['fire'] }).internalLinks).toEqual([]);
  });

  it('IMAGE_ALT_TEXT fails with no image, or when no alt text has the keyword', () => {
    const noImage = {
      ...goodPost(),
      body: goodPost().body.replace('![Stoneware care: washing by hand](image-placeholder)', ''),
    };
    expect(checkOf(noImage, 'IMAGE_ALT_TEXT').detail).toBe('No image.');
    const plainAlt = {
      ...goodPost(),
      body: goodPost().body.replace('![Stoneware care: washing by hand]', '![A mug]'),
    };
    expect(checkOf(plainAlt, 'IMAGE_ALT_TEXT').detail).toBe('No alt text has "stoneware care".');
  });

  it('suggests an image placeholder for each H2 section without one, alt text with the keyword once', () => {
    const input = {
      ...goodPost(),
      body: `${goodPost().body}\n\n## Storing stoneware care items\n\nStack them.\n\n## Storage\n\nText.`,
    };
    expect(analyzeSeo(input).imageSuggestions).toEqual([
      {
        section: 'Storing stoneware care items',
        alt: 'Storing stoneware care items',
        markdown: '![Storing stoneware care items](image-placeholder)',
      },
      {
        section: 'Storage',
        alt: 'stoneware care: Storage',
        markdown: '![stoneware care: Storage](image-placeholder)',
      },
    ]);
  });

  it('HEADING_STRUCTURE fails without an H2 and on a skipped level', () => {
    expect(
      checkOf({ ...goodPost(), body: '# Stoneware care\n\n### Deep\n\nText' }, 'HEADING_STRUCTURE')
        .detail,
    ).toBe('no H2 section; "Deep" is H3 after H1.');
  });

  it('LENGTH passes at the minimum', () => {
    const report = analyzeSeo(goodPost());
    expect(checkOf({ ...goodPost(), minWords: report.wordCount }, 'LENGTH').passed).toBe(true);
    expect(checkOf({ ...goodPost(), minWords: report.wordCount + 1 }, 'LENGTH').detail).toBe(
      `${report.wordCount} words: 1 short.`,
    );
  });
});
