import { rankBySimilarity } from '../similarity/index.js';
import { contentTerms } from '../text/index.js';

/** A published post of the shop's own blog, as internal-link candidates are read. */
export interface ArchivePost {
  id: string;
  title: string;
  slug: string | null;
  /** Markdown or plain text of the post. */
  body: string;
  focusKeyword: string | null;
  /** Its public URL when known (pushed to a CMS), else links use `/blog/<slug>`. */
  url: string | null;
}

export interface InternalLinkSuggestion {
  postId: string;
  title: string;
  /** Where the link points: the post's URL, or `/blog/<slug>`. */
  href: string;
  /** Descriptive anchor text: the post's own focus keyword, else its title. */
  anchorText: string;
  /** BM25 relevance to the draft's keywords and title (rounded to 2 decimals). */
  score: number;
  sharedTerms: string[];
  reason: string;
}

export const INTERNAL_LINK_LIMIT = 3;

/** Where a link to an archive post points. */
export function archiveHref(post: Pick<ArchivePost, 'url' | 'slug' | 'id'>): string {
  return post.url ?? `/blog/${post.slug ?? post.id}`;
}

/**
 * The archive posts most related to a draft: BM25 over each post's title and text against the
 * draft's focus keyword and title (what the post is about; secondary keywords are often
 * questions whose other words would pull in unrelated posts), the draft itself left out, at
 * most `limit` (3: a few strong links beat a list), each with why it was chosen. A post must
 * share two of the query's terms (one when the query has only one), one of them the focus
 * keyword's: a post sharing only the shop's product word, or only the title's incidental words
 * ("every day"), is not offered.
 */
export function suggestInternalLinks(
  draft: { title: string; focusKeyword: string },
  archive: readonly ArchivePost[],
  options: { excludeIds?: readonly string[]; limit?: number } = {},
): InternalLinkSuggestion[] {
  const excluded = new Set(options.excludeIds ?? []);
  const candidates = archive.filter((post) => !excluded.has(post.id));
  const query = `${draft.focusKeyword} ${draft.title}`;
  const minShared = Math.min(2, new Set(contentTerms(query)).size);
  const keywordTerms = new Set(contentTerms(draft.focusKeyword));
  const byId = new Map(candidates.map((post) => [post.id, post]));
  return rankBySimilarity(
    query,
    candidates.map((post) => ({ id: post.id, title: post.title, text: post.body })),
  )
    .filter(
      (match) =>
        match.sharedTerms.length >= minShared &&
        match.sharedTerms.some((word) => contentTerms(word).some((term) => keywordTerms.has(term))),
    )
    .slice(0, options.limit ?? INTERNAL_LINK_LIMIT)
    .flatMap((match) => {
      const post = byId.get(match.id);
      if (!post) return [];
      return [
        {
          postId: post.id,
          title: post.title,
          href: archiveHref(post),
          anchorText: post.focusKeyword ?? post.title,
          score: Math.round(match.score * 100) / 100,
          sharedTerms: match.sharedTerms,
          reason: `Shares ${match.sharedTerms.join(', ')} with this post`,
        },
      ];
    });
}
