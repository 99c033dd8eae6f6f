import { containsKeyword } from '../seo/index.js';
import { isStopWord, foldWord, words } from '../text/index.js';
import { cleanHeading, headingTerms, jaccard, similarHeadings } from './headings.js';

/** A stored competitor page, as the outline reads it. */
export interface CompetitorPageInput {
  url: string;
  title: string;
  headings: readonly { level: 1 | 2 | 3; text: string }[];
  wordCount: number;
}

/** A keyword with its search volume, placed in the section it belongs to. */
export interface OutlineKeyword {
  keyword: string;
  monthlyVolume: number;
}

export interface OutlineInput {
  topic: string;
  focusKeyword: string;
  /** Keywords to work into sections (secondary and related), with their volumes. */
  keywords: readonly OutlineKeyword[];
  pages: readonly CompetitorPageInput[];
}

export interface CoveringPage {
  url: string;
  /** The page's own heading for this subject. */
  heading: string;
}

export interface OutlineSubsection {
  heading: string;
  coveredBy: CoveringPage[];
}

export interface OutlineSection {
  heading: string;
  /** Competitor pages with a heading on this subject (as an H2, or an H3 of another section). */
  coveredBy: CoveringPage[];
  subsections: OutlineSubsection[];
  /** Keywords whose words this section shares, most searched first. */
  keywords: OutlineKeyword[];
  targetWords: number;
}

export interface Outline {
  h1: string;
  /** Words the whole post should reach: the competitor pages' mean, to the nearest 50. */
  targetWords: number;
  introTargetWords: number;
  sections: OutlineSection[];
  /** How many competitor pages the outline was built from. */
  competitorCount: number;
}

/** Sections kept: subjects at least two pages cover, topped up to 3 and capped at 8. */
export const MIN_SECTIONS = 3;
export const MAX_SECTIONS = 8;
export const MAX_SUBSECTIONS = 3;
/** Share of the target length for the introduction. */
const INTRO_SHARE = 0.1;
/** Without competitor pages: a typical how-to post. */
const DEFAULT_TARGET_WORDS = 1_200;
const MIN_TARGET_WORDS = 300;

interface Member {
  pageIndex: number;
  heading: string;
  terms: Set<string>;
  /** Position of the heading among its page's H2s, 0 (first) .. 1 (last). */
  position: number;
  children: { heading: string; terms: Set<string> }[];
}

interface Cluster {
  members: Member[];
  /** Pages covering it through an H3 under another subject. */
  alsoCoveredBy: CoveringPage[];
}

/**
 * An H1/H2/H3 outline from competitor pages' headings. Each page's H2s are clustered with the
 * other pages' (headings.ts: terms without the focus keyword's, which every heading shares;
 * single link, at most one heading per page in a cluster, a heading joining the cluster it is
 * most similar to). A subject's coverage is the number of pages with a heading on it: its H2s,
 * plus an H3 of another page that matches one. Sections are the subjects at least two pages
 * cover (topped up to 3 with the best-placed others, at most 8), ordered by coverage, then by
 * where the pages put them (average relative position), so the post follows the usual order.
 * Each section's H3s are its members' H3s clustered the same way (at most 3, most covered first).
 * Without competitor pages, each keyword becomes a section of its own (the search it answers).
 */
export function buildOutline(input: OutlineInput): Outline {
  const keywordTerms = headingTerms(input.focusKeyword);
  const pages = input.pages.filter((page) => page.headings.some((heading) => heading.level === 2));
  const h1 = outlineH1(input.topic, input.focusKeyword);
  const targetWords =
    pages.length > 0
      ? Math.max(
          MIN_TARGET_WORDS,
          Math.round(pages.reduce((sum, page) => sum + page.wordCount, 0) / pages.length / 50) * 50,
        )
      : DEFAULT_TARGET_WORDS;
  const introTargetWords = Math.round((targetWords * INTRO_SHARE) / 10) * 10;

  const sections =
    pages.length > 0
      ? sectionsFromPages(pages, keywordTerms)
      : input.keywords
          .filter((keyword) => foldWord(keyword.keyword) !== foldWord(input.focusKeyword))
          .slice(0, MAX_SECTIONS)
          .map((keyword) => ({
            heading: sentenceCase(keyword.keyword),
            coveredBy: [],
            subsections: [],
          }));

  const placed = placeKeywords(sections, input.keywords, input.focusKeyword, keywordTerms);
  const weights = placed.map((section) => Math.max(1, section.coveredBy.length));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return {
    h1,
    targetWords,
    introTargetWords,
    competitorCount: pages.length,
    sections: placed.map((section, index) => ({
      ...section,
      targetWords: Math.max(
        100,
        Math.round(((targetWords - introTargetWords) * (weights[index] ?? 1)) / totalWeight / 10) *
          10,
      ),
    })),
  };
}

