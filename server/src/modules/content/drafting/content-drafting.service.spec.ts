import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerContext, type RequestContext } from '../../../context.js';
import { buildHubSchema } from '../../../graphql/build-schema.js';
import { OFFLINE_DRAFT_LABEL } from '../../../engines/content/outline/index.js';
import { DomainError } from '../../../errors.js';
import { startFakeWordPress, type FakeWordPress } from '../../../testing/fake-wordpress.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { ContentPublishingService } from '../publishing/content-publishing.service.js';
import { wordPressConfig } from '../publishing/wordpress-config.js';
import { WordPressCms } from '../publishing/wordpress-cms.js';
import type { ContentDraftingService, DraftedPost } from './content-drafting.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const TOPIC = 'How to care for stoneware mugs';
const KEYWORDS = ['stoneware care', 'dishwasher safe mugs'];

let seeded: SeededServices;
let drafting: ContentDraftingService;
let agent: RequestContext;
let runId: string;
let site: FakeWordPress;
let first: DraftedPost;

interface ItemRow {
  id: string;
  kind: string;
  state: string;
  title: string;
  slug: string;
  focus_keyword: string;
  body: string;
  meta_description: string;
  brief: { topic: string; keywords: { focus: { keyword: string } }; competitorPages: unknown[] };
  seo: { score: number; checks: { id: string; passed: boolean }[] };
  readability: { words: number; fleschReadingEase: number };
  run_id: string | null;
}

function itemRow(id: string): Promise<ItemRow> {
  return seeded.db.dataSource
    .query(`SELECT * FROM content_item WHERE id = $1`, [id])
    .then((rows: ItemRow[]) => {
      const [row] = rows;
      if (!row) throw new Error(`no content item ${id}`);
      return row;
    });
}

