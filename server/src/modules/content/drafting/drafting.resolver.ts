import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import type { Readability } from '../../../engines/content/readability/index.js';
import type { DraftAnalysis as Analysis } from './content-drafting.service.js';
import { AnalyzeDraftInput } from './drafting.inputs.js';
import { DraftAnalysis, KeywordResearch, type ReadabilityView } from './drafting.type.js';

/** Blog drafting in the console: the live SEO checklist and readability, and keyword research. */
@Resolver()
export class DraftingResolver {
  @Query(() => DraftAnalysis, {
    description:
      "The SEO pass (score and checklist, internal links from the shop's published posts, image suggestions) and readability (Flesch Reading Ease, Flesch-Kincaid grade) of a draft being edited, with a suggested slug. Writes nothing. INVALID_INPUT for an empty title or focus keyword, or a body over 100,000 characters.",
  })
  async analyzeDraft(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => AnalyzeDraftInput) input: AnalyzeDraftInput,
  ): Promise<DraftAnalysis> {
    return analysisView(await ctx.services.contentDrafting.analyzeDraft(ctx, input));
  }

  @Query(() => KeywordResearch, {
    description:
      'Stored keyword figures (monthly volume, difficulty, cost per click) for a topic and keywords, related keywords of the same topics, and the focus keyword chosen with the reason. INVALID_INPUT for a topic under 3 or over 300 characters, or more than 20 keywords.',
  })
  async keywordResearch(
    @Ctx() ctx: ConsoleContext,
    @Arg('topic', () => String) topic: string,
    @Arg('keywords', () => [String], { nullable: true }) keywords: string[] | null,
  ): Promise<KeywordResearch> {
    return ctx.services.contentDrafting.keywordResearch(ctx, { topic, keywords });
  }
}

export function analysisView(analysis: Analysis): DraftAnalysis {
  const { seo } = analysis;
  return {
    seo: {
      score: seo.score,
      checks: seo.checks,
      h1: seo.h1,
      wordCount: seo.wordCount,
      keywordOccurrences: seo.keywordOccurrences,
      keywordDensity: seo.keywordDensity,
      secondaryKeywords: seo.secondaryKeywords,
      imageSuggestions: seo.imageSuggestions,
    },
    readability: readabilityView(analysis.readability),
    internalLinks: seo.internalLinks,
    suggestedSlug: analysis.suggestedSlug,
  };
}

/** Scores to 1 decimal, as Flesch's tables read them. */
export function readabilityView(readability: Readability): ReadabilityView {
  const oneDecimal = (value: number | null) =>
    value === null ? null : Math.round(value * 10) / 10;
  return {
    ...readability,
    fleschReadingEase: oneDecimal(readability.fleschReadingEase),
    fleschKincaidGrade: oneDecimal(readability.fleschKincaidGrade),
  };
}
