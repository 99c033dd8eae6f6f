/**
 * Rising-topic detection over weekly search-interest series (Google Trends' 0-100 scale) and
 * keyword metrics (monthly volume, difficulty 0-100).
 *
 * Growth is measured twice, on the mean interest of the latest 12 weeks:
 *  - against the 12 weeks before them (momentum: is interest climbing now?), and
 *  - against the same 12 weeks one year earlier (52 weeks back). A seasonal topic (gift candles in
 *    November) climbs every year at the same time; compared with the same weeks last year it is
 *    level. A real trend is higher than last year whatever the season. So the year-on-year figure
 *    is the trend, and the prior-12-weeks figure without a year-on-year rise is the season.
 *
 * Status, in this order (GROWTH_THRESHOLD = 15%):
 *  - 'rising':        up at least 15% on last year (without a year of history: on the prior 12 weeks);
 *  - 'seasonal peak': up at least 15% on the prior 12 weeks but within 15% of last year;
 *  - 'falling':       down at least 15% on last year (without a year of history: on the prior 12 weeks);
 *  - 'steady':        anything else, including a seasonal low (down on the prior weeks, level with
 *                     last year) and a series too short to compare.
 *
 * Score 0-100 = 100 x (0.5 growth + 0.25 volume + 0.25 competition), each factor 0..1:
 *  - growth: the trend growth (year-on-year, else on the prior 12 weeks), 0% or less = 0,
 *    +100% or more = 1, linear between: a falling or seasonal topic earns nothing for growth;
 *  - volume: log10(monthly searches + 1) / 5, at most 1 (10 = 0.2, 1,000 = 0.6, 100,000 = 1),
 *    since search volumes spread over orders of magnitude;
 *  - competition: 1 - difficulty / 100 (an easy keyword is worth more to a small shop's blog).
 * Without keyword metrics volume and competition count 0 and the reason says so.
 */

export const TREND_WINDOW_WEEKS = 12;
/** Weeks one year back: 52 weeks keep the same weekday and nearly the same season. */
export const YEAR_WEEKS = 52;
/** A window needs this many of its 12 weeks stored to be compared. */
export const MIN_WEEKS_IN_WINDOW = 8;
/** Growth (as a fraction) that counts as a change. */
export const GROWTH_THRESHOLD = 0.15;
export const SCORE_WEIGHTS = { growth: 0.5, volume: 0.25, competition: 0.25 } as const;
/**
 * Google Trends reports interest below 1 as 0; a base window averaging under 1 is taken as 1 so
 * growth from nothing is large but finite.
 */
const MIN_BASE_INTEREST = 1;

export type TrendStatus = 'rising' | 'seasonal peak' | 'steady' | 'falling';
export type DifficultyBand = 'low' | 'medium' | 'high';

export interface InterestPoint {
  /** YYYY-MM-DD, the first day of the week. */
  weekStart: string;
  /** 0..100. */
  interest: number;
}

export interface TopicSeries {
  topic: string;
  points: readonly InterestPoint[];
}

export interface KeywordMetricInput {
  keyword: string;
  topic: string;
  monthlyVolume: number;
  difficulty: number;
}

export interface TrendFactors {
  /** Each 0..1, before weighting (SCORE_WEIGHTS). */
  growth: number;
  volume: number;
  competition: number;
}

export interface TopicTrend {
  topic: string;
  status: TrendStatus;
  /** 0..100, whole. */
  score: number;
  factors: TrendFactors;
  /** The latest week used (on or before `now`), or null without data. */
  latestWeek: string | null;
  /** Mean interest of the latest 12 weeks, the 12 before, and the same 12 weeks a year earlier. */
  recentMean: number | null;
  priorMean: number | null;
  lastYearMean: number | null;
  /** Whole percent; null when the window lacks data. */
  growthOnPriorPct: number | null;
  growthOnLastYearPct: number | null;
  /** The keyword whose metrics stand for the topic (the topic itself when stored). */
  keyword: string | null;
  monthlyVolume: number | null;
  difficulty: number | null;
  difficultyBand: DifficultyBand | null;
  reason: string;
}

