import {
  firstH1,
  markdownBlocks,
  markdownHeadings,
  markdownImages,
  markdownLinks,
  stripMarkdown,
  words,
} from '../text/index.js';
import { imagePlaceholder, type ImagePlaceholder } from './images.js';
import {
  archiveHref,
  suggestInternalLinks,
  type ArchivePost,
  type InternalLinkSuggestion,
} from './internal-links.js';
import { containsKeyword, countKeyword, keywordDensity } from './keyword.js';
import { slugify, slugProblems, SLUG_MAX_LENGTH } from './slug.js';

export const SEO_CHECK_IDS = [
  'KEYWORD_IN_TITLE',
  'KEYWORD_IN_H1',
  'KEYWORD_IN_INTRO',
  'KEYWORD_IN_META_DESCRIPTION',
  'KEYWORD_DENSITY',
  'META_DESCRIPTION_LENGTH',
  'SLUG',
  'INTERNAL_LINKS',
  'IMAGE_ALT_TEXT',
  'HEADING_STRUCTURE',
  'LENGTH',
] as const;
export type SeoCheckId = (typeof SEO_CHECK_IDS)[number];

/**
 * Each check's share of the 0..100 score (they add up to 100). The keyword where readers and
 * search results see it first (title, intro, H1, meta) weighs most; then what makes the page
 * usable and findable (meta length, slug, links, density); images, structure and length least,
 * as they matter once the post is written.
 */
export const SEO_CHECK_WEIGHTS: Readonly<Record<SeoCheckId, number>> = {
  KEYWORD_IN_TITLE: 12,
  KEYWORD_IN_H1: 8,
  KEYWORD_IN_INTRO: 10,
  KEYWORD_IN_META_DESCRIPTION: 8,
  KEYWORD_DENSITY: 10,
  META_DESCRIPTION_LENGTH: 10,
  SLUG: 10,
  INTERNAL_LINKS: 10,
  IMAGE_ALT_TEXT: 7,
  HEADING_STRUCTURE: 8,
  LENGTH: 7,
};

/**
 * Keyword density band, in percent of words. Under 0.5% the topic barely shows (fewer than 5
 * mentions in 1,000 words); over 2.5% reads as repetition, and keyword stuffing is named in
 * Google's spam policies. Yoast's band is 0.5%-3%; we stop at 2.5% to stay clear of its edge.
 */
export const KEYWORD_DENSITY_BAND = { min: 0.5, max: 2.5 } as const;
/** Search results cut a meta description at about 155-160 characters. */
export const META_DESCRIPTION_MAX = 160;
/** The intro the keyword should appear in. */
export const INTRO_WORDS = 100;
/** Below this a post is thin (Yoast's minimum for a post: 300 words). */
export const MIN_POST_WORDS = 300;

export interface SeoInput {
  title: string;
  /** Markdown. */
  body: string;
  metaDescription: string | null;
  slug: string | null;
  focusKeyword: string;
  /** Counted in the text (reported, not scored: they are worked in where they fit). */
  secondaryKeywords?: readonly string[];
  /** The shop's published posts, for internal links. */
  archive?: readonly ArchivePost[];
  /** Archive posts that are this post (never suggested as a link). */
  excludePostIds?: readonly string[];
  /** The LENGTH check's minimum (default 300; a draft passes its outline's target length). */
  minWords?: number;
}

export interface SeoCheck {
  id: SeoCheckId;
  label: string;
  passed: boolean;
  /** What was found, in words (and what to do when it failed). */
  detail: string;
  weight: number;
}

export interface SeoReport {
  /** Sum of the weights of the passed checks, 0..100. */
  score: number;
  checks: SeoCheck[];
  /** The first H1 of the body, else the title. */
  h1: string;
  wordCount: number;
  keywordOccurrences: number;
  /** Percent, rounded to 2 decimals. */
  keywordDensity: number;
  /** How often each secondary keyword occurs in the text. */
  secondaryKeywords: { keyword: string; occurrences: number }[];
  /** A slug generated from the focus keyword (see slug.ts). */
  suggestedSlug: string;
  internalLinks: InternalLinkSuggestion[];
  /** A placeholder for each H2 section that has no image yet. */
  imageSuggestions: ImagePlaceholder[];
}

