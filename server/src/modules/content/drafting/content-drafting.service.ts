import { ContentItemEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import {
  researchKeywords,
  type KeywordMetricInput,
  type KeywordResearch,
} from '../../../engines/content/keywords/index.js';
import {
  buildOutline,
  composeOfflineDraft,
  selectCompetitorPages,
  type CompetitorPageInput,
  type Outline,
  type SectionBrief,
} from '../../../engines/content/outline/index.js';
import {
  readabilityOfMarkdown,
  type Readability,
} from '../../../engines/content/readability/index.js';
import {
  analyzeSeo,
  slugify,
  suggestInternalLinks,
  uniqueSlug,
  type ArchivePost,
  type InternalLinkSuggestion,
  type SeoReport,
} from '../../../engines/content/seo/index.js';
import { DomainError } from '../../../errors.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { uniqueViolation } from '../items/content-item-records.js';

export interface KeywordResearchInput {
  topic: string;
  keywords?: readonly string[] | null;
}

export interface DraftInput extends KeywordResearchInput {
  /** The run that asked for the draft (recorded on the item). */
  runId: string | null;
}

export interface AnalyzeDraftInput {
  title: string;
  /** Markdown. */
  body: string;
  metaDescription?: string | null;
  slug?: string | null;
  focusKeyword: string;
  secondaryKeywords?: readonly string[] | null;
  /** The post being edited: left out of its own link suggestions and slug clashes. */
  contentItemId?: string | null;
}

export interface DraftAnalysis {
  seo: SeoReport;
  readability: Readability;
  /** slugify(focus keyword), with -2, -3 when another blog post of the workspace has it. */
  suggestedSlug: string;
}

/** A competitor page the outline was built from. */
export interface OutlineSource {
  url: string;
  title: string;
  keyword: string;
  wordCount: number;
}

/** What draft() saved and computed. */
export interface DraftedPost {
  contentItemId: string;
  state: 'IN_REVIEW';
  title: string;
  slug: string;
  focusKeyword: string;
  secondaryKeywords: string[];
  metaDescription: string;
  /** The offline draft (markdown). */
  body: string;
  research: KeywordResearch;
  outline: Outline;
  briefs: SectionBrief[];
  competitorPages: OutlineSource[];
  internalLinks: InternalLinkSuggestion[];
  seo: SeoReport;
  readability: Readability;
}

const TOPIC_MAX = 300;
const KEYWORD_MAX = 100;
const KEYWORDS_MAX = 20;
const BODY_MAX = 100_000;
/** A slug clash lost to a concurrent draft is retried this many times. */
const SLUG_ATTEMPTS = 5;

/**
 * Blog drafting (issue 16, blog-post-draft): keyword research over stored keyword figures, an
 * outline from stored competitor pages, the offline draft (a labelled outline with section
 * briefs: the model writes prose when one is configured, never this service), the SEO pass and
 * readability; the draft is saved as a BLOG_POST in review. `analyzeDraft` runs the same SEO pass
 * and readability over text being edited, for the console's live editor. Reads only what is
 * stored; all computation is in engines/content.
 */
export class ContentDraftingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Stored figures for the topic and keywords, related keywords, and the chosen focus keyword. */
  async keywordResearch(
    ctx: RequestContext,
    input: KeywordResearchInput,
  ): Promise<KeywordResearch> {
    const { topic, keywords } = researchInput(input);
    return researchKeywords(topic, keywords, await this.keywordMetrics(ctx));
  }

  /**
   * Researches, outlines and drafts a post, runs the SEO pass and readability over the draft, and
   * saves it as a BLOG_POST in review (IN_REVIEW) with a slug unique among the workspace's blog
   * posts (-2, -3 on a clash), the research in `brief`, and the run.
   */
  async draft(ctx: RequestContext, input: DraftInput): Promise<DraftedPost> {
    const { topic, keywords } = researchInput(input);
    const [metrics, pages, archive] = await Promise.all([
      this.keywordMetrics(ctx),
      this.competitorPages(ctx),
      this.archive(ctx),
    ]);
    const research = researchKeywords(topic, keywords, metrics);
    const focusKeyword = research.focus.keyword;
    const chosenPages = selectCompetitorPages(pages, [
      focusKeyword,
      ...research.requested,
      ...research.secondary,
    ]);
    const outline = buildOutline({
      topic,
      focusKeyword,
      keywords: [
        ...research.matches,
        ...research.related.filter((metric) => metric.relation === 'SAME_TOPIC'),
      ],
      pages: chosenPages,
    });
    const internalLinks = suggestInternalLinks({ title: outline.h1, focusKeyword }, archive);
    const offline = composeOfflineDraft({
      outline,
      focusKeyword,
      secondaryKeywords: research.secondary,
      internalLinks,
    });
    const competitorPages = chosenPages.map((page) => ({
      url: page.url,
      title: page.title,
      keyword: page.keyword,
      wordCount: page.wordCount,
    }));

    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (tx) => {
          const slug = uniqueSlug(offline.slug, await this.takenSlugs(tx, ctx, offline.slug, null));
          // The body lists the slug it was drafted with; keep it the one saved.
          const body = offline.body.replace(`> - Slug: ${offline.slug}\n`, `> - Slug: ${slug}\n`);
          const seo = analyzeSeo({
            title: offline.title,
            body,
            metaDescription: offline.metaDescription,
            slug,
            focusKeyword,
            secondaryKeywords: research.secondary,
            archive,
            // An outline is not a post: the length to pass is the competitors' mean.
            minWords: outline.targetWords,
          });
          const readability = readabilityOfMarkdown(body);
          const brief = {
            topic,
            keywords: {
              focus: research.focus,
              secondary: research.secondary,
              requested: research.requested,
              missing: research.missing,
              matches: research.matches,
              related: research.related,
            },
            outline,
            introNotes: offline.introNotes,
            sections: offline.briefs,
            competitorPages,
            internalLinks,
          };
          const saved = await tx.save(
            tx.create(ContentItemEntity, {
              workspaceId: ctx.workspaceId,
              kind: 'BLOG_POST',
              channel: null,
              state: 'IN_REVIEW',
              title: offline.title,
              slug,
              focusKeyword,
              body,
              metaDescription: offline.metaDescription,
              brief: json(brief),
              seo: json(seo),
              readability: json(readability),
              runId: input.runId,
            }),
          );
          await this.audit.record(
            ctx.workspaceId,
            {
              actor: ctx.actor,
              action: 'content.draft.create',
              targetType: 'content_item',
              targetId: saved.id,
              data: {
                title: offline.title,
                slug,
                focusKeyword,
                seoScore: seo.score,
                runId: input.runId,
              },
            },
            tx,
          );
          return {
            contentItemId: saved.id,
            state: 'IN_REVIEW' as const,
            title: offline.title,
            slug,
            focusKeyword,
            secondaryKeywords: research.secondary,
            metaDescription: offline.metaDescription,
            body,
            research,
            outline,
            briefs: offline.briefs,
            competitorPages,
            internalLinks,
            seo,
            readability,
          };
        });
      } catch (error) {
        // Another draft took the same slug between our read and our insert: pick the next one.
        if (attempt < SLUG_ATTEMPTS && uniqueViolation(error, 'uq_content_item_blog_slug'))
          continue;
        throw error;
      }
    }
  }

  /**
   * The SEO pass and readability of a drafted post's final body (the version a person approved)
   * with the item's title, meta description, focus keyword and slug, as JSON to store on it.
   */
  async analyzeFinalText(
    ctx: RequestContext,
    input: { contentItemId: string; body: string },
  ): Promise<{ seo: Record<string, unknown>; readability: Record<string, unknown> } | null> {
    const item = await this.dataSource.manager.findOneBy(ContentItemEntity, {
      id: input.contentItemId,
      workspaceId: ctx.workspaceId,
    });
    if (!item?.focusKeyword) return null;
    const analysis = await this.analyzeDraft(ctx, {
      ...input,
      title: item.title,
      metaDescription: item.metaDescription,
      slug: item.slug,
      focusKeyword: item.focusKeyword,
    });
    return { seo: json(analysis.seo), readability: json(analysis.readability) };
  }

  /**
   * The SEO pass and readability of text being edited, against the workspace's published posts
   * (the post itself left out). Nothing is written.
   */
  async analyzeDraft(ctx: RequestContext, input: AnalyzeDraftInput): Promise<DraftAnalysis> {
    const title = textField('title', input.title, 1, TOPIC_MAX);
    const body = textField('body', input.body, 0, BODY_MAX);
    const focusKeyword = textField('focusKeyword', input.focusKeyword, 1, KEYWORD_MAX);
    const itemId = input.contentItemId ?? null;
    if (itemId !== null && !isId(itemId)) {
      throw invalid('contentItemId', 'NOT_AN_ID', 'contentItemId is not a content item id.');
    }
    const [archive, targetWords] = await Promise.all([
      this.archive(ctx),
      itemId ? this.targetWords(ctx, itemId) : Promise.resolve(null),
    ]);
    const base = slugify(focusKeyword) || slugify(title);
    const taken = await this.takenSlugs(this.dataSource.manager, ctx, base, itemId);
    return {
      seo: analyzeSeo({
        title,
        body,
        metaDescription: input.metaDescription ?? null,
        slug: input.slug ?? null,
        focusKeyword,
        secondaryKeywords: (input.secondaryKeywords ?? []).map((keyword) =>
          textField('secondaryKeywords', keyword, 1, KEYWORD_MAX),
        ),
        archive,
        excludePostIds: itemId ? [itemId] : [],
        ...(targetWords ? { minWords: targetWords } : {}),
      }),
      readability: readabilityOfMarkdown(body),
      suggestedSlug: uniqueSlug(base, taken),
    };
  }

  private async keywordMetrics(ctx: RequestContext): Promise<KeywordMetricInput[]> {
    const rows = (await this.dataSource.query(
      `SELECT keyword, topic, monthly_volume AS "monthlyVolume", difficulty,
              cpc_cents AS "cpcCents", source, to_char(as_of, 'YYYY-MM-DD') AS "asOf"
         FROM keyword_metric
        WHERE workspace_id = $1
        ORDER BY keyword`,
      [ctx.workspaceId],
    )) as KeywordMetricInput[];
    return rows.map((row) => ({
      ...row,
      monthlyVolume: Number(row.monthlyVolume),
      difficulty: Number(row.difficulty),
      cpcCents: row.cpcCents === null ? null : Number(row.cpcCents),
    }));
  }

  private async competitorPages(
    ctx: RequestContext,
  ): Promise<(CompetitorPageInput & { keyword: string })[]> {
    const rows = (await this.dataSource.query(
      `SELECT keyword, url, title, headings, word_count AS "wordCount"
         FROM competitor_page
        WHERE workspace_id = $1
        ORDER BY captured_on DESC, url`,
      [ctx.workspaceId],
    )) as (CompetitorPageInput & { keyword: string })[];
    return rows.map((row) => ({ ...row, wordCount: Number(row.wordCount) }));
  }

  /** The workspace's published blog posts: the archive links are suggested from. */
  private async archive(ctx: RequestContext): Promise<ArchivePost[]> {
    return (await this.dataSource.query(
      `SELECT id, title, slug, body, focus_keyword AS "focusKeyword", external_url AS url
         FROM content_item
        WHERE workspace_id = $1 AND kind = 'BLOG_POST' AND state = 'PUBLISHED'
        ORDER BY published_at DESC, id`,
      [ctx.workspaceId],
    )) as ArchivePost[];
  }

  /** The target length drafting recorded for an item (its outline's), if any. */
  private async targetWords(ctx: RequestContext, id: string): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT (brief -> 'outline' ->> 'targetWords')::int AS "targetWords"
         FROM content_item WHERE workspace_id = $1 AND id = $2`,
      [ctx.workspaceId, id],
    )) as { targetWords: number | null }[];
    return row?.targetWords ?? null;
  }

  /** Blog post slugs of the workspace that are `base` or `base-<n>` (one item left out). */
  private async takenSlugs(
    manager: EntityManager,
    ctx: RequestContext,
    base: string,
    exceptId: string | null,
  ): Promise<Set<string>> {
    const rows = (await manager.query(
      `SELECT slug FROM content_item
        WHERE workspace_id = $1 AND kind = 'BLOG_POST' AND slug IS NOT NULL
          AND (slug = $2 OR slug LIKE $3) AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [ctx.workspaceId, base, `${base.replace(/[\\%_]/g, '\\$&')}-%`, exceptId],
    )) as { slug: string }[];
    return new Set(rows.map((row) => row.slug));
  }
}

/** The topic and requested keywords, checked as the blog-post-draft playbook checks them. */
function researchInput(input: KeywordResearchInput): { topic: string; keywords: string[] } {
  const topic = textField('topic', input.topic, 3, TOPIC_MAX);
  const keywords = (input.keywords ?? []).map((keyword) =>
    textField('keywords', keyword, 1, KEYWORD_MAX),
  );
  if (keywords.length > KEYWORDS_MAX) {
    throw invalid(
      'keywords',
      'TOO_MANY',
      `At most ${KEYWORDS_MAX} keywords; got ${keywords.length}.`,
    );
  }
  return { topic, keywords };
}

function textField(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min) {
    throw invalid(field, 'TOO_SHORT', `${field} needs at least ${min} characters.`);
  }
  if (text.length > max) {
    throw invalid(field, 'TOO_LONG', `${field} is ${text.length} characters; the limit is ${max}.`);
  }
  return text;
}

function invalid(field: string, reason: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field, reason });
}

/** A computed report as a jsonb column value (plain data: no class instances, no undefined). */
function json(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
