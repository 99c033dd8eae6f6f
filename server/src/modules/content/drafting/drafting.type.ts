import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { KeywordRelation } from '../../../engines/content/keywords/index.js';
import type { ReadingEaseLevel } from '../../../engines/content/readability/index.js';
import { SEO_CHECK_IDS, type SeoCheckId } from '../../../engines/content/seo/index.js';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';

// Every list here is computed in memory with its analysis (no rows of its own): EMBEDDED_LIST_COST.

export const SeoCheckIdEnum = Object.fromEntries(SEO_CHECK_IDS.map((id) => [id, id])) as {
  [K in SeoCheckId]: K;
};
registerEnumType(SeoCheckIdEnum, {
  name: 'SeoCheckId',
  description:
    'The SEO checks (docs/content/drafting.md): the focus keyword in the title, H1, first 100 words and meta description; keyword density 0.5%-2.5%; meta description present and at most 160 characters; slug; a link to a related post of the blog; image alt text; one H1 with H2 sections and no skipped level; at least 300 words.',
});

export const ReadingEaseLevelEnum = {
  VERY_EASY: 'VERY_EASY',
  EASY: 'EASY',
  FAIRLY_EASY: 'FAIRLY_EASY',
  STANDARD: 'STANDARD',
  FAIRLY_DIFFICULT: 'FAIRLY_DIFFICULT',
  DIFFICULT: 'DIFFICULT',
  VERY_DIFFICULT: 'VERY_DIFFICULT',
} as const satisfies { [K in ReadingEaseLevel]: K };
registerEnumType(ReadingEaseLevelEnum, {
  name: 'ReadingEaseLevel',
  description:
    "Flesch's bands for Reading Ease: 90+ very easy, 80 easy, 70 fairly easy, 60 standard, 50 fairly difficult, 30 difficult, below 30 very difficult.",
});

export const KeywordRelationEnum = {
  SAME_TOPIC: 'SAME_TOPIC',
  TOPIC_WORDS: 'TOPIC_WORDS',
} as const satisfies { [K in KeywordRelation]: K };
registerEnumType(KeywordRelationEnum, {
  name: 'KeywordRelation',
  description:
    "SAME_TOPIC: stored under the topic of a matched keyword; TOPIC_WORDS: at least half its words are the draft topic's.",
});

@ObjectType({ description: 'One check of the SEO pass.' })
export class SeoCheckView {
  @Field(() => SeoCheckIdEnum) id!: SeoCheckId;
  @Field() label!: string;
  @Field() passed!: boolean;
  @Field({ description: 'What was found, and what to do when it failed.' }) detail!: string;
  @Field(() => Int, { description: "The check's share of the score (weights add up to 100)." })
  weight!: number;
}

@ObjectType({
  description: 'A suggested image for an H2 section, with alt text carrying the keyword once.',
})
export class ImagePlaceholderView {
  @Field({ description: 'The H2 section it illustrates.' }) section!: string;
  @Field() alt!: string;
  @Field({ description: '`![alt](image-placeholder)`, to paste under the heading.' })
  markdown!: string;
}

@ObjectType({ description: 'A published post of the blog to link to, chosen by BM25 similarity.' })
export class InternalLinkSuggestionView {
  @Field(() => ID) postId!: string;
  @Field() title!: string;
  @Field({ description: "The post's URL in the CMS, else /blog/<slug>." }) href!: string;
  @Field({ description: "Descriptive anchor text: the post's focus keyword, else its title." })
  anchorText!: string;
  @Field(() => Float, { description: 'BM25 relevance (comparable within one answer).' })
  score!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) sharedTerms!: string[];
  @Field() reason!: string;
}

@ObjectType({ description: 'How often a secondary keyword occurs in the text.' })
export class KeywordOccurrenceView {
  @Field() keyword!: string;
  @Field(() => Int) occurrences!: number;
}

