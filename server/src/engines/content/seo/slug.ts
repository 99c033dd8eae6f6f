import { foldWord, isStopWord, stem, words } from '../text/index.js';

export const SLUG_MAX_LENGTH = 60;

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug from a title or keyword: lowercase ASCII words (accents dropped, other letters and
 * apostrophes removed: "don't" -> "dont") joined by hyphens, stop words dropped (short slugs that
 * keep the words a search matches on; all kept if nothing else is left), cut at a word boundary to
 * at most 60 characters (Google shows about that much of a URL path). Empty when the text has no
 * ASCII letter or digit.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const all = words(text)
    .map((word) => foldWord(word).replace(/[^a-z0-9-]/g, ''))
    .flatMap((word) => word.split('-'))
    .filter(Boolean);
  const content = all.filter((word) => !isStopWord(word));
  const chosen = content.length > 0 ? content : all;
  let slug = '';
  for (const word of chosen) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (chosen[0]?.slice(0, maxLength) ?? '');
}

/** What is wrong with a given slug, in words; empty when nothing is. */
export function slugProblems(slug: string, focusKeyword: string): string[] {
  const problems: string[] = [];
  if (!slug) return ['no slug'];
  if (!SLUG_FORMAT.test(slug)) {
    problems.push('use only lowercase letters a-z, digits and single hyphens');
  }
  if (slug.length > SLUG_MAX_LENGTH) {
    problems.push(`${slug.length} characters, over ${SLUG_MAX_LENGTH}`);
  }
  // Compared stemmed, so "stoneware-mug" carries the keyword "stoneware mugs".
  const slugStems = new Set(slug.split('-').map(stem));
  const missing = slugify(focusKeyword, Number.MAX_SAFE_INTEGER)
    .split('-')
    .filter((word) => word && !slugStems.has(stem(word)));
  if (missing.length > 0) problems.push(`missing the keyword's ${missing.join(', ')}`);
  return problems;
}

/** `base`, or `base-2`, `base-3`, ... : the first not in `taken` (kept within the length limit). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const tail = `-${suffix}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - tail.length).replace(/-+$/, '')}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}
