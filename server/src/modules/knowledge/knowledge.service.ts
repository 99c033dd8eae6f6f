import type { DataSource } from 'typeorm';
import { anyTermTsquerySql, searchTerms } from './search-terms.js';

export interface ArticleMatch {
  id: string;
  slug: string;
  title: string;
  /** The one or two paragraphs of the article that best match the question. */
  excerpt: string;
  /** ts_rank_cd with weights (title A, body B), normalised to 0..1 as rank / (rank + 1). */
  rank: number;
  /** Share of the query's meaningful terms found in the article, 0..1. */
  confidence: number;
}

/**
 * Full-text search over a workspace's published articles. The question's words (at most
 * `MAX_SEARCH_TERMS`, see search-terms.ts) are OR-ed (a customer's phrasing rarely contains
 * every word of the article), ranked by cover density, and each hit's confidence is the fraction
 * of the question's stemmed terms it contains: a number a person can check, unlike a raw rank.
 */
export class KnowledgeService {
  constructor(private readonly dataSource: DataSource) {}

  async search(workspaceId: string, question: string, limit = 3): Promise<ArticleMatch[]> {
    const terms = searchTerms(question);
    // Only stop words or punctuation ("the", "%"): nothing to look for, so nothing matches.
    if (terms.length === 0) return [];
    const termParams = terms.map((_, i) => `$${i + 4}`);
    const rows: Array<{
      id: string;
      slug: string;
      title: string;
      excerpt: string;
      rank: number | string;
      matched: number | string | bigint;
      terms: number | string | bigint;
    }> = await this.dataSource.query(
      `WITH q AS (
         SELECT ${anyTermTsquerySql(termParams)} AS query,
                tsvector_to_array(to_tsvector('english', $3)) AS terms
       ), hits AS (
         SELECT a.id, a.slug, a.title, a.body,
                ts_rank_cd(a.search_vector, q.query, 32) AS rank,
                (SELECT count(*) FROM unnest(q.terms) AS term
                  WHERE term = ANY (tsvector_to_array(a.search_vector))) AS matched,
                cardinality(q.terms) AS terms
           FROM knowledge_article a, q
          WHERE a.workspace_id = $1 AND a.published AND a.search_vector @@ q.query
          ORDER BY rank DESC, a.slug
          LIMIT $2
       )
       SELECT hits.id, hits.slug, hits.title, hits.rank, hits.matched, hits.terms,
              -- Matched by title alone: the article's opening paragraph introduces it best.
              coalesce(best.excerpt, (regexp_split_to_array(hits.body, '\\n\\s*\\n'))[1]) AS excerpt
         FROM hits CROSS JOIN q
         LEFT JOIN LATERAL (
           -- The (at most two) paragraphs that answer best, in the article's own order.
           SELECT string_agg(p.text, E'\n\n' ORDER BY p.n) AS excerpt
             FROM (SELECT para AS text, n
                     FROM unnest(regexp_split_to_array(hits.body, '\\n\\s*\\n')) WITH ORDINALITY AS u(para, n)
                    WHERE to_tsvector('english', para) @@ q.query
                    ORDER BY ts_rank(to_tsvector('english', para), q.query) DESC, n
                    LIMIT 2) p
         ) best ON true
        ORDER BY hits.rank DESC, hits.slug`,
      [workspaceId, limit, terms.join(' '), ...terms],
    );
    return rows.map((row) => {
      const terms = Number(row.terms);
      return {
        id: row.id,
        slug: row.slug,
        title: row.title,
        excerpt: row.excerpt,
        rank: round(Number(row.rank)),
        confidence: terms === 0 ? 0 : round(Number(row.matched) / terms),
      };
    });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
