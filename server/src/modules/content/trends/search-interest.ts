import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import type { InterestPoint } from '../../../engines/content/trends/index.js';
import type { Clock } from '../../../runtime/clock.js';
import type { FetchFunction } from './feed-fetch.js';
import type { SerpApiSettings } from './serpapi-config.js';

/** One topic's weekly series from one source. */
export interface TopicInterestSeries {
  /** Lower case, as stored. */
  topic: string;
  /** 'demo' (the seeded series), 'serpapi' (Google Trends through SerpApi), ... */
  source: string;
  /** Oldest first. */
  points: InterestPoint[];
  /** When the newest of these points was stored (null when there are none). */
  fetchedAt: Date | null;
}

/**
 * Where weekly search interest (Google Trends' 0-100 scale) comes from. `from` and `to` are
 * YYYY-MM-DD; a topic without data is returned with no points rather than left out.
 */
export interface SearchInterestSource {
  readonly name: string;
  series(
    ctx: RequestContext,
    topics: readonly string[],
    from: string,
    to: string,
  ): Promise<TopicInterestSeries[]>;
}

/**
 * The series stored in search_interest_point: the demo's seeded 'demo' rows and whatever a live
 * source stored earlier. Per topic one source is used, never a mix (each source has its own
 * 0-100 scale): 'serpapi' when it has points in the range, else the source with the latest week.
 */
export class StoredSearchInterest implements SearchInterestSource {
  readonly name = 'stored';

  constructor(private readonly dataSource: DataSource) {}

  async series(
    ctx: RequestContext,
    topics: readonly string[],
    from: string,
    to: string,
  ): Promise<TopicInterestSeries[]> {
    const wanted = [...new Set(topics.map(normalizeTopic))];
    const rows = (await this.dataSource.query(
      `SELECT topic, source, to_char(week_start, 'YYYY-MM-DD') AS "weekStart",
              interest, fetched_at AS "fetchedAt"
         FROM search_interest_point
        WHERE workspace_id = $1 AND topic = ANY($2::text[]) AND week_start BETWEEN $3 AND $4
        ORDER BY topic, source, week_start`,
      [ctx.workspaceId, wanted, from, to],
    )) as Array<{
      topic: string;
      source: string;
      weekStart: string;
      interest: number;
      fetchedAt: Date | string;
    }>;

    const bySource = new Map<string, Map<string, TopicInterestSeries>>();
    for (const row of rows) {
      const sources = bySource.get(row.topic) ?? new Map<string, TopicInterestSeries>();
      bySource.set(row.topic, sources);
      const series =
        sources.get(row.source) ??
        ({
          topic: row.topic,
          source: row.source,
          points: [],
          fetchedAt: null,
        } as TopicInterestSeries);
      sources.set(row.source, series);
      series.points.push({ weekStart: row.weekStart, interest: Number(row.interest) });
      const fetchedAt = new Date(row.fetchedAt);
      if (!series.fetchedAt || fetchedAt > series.fetchedAt) series.fetchedAt = fetchedAt;
    }
    return wanted.map((topic) => {
      const candidates = [...(bySource.get(topic)?.values() ?? [])];
      const preferred =
        candidates.find((series) => series.source === SERPAPI_SOURCE) ??
        candidates.sort(
          (a, b) => lastWeek(b).localeCompare(lastWeek(a)) || a.source.localeCompare(b.source),
        )[0];
      return preferred ?? { topic, source: 'none', points: [], fetchedAt: null };
    });
  }
}

export const SERPAPI_SOURCE = 'serpapi';

/** A live source could not answer; the report falls back to stored series and says why. */
export class SearchInterestUnavailable extends Error {
  constructor(
    readonly topic: string,
    message: string,
  ) {
    super(message);
    this.name = 'SearchInterestUnavailable';
  }
}

/**
 * Google Trends through SerpApi's `google_trends` engine (data_type TIMESERIES). One request per
 * topic: topics asked together share one 0-100 scale, where a big topic flattens a niche one to
 * zeros. A range of about two years makes Google answer weekly points, each bucket's `timestamp`
 * its first day (UTC); the in-progress week (`partial_data`) is left out. What it returns is
 * stored as source 'serpapi' rows before it is used, so every figure in a report can be traced
 * to a stored row; a later fetch replaces the overlapping weeks (its scale is the current one).
 */
