import { z } from 'zod';
import type {
  TrendHeadline,
  TrendReport,
  TrendService,
} from '../../../modules/content/trends/trend.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

// The trend-monitoring playbook's input (domains/content/playbooks.ts).
const input = z.object({ topics: z.array(z.string().trim().min(1).max(100)).min(1).max(20) });

/** Rising topics listed, and headlines overall. */
const MAX_RISING = 5;
const MAX_HEADLINES = 10;

export interface MonitorTrendsHeadline {
  title: string;
  url: string | null;
  feed: string;
  /** ISO 8601, or null when the feed gave no date. */
  publishedAt: string | null;
}

export interface MonitorTrendsTopic {
  topic: string;
  status: 'rising' | 'seasonal peak' | 'steady' | 'falling';
  /** 0-100: 0.5 growth + 0.25 volume + 0.25 competition. */
  score: number;
  /** Latest 12 weeks vs the 12 before, and vs the same weeks last year (whole percent). */
  growthOnPriorPct: number | null;
  growthOnLastYearPct: number | null;
  keyword: string | null;
  monthlyVolume: number | null;
  difficulty: number | null;
  difficultyBand: 'low' | 'medium' | 'high' | null;
  /** Asked about; false for the shop's other tracked topics. */
  requested: boolean;
  reason: string;
}

export interface MonitorTrendsGap {
  topic: string;
  origin: 'requested' | 'rising' | 'keyword' | 'headline';
  /** The closest published post, or null when none shares a term. */
  bestMatch: { title: string; contentItemId: string } | null;
  /** Its BM25 score (null without a match). */
  score: number | null;
  reason: string;
  suggestedTitle: string;
  mentionedIn: MonitorTrendsHeadline[];
  /** An unpublished post on the calendar that already takes the topic on. */
  inProgress: { contentItemId: string; title: string; state: string } | null;
}

export interface MonitorTrendsOutput {
  topics: MonitorTrendsTopic[];
  risingTopics: MonitorTrendsTopic[];
  gaps: MonitorTrendsGap[];
  headlines: MonitorTrendsHeadline[];
  freshness: {
    lastFeedFetchAt: string | null;
    feedCount: number;
    failingFeeds: Array<{ title: string; error: string }>;
    newestHeadlineAt: string | null;
    seriesLastWeek: string | null;
    keywordMetricsAsOf: string | null;
    archivePosts: number;
  };
  source: 'demo' | 'serpapi';
  notes: string[];
}

/**
 * Trend monitoring: reads what is stored (search-interest series, keyword metrics, ingested feed
 * items, the shop's published blog posts) through TrendService and returns rising topics with
 * their reasons and content gaps with suggested titles. It fetches no feed: refreshing feeds is
 * the console's refreshContentFeeds.
 */
export function monitorTrendsTool(
  trends: TrendService,
): Tool<z.infer<typeof input>, MonitorTrendsOutput> {
  return {
    name: 'monitor_trends',
    description:
      "Rising topics in the shop's niches and content gaps in its blog. For each topic (and its stored keywords): growth of weekly search interest over the last 12 weeks vs the 12 before and vs the same weeks last year (a seasonal peak is told apart from a trend), monthly searches and keyword difficulty, a 0-100 score and the reason in words; topics no published post covers (BM25 against the archive) with the closest post, a suggested title and the recent feed headlines that mention them; how fresh each input is.",
    input,
    execute: (ctx, call) =>
      asTool(async () =>
        toolOutput(
          await trends.trendReport(
            {
              workspaceId: ctx.workspaceId,
              actor: `agent:${ctx.agentKey}`,
              role: 'VIEWER',
              userId: null,
            },
            { topics: call.topics, now: ctx.now },
          ),
        ),
      ),
    summarize: (output) => {
      const rising = output.risingTopics.map((topic) => topic.topic).join(', ') || 'none';
      const gaps = output.gaps
        .slice(0, 3)
        .map((gap) => `'${gap.topic}'`)
        .join(', ');
      return `${output.topics.length} topics (${output.source}); rising: ${rising}; ${output.gaps.length} gaps${gaps ? ` (${gaps})` : ''}; ${output.headlines.length} headlines`;
    },
  };
}

export function toolOutput(report: TrendReport): MonitorTrendsOutput {
  const topics = report.topics.map((trend) => ({
    topic: trend.topic,
    status: trend.status,
    score: trend.score,
    growthOnPriorPct: trend.growthOnPriorPct,
    growthOnLastYearPct: trend.growthOnLastYearPct,
    keyword: trend.keyword,
    monthlyVolume: trend.monthlyVolume,
    difficulty: trend.difficulty,
    difficultyBand: trend.difficultyBand,
    requested: trend.requested,
    reason: trend.reason,
  }));
  return {
    topics,
    risingTopics: topics.filter((topic) => topic.status === 'rising').slice(0, MAX_RISING),
    gaps: report.gaps.map((gap) => ({
      topic: gap.topic,
      origin: gap.origin,
      bestMatch: gap.bestMatch
        ? { title: gap.bestMatch.title, contentItemId: gap.bestMatch.id }
        : null,
      score: gap.bestMatch?.score ?? null,
      reason: gap.reason,
      suggestedTitle: gap.suggestedTitle,
      mentionedIn: gap.mentionedIn.map(headline),
      inProgress: gap.inProgress,
    })),
    headlines: report.headlines.slice(0, MAX_HEADLINES).map(headline),
    freshness: {
      lastFeedFetchAt: report.freshness.lastFeedFetchAt?.toISOString() ?? null,
      feedCount: report.freshness.feedCount,
      failingFeeds: report.freshness.failingFeeds.map((feed) => ({
        title: feed.title,
        error: feed.error,
      })),
      newestHeadlineAt: report.freshness.newestHeadlineAt?.toISOString() ?? null,
      seriesLastWeek: report.freshness.seriesLastWeek,
      keywordMetricsAsOf: report.freshness.keywordMetricsAsOf,
      archivePosts: report.freshness.archivePosts,
    },
    source: report.source,
    notes: report.notes,
  };
}

function headline(item: TrendHeadline): MonitorTrendsHeadline {
  return {
    title: item.title,
    url: item.url,
    feed: item.feed,
    publishedAt: item.publishedAt?.toISOString() ?? null,
  };
}
