import {
  CONTENT_FEED_STATUSES,
  type ContentFeedStatus,
  type ContentItemState,
} from '@zactonics/db';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GapCandidateOrigin, TrendStatus } from '../../../engines/content/trends/index.js';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { ContentItemStateEnum } from '../content-enums.js';

// Every list here is computed in memory with its report (no rows of its own): EMBEDDED_LIST_COST.

export const ContentFeedStatusEnum = Object.fromEntries(
  CONTENT_FEED_STATUSES.map((v) => [v, v]),
) as {
  [K in ContentFeedStatus]: K;
};
registerEnumType(ContentFeedStatusEnum, {
  name: 'ContentFeedStatus',
  description:
    'What a feed fetch answered: OK (read), NOT_MODIFIED (HTTP 304, nothing new) or ERROR.',
});

/** GraphQL names (SCREAMING_SNAKE) over the engine's words. */
export const TrendStatusEnum = {
  RISING: 'rising',
  SEASONAL_PEAK: 'seasonal peak',
  STEADY: 'steady',
  FALLING: 'falling',
} as const satisfies Record<string, TrendStatus>;
registerEnumType(TrendStatusEnum, {
  name: 'TrendStatus',
  description:
    'RISING: up at least 15% on the same weeks last year (without a year of history, on the prior 12 weeks); SEASONAL_PEAK: up 15% on the prior 12 weeks but level with last year; FALLING: down 15% on last year; STEADY: anything else.',
});

export const ContentGapOriginEnum = {
  REQUESTED: 'requested',
  RISING: 'rising',
  KEYWORD: 'keyword',
  HEADLINE: 'headline',
} as const satisfies Record<string, GapCandidateOrigin>;
registerEnumType(ContentGapOriginEnum, {
  name: 'ContentGapOrigin',
  description:
    'Where a gap candidate came from: a requested topic, a rising topic, a stored keyword filed under a requested topic, or a recent feed headline.',
});

@ObjectType({ description: 'An RSS, Atom or JSON feed the shop watches for one topic.' })
export class ContentFeedView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() url!: string;
  @Field({ description: 'The niche it watches (lower case).' }) topic!: string;
  @Field(() => Date, { nullable: true }) lastFetchedAt!: Date | null;
  @Field(() => ContentFeedStatusEnum, { nullable: true }) lastStatus!: ContentFeedStatus | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Int, { description: 'Items stored from it.' }) itemCount!: number;
  @Field(() => Date, { nullable: true }) latestItemAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'What refreshing one feed did.' })
export class ContentFeedRefreshView {
  @Field(() => ID) feedId!: string;
  @Field() title!: string;
  @Field() url!: string;
  @Field(() => ContentFeedStatusEnum) status!: ContentFeedStatus;
  @Field(() => Int, { description: 'Items stored by this refresh (new GUIDs and URLs).' })
  newItems!: number;
  @Field(() => Int, { description: 'Items the feed listed (0 unless OK).' }) itemsInFeed!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed (ERROR only).' })
  error!: string | null;
}

@ObjectType({ description: 'One week of search interest (0-100, Google Trends scale).' })
export class InterestPointView {
  @Field({ description: 'The first day of the week, YYYY-MM-DD.' }) weekStart!: string;
  @Field(() => Int) interest!: number;
}

@ObjectType({ description: "A topic's weekly search-interest series, for a chart." })
export class InterestSeriesView {
  @Field() topic!: string;
  @Field({ description: "'demo' (seeded), 'serpapi' (Google Trends), or 'none' without data." })
  source!: string;
  @Field(() => [InterestPointView], { complexity: EMBEDDED_LIST_COST })
  points!: InterestPointView[];
}

@ObjectType({ description: 'The three factors of a trend score, each 0..1 before weighting.' })
export class TrendFactorsView {
  @Field(() => Float, { description: 'Weight 0.5: 0% growth or less = 0, +100% or more = 1.' })
  growth!: number;
  @Field(() => Float, { description: 'Weight 0.25: log10(monthly searches + 1) / 5.' })
  volume!: number;
  @Field(() => Float, { description: 'Weight 0.25: 1 - difficulty / 100.' }) competition!: number;
}

@ObjectType({ description: 'A topic scored by growth, volume and competition, with the reason.' })
export class TopicTrendView {
  @Field() topic!: string;
  @Field(() => TrendStatusEnum) status!: TrendStatus;
  @Field(() => Int, { description: '0-100.' }) score!: number;
  @Field(() => TrendFactorsView) factors!: TrendFactorsView;
  @Field(() => String, { nullable: true, description: 'The latest week used.' })
  latestWeek!: string | null;
  @Field(() => Int, { nullable: true, description: 'Latest 12 weeks vs the 12 before, percent.' })
  growthOnPriorPct!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Latest 12 weeks vs the same weeks a year earlier, percent.',
  })
  growthOnLastYearPct!: number | null;
  @Field(() => String, { nullable: true, description: 'The keyword whose metrics are shown.' })
  keyword!: string | null;
  @Field(() => Int, { nullable: true }) monthlyVolume!: number | null;
  @Field(() => Int, { nullable: true, description: '0-100.' }) difficulty!: number | null;
  @Field(() => String, { nullable: true, description: 'low (<30), medium (<60) or high.' })
  difficultyBand!: string | null;
  @Field() reason!: string;
  @Field({ description: "Asked about; false for the workspace's other tracked topics." })
  requested!: boolean;
  @Field() seriesSource!: string;
}

