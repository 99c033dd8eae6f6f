import type { ContentItemState } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import {
  analyzeContentGaps,
  assessTopicTrends,
  postInProgressFor,
  type ArchiveMatch,
  type GapCandidate,
  type GapCandidateOrigin,
  type InterestPoint,
  type KeywordMetricInput,
  type PostInProgress,
  type TopicTrend,
} from '../../../engines/content/trends/index.js';
import { contentTerms } from '../../../engines/content/text/index.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import {
  SERPAPI_SOURCE,
  SearchInterestUnavailable,
  normalizeTopic,
  type SearchInterestSource,
  type TopicInterestSeries,
} from './search-interest.js';

/** Topics one report may ask about (the trend-monitoring playbook's limit). */
export const MAX_REPORT_TOPICS = 20;
/** Feed items this recent count as headlines. */
export const HEADLINE_DAYS = 30;
/** Weeks of series read: two years, enough for the year-on-year comparison (64 weeks). */
export const SERIES_WEEKS = 104;
/** A live series older than this is fetched again when a report asks for it. */
export const LIVE_SERIES_MAX_AGE_DAYS = 7;
/** Topics one report assesses: the requested ones, then the tracked ones by name. */
export const MAX_TRACKED_TOPICS = 50;
/** Gaps listed, best first. */
export const MAX_GAPS = 10;
/** Headlines listed per requested topic, and overall. */
export const HEADLINES_PER_TOPIC = 5;
export const MAX_HEADLINES = 15;

export interface TrendHeadline {
  id: string;
  title: string;
  url: string | null;
  summary: string;
  /** The feed's title. */
  feed: string;
  feedId: string;
  /** The niche the feed watches. */
  feedTopic: string;
  publishedAt: Date | null;
}

export interface TopicTrendReport extends TopicTrend {
  /** Asked about; the others are the workspace's other tracked topics. */
  requested: boolean;
  /** Where its series came from: 'demo', 'serpapi', or 'none' without data. */
  seriesSource: string;
}

export interface ContentGapReport {
  topic: string;
  origin: GapCandidateOrigin;
  bestMatch: ArchiveMatch | null;
  missingTerms: string[];
  coverage: number;
  reason: string;
  suggestedTitle: string;
  trendScore: number | null;
  /** Recent headlines that mention every term of the topic. */
  mentionedIn: TrendHeadline[];
  /** An unpublished post on the calendar that already takes the topic on. */
  inProgress: { contentItemId: string; title: string; state: ContentItemState } | null;
}

export interface CoveredTopicReport {
  topic: string;
  origin: GapCandidateOrigin;
  bestMatch: ArchiveMatch;
  reason: string;
}

export interface FailingFeed {
  title: string;
  url: string;
  error: string;
}

export interface TrendFreshness {
  /** The latest successful feed fetch (OK or NOT_MODIFIED); null when no feed was fetched. */
  lastFeedFetchAt: Date | null;
  feedCount: number;
  failingFeeds: FailingFeed[];
  newestHeadlineAt: Date | null;
  /** The latest week in the series used (YYYY-MM-DD). */
  seriesLastWeek: string | null;
  /** When those series were stored. */
  seriesFetchedAt: Date | null;
  /** The day the keyword metrics were measured (the latest as_of). */
  keywordMetricsAsOf: string | null;
  /** Published blog posts compared against. */
  archivePosts: number;
}

export interface TrendReport {
  /** The day the report is for (YYYY-MM-DD, UTC). */
  asOf: string;
  requestedTopics: string[];
  /** The requested topics and every other tracked topic, highest score first. */
  topics: TopicTrendReport[];
  risingTopics: TopicTrendReport[];
  gaps: ContentGapReport[];
  /** Candidates the archive covers already. */
  covered: CoveredTopicReport[];
  /** Recent headlines from the watched feeds about these topics, newest first. */
  headlines: TrendHeadline[];
  headlinesByTopic: Array<{ topic: string; headlines: TrendHeadline[] }>;
  freshness: TrendFreshness;
  /** 'serpapi' when any series came from Google Trends through SerpApi; else 'demo' (stored). */
  source: 'demo' | 'serpapi';
  /** What the report could not do, in words (no SerpApi key, a live fetch that failed). */
  notes: string[];
}