export class SerpApiGoogleTrends implements SearchInterestSource {
  readonly name = SERPAPI_SOURCE;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SerpApiSettings,
    private readonly fetchFn: FetchFunction = (input, init) => fetch(input, init),
    private readonly timeoutMs = 20_000,
  ) {}

  async series(
    ctx: RequestContext,
    topics: readonly string[],
    from: string,
    to: string,
  ): Promise<TopicInterestSeries[]> {
    const result: TopicInterestSeries[] = [];
    for (const topic of [...new Set(topics.map(normalizeTopic))]) {
      const points = await this.fetchTopic(topic, from, to, ctx.signal);
      const fetchedAt = this.clock.now();
      await this.store(ctx.workspaceId, topic, points, fetchedAt);
      result.push({
        topic,
        source: SERPAPI_SOURCE,
        points,
        fetchedAt: points.length ? fetchedAt : null,
      });
    }
    return result;
  }

  private async fetchTopic(
    topic: string,
    from: string,
    to: string,
    signal?: AbortSignal,
  ): Promise<InterestPoint[]> {
    const url = new URL('/search.json', `${this.settings.baseUrl}/`);
    url.search = new URLSearchParams({
      engine: 'google_trends',
      q: topic,
      data_type: 'TIMESERIES',
      date: `${from} ${to}`,
      api_key: this.settings.apiKey,
    }).toString();
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let body: SerpApiTrendsResponse;
    try {
      const response = await this.fetchFn(url, {
        headers: { Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      body = (await response.json().catch(() => ({}))) as SerpApiTrendsResponse;
      if (!response.ok || body.error) {
        // SerpApi explains refusals in `error` (bad key, no searches left); never echo the key.
        throw new SearchInterestUnavailable(
          topic,
          `SerpApi answered HTTP ${response.status}${body.error ? `: ${body.error}` : ''}`,
        );
      }
    } catch (error) {
      if (error instanceof SearchInterestUnavailable) throw error;
      const reason = timeout.aborted
        ? `no answer within ${this.timeoutMs / 1000} s`
        : describe(error);
      throw new SearchInterestUnavailable(topic, `SerpApi could not be reached (${reason})`);
    }
    return timelinePoints(body, topic);
  }

  private async store(
    workspaceId: string,
    topic: string,
    points: InterestPoint[],
    fetchedAt: Date,
  ): Promise<void> {
    if (points.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO search_interest_point (workspace_id, topic, source, week_start, interest, fetched_at)
       SELECT $1, $2, $3, p.week_start, p.interest, $4
         FROM unnest($5::date[], $6::smallint[]) AS p(week_start, interest)
       ON CONFLICT (workspace_id, topic, source, week_start)
       DO UPDATE SET interest = EXCLUDED.interest, fetched_at = EXCLUDED.fetched_at`,
      [
        workspaceId,
        topic,
        SERPAPI_SOURCE,
        fetchedAt.toISOString(),
        points.map((point) => point.weekStart),
        points.map((point) => point.interest),
      ],
    );
  }
}

/** What SerpApi's google_trends TIMESERIES answer carries that we read. */
export interface SerpApiTrendsResponse {
  error?: string;
  interest_over_time?: {
    timeline_data?: Array<{
      date?: string;
      /** Unix seconds (a string), the bucket's start. */
      timestamp?: string;
      partial_data?: boolean;
      values?: Array<{ query?: string; value?: string; extracted_value?: number }>;
    }>;
  };
}

/** The topic's weekly points, complete weeks only, interest clamped to 0..100. */
export function timelinePoints(body: SerpApiTrendsResponse, topic: string): InterestPoint[] {
  const points: InterestPoint[] = [];
  for (const bucket of body.interest_over_time?.timeline_data ?? []) {
    if (bucket.partial_data) continue;
    const seconds = Number(bucket.timestamp);
    const value =
      bucket.values?.find((entry) => entry.query?.toLowerCase() === topic) ?? bucket.values?.[0];
    const interest = Number(value?.extracted_value);
    if (!Number.isFinite(seconds) || !Number.isFinite(interest)) continue;
    points.push({
      weekStart: new Date(seconds * 1000).toISOString().slice(0, 10),
      interest: Math.min(100, Math.max(0, Math.round(interest))),
    });
  }
  return points;
}

export function normalizeTopic(topic: string): string {
  return topic.trim().replace(/\s+/g, ' ').toLowerCase();
}

function lastWeek(series: TopicInterestSeries): string {
  return series.points.at(-1)?.weekStart ?? '';
}

function describe(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
