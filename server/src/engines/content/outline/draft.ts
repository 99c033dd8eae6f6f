import {
  imagePlaceholder,
  META_DESCRIPTION_MAX,
  slugify,
  type InternalLinkSuggestion,
} from '../seo/index.js';
import { contentTerms } from '../text/index.js';
import { cleanHeading } from './headings.js';
import type { Outline, OutlineSection, OutlineKeyword } from './outline.js';

/** The first line of every offline draft: a person reads at once that nothing is written yet. */
export const OFFLINE_DRAFT_LABEL =
  'Outline drafted offline — write each section from its brief before publishing.';

export interface OfflineDraftInput {
  outline: Outline;
  focusKeyword: string;
  secondaryKeywords: readonly string[];
  internalLinks: readonly InternalLinkSuggestion[];
}

/** A section's brief: what the writer is asked to cover, as notes. */
export interface SectionBrief {
  heading: string;
  level: 2 | 3;
  notes: string[];
  /** The suggested image (H2 sections only). */
  image: string | null;
}

export interface OfflineDraft {
  title: string;
  slug: string;
  metaDescription: string;
  /** Markdown: the label, the H1, the intro brief, then each section's heading, image and notes. */
  body: string;
  introNotes: string[];
  briefs: SectionBrief[];
}

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * The offline draft: a markdown outline, labelled as such at the top, with the H1, each H2/H3
 * and its brief as bullet notes (what competitors cover there, the searches to answer, the length
 * to aim for, the internal link to place), an image placeholder per H2 with keyword alt text, and
 * the meta description and slug. It contains no prose: every line is the label, a heading, an
 * image placeholder or a note, so nothing in it can pass for a written article.
 */
export function composeOfflineDraft(input: OfflineDraftInput): OfflineDraft {
  const { outline, focusKeyword } = input;
  const title = outline.h1;
  const slug = slugify(focusKeyword) || slugify(title);
  const metaDescription = draftMetaDescription(focusKeyword, outline.sections);
  const linksBySection = placeLinks(outline.sections, input.internalLinks, focusKeyword);

  const introNotes = [
    `Introduction, about ${numberFormat.format(outline.introTargetWords)} words: use "${focusKeyword}" in the first sentence and say what the reader will know by the end.`,
    ...(linksBySection.get(-1) ?? []).map(linkNote),
  ];

  const briefs: SectionBrief[] = [];
  outline.sections.forEach((section, index) => {
    briefs.push({
      heading: section.heading,
      level: 2,
      image: imagePlaceholder(section.heading, focusKeyword).markdown,
      notes: [
        coverNote(section, outline.competitorCount),
        ...keywordNotes(section.keywords),
        ...(linksBySection.get(index) ?? []).map(linkNote),
        `About ${numberFormat.format(section.targetWords)} words.`,
      ],
    });
    for (const subsection of section.subsections) {
      briefs.push({
        heading: subsection.heading,
        level: 3,
        image: null,
        notes: [`Covered by ${subsection.coveredBy.map((page) => host(page.url)).join(', ')}.`],
      });
    }
  });

  const lines = [
    `> ${OFFLINE_DRAFT_LABEL}`,
    `> - Focus keyword: ${focusKeyword}`,
    ...(input.secondaryKeywords.length > 0
      ? [`> - Secondary keywords: ${input.secondaryKeywords.join(', ')}`]
      : []),
    `> - Meta description: ${metaDescription}`,
    `> - Slug: ${slug}`,
    `> - Length: about ${numberFormat.format(outline.targetWords)} words${
      outline.competitorCount > 0
        ? ` (the mean of ${outline.competitorCount} competitor pages)`
        : ' (no competitor page stored)'
    }`,
    '',
    `# ${title}`,
    '',
    ...introNotes.map((note) => `- ${note}`),
  ];
  for (const brief of briefs) {
    lines.push('', `${brief.level === 2 ? '##' : '###'} ${brief.heading}`, '');
    if (brief.image) lines.push(brief.image, '');
    lines.push(...brief.notes.map((note) => `- ${note}`));
  }

  return { title, slug, metaDescription, body: `${lines.join('\n')}\n`, introNotes, briefs };
}

function coverNote(section: OutlineSection, competitorCount: number): string {
  if (section.coveredBy.length === 0) {
    return 'No stored competitor page covers this: answer the search it is named after.';
  }
  const pages = section.coveredBy.map(
    (page) => `"${cleanHeading(page.heading)}" (${host(page.url)})`,
  );
  return `Cover what ${section.coveredBy.length} of ${competitorCount} competitor pages answer here: ${pages.join(', ')}.`;
}

function keywordNotes(keywords: readonly OutlineKeyword[]): string[] {
  if (keywords.length === 0) return [];
  const list = keywords.map(
    (keyword) => `"${keyword.keyword}" (${numberFormat.format(keyword.monthlyVolume)} a month)`,
  );
  return [`Answer the searches ${list.join(', ')}.`];
}

function linkNote(link: InternalLinkSuggestion): string {
  return `Link to [${link.anchorText}](${link.href}): ${link.reason.charAt(0).toLowerCase()}${link.reason.slice(1)}.`;
}

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Each link goes to the section whose heading shares most of its terms (the focus keyword's, which
 * every section shares, left out), else to the introduction (key -1).
 */
function placeLinks(
  sections: readonly OutlineSection[],
  links: readonly InternalLinkSuggestion[],
  focusKeyword: string,
): Map<number, InternalLinkSuggestion[]> {
  const placed = new Map<number, InternalLinkSuggestion[]>();
  const keywordTerms = new Set(contentTerms(focusKeyword));
  for (const link of links) {
    const linkTerms = new Set(
      contentTerms(`${link.title} ${link.anchorText}`).filter((term) => !keywordTerms.has(term)),
    );
    let best = -1;
    let bestShared = 0;
    sections.forEach((section, index) => {
      const shared = new Set(contentTerms(section.heading).filter((term) => linkTerms.has(term)))
        .size;
      if (shared > bestShared) {
        best = index;
        bestShared = shared;
      }
    });
    placed.set(best, [...(placed.get(best) ?? []), link]);
  }
  return placed;
}

/**
 * "<Keyword>: <subject>, <subject> and more." from the sections' headings (question marks
 * dropped, a leading capital lowered), as many as fit in 160 characters; the keyword alone when
 * none does.
 */
export function draftMetaDescription(
  focusKeyword: string,
  sections: readonly Pick<OutlineSection, 'heading'>[],
): string {
  const lead = `${focusKeyword.charAt(0).toUpperCase()}${focusKeyword.slice(1)}`;
  const subjects = sections.map((section) =>
    section.heading
      .replace(/[?!.:]+$/, '')
      .replace(/^\d+\s*[.)]\s*/, '')
      .replace(/^([A-Z])(?=[a-z])/, (letter) => letter.toLowerCase()),
  );
  let best = `${lead}.`;
  for (let count = 1; count <= subjects.length; count += 1) {
    const chosen = subjects.slice(0, count);
    const more = count < subjects.length ? ' and more' : '';
    const list =
      more || chosen.length === 1
        ? chosen.join(', ')
        : `${chosen.slice(0, -1).join(', ')} and ${chosen.at(-1)}`;
    const candidate = `${lead}: ${list}${more}.`;
    if ([...candidate].length > META_DESCRIPTION_MAX) break;
    best = candidate;
  }
  return best;
}