async function blogPostCount(): Promise<number> {
  const [row] = (await seeded.db.dataSource.query(
    `SELECT count(*)::int AS n FROM content_item WHERE workspace_id = $1 AND kind = 'BLOG_POST'`,
    [agent.workspaceId],
  )) as { n: number }[];
  return row?.n ?? 0;
}

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'api_key:drafting-spec' });
  drafting = seeded.services.contentDrafting;
  agent = callerContext(seeded.ctx.workspaceId, 'agent:content');
  const [run] = (await seeded.db.dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status)
     SELECT workspace_id, id, 'RUNNING' FROM agent WHERE key = 'content' AND workspace_id = $1
     RETURNING id`,
    [agent.workspaceId],
  )) as { id: string }[];
  runId = run?.id ?? '';
  site = await startFakeWordPress({ now: () => NOW });
  first = await drafting.draft(agent, { topic: TOPIC, keywords: KEYWORDS, runId });
}, 120_000);

afterAll(async () => {
  await site?.close();
  await seeded?.close();
});

describe('keywordResearch on the seeded demo workspace', () => {
  it('reads the stored volumes and difficulty and chooses the focus keyword from them', async () => {
    const research = await drafting.keywordResearch(seeded.ctx, {
      topic: TOPIC,
      keywords: KEYWORDS,
    });
    expect(
      research.matches.map((m) => [m.keyword, m.monthlyVolume, m.difficulty, m.cpcCents]),
    ).toEqual([
      ['stoneware care', 1_300, 14, 45],
      ['dishwasher safe mugs', 1_900, 31, 95],
    ]);
    expect(research.focus.keyword).toBe('stoneware care');
    expect(research.focus.reason).toBe(
      '"stoneware care": 1,300 searches a month at difficulty 14, the best reach of the requested keywords.',
    );
    expect(research.related.map((m) => m.keyword)).toContain('is stoneware dishwasher safe');
    expect(research.related.every((m) => m.source === 'demo')).toBe(true);
    expect(research.secondary[0]).toBe('dishwasher safe mugs');
  });

  it('refuses a topic under 3 characters with INVALID_INPUT', async () => {
    await expect(drafting.keywordResearch(seeded.ctx, { topic: 'ab' })).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
      details: { field: 'topic', reason: 'TOO_SHORT' },
    });
  });
});

describe('draft on the seeded demo workspace', () => {
  it('saves a BLOG_POST in review with slug, keyword, body, meta description, brief, seo, readability and run', async () => {
    const row = await itemRow(first.contentItemId);
    expect(row).toMatchObject({
      kind: 'BLOG_POST',
      state: 'IN_REVIEW',
      title: 'Stoneware care: how to care for stoneware mugs',
      slug: 'stoneware-care',
      focus_keyword: 'stoneware care',
      meta_description: first.metaDescription,
      run_id: runId,
    });
    expect(row.body).toBe(first.body);
    expect(row.body.startsWith(`> ${OFFLINE_DRAFT_LABEL}\n`)).toBe(true);
    expect(row.brief.topic).toBe(TOPIC);
    expect(row.brief.keywords.focus.keyword).toBe('stoneware care');
    expect(row.seo.score).toBe(first.seo.score);
    expect(row.seo.checks).toHaveLength(11);
    expect(row.readability.words).toBe(first.readability.words);
    expect(first.metaDescription.length).toBeLessThanOrEqual(160);
  });

  it('outlines from the four stored stoneware-care competitor pages', () => {
    expect(first.competitorPages.map((page) => page.keyword)).toEqual(
      Array(4).fill('stoneware care'),
    );
    expect(first.outline.competitorCount).toBe(4);
    // (2,150 + 1,380 + 760 + 1,720) / 4 = 1,502.5 -> 1,500.
    expect(first.outline.targetWords).toBe(1_500);
    expect(first.outline.sections.length).toBeGreaterThanOrEqual(3);
    for (const section of first.outline.sections) {
      expect(section.coveredBy.length).toBeGreaterThanOrEqual(2);
      expect(first.body).toContain(`\n## ${section.heading}\n`);
    }
    const coverage = first.outline.sections.map((section) => section.coveredBy.length);
    expect(coverage).toEqual([...coverage].sort((a, b) => b - a));
  });

  it("suggests links to the shop's published posts and passes every check an outline can", () => {
    expect(first.internalLinks.length).toBeGreaterThan(0);
    expect(first.internalLinks[0]?.href).toMatch(/^https:\/\/juniperlanegoods\.example\/blog\//);
    expect(first.body).toContain(`](${first.internalLinks[0]?.href})`);
    // An outline is short of the competitors' mean length, which a draft must reach.
    const failed = first.seo.checks.filter((check) => !check.passed);
    expect(failed.map((check) => [check.id, check.label])).toEqual([
      ['LENGTH', 'At least 1,500 words'],
    ]);
    expect(first.seo.score).toBe(93);
  });

  it('records the draft in the audit log', async () => {
    const rows = (await seeded.db.dataSource.query(
      `SELECT actor, data FROM audit_event WHERE action = 'content.draft.create' AND target_id = $1`,
      [first.contentItemId],
    )) as { actor: string; data: { slug: string; seoScore: number } }[];
    expect(rows).toEqual([
      {
        actor: 'agent:content',
        data: expect.objectContaining({ slug: 'stoneware-care', seoScore: first.seo.score }),
      },
    ]);
  });

  it('gives a second draft of the same keyword the slug stoneware-care-2', async () => {
    const second = await drafting.draft(agent, { topic: TOPIC, keywords: KEYWORDS, runId: null });
    expect(second.slug).toBe('stoneware-care-2');
    expect((await itemRow(second.contentItemId)).slug).toBe('stoneware-care-2');
    expect(second.body).toContain('> - Slug: stoneware-care-2\n');
  });

  it('refuses bad input with INVALID_INPUT and writes nothing', async () => {
    const before = await blogPostCount();
    const tooMany = Array.from({ length: 21 }, (_, index) => `keyword ${index}`);
    const refusal = await drafting
      .draft(agent, { topic: TOPIC, keywords: tooMany, runId: null })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      errorCode: 'INVALID_INPUT',
      details: { field: 'keywords', reason: 'TOO_MANY' },
    });
    expect(await blogPostCount()).toBe(before);
  });
});

