import { describe, expect, it } from 'vitest';
import { analyzeSeo } from '../seo/index.js';
import { markdownBlocks, markdownHeadings } from '../text/index.js';
import { composeOfflineDraft, draftMetaDescription, OFFLINE_DRAFT_LABEL } from './draft.js';
import { headingStem, headingTerms, similarHeadings } from './headings.js';
import { buildOutline, outlineH1, type CompetitorPageInput } from './outline.js';
import { selectCompetitorPages } from './select-pages.js';

function page(url: string, wordCount: number, outline: string): CompetitorPageInput {
  const headings = outline
    .trim()
    .split('\n')
    .map((line) => {
      const [, hashes = '', text = ''] = /^\s*(#{1,3}) (.+)$/.exec(line) ?? [];
      return { level: hashes.length as 1 | 2 | 3, text };
    });
  return { url, title: headings[0]?.text ?? '', headings, wordCount };
}

const PAGES = [
  page(
    'https://a.example/care',
    2_000,
    `
    # How to care for stoneware
    ## What is stoneware?
    ## Is stoneware dishwasher safe?
    ### Glazed vs unglazed stoneware
    ## Can stoneware go in the microwave?
    ## Using stoneware in the oven
    ### Thermal shock: avoid sudden temperature changes
    ## Removing stains
    ### Coffee and tea stains
    `,
  ),
  page(
    'https://b.example/tips',
    1_400,
    `
    # Stoneware cleaning tips
    ## 1. Removing coffee and tea stains
    ## 2. Avoid thermal shock
    ## 3. Never soak unglazed bottoms
    `,
  ),
  page(
    'https://c.example/pottery-care',
    800,
    `
    # Caring for handmade pottery
    ## Dishwasher
    ## Microwave
    ## Thermal shock
    ## Unglazed bottoms
    `,
  ),
  page('https://d.example/no-sections', 300, `# Only a title`),
];

describe('heading terms', () => {
  it('folds -ing, -ed, plurals, a final e and list numbers', () => {
    expect(
      ['washing', 'washed', 'washes', 'storing', 'store', 'chipped', 'chips'].map(headingStem),
    ).toEqual(['wash', 'wash', 'wash', 'stor', 'stor', 'chip', 'chip']);
    expect([...headingTerms('3. Removing the stains')]).toEqual(['remov', 'stain']);
  });

  it('leaves out the keyword terms unless nothing else is left', () => {
    const ignore = headingTerms('stoneware care');
    expect([...headingTerms('Is stoneware dishwasher safe?', ignore)]).toEqual([
      'dishwasher',
      'saf',
    ]);
    expect([...headingTerms('What is stoneware?', ignore)]).toEqual(['stonewar']);
  });

  it('calls headings similar on half their terms or containment, not on one shared term', () => {
    const terms = (text: string) => headingTerms(text);
    expect(similarHeadings(terms('Dishwasher'), terms('Hand wash or dishwasher?'))).toBe(true);
    expect(similarHeadings(terms('Removing stains'), terms('Stains: removing them'))).toBe(true);
    expect(similarHeadings(terms('Hand washing'), terms('Hand drying'))).toBe(false);
  });
});

describe('buildOutline', () => {
  const outline = buildOutline({
    topic: 'How to care for stoneware mugs',
    focusKeyword: 'stoneware care',
    keywords: [
      { keyword: 'stoneware care', monthlyVolume: 1_300 },
      { keyword: 'is stoneware dishwasher safe', monthlyVolume: 2_400 },
      { keyword: 'dishwasher safe mugs', monthlyVolume: 1_900 },
      { keyword: 'how to remove coffee stains from mugs', monthlyVolume: 1_600 },
      { keyword: 'stoneware vs porcelain', monthlyVolume: 2_900 },
    ],
    pages: PAGES,
  });

  it('keeps the keyword in the H1', () => {
    expect(outline.h1).toBe('Stoneware care: how to care for stoneware mugs');
  });

  it('clusters similar H2s across pages and orders sections by how many pages cover them', () => {
    // Thermal shock: two H2s and an H3 of page a. Ties keep the pages' order: page a lists
    // dishwasher, microwave and stains early; unglazed bottoms come last on both pages.
    expect(outline.sections.map((section) => [section.heading, section.coveredBy.length])).toEqual([
      ['Avoid thermal shock', 3],
      ['Is stoneware dishwasher safe?', 2],
      ['Can stoneware go in the microwave?', 2],
      ['Removing coffee and tea stains', 2],
      ['Never soak unglazed bottoms', 2],
    ]);
  });

  it('counts an H3 of another page as covering a subject, and names each covering heading', () => {
    const thermal = outline.sections.find((section) => section.heading === 'Avoid thermal shock');
    expect(thermal?.coveredBy).toEqual([
      { url: 'https://b.example/tips', heading: '2. Avoid thermal shock' },
      { url: 'https://c.example/pottery-care', heading: 'Thermal shock' },
      { url: 'https://a.example/care', heading: 'Thermal shock: avoid sudden temperature changes' },
    ]);
  });

  it("gives each section its members' H3s and the keywords it shares words with", () => {
    const dishwasher = outline.sections.find((section) => section.heading.includes('dishwasher'));
    expect(dishwasher?.subsections).toEqual([
      {
        heading: 'Glazed vs unglazed stoneware',
        coveredBy: [{ url: 'https://a.example/care', heading: 'Glazed vs unglazed stoneware' }],
      },
    ]);
    expect(dishwasher?.keywords.map((keyword) => keyword.keyword)).toEqual([
      'is stoneware dishwasher safe',
      'dishwasher safe mugs',
    ]);
    const stains = outline.sections.find(
      (section) => section.heading === 'Removing coffee and tea stains',
    );
    expect(stains?.keywords.map((keyword) => keyword.keyword)).toEqual([
      'how to remove coffee stains from mugs',
    ]);
  });

  it('aims at the mean length of the pages with sections, split by coverage', () => {
    // (2,000 + 1,400 + 800) / 3 = 1,400; the page without H2s is not a model.
    expect(outline.competitorCount).toBe(3);
    expect(outline.targetWords).toBe(1_400);
    expect(outline.introTargetWords).toBe(140);
    const thermal = outline.sections.find((section) => section.heading === 'Avoid thermal shock');
    // 1,260 words over weights 3+2+2+2+2 = 11: 3/11 -> 340, 2/11 -> 230.
    expect(thermal?.targetWords).toBe(340);
    expect(
      outline.sections.find((section) => section.heading === 'Removing coffee and tea stains')
        ?.targetWords,
    ).toBe(230);
  });

  it('without competitor pages makes a section of each other keyword', () => {
    const bare = buildOutline({
      topic: 'Stoneware care basics',
      focusKeyword: 'stoneware care',
      keywords: [
        { keyword: 'stoneware care', monthlyVolume: 1_300 },
        { keyword: 'is stoneware oven safe', monthlyVolume: 3_600 },
      ],
      pages: [],
    });
    expect(bare.h1).toBe('Stoneware care basics');
    expect(bare.targetWords).toBe(1_200);
    expect(bare.sections).toEqual([
      {
        heading: 'Is stoneware oven safe',
        coveredBy: [],
        subsections: [],
        keywords: [{ keyword: 'is stoneware oven safe', monthlyVolume: 3_600 }],
        targetWords: 1_080,
      },
    ]);
  });
});

describe('outlineH1', () => {
  it('keeps a topic holding the keyword, else puts the keyword first', () => {
    expect(outlineH1('stoneware care for beginners', 'stoneware care')).toBe(
      'Stoneware care for beginners',
    );
    expect(outlineH1('How to brew tea', 'loose leaf tea')).toBe('Loose leaf tea: how to brew tea');
    expect(outlineH1('Juniper Lane mugs', 'stoneware care')).toBe(
      'Stoneware care: Juniper Lane mugs',
    );
  });
});

describe('composeOfflineDraft', () => {
  const outline = buildOutline({
    topic: 'How to care for stoneware mugs',
    focusKeyword: 'stoneware care',
    keywords: [{ keyword: 'dishwasher safe mugs', monthlyVolume: 1_900 }],
    pages: PAGES,
  });
  const draft = composeOfflineDraft({
    outline,
    focusKeyword: 'stoneware care',
    secondaryKeywords: ['dishwasher safe mugs'],
    internalLinks: [
      {
        postId: 'p1',
        title: 'Why we fire our stoneware twice',
        href: '/blog/why-we-fire-our-stoneware-twice',
        anchorText: 'stoneware firing',
        score: 3.1,
        sharedTerms: ['stoneware'],
        reason: 'Shares stoneware with this post',
      },
    ],
  });

  it('is labelled at the top, then the H1, with meta description and slug', () => {
    const lines = draft.body.split('\n');
    expect(lines[0]).toBe(`> ${OFFLINE_DRAFT_LABEL}`);
    expect(lines).toContain('> - Slug: stoneware-care');
    expect(lines).toContain(`> - Meta description: ${draft.metaDescription}`);
    expect(draft.slug).toBe('stoneware-care');
    expect(draft.title).toBe(outline.h1);
    expect(markdownHeadings(draft.body)[0]).toEqual({ level: 1, text: outline.h1 });
  });

  it('has the outline as H2/H3 with an image placeholder carrying the keyword per H2', () => {
    const headings = markdownHeadings(draft.body).slice(1);
    expect(
      headings.filter((heading) => heading.level === 2).map((heading) => heading.text),
    ).toEqual(outline.sections.map((section) => section.heading));
    expect(headings.some((heading) => heading.level === 3)).toBe(true);
    expect(draft.body).toContain(
      '![stoneware care: Removing coffee and tea stains](image-placeholder)',
    );
    expect(draft.body).toContain(
      '![stoneware care: Is stoneware dishwasher safe?](image-placeholder)',
    );
  });

  it('writes each brief as notes: coverage, searches, links, length', () => {
    const dishwasher = draft.briefs.find(
      (brief) => brief.heading === 'Is stoneware dishwasher safe?',
    );
    expect(dishwasher?.notes).toEqual([
      'Cover what 2 of 3 competitor pages answer here: "Is stoneware dishwasher safe?" (a.example), "Dishwasher" (c.example).',
      'Answer the searches "dishwasher safe mugs" (1,900 a month).',
      'About 230 words.',
    ]);
    expect(draft.introNotes).toEqual([
      'Introduction, about 140 words: use "stoneware care" in the first sentence and say what the reader will know by the end.',
      'Link to [stoneware firing](/blog/why-we-fire-our-stoneware-twice): shares stoneware with this post.',
    ]);
  });

  it('has no filler prose: every line is the label, a heading, an image placeholder or a note', () => {
    for (const line of draft.body.split('\n')) {
      expect(line).toMatch(/^(?:|> .+|#{1,3} .+|!\[[^\]]+\]\(image-placeholder\)|- .+)$/);
    }
    // Markdown-wise, the only prose block is the label; every other text is a list item.
    const texts = markdownBlocks(draft.body).filter((block) => block.kind === 'text');
    expect(texts[0]?.text).toBe(OFFLINE_DRAFT_LABEL);
  });

  it('passes the SEO checks an outline can pass, and fails the length honestly', () => {
    const report = analyzeSeo({
      title: draft.title,
      body: draft.body,
      metaDescription: draft.metaDescription,
      slug: draft.slug,
      focusKeyword: 'stoneware care',
      archive: [
        {
          id: 'p1',
          title: 'Why we fire our stoneware twice',
          slug: 'why-we-fire-our-stoneware-twice',
          body: 'Bisque and glaze firing of stoneware.',
          focusKeyword: 'stoneware firing',
          url: null,
        },
      ],
    });
    const failed = report.checks.filter((check) => !check.passed).map((check) => check.id);
    expect(failed).toContain('LENGTH');
    for (const id of [
      'KEYWORD_IN_TITLE',
      'KEYWORD_IN_H1',
      'KEYWORD_IN_INTRO',
      'KEYWORD_IN_META_DESCRIPTION',
      'META_DESCRIPTION_LENGTH',
      'SLUG',
      'INTERNAL_LINKS',
      'IMAGE_ALT_TEXT',
      'HEADING_STRUCTURE',
    ]) {
      expect(failed).not.toContain(id);
    }
  });
});

describe('draftMetaDescription', () => {
  it('lists as many section subjects as fit in 160 characters', () => {
    expect(
      draftMetaDescription('stoneware care', [
        { heading: 'Is it dishwasher safe?' },
        { heading: 'Removing stains' },
      ]),
    ).toBe('Stoneware care: is it dishwasher safe and removing stains.');
    const long = Array.from({ length: 12 }, (_, index) => ({ heading: `Subject number ${index}` }));
    const meta = draftMetaDescription('stoneware care', long);
    expect(meta.length).toBeLessThanOrEqual(160);
    expect(meta).toMatch(/^Stoneware care: subject number 0, .* and more\.$/);
    expect(draftMetaDescription('stoneware care', [{ heading: 'x'.repeat(200) }])).toBe(
      'Stoneware care.',
    );
  });
});

describe('selectCompetitorPages', () => {
  const pages = [
    { ...page('https://a.example/1', 100, '## A'), keyword: 'stoneware care' },
    { ...page('https://a.example/2', 100, '## B'), keyword: 'soy candles' },
    { ...page('https://a.example/3', 100, '## C'), keyword: 'stoneware mugs care' },
  ];

  it('takes the pages stored for one of the keywords', () => {
    expect(selectCompetitorPages(pages, ['Stoneware care', 'x']).map((p) => p.url)).toEqual([
      'https://a.example/1',
    ]);
  });

  it('else the pages whose query shares half its words with one', () => {
    // "stoneware care": 1 of 2 words; "stoneware mugs care": 2 of 3.
    expect(selectCompetitorPages(pages, ['stoneware mugs']).map((p) => p.url)).toEqual([
      'https://a.example/1',
      'https://a.example/3',
    ]);
    expect(selectCompetitorPages(pages, ['matcha'])).toEqual([]);
  });
});