/**
 * The H1: the topic when it holds the focus keyword, else "<Keyword>: <topic>" (the topic's first
 * letter lowered when its first word is a common word such as "How", so names keep theirs).
 */
export function outlineH1(topic: string, focusKeyword: string): string {
  const cleanTopic = topic.trim().replace(/\s+/g, ' ');
  if (containsKeyword(cleanTopic, focusKeyword)) return sentenceCase(cleanTopic);
  const firstWord = words(cleanTopic)[0] ?? '';
  const lowered =
    firstWord && isStopWord(foldWord(firstWord))
      ? `${cleanTopic.charAt(0).toLowerCase()}${cleanTopic.slice(1)}`
      : cleanTopic;
  return `${sentenceCase(focusKeyword.trim())}: ${lowered}`;
}

function sentenceCase(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

type SectionDraft = Omit<OutlineSection, 'keywords' | 'targetWords'>;

function sectionsFromPages(
  pages: readonly CompetitorPageInput[],
  keywordTerms: ReadonlySet<string>,
): SectionDraft[] {
  const clusters: Cluster[] = [];
  pages.forEach((page, pageIndex) => {
    for (const member of pageMembers(page, pageIndex, keywordTerms)) {
      let best: { cluster: Cluster; similarity: number } | null = null;
      for (const cluster of clusters) {
        if (cluster.members.some((other) => other.pageIndex === pageIndex)) continue;
        const similar = cluster.members.filter((other) =>
          similarHeadings(member.terms, other.terms),
        );
        if (similar.length === 0) continue;
        const similarity = Math.max(...similar.map((other) => jaccard(member.terms, other.terms)));
        if (!best || similarity > best.similarity) best = { cluster, similarity };
      }
      if (best) best.cluster.members.push(member);
      else clusters.push({ members: [member], alsoCoveredBy: [] });
    }
  });

  // A page covering a subject in an H3 under another of its sections covers it too.
  for (const cluster of clusters) {
    pages.forEach((page, pageIndex) => {
      if (cluster.members.some((member) => member.pageIndex === pageIndex)) return;
      const h3 = page.headings
        .filter((heading) => heading.level === 3)
        .find((heading) => {
          const terms = headingTerms(heading.text, keywordTerms);
          return cluster.members.some((member) => similarHeadings(terms, member.terms));
        });
      if (h3) cluster.alsoCoveredBy.push({ url: page.url, heading: h3.text });
    });
  }

  const coverage = (cluster: Cluster): number =>
    cluster.members.length + cluster.alsoCoveredBy.length;
  const position = (cluster: Cluster): number =>
    cluster.members.reduce((sum, member) => sum + member.position, 0) / cluster.members.length;
  const ranked = [...clusters].sort(
    (a, b) => coverage(b) - coverage(a) || position(a) - position(b),
  );
  const shared = ranked.filter((cluster) => coverage(cluster) >= 2);
  const kept = (shared.length >= MIN_SECTIONS ? shared : ranked.slice(0, MIN_SECTIONS)).slice(
    0,
    MAX_SECTIONS,
  );

  return kept.map((cluster) => ({
    heading: cleanHeading(representative(cluster.members).heading),
    coveredBy: [
      ...cluster.members.map((member) => ({
        url: pages[member.pageIndex]?.url ?? '',
        heading: member.heading,
      })),
      ...cluster.alsoCoveredBy,
    ],
    subsections: subsections(cluster, pages),
  }));
}

function pageMembers(
  page: CompetitorPageInput,
  pageIndex: number,
  keywordTerms: ReadonlySet<string>,
): Member[] {
  const members: Member[] = [];
  for (const heading of page.headings) {
    if (heading.level === 2) {
      members.push({
        pageIndex,
        heading: heading.text,
        terms: headingTerms(heading.text, keywordTerms),
        position: 0,
        children: [],
      });
    } else if (heading.level === 3) {
      members.at(-1)?.children.push({
        heading: heading.text,
        terms: headingTerms(heading.text, keywordTerms),
      });
    }
  }
  members.forEach((member, index) => {
    member.position = members.length > 1 ? index / (members.length - 1) : 0;
  });
  return members;
}

/**
 * The heading that names a cluster: the most similar to the others (summed Jaccard), with a small
 * bonus per term (up to 4) so a specific heading beats a one-word one; then the shorter, then the
 * first seen.
 */
function representative<T extends { heading: string; terms: Set<string> }>(members: T[]): T {
  const scored = members.map((member, index) => ({
    member,
    index,
    score:
      members.reduce(
        (sum, other) => (other === member ? sum : sum + jaccard(member.terms, other.terms)),
        0,
      ) +
      0.1 * Math.min(4, member.terms.size),
  }));
  scored.sort(
    (a, b) =>
      b.score - a.score || a.member.heading.length - b.member.heading.length || a.index - b.index,
  );
  const first = scored[0];
  if (!first) throw new Error('A cluster has at least one member');
  return first.member;
}

function subsections(cluster: Cluster, pages: readonly CompetitorPageInput[]): OutlineSubsection[] {
  const groups: { heading: string; terms: Set<string>; coveredBy: CoveringPage[] }[][] = [];
  for (const member of cluster.members) {
    for (const child of member.children) {
      const url = pages[member.pageIndex]?.url ?? '';
      const entry = {
        heading: child.heading,
        terms: child.terms,
        coveredBy: [{ url, heading: child.heading }],
      };
      const group = groups.find(
        (candidate) =>
          !candidate.some((other) => other.coveredBy[0]?.url === url) &&
          candidate.some((other) => similarHeadings(other.terms, child.terms)),
      );
      if (group) group.push(entry);
      else groups.push([entry]);
    }
  }
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => b.group.length - a.group.length || a.index - b.index)
    .slice(0, MAX_SUBSECTIONS)
    .map(({ group }) => ({
      heading: cleanHeading(representative(group).heading),
      coveredBy: group.flatMap((entry) => entry.coveredBy),
    }));
}

