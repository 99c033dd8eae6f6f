import { topicRelevance, normalizeKeyword } from '../keywords/index.js';
import type { CompetitorPageInput } from './outline.js';

/**
 * The competitor pages to outline from: those stored for one of the keywords (the query they
 * rank for), else those whose query shares at least half its words with one of them. Order kept.
 */
export function selectCompetitorPages<T extends CompetitorPageInput & { keyword: string }>(
  pages: readonly T[],
  keywords: readonly string[],
): T[] {
  const wanted = new Set(keywords.map(normalizeKeyword));
  const exact = pages.filter((page) => wanted.has(normalizeKeyword(page.keyword)));
  if (exact.length > 0) return exact;
  return pages.filter((page) =>
    [...wanted].some((keyword) => topicRelevance(page.keyword, keyword) >= 0.5),
  );
}
