import { groupMean, shrunkRate } from './shrinkage.js';
import { contentTerms } from '../text/index.js';
import type { KeywordTerm } from './source.js';

/** A stored hashtag statistic of one platform (the shop's own posts that used it). */
export interface HashtagStat {
  /** Lowercase, without '#'. */
  hashtag: string;
  topic: string;
  posts: number;
  /** A fraction: 0.042 is 4.2 %. */
  avgEngagementRate: number;
}

export interface HashtagSuggestion {
  hashtag: string;
  /** relevance × (0.5 + 0.5 × engagement index), 0..1. */
  score: number;
  /** 0..1: the weight of the post's terms it matches, over 3 (a focus keyword term). */
  relevance: number;
  /** The engagement rate shrunk toward the platform's mean by its number of posts. */
  engagementRate: number;
  posts: number;
  /** The post's terms it matched. */
  matched: string[];
}

/**
 * Hashtags for a post, best first, from one platform's stats. A hashtag is relevant when it
 * contains one of the post's terms (its stem; a term of three letters, like "tea", only at the
 * hashtag's start or end, so "steady" does not match) or its topic is one. Relevance adds the
 * matched terms' weights (focus keyword 3, title 2, H2 heading 1, a quoted sentence's word 0.5)
 * over 3, capped at 1, so a focus term alone is fully relevant. Engagement decides between relevant hashtags without drowning
 * relevance: score = relevance × (0.5 + 0.5 × rate / best rate), rates shrunk toward the
 * platform's mean (shrinkage.ts) so a hashtag used twice cannot win on luck. Hashtags that match
 * nothing are never suggested, however well they perform. Ties: more posts, then alphabetical.
 */
export function suggestHashtags(
  stats: readonly HashtagStat[],
  keywords: readonly KeywordTerm[],
  limit: number,
): HashtagSuggestion[] {
  const mean = groupMean(stats.map((s) => ({ posts: s.posts, rate: s.avgEngagementRate })));
  const candidates = stats.flatMap((stat) => {
    const hashtag = stat.hashtag.toLowerCase().replace(/^#/, '');
    const topicTerms = new Set(contentTerms(stat.topic));
    const matched = keywords.filter((k) => topicTerms.has(k.term) || containsTerm(hashtag, k.term));
    const weight = matched.reduce((sum, k) => sum + k.weight, 0);
    if (weight === 0) return [];
    return [
      {
        hashtag,
        relevance: Math.min(1, weight / 3),
        engagementRate: shrunkRate({ posts: stat.posts, rate: stat.avgEngagementRate }, mean),
        posts: stat.posts,
        matched: matched.map((k) => k.term),
      },
    ];
  });
  const best = Math.max(0, ...candidates.map((c) => c.engagementRate));
  return candidates
    .map((c) => ({
      ...c,
      score: round4(c.relevance * (0.5 + 0.5 * (best > 0 ? c.engagementRate / best : 0))),
      relevance: round4(c.relevance),
      engagementRate: round4(c.engagementRate),
    }))
    .sort((a, b) => b.score - a.score || b.posts - a.posts || a.hashtag.localeCompare(b.hashtag))
    .slice(0, limit);
}

function containsTerm(hashtag: string, term: string): boolean {
  if (term.length >= 4) return hashtag.includes(term);
  return hashtag.startsWith(term) || hashtag.endsWith(term);
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/**
 * A hashtag made from the post's own words ("Stoneware firing" -> "stonewarefiring"), for when
 * the stats offer too few relevant ones; null when nothing usable remains.
 */
export function hashtagFromWords(text: string): string | null {
  const tag = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
  return tag.length >= 3 && tag.length <= 40 && /\p{L}/u.test(tag) ? tag : null;
}
