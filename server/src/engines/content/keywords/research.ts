import { contentTerms, foldWord } from '../text/index.js';

/** A stored keyword_metric row, as research reads it. */
export interface KeywordMetricInput {
  keyword: string;
  topic: string;
  monthlyVolume: number;
  difficulty: number;
  cpcCents: number | null;
  source: string;
  asOf: string;
}

export type KeywordRelation = 'SAME_TOPIC' | 'TOPIC_WORDS';

export interface RelatedKeyword extends KeywordMetricInput {
  /** SAME_TOPIC: stored under the topic of a matched keyword; TOPIC_WORDS: shares the topic's words. */
  relation: KeywordRelation;
}

export interface FocusKeyword {
  keyword: string;
  /** Null when no stored figure supports the choice. */
  metric: KeywordMetricInput | null;
  reason: string;
}

export interface KeywordResearch {
  topic: string;
  /** The requested keywords, folded (lowercase, trimmed), duplicates dropped. */
  requested: string[];
  /** Stored figures for the requested keywords. */
  matches: KeywordMetricInput[];
  /** Requested keywords without stored figures. */
  missing: string[];
  /** Other stored keywords of the same topics, or sharing the topic's words; most searched first. */
  related: RelatedKeyword[];
  focus: FocusKeyword;
  /** The other requested keywords, then the best related ones of the same topics (5 in all). */
  secondary: string[];
}

/**
 * A shop's blog ranks first for easy terms: above this difficulty (0..100) a keyword is chosen
 * only when nothing easier is there. Keyword tools call 0-30 easy to medium and 31-70 hard; 40
 * leaves a small site the medium band and the easy end of hard.
 */
export const MAX_FOCUS_DIFFICULTY = 40;
/** A keyword relates to the topic when at least half of its words are the topic's. */
export const MIN_TOPIC_RELEVANCE = 0.5;
export const SECONDARY_KEYWORDS = 5;
export const RELATED_LIMIT = 15;

const numberFormat = new Intl.NumberFormat('en-US');

export function normalizeKeyword(keyword: string): string {
  return foldWord(keyword.trim().replace(/\s+/g, ' '));
}

/** Share of the keyword's content words (stemmed) found in the topic, 0..1. */
export function topicRelevance(keyword: string, topic: string): number {
  const terms = [...new Set(contentTerms(keyword))];
  if (terms.length === 0) return 0;
  const topicTerms = new Set(contentTerms(topic));
  return terms.filter((term) => topicTerms.has(term)).length / terms.length;
}

/**
 * The reach of a keyword for this post: searches a month × share of searchers a small site can
 * win ((100 − difficulty) / 100) × how much of it the topic is about (at least 1/4, so a keyword
 * the person asked for is never zeroed).
 */
export function keywordOpportunity(metric: KeywordMetricInput, topic: string): number {
  const relevance = Math.max(0.25, topicRelevance(metric.keyword, topic));
  return (metric.monthlyVolume * (100 - metric.difficulty) * relevance) / 100;
}

/**
 * Keyword research over stored figures: the requested keywords' volumes, difficulty and CPC, the
 * related keywords, and the focus keyword. The focus is the candidate with the highest
 * opportunity (keywordOpportunity), candidates being the requested keywords with figures (else
 * the stored keywords relating to the topic), those over MAX_FOCUS_DIFFICULTY dropped unless all
 * are; ties go to the easier, then alphabetical. Without any figure the focus is the first
 * requested keyword, else the topic itself, and says so.
 */
export function researchKeywords(
  topic: string,
  requestedKeywords: readonly string[],
  stored: readonly KeywordMetricInput[],
): KeywordResearch {
  const requested = [...new Set(requestedKeywords.map(normalizeKeyword).filter(Boolean))];
  const byKeyword = new Map(stored.map((metric) => [normalizeKeyword(metric.keyword), metric]));
  const matches = requested.flatMap((keyword) => {
    const metric = byKeyword.get(keyword);
    return metric ? [metric] : [];
  });
  const missing = requested.filter((keyword) => !byKeyword.has(keyword));

  const topicRelated = stored.filter(
    (metric) => topicRelevance(metric.keyword, topic) >= MIN_TOPIC_RELEVANCE,
  );
  const matchedTopics = new Set(
    (matches.length > 0 ? matches : topicRelated).map((metric) => normalizeKeyword(metric.topic)),
  );
  const matchedKeywords = new Set(matches.map((metric) => normalizeKeyword(metric.keyword)));
  const related: RelatedKeyword[] = stored
    .filter((metric) => !matchedKeywords.has(normalizeKeyword(metric.keyword)))
    .flatMap((metric): RelatedKeyword[] => {
      if (matchedTopics.has(normalizeKeyword(metric.topic))) {
        return [{ ...metric, relation: 'SAME_TOPIC' }];
      }
      return topicRelevance(metric.keyword, topic) >= MIN_TOPIC_RELEVANCE
        ? [{ ...metric, relation: 'TOPIC_WORDS' }]
        : [];
    })
    .sort((a, b) => b.monthlyVolume - a.monthlyVolume || a.keyword.localeCompare(b.keyword))
    .slice(0, RELATED_LIMIT);

  const focus = chooseFocus(topic, requested, matches, topicRelated);
  const secondary = [
    ...requested.filter((keyword) => keyword !== focus.keyword),
    ...related
      .filter(
        (metric) =>
          metric.relation === 'SAME_TOPIC' &&
          metric.difficulty <= MAX_FOCUS_DIFFICULTY &&
          normalizeKeyword(metric.keyword) !== focus.keyword,
      )
      .sort((a, b) => keywordOpportunity(b, topic) - keywordOpportunity(a, topic))
      .map((metric) => normalizeKeyword(metric.keyword)),
  ].slice(0, SECONDARY_KEYWORDS);

  return { topic, requested, matches, missing, related, focus, secondary };
}

function chooseFocus(
  topic: string,
  requested: readonly string[],
  matches: readonly KeywordMetricInput[],
  topicRelated: readonly KeywordMetricInput[],
): FocusKeyword {
  const pool = matches.length > 0 ? matches : topicRelated;
  const reachable = pool.filter((metric) => metric.difficulty <= MAX_FOCUS_DIFFICULTY);
  const candidates = reachable.length > 0 ? reachable : pool;
  const best = [...candidates].sort(
    (a, b) =>
      keywordOpportunity(b, topic) - keywordOpportunity(a, topic) ||
      a.difficulty - b.difficulty ||
      a.keyword.localeCompare(b.keyword),
  )[0];
  if (!best) {
    const keyword = requested[0] ?? normalizeKeyword(topic);
    return {
      keyword,
      metric: null,
      reason: `No stored keyword figures for this topic: using "${keyword}" as given.`,
    };
  }
  const from = matches.length > 0 ? 'the requested keywords' : 'the stored keywords on this topic';
  const hard =
    reachable.length === 0
      ? ` (every candidate is over difficulty ${MAX_FOCUS_DIFFICULTY}: the easiest reach wins)`
      : '';
  return {
    keyword: normalizeKeyword(best.keyword),
    metric: best,
    reason:
      `"${normalizeKeyword(best.keyword)}": ${numberFormat.format(best.monthlyVolume)} searches a month at difficulty ` +
      `${best.difficulty}, the best reach of ${from}${hard}.`,
  };
}
