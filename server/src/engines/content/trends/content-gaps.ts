import { rankBySimilarity, type SimilarityDocument } from '../similarity/index.js';
import { contentTerms, foldWord, stripMarkdown, toTerm, words } from '../text/index.js';

/**
 * Content-gap analysis: which candidate topics the shop's own blog archive does not cover yet.
 *
 * Each candidate (a requested topic, a rising topic, a stored keyword, a recent feed headline) is ranked
 * against the archive's published posts with BM25 (rankBySimilarity: stop words out, plurals
 * folded, a title term counting twice). The best match covers the topic when both hold:
 *  - it shares at least MIN_TERM_COVERAGE (2/3) of the topic's content terms: a post on firing
 *    stoneware does not cover "stoneware care" (it shares 'stoneware', not 'care'), and a
 *    two-term topic needs both;
 *  - its BM25 score is at least MIN_MATCH_SCORE (2.0). With minisearch's BM25+ one mention of a
 *    term that few posts use scores about 3 in the body and 6 in a title; under 2 the shared terms
 *    are ones nearly every post uses or a passing mention in a long post.
 * Anything else is a gap, with the terms no post covers, the closest post and its score named.
 * Scores are comparable only within one archive (BM25's IDF depends on it).
 */

export const MIN_TERM_COVERAGE = 2 / 3;
export const MIN_MATCH_SCORE = 2;

/**
 * Where a candidate came from: a topic the caller asked about, a rising topic, a stored keyword
 * filed under a requested topic, or a recent feed headline.
 */
export type GapCandidateOrigin = 'requested' | 'rising' | 'keyword' | 'headline';

export interface GapCandidate {
  topic: string;
  origin: GapCandidateOrigin;
  /** The topic's trend score (0..100) when assessed; gaps are listed by it, highest first. */
  trendScore?: number | null;
}

export interface ArchivePost {
  id: string;
  title: string;
  /** Markdown (a blog post's body); stripped before matching. */
  body: string;
}

export interface GapHeadline {
  id: string;
  title: string;
  summary: string;
}

export interface KeywordIdea {
  keyword: string;
  monthlyVolume: number;
}

export interface ArchiveMatch {
  id: string;
  title: string;
  /** BM25 score, two decimals. */
  score: number;
  /** The topic's words the post contains, as the topic wrote them. */
  sharedTerms: string[];
}

export interface TopicCoverage {
  topic: string;
  origin: GapCandidateOrigin;
  gap: boolean;
  bestMatch: ArchiveMatch | null;
  /** The topic's words no single best post contains. */
  missingTerms: string[];
  /** Share of the topic's content terms the best post contains (0..1, two decimals). */
  coverage: number;
  reason: string;
  /** A working title for the missing post (gaps only). */
  suggestedTitle: string | null;
  /** Ids of the headlines that mention every content term of the topic. */
  mentionedIn: string[];
  trendScore: number | null;
}

export interface ContentGapInput {
  candidates: readonly GapCandidate[];
  archive: readonly ArchivePost[];
  headlines: readonly GapHeadline[];
  /** Keyword ideas (e.g. stored keyword metrics): a question keyword becomes a suggested title. */
  keywords?: readonly KeywordIdea[];
}

export interface ContentGapAnalysis {
  /** Gaps by trend score (highest first, unscored last), then candidate order. */
  gaps: TopicCoverage[];
  covered: TopicCoverage[];
}