describe('analyzeDraft', () => {
  const body = [
    '# Stoneware care for every day',
    '',
    'Stoneware care is simple. Wash your mug by hand in warm water. Dry it well.',
    '',
    '## Washing',
    '',
    '![Stoneware care: washing a mug](image-placeholder)',
    '',
    'Read [why we fire our stoneware twice](/blog/why-we-fire-our-stoneware-twice).',
  ].join('\n');

  it('scores the text against the stored archive and counts its readability', async () => {
    const analysis = await drafting.analyzeDraft(seeded.ctx, {
      title: 'Stoneware care for mugs',
      body,
      metaDescription: 'Stoneware care in three steps.',
      slug: 'stoneware-care-daily',
      focusKeyword: 'stoneware care',
    });
    const passed = analysis.seo.checks.filter((check) => check.passed).map((check) => check.id);
    expect(passed).toEqual([
      'KEYWORD_IN_TITLE',
      'KEYWORD_IN_H1',
      'KEYWORD_IN_INTRO',
      'KEYWORD_IN_META_DESCRIPTION',
      'META_DESCRIPTION_LENGTH',
      'SLUG',
      'INTERNAL_LINKS',
      'IMAGE_ALT_TEXT',
      'HEADING_STRUCTURE',
    ]);
    expect(analysis.seo.score).toBe(83);
    // Sentences: the H1, three in the paragraph, the H2, the link line = 6; words 5+15+1+7 = 28.
    expect(analysis.readability).toMatchObject({ words: 28, sentences: 6 });
    // Every suggestion shares the focus keyword's "stoneware" and another word of the title.
    expect(analysis.seo.internalLinks.map((link) => link.title)).toContain(
      'Why we fire our stoneware twice',
    );
    for (const link of analysis.seo.internalLinks) expect(link.sharedTerms).toContain('stoneware');
    // Two drafts hold stoneware-care and stoneware-care-2.
    expect(analysis.suggestedSlug).toBe('stoneware-care-3');
  });

  it('leaves the edited post out of its own slug clashes', async () => {
    const analysis = await drafting.analyzeDraft(seeded.ctx, {
      title: 'Stoneware care',
      body,
      focusKeyword: 'stoneware care',
      contentItemId: first.contentItemId,
    });
    expect(analysis.suggestedSlug).toBe('stoneware-care');
  });

  it('refuses an empty focus keyword or a contentItemId that is not an id', async () => {
    await expect(
      drafting.analyzeDraft(seeded.ctx, { title: 'T', body, focusKeyword: '  ' }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { field: 'focusKeyword' } });
    await expect(
      drafting.analyzeDraft(seeded.ctx, {
        title: 'T',
        body,
        focusKeyword: 'x',
        contentItemId: 'nope',
      }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { field: 'contentItemId' } });
  });
});

