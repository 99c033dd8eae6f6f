import { similarityIndex, type SimilarityDocument } from '../similarity/index.js';
import { contentTerms, foldWord, stripMarkdown, toTerm, words } from '../text/index.js';

/**
 * Content-gap analysis: which candidate topics the shop's own blog archive does not cover yet.
 *
 * Each candidate (a requested topic, a rising topic, a stored keyword, a recent feed headline) is ranked
 * against the archive's published posts with BM25 (rankBySimilarity: stop words out, plurals
 * folded, a title term counting twice). The best match covers the topic when both hold:
 *  - it shares at least MIN_TERM_COVERAGE (2/3) of the topic's content terms, each weighted by
 *    its IDF over the archive (BM25's ln(1 + (N - df + 0.5) / (df + 0.5))): a word no post uses
 *    weighs most, one most posts use little. A post on firing stoneware does not cover "stoneware
 *    care" (it shares 'stoneware', which many posts use, not 'care', which none does); a post
 *    about planters does not cover "can stoneware go in the microwave" by sharing 'stoneware' and
 *    'go'. Search modifiers ('recipe', 'ideas', 'best', 'vs': SEARCH_MODIFIERS) do not count:
 *    the London fog post covers "london fog recipe" without the word 'recipe';
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
  const index = similarityIndex(documents);
  const idf = inverseDocumentFrequency(documents);
  const headlineTerms = input.headlines.map((headline) => ({
    id: headline.id,
    terms: new Set(contentTerms(`${headline.title} ${headline.summary}`)),
  }));

  const seen = new Set<string>();
  const results: Array<TopicCoverage & { order: number }> = [];
  input.candidates.forEach((candidate, order) => {
    const topicTerms = surfaceForms(candidate.topic);
    // "wabi-sabi decor" and "wabi sabi decor" are one candidate.
    const key = [...surfaceForms(candidate.topic.replace(/-/g, ' ')).keys()].sort().join(' ');
    if (key === '' || seen.has(key)) return;
    seen.add(key);

    const [best] = index.rank(candidate.topic, { limit: 1 });
    const bestMatch: ArchiveMatch | null = best
      ? {
          id: best.id,
          title: titleById.get(best.id) ?? best.id,
          score: round2(best.score),
          sharedTerms: best.sharedTerms,
        }
      : null;
    const shared = new Set(bestMatch?.sharedTerms ?? []);
    const core = coreTerms(topicTerms);
    const missingTerms = core
      .map((term) => topicTerms.get(term) ?? term)
      .filter((surface) => !shared.has(surface));
    const weightOf = (terms: string[]): number => terms.reduce((sum, term) => sum + idf(term), 0);
    const coverage =
      weightOf(core.filter((term) => shared.has(topicTerms.get(term) ?? ''))) / weightOf(core);
    const gap = !best || coverage < MIN_TERM_COVERAGE || best.score < MIN_MATCH_SCORE;
    const mentionedIn = headlineTerms
      .filter((headline) => core.every((term) => headline.terms.has(term)))
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
          : gapReason(topicTerms, bestMatch, missingTerms, coverage),
      suggestedTitle: gap ? suggestTitle(candidate, core, input.keywords ?? []) : null,
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

/**
 * Words that say what kind of page a searcher wants rather than what about ("london fog
 * recipe", "candle gift ideas", "stoneware vs porcelain"): a post can cover the topic without
 * them, so coverage and mentions are judged on the other terms. As stems (toTerm).
 */
export const SEARCH_MODIFIERS: ReadonlySet<string> = new Set([
  'best',
  'top',
  'guide',
  'idea',
  'tip',
  'recipe',
  'review',
  'diy',
  'easy',
  'simple',
  'cheap',
  'buy',
  'online',
  'near',
  'vs',
]);

// The topic's terms that count: all but search modifiers (all, if it has nothing else).
/** A blog post on the calendar that is not published yet (an idea, a draft, one in review...). */
export interface PostInProgress<State extends string = string> {
  id: string;
  title: string;
  focusKeyword: string | null;
  state: State;
}

