import MiniSearch from 'minisearch';
import { contentTerms, foldWord, toTerm, words } from '../text/index.js';

export interface SimilarityDocument {
  id: string;
  title: string;
  text: string;
}

export interface SimilarityMatch {
  id: string;
  /** BM25+ relevance (minisearch's score); comparable only within one call. */
  score: number;
  /**
   * The query's words found in the document, as the query wrote them (lowercase), in query order.
   * Matching is on stems, so "candles" in the query shares with "candle" in a post.
   */
  sharedTerms: string[];
}

export interface SimilarityOptions {
  /** At most this many matches (default: all that share a term). */
  limit?: number;
  /** Drop matches scoring below this (default 0: any shared term counts). */
  minScore?: number;
  /** How much a term in the title counts against one in the text (default 2). */
  titleBoost?: number;
}

/** Documents indexed once, ranked against many queries (a trend report asks dozens). */
export interface SimilarityIndex {
  rank(query: string, options?: Omit<SimilarityOptions, 'titleBoost'>): SimilarityMatch[];
}

/**
 * Indexes documents for BM25+ ranking with minisearch (k = 1.2, b = 0.7, d = 0.5, its defaults;
 * a title term counts `titleBoost` times a text term). Terms are folded words without stop
 * words, stemmed by the S-stemmer (plurals folded; see text/stem.ts), and matched exactly (no
 * prefix or fuzzy matching, so a match always has a shared term to show). minisearch multiplies
 * a document's summed term scores by the number of distinct query terms it matched, which
 * favours a post covering more of the query over one repeating a single word. Ties keep the
 * input order. A query with no content term (only stop words) matches nothing.
 */
export function similarityIndex(
  documents: readonly SimilarityDocument[],
  options: Pick<SimilarityOptions, 'titleBoost'> = {},
): SimilarityIndex {
  const order = new Map<string, number>();
  documents.forEach((document, index) => {
    if (order.has(document.id)) throw new Error(`Duplicate document id ${document.id}`);
    order.set(document.id, index);
  });
  const index = new MiniSearch<SimilarityDocument>({
    fields: ['title', 'text'],
    tokenize: (text) => words(text),
    processTerm: (word) => toTerm(foldWord(word)) ?? false,
    searchOptions: { boost: { title: options.titleBoost ?? 2 }, prefix: false, fuzzy: false },
  });
  index.addAll(documents);

  return {
    rank(query, rankOptions = {}) {
      const surfaceByTerm = querySurfaceForms(query);
      if (surfaceByTerm.size === 0 || documents.length === 0) return [];
      const minScore = rankOptions.minScore ?? 0;
      const matches = index
        .search([...surfaceByTerm.values()].join(' '))
        .filter((result) => result.score > minScore)
        .map((result) => {
          const matched = new Set(result.queryTerms);
          return {
            id: String(result.id),
            score: result.score,
            sharedTerms: [...surfaceByTerm].flatMap(([term, surface]) =>
              matched.has(term) ? [surface] : [],
            ),
          };
        })
        .sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return rankOptions.limit === undefined ? matches : matches.slice(0, rankOptions.limit);
    },
  };
}

/** Ranks documents by BM25+ relevance to one query (see `similarityIndex`). */
export function rankBySimilarity(
  query: string,
  documents: readonly SimilarityDocument[],
  options: SimilarityOptions = {},
): SimilarityMatch[] {
  return similarityIndex(documents, options).rank(query, options);
}

/** Each distinct content term of the query, with the first word of the query that gave it. */
function querySurfaceForms(query: string): Map<string, string> {
  const surfaceByTerm = new Map<string, string>();
  for (const word of words(query)) {
    const folded = foldWord(word);
    const term = toTerm(folded);
    if (term && !surfaceByTerm.has(term)) surfaceByTerm.set(term, folded);
  }
  return surfaceByTerm;
}

/** The content terms two texts share (stems), for reasons shown beside a score. */
export function sharedContentTerms(a: string, b: string): string[] {
  const inB = new Set(contentTerms(b));
  return [...new Set(contentTerms(a))].filter((term) => inB.has(term));
}