describe('the draft_blog_post tool, through the hub tool registry', () => {
  const toolContext = () => ({
    workspaceId: agent.workspaceId,
    runId,
    agentKey: 'content',
    now: NOW,
  });

  it('drafts, saves in review and reports NOT_CONFIGURED without a CMS', async () => {
    const outcome = await seeded.services.tools.call(toolContext(), 'draft_blog_post', {
      topic: TOPIC,
      keywords: KEYWORDS,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.output).toMatchObject({
      state: 'IN_REVIEW',
      title: 'Stoneware care: how to care for stoneware mugs',
      slug: 'stoneware-care-3',
      focusKeyword: 'stoneware care',
      keywords: { focus: 'stoneware care', missing: [] },
      seo: { score: 93, failedChecks: ['At least 1,500 words'] },
      outline: {
        h1: 'Stoneware care: how to care for stoneware mugs',
        competitorPages: 4,
        targetWords: 1_500,
      },
      cms: { status: 'NOT_CONFIGURED' },
    });
    expect(outcome.summary).toMatch(
      /^'Stoneware care: how to care for stoneware mugs' \(stoneware care\): \d sections, SEO 93\/100, in review; no CMS configured$/,
    );
  });

  it('refuses input the playbook refuses (a topic under 3 characters)', async () => {
    const outcome = await seeded.services.tools.call(toolContext(), 'draft_blog_post', {
      topic: 'ab',
    });
    expect(outcome).toMatchObject({ ok: false, errorCode: 'TOOL_INPUT_INVALID' });
  });
});

describe('a drafted post pushed to WordPress', () => {
  it('goes out as a WordPress draft and stays in review in the hub', async () => {
    const cms = new WordPressCms(
      wordPressConfig({ url: site.url, username: site.username, appPassword: site.appPassword }),
      { sleep: async () => undefined },
    );
    const publishing = new ContentPublishingService(
      seeded.db.dataSource,
      { now: () => NOW },
      seeded.services.audit,
      cms,
    );
    const pushed = await publishing.pushDraft(agent, first.contentItemId);
    expect(pushed).toMatchObject({ status: 'PUSHED', cms: 'wordpress' });
    const posts = [...site.posts.values()];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 'draft', title: first.title });
    expect(await itemRow(first.contentItemId)).toMatchObject({
      state: 'IN_REVIEW',
      slug: 'stoneware-care',
    });
  });
});

describe('GraphQL: analyzeDraft and keywordResearch', () => {
  it('answers the live editor and the research panel through the console schema', async () => {
    const result = await graphql({
      schema: await buildHubSchema(),
      contextValue: seeded.ctx,
      source: `query ($input: AnalyzeDraftInput!, $topic: String!, $keywords: [String!]) {
        analyzeDraft(input: $input) {
          seo { score checks { id passed weight } keywordDensity secondaryKeywords { keyword occurrences } }
          readability { words sentences syllables fleschReadingEase fleschKincaidGrade level }
          internalLinks { title href anchorText reason }
          suggestedSlug
        }
        keywordResearch(topic: $topic, keywords: $keywords) {
          focus { keyword reason metric { monthlyVolume difficulty cpcCents } }
          matches { keyword monthlyVolume }
          related { keyword relation }
        }
      }`,
      variableValues: {
        input: {
          title: 'The cat sat on the mat',
          body: 'The cat sat on the mat.',
          focusKeyword: 'cat',
          secondaryKeywords: ['mat'],
        },
        topic: TOPIC,
        keywords: KEYWORDS,
      },
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      analyzeDraft: {
        seo: { score: number; secondaryKeywords: unknown[] };
        readability: Record<string, unknown>;
        suggestedSlug: string;
      };
      keywordResearch: { focus: { keyword: string; metric: Record<string, number> } };
    };
    // 6 words, 1 sentence, 6 syllables: Reading Ease 116.145 -> 116.1, grade -1.45 -> -1.4.
    expect(data.analyzeDraft.readability).toEqual({
      words: 6,
      sentences: 1,
      syllables: 6,
      fleschReadingEase: 116.1,
      fleschKincaidGrade: -1.4,
      level: 'VERY_EASY',
    });
    expect(data.analyzeDraft.seo.secondaryKeywords).toEqual([{ keyword: 'mat', occurrences: 1 }]);
    expect(data.analyzeDraft.suggestedSlug).toBe('cat');
    expect(data.keywordResearch.focus).toMatchObject({
      keyword: 'stoneware care',
      metric: { monthlyVolume: 1_300, difficulty: 14, cpcCents: 45 },
    });
  });
});