export interface AssessTrendsInput {
  series: readonly TopicSeries[];
  keywords: readonly KeywordMetricInput[];
  /** Weeks starting after this are ignored (data fetched "in the future" of a replayed report). */
  now: Date;
}

/** Each topic assessed, highest score first (ties by topic name). */
export function assessTopicTrends(input: AssessTrendsInput): TopicTrend[] {
  const today = isoDate(input.now);
  return input.series
    .map((series) => assessTopic(series, pickKeyword(series.topic, input.keywords), today))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** Topics with status 'rising', best first. */
export function risingTopics(trends: readonly TopicTrend[]): TopicTrend[] {
  return trends.filter((trend) => trend.status === 'rising');
}

/** Our three bands over keyword tools' 0-100 difficulty: under 30 low, under 60 medium, else high. */
export function difficultyBand(difficulty: number): DifficultyBand {
  if (difficulty < 30) return 'low';
  if (difficulty < 60) return 'medium';
  return 'high';
}

/**
 * The metrics that stand for a topic: the keyword equal to the topic when stored, else the
 * highest-volume keyword filed under the topic. Never a sum: related keywords share searchers.
 */
export function pickKeyword(
  topic: string,
  keywords: readonly KeywordMetricInput[],
): KeywordMetricInput | null {
  const folded = topic.trim().toLowerCase();
  const exact = keywords.find((metric) => metric.keyword.trim().toLowerCase() === folded);
  if (exact) return exact;
  const filed = keywords.filter((metric) => metric.topic.trim().toLowerCase() === folded);
  return filed.reduce<KeywordMetricInput | null>(
    (best, metric) =>
      !best ||
      metric.monthlyVolume > best.monthlyVolume ||
      (metric.monthlyVolume === best.monthlyVolume && metric.keyword < best.keyword)
        ? metric
        : best,
    null,
  );
}

function assessTopic(
  series: TopicSeries,
  metric: KeywordMetricInput | null,
  today: string,
): TopicTrend {
  const byWeek = new Map<string, number>();
  for (const point of series.points) {
    if (point.weekStart <= today) byWeek.set(point.weekStart, point.interest);
  }
  const latestWeek = [...byWeek.keys()].sort().at(-1) ?? null;
  const windowMean = (weeksBack: number): number | null =>
    latestWeek === null ? null : meanOfWindow(byWeek, latestWeek, weeksBack);
  const recentMean = windowMean(0);
  const priorMean = windowMean(TREND_WINDOW_WEEKS);
  const lastYearMean = windowMean(YEAR_WEEKS);
  const growthOnPrior = growth(recentMean, priorMean);
  const growthOnLastYear = growth(recentMean, lastYearMean);

  const status = classify(growthOnPrior, growthOnLastYear);
  const trendGrowth = growthOnLastYear ?? growthOnPrior ?? 0;
  const factors: TrendFactors = {
    growth: clamp01(trendGrowth),
    volume: metric ? clamp01(Math.log10(Math.max(0, metric.monthlyVolume) + 1) / 5) : 0,
    competition: metric ? clamp01(1 - metric.difficulty / 100) : 0,
  };
  const score = Math.round(
    100 *
      (SCORE_WEIGHTS.growth * factors.growth +
        SCORE_WEIGHTS.volume * factors.volume +
        SCORE_WEIGHTS.competition * factors.competition),
  );
  const trend: Omit<TopicTrend, 'reason'> = {
    topic: series.topic,
    status,
    score,
    factors: {
      growth: round(factors.growth, 3),
      volume: round(factors.volume, 3),
      competition: round(factors.competition, 3),
    },
    latestWeek,
    recentMean: recentMean === null ? null : round(recentMean, 1),
    priorMean: priorMean === null ? null : round(priorMean, 1),
    lastYearMean: lastYearMean === null ? null : round(lastYearMean, 1),
    growthOnPriorPct: growthOnPrior === null ? null : Math.round(growthOnPrior * 100),
    growthOnLastYearPct: growthOnLastYear === null ? null : Math.round(growthOnLastYear * 100),
    keyword: metric?.keyword ?? null,
    monthlyVolume: metric?.monthlyVolume ?? null,
    difficulty: metric?.difficulty ?? null,
    difficultyBand: metric ? difficultyBand(metric.difficulty) : null,
  };
  return { ...trend, reason: reasonFor(trend, byWeek.size) };
}

function classify(onPrior: number | null, onLastYear: number | null): TrendStatus {
  const t = GROWTH_THRESHOLD;
  if (onLastYear !== null) {
    if (onLastYear >= t) return 'rising';
    if (onPrior !== null && onPrior >= t && onLastYear > -t) return 'seasonal peak';
    if (onLastYear <= -t) return 'falling';
    return 'steady';
  }
  if (onPrior === null) return 'steady';
  if (onPrior >= t) return 'rising';
  if (onPrior <= -t) return 'falling';
  return 'steady';
}

// Mean of the 12 weeks ending `weeksBack` weeks before the latest one; null with under 8 stored.
function meanOfWindow(
  byWeek: Map<string, number>,
  latestWeek: string,
  weeksBack: number,
): number | null {
  const values: number[] = [];
  for (let k = weeksBack; k < weeksBack + TREND_WINDOW_WEEKS; k += 1) {
    const value = byWeek.get(addDays(latestWeek, -7 * k));
    if (value !== undefined) values.push(value);
  }
  if (values.length < MIN_WEEKS_IN_WINDOW) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function growth(recent: number | null, base: number | null): number | null {
  if (recent === null || base === null) return null;
  return recent / Math.max(base, MIN_BASE_INTEREST) - 1;
}

function reasonFor(trend: Omit<TopicTrend, 'reason'>, storedWeeks: number): string {
  const clauses: string[] = [];
  const onPrior = trend.growthOnPriorPct;
  const onYear = trend.growthOnLastYearPct;
  const window = `the prior ${TREND_WINDOW_WEEKS} weeks`;
  if (onPrior === null) {
    clauses.push(
      storedWeeks === 0
        ? 'no search-interest data stored'
        : `only ${storedWeeks} weeks of search interest stored, too few to compare`,
    );
  } else if (onYear === null) {
    clauses.push(
      `${change(onPrior, window)}; under a year of history, so seasonality is not separated`,
    );
  } else if (direction(onPrior) === direction(onYear) && direction(onPrior) !== 'level') {
    clauses.push(`${change(onPrior, window)} and ${Math.abs(onYear)}% on last year`);
  } else {
    clauses.push(`${change(onPrior, window)}, ${change(onYear, 'last year')}`);
  }
  if (trend.status === 'seasonal peak')
    clauses.push('a seasonal peak: the same weeks last year were as high');
  if (
    trend.status === 'steady' &&
    onPrior !== null &&
    onYear !== null &&
    onPrior <= -GROWTH_THRESHOLD * 100
  ) {
    clauses.push('a seasonal low: level with the same weeks last year');
  }
  if (trend.monthlyVolume === null || trend.difficulty === null) {
    clauses.push('no keyword metrics stored');
  } else {
    const forKeyword =
      trend.keyword && trend.keyword.toLowerCase() !== trend.topic.trim().toLowerCase()
        ? ` for '${trend.keyword}'`
        : '';
    clauses.push(`${formatCount(trend.monthlyVolume)} searches a month${forKeyword}`);
    clauses.push(
      `difficulty ${trend.difficulty} (${trend.difficultyBand ?? difficultyBand(trend.difficulty)})`,
    );
  }
  return clauses.join('; ');
}

function direction(pct: number): 'up' | 'down' | 'level' {
  if (pct > 0) return 'up';
  if (pct < 0) return 'down';
  return 'level';
}

function change(pct: number, against: string): string {
  const way = direction(pct);
  return way === 'level' ? `level with ${against}` : `${way} ${Math.abs(pct)}% on ${against}`;
}

function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}