@ObjectType({ description: 'The SEO pass over a post: score, checklist and measurements.' })
export class SeoAnalysisView {
  @Field(() => Int, { description: 'Sum of the weights of the passed checks, 0..100.' })
  score!: number;
  @Field(() => [SeoCheckView], { complexity: EMBEDDED_LIST_COST }) checks!: SeoCheckView[];
  @Field({ description: 'The first H1 of the body, else the title.' }) h1!: string;
  @Field(() => Int) wordCount!: number;
  @Field(() => Int) keywordOccurrences!: number;
  @Field(() => Float, { description: 'Occurrences per 100 words, in percent (2 decimals).' })
  keywordDensity!: number;
  @Field(() => [KeywordOccurrenceView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'The secondary keywords given, counted in the text (reported, not scored).',
  })
  secondaryKeywords!: KeywordOccurrenceView[];
  @Field(() => [ImagePlaceholderView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'A placeholder for each H2 section without an image.',
  })
  imageSuggestions!: ImagePlaceholderView[];
}

@ObjectType({ description: 'Flesch Reading Ease and Flesch-Kincaid grade, with their counts.' })
export class ReadabilityView {
  @Field(() => Int) words!: number;
  @Field(() => Int) sentences!: number;
  @Field(() => Int) syllables!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '206.835 − 1.015·words/sentences − 84.6·syllables/words (1 decimal); null without words.',
  })
  fleschReadingEase!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '0.39·words/sentences + 11.8·syllables/words − 15.59 (1 decimal); null without words.',
  })
  fleschKincaidGrade!: number | null;
  @Field(() => ReadingEaseLevelEnum, { nullable: true }) level!: ReadingEaseLevel | null;
}

@ObjectType({ description: 'The SEO pass and readability of a draft being edited.' })
export class DraftAnalysis {
  @Field(() => SeoAnalysisView) seo!: SeoAnalysisView;
  @Field(() => ReadabilityView) readability!: ReadabilityView;
  @Field(() => [InternalLinkSuggestionView], {
    complexity: EMBEDDED_LIST_COST,
    description:
      'Up to 3 published posts to link to, most related first (the post itself left out).',
  })
  internalLinks!: InternalLinkSuggestionView[];
  @Field({
    description:
      'A slug from the focus keyword (lowercase ASCII words, hyphens, stop words dropped, at most 60 characters), with -2, -3 when another blog post has it.',
  })
  suggestedSlug!: string;
}

@ObjectType({ description: 'Stored figures for one keyword.' })
export class KeywordMetricView {
  @Field() keyword!: string;
  @Field() topic!: string;
  @Field(() => Int, { description: 'Searches a month.' }) monthlyVolume!: number;
  @Field(() => Int, { description: 'Ranking difficulty, 0..100.' }) difficulty!: number;
  @Field(() => Int, { nullable: true, description: 'Cost per click in cents.' })
  cpcCents!: number | null;
  @Field({ description: "Where the figures come from ('demo', ...)." }) source!: string;
  @Field({ description: 'The day they were measured (YYYY-MM-DD).' }) asOf!: string;
}

@ObjectType({ description: 'A stored keyword related to the research topic.' })
export class RelatedKeywordView extends KeywordMetricView {
  @Field(() => KeywordRelationEnum) relation!: KeywordRelation;
}

@ObjectType({ description: 'The keyword the post is written around, and why.' })
export class FocusKeywordView {
  @Field() keyword!: string;
  @Field(() => KeywordMetricView, {
    nullable: true,
    description: 'Null when no stored figure supports the choice.',
  })
  metric!: KeywordMetricView | null;
  @Field() reason!: string;
}

@ObjectType({
  description:
    'Keyword research over stored keyword figures: the requested keywords, related keywords, and the focus keyword (highest volume × (100 − difficulty)/100 × topic relevance; difficulty over 40 only when nothing easier is there).',
})
export class KeywordResearch {
  @Field() topic!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST, description: 'Lower case.' })
  requested!: string[];
  @Field(() => [KeywordMetricView], { complexity: EMBEDDED_LIST_COST })
  matches!: KeywordMetricView[];
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Requested keywords without stored figures.',
  })
  missing!: string[];
  @Field(() => [RelatedKeywordView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Most searched first, at most 15.',
  })
  related!: RelatedKeywordView[];
  @Field(() => FocusKeywordView) focus!: FocusKeywordView;
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description:
      'The other requested keywords, then the best related ones of the same topics (5 in all).',
  })
  secondary!: string[];
}
