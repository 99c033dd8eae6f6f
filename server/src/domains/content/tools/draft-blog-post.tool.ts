import { z } from 'zod';
import type { ReadingEaseLevel } from '../../../engines/content/readability/index.js';
import { DomainError } from '../../../errors.js';
import type { ContentDraftingService } from '../../../modules/content/drafting/content-drafting.service.js';
import type { ContentPublishingService } from '../../../modules/content/publishing/content-publishing.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

// The same limits as the blog-post-draft playbook's input.
const input = z.object({
  topic: z.string().trim().min(3).max(300),
  keywords: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});

/** What became of the push to the CMS: a WordPress draft, no CMS, or a CMS that failed. */
export type DraftCmsResult =
  | { status: 'PUSHED'; cms: string; externalId: string; externalUrl: string }
  | { status: 'NOT_CONFIGURED' }
  | { status: 'FAILED'; errorCode: string; message: string };

export interface DraftBlogPostOutput {
  contentItemId: string;
  /** Always IN_REVIEW: saved on the editorial calendar for a person to review. */
  state: 'IN_REVIEW';
  title: string;
  slug: string;
  focusKeyword: string;
  /** Why this focus keyword (its volume and difficulty, or that no figures are stored). */
  focusReason: string;
  metaDescription: string;
  outline: {
    h1: string;
    targetWords: number;
    /** Competitor pages it was built from. */
    competitorPages: number;
    sections: {
      heading: string;
      /** How many competitor pages cover the subject. */
      coveredBy: number;
      subsections: string[];
      keywords: string[];
      targetWords: number;
    }[];
  };
  seo: { score: number; failedChecks: string[] };
  readability: {
    fleschReadingEase: number | null;
    fleschKincaidGrade: number | null;
    level: ReadingEaseLevel | null;
    words: number;
    sentences: number;
    syllables: number;
  };
  keywords: { focus: string; secondary: string[]; missing: string[] };
  internalLinks: { title: string; href: string; anchorText: string; reason: string }[];
  /** The offline draft: a labelled markdown outline with section briefs, no prose. */
  body: string;
  cms: DraftCmsResult;
}

const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

/**
 * Drafts a blog post: keyword research over stored figures, an outline from stored competitor
 * pages, the offline draft (a labelled outline with section briefs), the SEO pass and
 * readability; saves it on the calendar in review and pushes it to the CMS as a draft when one
 * is configured. A CMS failure does not lose the draft: the output says what the CMS answered.
 */
export function draftBlogPostTool(
  drafting: ContentDraftingService,
  publishing: ContentPublishingService,
): Tool<z.infer<typeof input>, DraftBlogPostOutput> {
  return {
    name: 'draft_blog_post',
    description:
      "Drafts an SEO blog post for a topic (and optional keywords): chooses the focus keyword from stored search volumes and difficulty, outlines it (H1/H2/H3) from stored competitor pages, writes a labelled outline with a brief per section (no prose), scores SEO (checklist) and readability (Flesch), suggests internal links to the shop's posts, saves it for review and pushes it to WordPress as a draft when configured.",
    input,
    execute: (ctx, call) =>
      asTool(async () => {
        const actor = `agent:${ctx.agentKey}`;
        const drafted = await drafting.draft(
          { workspaceId: ctx.workspaceId, actor, role: 'VIEWER', userId: null },
          { topic: call.topic, keywords: call.keywords, runId: ctx.runId },
        );
        const cms = await pushDraft(
          publishing,
          { workspaceId: ctx.workspaceId, actor },
          drafted.contentItemId,
        );
        return {
          contentItemId: drafted.contentItemId,
          state: drafted.state,
          title: drafted.title,
          slug: drafted.slug,
          focusKeyword: drafted.focusKeyword,
          focusReason: drafted.research.focus.reason,
          metaDescription: drafted.metaDescription,
          outline: {
            h1: drafted.outline.h1,
            targetWords: drafted.outline.targetWords,
            competitorPages: drafted.outline.competitorCount,
            sections: drafted.outline.sections.map((section) => ({
              heading: section.heading,
              coveredBy: section.coveredBy.length,
              subsections: section.subsections.map((subsection) => subsection.heading),
              keywords: section.keywords.map((keyword) => keyword.keyword),
              targetWords: section.targetWords,
            })),
          },
          seo: {
            score: drafted.seo.score,
            failedChecks: drafted.seo.checks
              .filter((check) => !check.passed)
              .map((check) => check.label),
          },
          readability: {
            fleschReadingEase: oneDecimal(drafted.readability.fleschReadingEase),
            fleschKincaidGrade: oneDecimal(drafted.readability.fleschKincaidGrade),
            level: drafted.readability.level,
            words: drafted.readability.words,
            sentences: drafted.readability.sentences,
            syllables: drafted.readability.syllables,
          },
          keywords: {
            focus: drafted.focusKeyword,
            secondary: drafted.secondaryKeywords,
            missing: drafted.research.missing,
          },
          internalLinks: drafted.internalLinks.map((link) => ({
            title: link.title,
            href: link.href,
            anchorText: link.anchorText,
            reason: link.reason,
          })),
          body: drafted.body,
          cms,
        };
      }),
    summarize: (output) => {
      const cms =
        output.cms.status === 'PUSHED'
          ? `pushed to ${output.cms.cms} as a draft`
          : output.cms.status === 'NOT_CONFIGURED'
            ? 'no CMS configured'
            : `CMS push failed (${output.cms.errorCode})`;
      return `'${output.title}' (${output.focusKeyword}): ${output.outline.sections.length} sections, SEO ${output.seo.score}/100, in review; ${cms}`;
    },
  };
}

/** The push as an outcome: the draft is saved whatever the CMS answers. */
async function pushDraft(
  publishing: ContentPublishingService,
  scope: { workspaceId: string; actor: string },
  contentItemId: string,
): Promise<DraftCmsResult> {
  try {
    return await publishing.pushDraft(scope, contentItemId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: 'FAILED', errorCode: error.errorCode, message: error.message };
  }
}