/** The SEO pass over a post: each check, the score, and what to add. Pure. */
export function analyzeSeo(input: SeoInput): SeoReport {
  const keyword = input.focusKeyword.trim();
  const h1 = firstH1(input.body) ?? input.title;
  const plain = stripMarkdown(input.body);
  const wordCount = words(plain).length;
  const occurrences = countKeyword(plain, keyword);
  const density = keywordDensity(occurrences, wordCount);
  const internalLinks = suggestInternalLinks(
    { title: input.title, focusKeyword: keyword },
    input.archive ?? [],
    { excludeIds: input.excludePostIds ?? [] },
  );

  const checks: SeoCheck[] = [
    keywordIn('KEYWORD_IN_TITLE', 'Focus keyword in the title', input.title, keyword),
    keywordIn('KEYWORD_IN_H1', 'Focus keyword in the H1', h1, keyword),
    keywordIn(
      'KEYWORD_IN_INTRO',
      `Focus keyword in the first ${INTRO_WORDS} words`,
      introText(input.body),
      keyword,
    ),
    keywordIn(
      'KEYWORD_IN_META_DESCRIPTION',
      'Focus keyword in the meta description',
      input.metaDescription ?? '',
      keyword,
    ),
    densityCheck(occurrences, wordCount, density),
    metaLengthCheck(input.metaDescription),
    slugCheck(input.slug, keyword),
    internalLinkCheck(input.body, input.archive ?? [], internalLinks),
    imageCheck(input.body, keyword),
    headingCheck(input.body),
    lengthCheck(wordCount, input.minWords ?? MIN_POST_WORDS),
  ];

  return {
    score: checks.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0),
    checks,
    h1,
    wordCount,
    keywordOccurrences: occurrences,
    keywordDensity: Math.round(density * 100) / 100,
    secondaryKeywords: (input.secondaryKeywords ?? []).map((secondary) => ({
      keyword: secondary,
      occurrences: countKeyword(plain, secondary),
    })),
    suggestedSlug: slugify(keyword),
    internalLinks,
    imageSuggestions: sectionsWithoutImage(input.body).map((section) =>
      imagePlaceholder(section, keyword),
    ),
  };
}

function check(id: SeoCheckId, label: string, passed: boolean, detail: string): SeoCheck {
  return { id, label, passed, detail, weight: SEO_CHECK_WEIGHTS[id] };
}

function keywordIn(id: SeoCheckId, label: string, text: string, keyword: string): SeoCheck {
  if (!text.trim()) return check(id, label, false, `Empty: add one with "${keyword}".`);
  return containsKeyword(text, keyword)
    ? check(id, label, true, `Has "${keyword}".`)
    : check(id, label, false, `"${keyword}" is not in it.`);
}

/** The body's first 100 words, the H1 left out (it has its own check). */
function introText(body: string): string {
  const text = markdownBlocks(body)
    .flatMap((block) =>
      block.kind === 'text' || (block.kind === 'heading' && block.level > 1) ? [block.text] : [],
    )
    .join('\n');
  return words(text).slice(0, INTRO_WORDS).join(' ');
}

function densityCheck(occurrences: number, wordCount: number, density: number): SeoCheck {
  const { min, max } = KEYWORD_DENSITY_BAND;
  const shown = `${density.toFixed(2)}% (${occurrences} in ${wordCount} words)`;
  const label = `Keyword density within ${min}%-${max}%`;
  if (density < min) return check('KEYWORD_DENSITY', label, false, `${shown}: use it more.`);
  if (density > max) return check('KEYWORD_DENSITY', label, false, `${shown}: use it less.`);
  return check('KEYWORD_DENSITY', label, true, `${shown}.`);
}

function metaLengthCheck(metaDescription: string | null): SeoCheck {
  const label = `Meta description present, at most ${META_DESCRIPTION_MAX} characters`;
  const meta = metaDescription?.trim() ?? '';
  if (!meta) return check('META_DESCRIPTION_LENGTH', label, false, 'No meta description.');
  const length = [...meta].length;
  return length <= META_DESCRIPTION_MAX
    ? check('META_DESCRIPTION_LENGTH', label, true, `${length} characters.`)
    : check(
        'META_DESCRIPTION_LENGTH',
        label,
        false,
        `${length} characters: cut ${length - META_DESCRIPTION_MAX}.`,
      );
}