@ObjectType({ description: 'A recent entry of a watched feed.' })
export class TrendHeadlineView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field() summary!: string;
  @Field({ description: "The feed's title." }) feed!: string;
  @Field(() => ID) feedId!: string;
  @Field() feedTopic!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType({
  description: 'The archive post closest to a topic (BM25; scores compare within one report).',
})
export class ArchiveMatchView {
  @Field(() => ID, { description: 'The content item.' }) id!: string;
  @Field() title!: string;
  @Field(() => Float) score!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) sharedTerms!: string[];
}

@ObjectType({ description: 'An unpublished post on the calendar that already takes a gap on.' })
export class GapInProgressView {
  @Field(() => ID, { description: 'The content item.' }) contentItemId!: string;
  @Field() title!: string;
  @Field(() => ContentItemStateEnum) state!: ContentItemState;
}

@ObjectType({ description: 'A topic no published post covers yet.' })
export class ContentGapView {
  @Field() topic!: string;
  @Field(() => ContentGapOriginEnum) origin!: GapCandidateOrigin;
  @Field(() => ArchiveMatchView, { nullable: true }) bestMatch!: ArchiveMatchView | null;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) missingTerms!: string[];
  @Field(() => Float, { description: "Share of the topic's terms the best post contains." })
  coverage!: number;
  @Field() reason!: string;
  @Field() suggestedTitle!: string;
  @Field(() => Int, { nullable: true }) trendScore!: number | null;
  @Field(() => [TrendHeadlineView], { complexity: EMBEDDED_LIST_COST })
  mentionedIn!: TrendHeadlineView[];
  @Field(() => GapInProgressView, { nullable: true }) inProgress!: GapInProgressView | null;
}

@ObjectType({ description: 'A candidate topic a published post already covers.' })
export class CoveredTopicView {
  @Field() topic!: string;
  @Field(() => ContentGapOriginEnum) origin!: GapCandidateOrigin;
  @Field(() => ArchiveMatchView) bestMatch!: ArchiveMatchView;
  @Field() reason!: string;
}

@ObjectType({ description: "A requested topic's recent headlines." })
export class TopicHeadlinesView {
  @Field() topic!: string;
  @Field(() => [TrendHeadlineView], { complexity: EMBEDDED_LIST_COST })
  headlines!: TrendHeadlineView[];
}

@ObjectType({ description: 'A feed whose last fetch failed.' })
export class FailingFeedView {
  @Field() title!: string;
  @Field() url!: string;
  @Field() error!: string;
}

@ObjectType({ description: "How current the report's inputs are." })
export class TrendFreshnessView {
  @Field(() => Date, { nullable: true, description: 'The latest successful feed fetch.' })
  lastFeedFetchAt!: Date | null;
  @Field(() => Int) feedCount!: number;
  @Field(() => [FailingFeedView], { complexity: EMBEDDED_LIST_COST })
  failingFeeds!: FailingFeedView[];
  @Field(() => Date, { nullable: true }) newestHeadlineAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The latest week of the series used.' })
  seriesLastWeek!: string | null;
  @Field(() => Date, { nullable: true }) seriesFetchedAt!: Date | null;
  @Field(() => String, { nullable: true }) keywordMetricsAsOf!: string | null;
  @Field(() => Int, { description: 'Published blog posts compared against.' })
  archivePosts!: number;
}

@ObjectType({ description: 'Rising topics, content gaps and headlines for a set of topics.' })
export class TrendReportView {
  @Field({ description: 'YYYY-MM-DD.' }) asOf!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) requestedTopics!: string[];
  @Field(() => [TopicTrendView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'The requested topics and every other tracked topic, highest score first.',
  })
  topics!: TopicTrendView[];
  @Field(() => [TopicTrendView], { complexity: EMBEDDED_LIST_COST })
  risingTopics!: TopicTrendView[];
  @Field(() => [ContentGapView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'At most 10, best first.',
  })
  gaps!: ContentGapView[];
  @Field(() => [CoveredTopicView], { complexity: EMBEDDED_LIST_COST }) covered!: CoveredTopicView[];
  @Field(() => [TrendHeadlineView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Newest first, at most 15.',
  })
  headlines!: TrendHeadlineView[];
  @Field(() => [TopicHeadlinesView], { complexity: EMBEDDED_LIST_COST })
  headlinesByTopic!: TopicHeadlinesView[];
  @Field(() => TrendFreshnessView) freshness!: TrendFreshnessView;
  @Field({ description: "'serpapi' when a series came from Google Trends; else 'demo' (stored)." })
  source!: string;
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description: 'What the report could not do.',
  })
  notes!: string[];
}