/**
 * Each keyword goes to the section whose heading terms (its own, its H3s' and the competitors'
 * headings for it) it shares most, counting terms other than the focus keyword's; a keyword
 * sharing none is left out (the focus keyword itself is everywhere and goes nowhere).
 */
function placeKeywords(
  sections: readonly SectionDraft[],
  keywords: readonly OutlineKeyword[],
  focusKeyword: string,
  keywordTerms: ReadonlySet<string>,
): Omit<OutlineSection, 'targetWords'>[] {
  const sectionTerms = sections.map((section) => {
    const terms = new Set<string>();
    const texts = [
      section.heading,
      ...section.coveredBy.map((page) => page.heading),
      ...section.subsections.map((subsection) => subsection.heading),
    ];
    for (const text of texts) for (const term of headingTerms(text, keywordTerms)) terms.add(term);
    return terms;
  });
  const placed = sections.map((section) => ({ ...section, keywords: [] as OutlineKeyword[] }));
  for (const keyword of keywords) {
    if (foldWord(keyword.keyword) === foldWord(focusKeyword)) continue;
    const terms = headingTerms(keyword.keyword, keywordTerms);
    let best = -1;
    let bestShared = 0;
    sectionTerms.forEach((candidate, index) => {
      const shared = [...terms].filter((term) => candidate.has(term)).length;
      if (shared > bestShared) {
        best = index;
        bestShared = shared;
      }
    });
    placed[best]?.keywords.push(keyword);
  }
  for (const section of placed) section.keywords.sort((a, b) => b.monthlyVolume - a.monthlyVolume);
  return placed;
}