/** Finds the candidates the archive does not cover. Candidates with the same terms count once. */
export function analyzeContentGaps(input: ContentGapInput): ContentGapAnalysis {
  const documents: SimilarityDocument[] = input.archive.map((post) => ({
    id: post.id,
    title: post.title,
    text: stripMarkdown(post.body),
  }));
  const titleById = new Map(input.archive.map((post) => [post.id, post.title]));
  const headlineTerms = input.headlines.map((headline) => ({
    id: headline.id,
    terms: new Set(contentTerms(`${headline.title} ${headline.summary}`)),
  }));

  const seen = new Set<string>();
  const results: Array<TopicCoverage & { order: number }> = [];
  input.candidates.forEach((candidate, order) => {
    const topicTerms = surfaceForms(candidate.topic);
    const key = [...topicTerms.keys()].sort().join(' ');
    if (key === '' || seen.has(key)) return;
    seen.add(key);

    const [best] = rankBySimilarity(candidate.topic, documents, { limit: 1 });
    const bestMatch: ArchiveMatch | null = best
      ? {
          id: best.id,
          title: titleById.get(best.id) ?? best.id,
          score: round2(best.score),
          sharedTerms: best.sharedTerms,
        }
      : null;
    const shared = new Set(bestMatch?.sharedTerms ?? []);
    const missingTerms = [...topicTerms.values()].filter((surface) => !shared.has(surface));
    const coverage = (topicTerms.size - missingTerms.length) / topicTerms.size;
    const gap = !best || coverage < MIN_TERM_COVERAGE || best.score < MIN_MATCH_SCORE;
    const mentionedIn = headlineTerms
      .filter((headline) => [...topicTerms.keys()].every((term) => headline.terms.has(term)))
      .map((headline) => headline.id);
    results.push({
      topic: candidate.topic,
      origin: candidate.origin,
      gap,
      bestMatch,
      missingTerms,
      coverage: round2(coverage),
      reason:
        bestMatch && !gap
          ? coveredReason(bestMatch)
          : gapReason(topicTerms, bestMatch, missingTerms),
      suggestedTitle: gap ? suggestTitle(candidate, topicTerms, input.keywords ?? []) : null,
      mentionedIn,
      trendScore: candidate.trendScore ?? null,
      order,
    });
  });

  const strip = ({
    order: _order,
    ...coverage
  }: TopicCoverage & { order: number }): TopicCoverage => coverage;
  const gaps = results
    .filter((result) => result.gap)
    .sort((a, b) => (b.trendScore ?? -1) - (a.trendScore ?? -1) || a.order - b.order)
    .map(strip);
  return { gaps, covered: results.filter((result) => !result.gap).map(strip) };
}

/** Each distinct content term (stem) of `text`, with the first word that gave it (folded). */
function surfaceForms(text: string): Map<string, string> {
  const byTerm = new Map<string, string>();
  for (const word of words(text)) {
    const folded = foldWord(word);
    const term = toTerm(folded);
    if (term && !byTerm.has(term)) byTerm.set(term, folded);
  }
  return byTerm;
}

function gapReason(
  topicTerms: Map<string, string>,
  best: ArchiveMatch | null,
  missingTerms: readonly string[],
): string {
  if (!best) return `no archive post mentions ${quoteList([...topicTerms.values()])}`;
  const closest = `closest: '${best.title}' (score ${formatScore(best.score)})`;
  if (missingTerms.length > 0 && best.sharedTerms.length / topicTerms.size < MIN_TERM_COVERAGE) {
    return `no archive post covers ${quoteList(missingTerms)}; ${closest}`;
  }
  return `the archive mentions ${quoteList(best.sharedTerms)} only in passing; ${closest}, under ${formatScore(MIN_MATCH_SCORE)}`;
}

function coveredReason(best: ArchiveMatch): string {
  return `covered by '${best.title}' (score ${formatScore(best.score)}; shares ${quoteList(best.sharedTerms)})`;
}

// Question keywords read as titles already ("how to care for stoneware mugs").
const QUESTION_START = /^(how|what|why|when|which|where|can|is|are|should|do|does|best)\b/;

/**
 * A working title: a headline's angle as our take; else the highest-volume question keyword
 * containing every term of the topic; else a plain guide title. Sentence case, no invented claims.
 */
function suggestTitle(
  candidate: GapCandidate,
  topicTerms: Map<string, string>,
  keywords: readonly KeywordIdea[],
): string {
  const topic = candidate.topic.trim().replace(/\s+/g, ' ');
  if (candidate.origin === 'headline') return `Our take: ${topic}`;
  if (QUESTION_START.test(topic.toLowerCase())) return sentenceCase(topic);
  const question = keywords
    .filter((idea) => QUESTION_START.test(idea.keyword.toLowerCase()))
    .filter((idea) => {
      const terms = new Set(contentTerms(idea.keyword));
      return [...topicTerms.keys()].every((term) => terms.has(term));
    })
    .sort((a, b) => b.monthlyVolume - a.monthlyVolume || a.keyword.localeCompare(b.keyword))[0];
  if (question) return sentenceCase(question.keyword);
  return `A guide to ${topic}`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quoteList(terms: readonly string[]): string {
  return terms.map((term) => `'${term}'`).join('/');
}

function formatScore(score: number): string {
  return score.toFixed(1);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