/**
 * The unpublished post that already takes a gap on: its title or focus keyword carries every
 * content term of the topic ("wabi-sabi decor" and a draft focused on "wabi sabi decor"), so
 * the report says so instead of suggesting the same post twice. Null when none does.
 */
export function postInProgressFor<Post extends PostInProgress>(
  topic: string,
  posts: readonly Post[],
): Post | null {
  const termsOf = (text: string) => new Set(contentTerms(text.replace(/-/g, ' ')));
  const needed = termsOf(topic);
  if (needed.size === 0) return null;
  return (
    posts.find((post) => {
      const has = termsOf(`${post.title} ${post.focusKeyword ?? ''}`);
      return [...needed].every((term) => has.has(term));
    }) ?? null
  );
}

function coreTerms(topicTerms: Map<string, string>): string[] {
  const terms = [...topicTerms.keys()];
  const core = terms.filter((term) => !SEARCH_MODIFIERS.has(term));
  return core.length > 0 ? core : terms;
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

/**
 * BM25's IDF of each term over the archive, ln(1 + (N - df + 0.5) / (df + 0.5)): a term few posts
 * use weighs more, and one no post uses weighs most.
 */
function inverseDocumentFrequency(
  documents: readonly SimilarityDocument[],
): (term: string) => number {
  const df = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(contentTerms(`${document.title}\n${document.text}`))) {
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  const n = documents.length;
  return (term) => {
    const count = df.get(term) ?? 0;
    return Math.log(1 + (n - count + 0.5) / (count + 0.5));
  };
}

function gapReason(
  topicTerms: Map<string, string>,
  best: ArchiveMatch | null,
  missingTerms: readonly string[],
  coverage: number,
): string {
  if (!best) return `no archive post mentions ${quoteList([...topicTerms.values()])}`;
  const closest = `closest: '${best.title}' (score ${formatScore(best.score)})`;
  if (missingTerms.length > 0 && coverage < MIN_TERM_COVERAGE) {
    return `no archive post covers ${quoteList(missingTerms)}; ${closest}`;
  }
  return `the archive mentions ${quoteList(best.sharedTerms)} only in passing; ${closest}, under ${formatScore(MIN_MATCH_SCORE)}`;
}

function coveredReason(best: ArchiveMatch): string {
  return `covered by '${best.title}' (score ${formatScore(best.score)}; shares ${quoteList(best.sharedTerms)})`;
}

// Question keywords read as titles already ("how to care for stoneware mugs").
const QUESTION_START = /^(how|what|why|when|which|where|who|can|is|are|should|do|does)\b/;
// ...and take a question mark unless they are a "how to" ("is stoneware oven safe?").
const ASKS = /^(?!how to\b)(how|what|why|when|which|where|who|can|is|are|should|do|does)\b/;

/**
 * A working title: a headline's angle as our take; a question topic as the question; else the
 * highest-volume question keyword holding every core term of the topic; else "<Topic>: a
 * practical guide". Sentence case, no invented claims.
 */
function suggestTitle(
  candidate: GapCandidate,
  core: readonly string[],
  keywords: readonly KeywordIdea[],
): string {
  const topic = candidate.topic.trim().replace(/\s+/g, ' ');
  if (candidate.origin === 'headline') return `Our take: ${topic}`;
  if (QUESTION_START.test(topic.toLowerCase())) return asTitle(topic);
  const question = keywords
    .filter((idea) => QUESTION_START.test(idea.keyword.toLowerCase()))
    .filter((idea) => {
      const terms = new Set(contentTerms(idea.keyword));
      return core.every((term) => terms.has(term));
    })
    .sort((a, b) => b.monthlyVolume - a.monthlyVolume || a.keyword.localeCompare(b.keyword))[0];
  if (question) return asTitle(question.keyword);
  return `${sentenceCase(topic)}: a practical guide`;
}

function asTitle(question: string): string {
  const text = sentenceCase(question.replace(/[?.!\s]+$/, ''));
  return ASKS.test(text.toLowerCase()) ? `${text}?` : text;
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