export interface InterestSeriesView {
  topic: string;
  source: string;
  points: InterestPoint[];
}

interface KeywordRow extends KeywordMetricInput {
  asOf: string;
}

interface HeadlineRow {
  id: string;
  title: string;
  url: string | null;
  summary: string;
  feed: string;
  feedId: string;
  feedTopic: string;
  publishedAt: Date | string | null;
  firstSeenAt: Date | string;
}

/**
 * The trend report (issue 16, trend monitoring): stored search-interest series and keyword
 * metrics scored by the trends engine, content gaps against the shop's published blog posts,
 * recent headlines from the watched feeds, and how fresh each input is. It reads what is stored;
 * with SerpApi configured it first refreshes the requested topics' stale series through it
 * (stored before use).
 */
export class TrendService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly stored: SearchInterestSource,
    /** Google Trends through SerpApi when HUB_SERPAPI_KEY is set. */
    private readonly live?: SearchInterestSource,
  ) {}

  async trendReport(
    ctx: RequestContext,
    input: { topics: readonly string[]; now?: Date | null },
  ): Promise<TrendReport> {
    const requested = requestedTopics(input.topics);
    const now = input.now ?? this.clock.now();
    const asOf = isoDate(now);
    const from = isoDate(addDays(now, -7 * (SERIES_WEEKS + 1)));

    // The shop's niches: the requested topics, then every topic it tracks a series for.
    const tracked = await this.trackedTopics(ctx);
    const universe = [...new Set([...requested, ...tracked])].slice(0, MAX_TRACKED_TOPICS);
    const keywords = await this.keywordMetrics(ctx, universe);

    const notes: string[] = [];
    let series = await this.stored.series(ctx, universe, from, asOf);
    if (this.live) {
      const asked = series.filter((entry) => requested.includes(entry.topic));
      if (await this.refreshLive(ctx, asked, from, asOf, now, notes)) {
        series = await this.stored.series(ctx, universe, from, asOf);
      }
    } else {
      notes.push(
        'No SerpApi key (HUB_SERPAPI_KEY) is configured: the stored search-interest series are used, not live Google Trends.',
      );
    }
    const seriesByTopic = new Map(series.map((entry) => [entry.topic, entry]));

    const topics: TopicTrendReport[] = assessTopicTrends({
      series: universe.map((topic) => ({ topic, points: seriesByTopic.get(topic)?.points ?? [] })),
      keywords,
      now,
    }).map((trend) => ({
      ...trend,
      requested: requested.includes(trend.topic),
      seriesSource: seriesByTopic.get(trend.topic)?.source ?? 'none',
    }));
    const rising = topics.filter((trend) => trend.status === 'rising');

    // Keywords filed under a requested or rising topic are candidates too, scored on volume and
    // difficulty alone (a keyword with its own series is a tracked topic already).
    const parents = new Set([...requested, ...rising.map((trend) => trend.topic)]);
    const keywordTopics = [
      ...new Set(
        keywords
          .filter((metric) => parents.has(metric.topic) && !universe.includes(metric.keyword))
          .map((metric) => metric.keyword),
      ),
    ];
    const keywordScores = new Map(
      assessTopicTrends({
        series: keywordTopics.map((topic) => ({ topic, points: [] })),
        keywords,
        now,
      }).map((trend) => [trend.topic, trend.score]),
    );

    const [archive, inProgress, headlines, feeds] = await Promise.all([
      this.archive(ctx),
      this.postsInProgress(ctx),
      this.recentHeadlines(ctx, addDays(now, -HEADLINE_DAYS), now),
      this.feedStatus(ctx),
    ]);
    const relevant = relevantHeadlines(headlines, universe);
    const scoreOf = new Map(topics.map((trend) => [trend.topic, trend.score]));
    const candidates: GapCandidate[] = [
      ...requested.map((topic) => ({
        topic,
        origin: 'requested' as const,
        trendScore: scoreOf.get(topic),
      })),
      ...rising.map((trend) => ({
        topic: trend.topic,
        origin: 'rising' as const,
        trendScore: trend.score,
      })),
      ...keywordTopics.map((topic) => ({
        topic,
        origin: 'keyword' as const,
        trendScore: keywordScores.get(topic),
      })),
      ...relevant.map((headline) => ({ topic: headline.title, origin: 'headline' as const })),
    ];
    const analysis = analyzeContentGaps({
      candidates,
      archive,
      headlines: relevant.map((headline) => ({
        id: headline.id,
        title: headline.title,
        summary: headline.summary,
      })),
      keywords: keywords.map((metric) => ({
        keyword: metric.keyword,
        monthlyVolume: metric.monthlyVolume,
      })),
    });
    const headlineById = new Map(relevant.map((headline) => [headline.id, headline]));

    const usedSeries = topics
      .map((trend) => seriesByTopic.get(trend.topic))
      .filter((entry): entry is TopicInterestSeries => !!entry && entry.points.length > 0);
    return {
      asOf,
      requestedTopics: requested,
      topics,
      risingTopics: rising,
      gaps: analysis.gaps.slice(0, MAX_GAPS).map((gap) => {
        const post = postInProgressFor(gap.topic, inProgress);
        return {
          topic: gap.topic,
          origin: gap.origin,
          bestMatch: gap.bestMatch,
          missingTerms: gap.missingTerms,
          coverage: gap.coverage,
          reason: post
            ? `${gap.reason}; in progress: '${post.title}' (${post.state.toLowerCase().replace('_', ' ')})`
            : gap.reason,
          suggestedTitle: gap.suggestedTitle ?? gap.topic,
          trendScore: gap.trendScore,
          mentionedIn: gap.mentionedIn.flatMap((id) => headlineById.get(id) ?? []),
          inProgress: post
            ? { contentItemId: post.id, title: post.title, state: post.state }
            : null,
        };
      }),
      covered: analysis.covered.flatMap((coverage) =>
        coverage.bestMatch
          ? [
              {
                topic: coverage.topic,
                origin: coverage.origin,
                bestMatch: coverage.bestMatch,
                reason: coverage.reason,
              },
            ]
          : [],
      ),
      headlines: relevant.slice(0, MAX_HEADLINES),
      headlinesByTopic: requested.map((topic) => ({
        topic,
        headlines: relevant
          .filter((headline) => headline.feedTopic === topic || mentionsAny(headline, [topic]))
          .slice(0, HEADLINES_PER_TOPIC),
      })),
      freshness: {
        lastFeedFetchAt: feeds.lastFeedFetchAt,
        feedCount: feeds.feedCount,
        failingFeeds: feeds.failingFeeds,
        newestHeadlineAt: relevant.reduce<Date | null>(
          (newest, headline) =>
            headline.publishedAt && (!newest || headline.publishedAt > newest)
              ? headline.publishedAt
              : newest,
          null,
        ),
        seriesLastWeek: usedSeries.reduce<string | null>(
          (latest, entry) => maxString(latest, entry.points.at(-1)?.weekStart ?? null),
          null,
        ),
        seriesFetchedAt: usedSeries.reduce<Date | null>(
          (latest, entry) =>
            entry.fetchedAt && (!latest || entry.fetchedAt > latest) ? entry.fetchedAt : latest,
          null,
        ),
        keywordMetricsAsOf: keywords.reduce<string | null>(
          (latest, metric) => maxString(latest, metric.asOf),
          null,
        ),
        archivePosts: archive.length,
      },
      source: usedSeries.some((entry) => entry.source === SERPAPI_SOURCE) ? 'serpapi' : 'demo',
      notes,
    };
  }

  /** Each topic's stored weekly series over the last two years, for the console's chart. */
  async searchInterest(
    ctx: RequestContext,
    topics: readonly string[],
  ): Promise<InterestSeriesView[]> {
    const wanted = requestedTopics(topics);
    const now = this.clock.now();
    const series = await this.stored.series(
      ctx,
      wanted,
      isoDate(addDays(now, -7 * (SERIES_WEEKS + 1))),
      isoDate(now),
    );
    return series.map((entry) => ({
      topic: entry.topic,
      source: entry.source,
      points: entry.points,
    }));
  }

  // The requested topics' series missing or older than a week are fetched live and stored (at
  // most 20, one request each); a failure is a note and the stored series stand. The other
  // tracked topics are refreshed when a report asks about them.
  private async refreshLive(
    ctx: RequestContext,
    stored: readonly TopicInterestSeries[],
    from: string,
    to: string,
    now: Date,
    notes: string[],
  ): Promise<boolean> {
    const live = this.live as SearchInterestSource;
    const staleBefore = addDays(now, -LIVE_SERIES_MAX_AGE_DAYS);
    const stale = stored
      .filter(
        (entry) =>
          entry.source !== SERPAPI_SOURCE || !entry.fetchedAt || entry.fetchedAt < staleBefore,
      )
      .map((entry) => entry.topic)
      .slice(0, MAX_REPORT_TOPICS);
    let fetched = false;
    for (const topic of stale) {
      try {
        await live.series(ctx, [topic], from, to);
        fetched = true;
      } catch (error) {
        if (!(error instanceof SearchInterestUnavailable)) throw error;
        notes.push(
          `Google Trends for '${topic}' could not be fetched (${error.message}); the stored series is used.`,
        );
      }
    }
    return fetched;
  }

  /** Topics the workspace tracks a search-interest series for, by name. */
  private async trackedTopics(ctx: RequestContext): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT topic FROM search_interest_point WHERE workspace_id = $1 ORDER BY topic`,
      [ctx.workspaceId],
    )) as Array<{ topic: string }>;
    return rows.map((row) => row.topic);
  }

  private async keywordMetrics(
    ctx: RequestContext,
    topics: readonly string[],
  ): Promise<KeywordRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT keyword, topic, monthly_volume AS "monthlyVolume", difficulty,
              to_char(as_of, 'YYYY-MM-DD') AS "asOf"
         FROM keyword_metric
        WHERE workspace_id = $1 AND (lower(topic) = ANY($2::text[]) OR keyword = ANY($2::text[]))
        ORDER BY monthly_volume DESC, keyword`,
      [ctx.workspaceId, topics],
    )) as KeywordRow[];
    return rows.map((row) => ({
      ...row,
      topic: normalizeTopic(row.topic),
      monthlyVolume: Number(row.monthlyVolume),
      difficulty: Number(row.difficulty),
    }));
  }

  private async archive(
    ctx: RequestContext,
  ): Promise<Array<{ id: string; title: string; body: string }>> {
    return (await this.dataSource.query(
      `SELECT id, title, body FROM content_item
        WHERE workspace_id = $1 AND kind = 'BLOG_POST' AND state = 'PUBLISHED'
        ORDER BY published_at DESC, id`,
      [ctx.workspaceId],
    )) as Array<{ id: string; title: string; body: string }>;
  }

  private async postsInProgress(
    ctx: RequestContext,
  ): Promise<Array<PostInProgress<ContentItemState>>> {
    return (await this.dataSource.query(
      `SELECT id, title, focus_keyword AS "focusKeyword", state FROM content_item
        WHERE workspace_id = $1 AND kind = 'BLOG_POST' AND state <> 'PUBLISHED'
        ORDER BY created_at, id`,
      [ctx.workspaceId],
    )) as Array<PostInProgress<ContentItemState>>;
  }

  private async recentHeadlines(
    ctx: RequestContext,
    since: Date,
    now: Date,
  ): Promise<TrendHeadline[]> {
    // An item without a date counts from when the hub first saw it.
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.title, i.url, i.summary, f.title AS feed, f.id AS "feedId", f.topic AS "feedTopic",
              i.published_at AS "publishedAt", i.first_seen_at AS "firstSeenAt"
         FROM content_feed_item i
         JOIN content_feed f ON f.id = i.feed_id
        WHERE i.workspace_id = $1
          AND coalesce(i.published_at, i.first_seen_at) BETWEEN $2 AND $3
        ORDER BY coalesce(i.published_at, i.first_seen_at) DESC, i.id`,
      [ctx.workspaceId, since.toISOString(), now.toISOString()],
    )) as HeadlineRow[];
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      url: row.url,
      summary: row.summary,
      feed: row.feed,
      feedId: row.feedId,
      feedTopic: normalizeTopic(row.feedTopic),
      publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
    }));
  }

  private async feedStatus(
    ctx: RequestContext,
  ): Promise<{ lastFeedFetchAt: Date | null; feedCount: number; failingFeeds: FailingFeed[] }> {
    const rows = (await this.dataSource.query(
      `SELECT title, url, last_status AS "lastStatus", last_error AS "lastError",
              last_fetched_at AS "lastFetchedAt"
         FROM content_feed WHERE workspace_id = $1 ORDER BY title, url`,
      [ctx.workspaceId],
    )) as Array<{
      title: string;
      url: string;
      lastStatus: string | null;
      lastError: string | null;
      lastFetchedAt: Date | string | null;
    }>;
    let lastFeedFetchAt: Date | null = null;
    for (const row of rows) {
      if (row.lastStatus === 'ERROR' || row.lastFetchedAt === null) continue;
      const at = new Date(row.lastFetchedAt);
      if (!lastFeedFetchAt || at > lastFeedFetchAt) lastFeedFetchAt = at;
    }
    return {
      lastFeedFetchAt,
      feedCount: rows.length,
      failingFeeds: rows
        .filter((row) => row.lastStatus === 'ERROR')
        .map((row) => ({
          title: row.title,
          url: row.url,
          error: row.lastError ?? 'unknown error',
        })),
    };
  }
}

/** Trimmed, lower case, once each; 1 to 20 of them. INVALID_INPUT otherwise. */
function requestedTopics(topics: readonly string[]): string[] {
  const normalized = [...new Set(topics.map(normalizeTopic).filter((topic) => topic !== ''))];
  if (normalized.length === 0 || normalized.length > MAX_REPORT_TOPICS) {
    throw new DomainError('INVALID_INPUT', `Ask about 1 to ${MAX_REPORT_TOPICS} topics.`, {
      field: 'topics',
    });
  }
  const tooLong = normalized.find((topic) => topic.length > 100);
  if (tooLong) {
    throw new DomainError('INVALID_INPUT', 'A topic has at most 100 characters.', {
      field: 'topics',
    });
  }
  return normalized;
}

// A headline is about the report's topics when its feed watches one of them or it mentions one
// (every content term of the topic in its title or summary).
function relevantHeadlines(
  headlines: readonly TrendHeadline[],
  topics: readonly string[],
): TrendHeadline[] {
  return headlines.filter(
    (headline) => topics.includes(headline.feedTopic) || mentionsAny(headline, topics),
  );
}

function mentionsAny(headline: TrendHeadline, topics: readonly string[]): boolean {
  const terms = new Set(contentTerms(`${headline.title} ${headline.summary}`));
  return topics.some((topic) => {
    const wanted = contentTerms(topic);
    return wanted.length > 0 && wanted.every((term) => terms.has(term));
  });
}

function maxString(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