function slugCheck(slug: string | null, keyword: string): SeoCheck {
  const label = `Slug: lowercase words and hyphens, at most ${SLUG_MAX_LENGTH} characters, with the keyword`;
  const problems = slugProblems(slug ?? '', keyword);
  return problems.length === 0
    ? check('SLUG', label, true, `"${slug}".`)
    : check('SLUG', label, false, `${problems.join('; ')}; suggested "${slugify(keyword)}".`);
}

function internalLinkCheck(
  body: string,
  archive: readonly ArchivePost[],
  suggestions: readonly InternalLinkSuggestion[],
): SeoCheck {
  const label = 'Links to a related post of the blog';
  const hrefs = markdownLinks(body).map((link) => link.href);
  const linked = archive.filter((post) => hrefs.some((href) => pointsTo(href, post)));
  if (linked.length > 0) {
    return check(
      'INTERNAL_LINKS',
      label,
      true,
      `Links ${linked.map((post) => `"${post.title}"`).join(', ')}.`,
    );
  }
  if (suggestions.length === 0) {
    return check('INTERNAL_LINKS', label, true, 'No related post in the archive to link to.');
  }
  return check(
    'INTERNAL_LINKS',
    label,
    false,
    `No link to the blog: link ${suggestions.map((link) => `"${link.title}" (${link.href})`).join(', ')}.`,
  );
}

function pointsTo(href: string, post: ArchivePost): boolean {
  const target = href.replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (target === archiveHref(post).replace(/\/+$/, '')) return true;
  return post.slug !== null && target.endsWith(`/${post.slug}`);
}

function imageCheck(body: string, keyword: string): SeoCheck {
  const label = 'Images with alt text, one carrying the keyword';
  const images = markdownImages(body);
  if (images.length === 0) return check('IMAGE_ALT_TEXT', label, false, 'No image.');
  const withoutAlt = images.filter((image) => !image.alt.trim()).length;
  if (withoutAlt > 0) {
    return check(
      'IMAGE_ALT_TEXT',
      label,
      false,
      `${withoutAlt} of ${images.length} images have no alt text.`,
    );
  }
  const withKeyword = images.filter((image) => containsKeyword(image.alt, keyword)).length;
  return withKeyword > 0
    ? check(
        'IMAGE_ALT_TEXT',
        label,
        true,
        `${images.length} images with alt text, ${withKeyword} with "${keyword}".`,
      )
    : check('IMAGE_ALT_TEXT', label, false, `No alt text has "${keyword}".`);
}

function headingCheck(body: string): SeoCheck {
  const label = 'One H1, H2 sections, no skipped heading level';
  const headings = markdownHeadings(body);
  const problems: string[] = [];
  const h1s = headings.filter((heading) => heading.level === 1).length;
  if (h1s > 1) problems.push(`${h1s} H1s (use one)`);
  const h2s = headings.filter((heading) => heading.level === 2).length;
  if (h2s === 0) problems.push('no H2 section');
  // The title (or the H1) is level 1; each heading may go at most one level deeper.
  let previous = 1;
  for (const heading of headings) {
    if (heading.level > previous + 1) {
      problems.push(`"${heading.text}" is H${heading.level} after H${previous}`);
    }
    previous = heading.level;
  }
  return problems.length === 0
    ? check('HEADING_STRUCTURE', label, true, `${h1s} H1, ${h2s} H2.`)
    : check('HEADING_STRUCTURE', label, false, `${problems.join('; ')}.`);
}

function lengthCheck(wordCount: number, minWords: number): SeoCheck {
  const words = (count: number) => count.toLocaleString('en-US');
  const label = `At least ${words(minWords)} words`;
  return wordCount >= minWords
    ? check('LENGTH', label, true, `${words(wordCount)} words.`)
    : check(
        'LENGTH',
        label,
        false,
        `${words(wordCount)} words: ${words(minWords - wordCount)} short.`,
      );
}

/** The H2 sections (by heading text) with no image between their heading and the next H2/H1. */
function sectionsWithoutImage(body: string): string[] {
  const result: string[] = [];
  let section: string | null = null;
  let illustrated = false;
  const close = (): void => {
    if (section !== null && !illustrated) result.push(section);
  };
  for (const block of markdownBlocks(body)) {
    if (block.kind === 'heading' && block.level <= 2) {
      close();
      section = block.level === 2 ? block.text : null;
      illustrated = false;
    } else if (block.kind === 'image') {
      illustrated = true;
    }
  }
  close();
  return result;
}
