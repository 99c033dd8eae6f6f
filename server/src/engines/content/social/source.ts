import { contentTerms, markdownBlocks, sentences } from '../text/index.js';

/** The blog post a social post is adapted from. */
export interface BlogSource {
  title: string;
  /** Markdown. */
  body: string;
  /** Where the post is published; null while it is not. */
  url: string | null;
  focusKeyword: string | null;
}

/** One H2 section's point: its heading and the first sentence of its first paragraph. */
export interface KeyPoint {
  heading: string;
  sentence: string;
}

/** A term the post is about, weighted by where it appears (focus keyword 3 ... quoted sentence 0.5). */
export interface KeywordTerm {
  term: string;
  weight: number;
}

/** What the channel writers use from a post; every sentence is the post's own. */
export interface SourceDigest {
  title: string;
  url: string | null;
  focusKeyword: string | null;
  /** The first sentence of the introduction (text before the first H2), else the title. */
  hook: string;
  keyPoints: KeyPoint[];
  keywords: KeywordTerm[];
}

/**
 * The post read for adaptation. Key points are its H2 sections in order, each carried by the
 * first sentence of the section's first prose block (a paragraph, or a list item when the
 * section starts with a list; a section with neither is skipped). Markdown is read by the
 * content engines' reader (../text/markdown.ts): links keep their text; images, code, HTML and
 * emphasis marks go. Nothing is written here that the post does not say.
 */
export function digestSource(source: BlogSource): SourceDigest {
  const blocks = markdownBlocks(source.body);
  const firstH2 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const intro = (firstH2 === -1 ? blocks : blocks.slice(0, firstH2)).find((b) => b.kind === 'text');
  const keyPoints: KeyPoint[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'heading' || block.level !== 2) continue;
    const end = blocks.findIndex((b, j) => j > i && b.kind === 'heading' && b.level <= 2);
    const first = blocks.slice(i + 1, end === -1 ? undefined : end).find((b) => b.kind === 'text');
    const sentence = first ? sentences(first.text)[0] : undefined;
    if (sentence) keyPoints.push({ heading: block.text, sentence });
  }
  const title = source.title.trim();
  const hook = (intro && sentences(intro.text)[0]) || title;
  return {
    title,
    url: source.url?.trim() || null,
    focusKeyword: source.focusKeyword?.trim() || null,
    hook,
    keyPoints,
    keywords: keywordTerms(source.focusKeyword, title, hook, keyPoints),
  };
}

/** A post's matching terms (content terms of at least three letters: "tea" but not "uk"). */
function termsOf(text: string): string[] {
  return contentTerms(text).filter((term) => term.length >= 3);
}

/**
 * The post's terms with the highest weight each earns: focus keyword 3, title 2, H2 heading 1,
 * and 0.5 for a word of the sentences the social posts quote (the hook, the key points), so a
 * hashtag matching only those ("#pottery" for "potters") ranks below any on the post's subject.
 */
function keywordTerms(
  focusKeyword: string | null,
  title: string,
  hook: string,
  keyPoints: readonly KeyPoint[],
): KeywordTerm[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number): void => {
    for (const term of termsOf(text)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  add(focusKeyword ?? '', 3);
  add(title, 2);
  for (const point of keyPoints) add(point.heading, 1);
  for (const sentence of [hook, ...keyPoints.map((p) => p.sentence)]) add(sentence, 0.5);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
