/**
 * Just enough markdown (CommonMark's block structure, the common inline marks) to read a blog
 * post as a reader would: its headings, its images, and its prose as plain text for readability
 * and keyword counts. Not a renderer: code (fenced), thematic breaks, link definitions and HTML
 * tags carry no prose and are dropped; images are dropped from the text (their alt text is not
 * read as part of the article) but listed by `markdownImages`.
 */

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface MarkdownHeading {
  level: HeadingLevel;
  text: string;
}

export interface MarkdownImage {
  alt: string;
  src: string;
}

export interface MarkdownLink {
  text: string;
  href: string;
}

/**
 * A block of the document: a heading, a run of prose (paragraph, list item, table row), or an
 * image found in a run of prose (listed just before that prose's text).
 */
export type MarkdownBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'image'; alt: string; src: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
const LINK = /(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** The blocks of a markdown document, in order, with inline markup reduced to its text. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  // A list item's text cannot become a setext heading ("- item" then "---" is a list and a break).
  let inListItem = false;

  const flush = (): void => {
    const raw = paragraph.join(' ');
    for (const match of raw.matchAll(IMAGE)) {
      blocks.push({ kind: 'image', alt: inlineText(match[1] ?? ''), src: match[2] ?? '' });
    }
    const text = inlineText(raw);
    if (text) blocks.push({ kind: 'text', text });
    paragraph = [];
    inListItem = false;
  };

  for (const rawLine of linesOutsideCode(markdown, flush)) {
    const line = rawLine.replace(/^ {0,3}(?:>[ \t]?)+/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx?.[1]) {
      flush();
      const text = inlineText(atx[2] ?? '');
      if (text) blocks.push({ kind: 'heading', level: atx[1].length as HeadingLevel, text });
      continue;
    }
    if (paragraph.length > 0 && !inListItem && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      const text = inlineText(paragraph.join(' '));
      paragraph = [];
      if (text) blocks.push({ kind: 'heading', level: SETEXT_H1.test(line) ? 1 : 2, text });
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(line.replace(LIST_ITEM, ''));
      inListItem = true;
      continue;
    }
    if (/^[ \t]*\|/.test(line)) {
      // A table row: its cells are separate phrases.
      flush();
      paragraph.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter(Boolean)
          .join('; '),
      );
      flush();
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** The headings of a markdown document, in order. */
export function markdownHeadings(markdown: string): MarkdownHeading[] {
  return markdownBlocks(markdown).flatMap((block) =>
    block.kind === 'heading' ? [{ level: block.level, text: block.text }] : [],
  );
}

/** The text of the first H1, or null. */
export function firstH1(markdown: string): string | null {
  return markdownHeadings(markdown).find((heading) => heading.level === 1)?.text ?? null;
}

/** Plain text: one block (heading, paragraph, list item, table row) per line. */
export function stripMarkdown(markdown: string): string {
  return markdownBlocks(markdown)
    .flatMap((block) => (block.kind === 'image' ? [] : [block.text]))
    .join('\n');
}

/** The images of a markdown document (outside code), with their alt text and source. */
export function markdownImages(markdown: string): MarkdownImage[] {
  return markdownBlocks(markdown).flatMap((block) =>
    block.kind === 'image' ? [{ alt: block.alt, src: block.src }] : [],
  );
}

/** The links of a markdown document (outside code; not images), with their text and target. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const line of linesOutsideCode(markdown, () => undefined)) {
    for (const match of line.matchAll(LINK)) {
      links.push({ text: inlineText(match[1] ?? ''), href: match[2] ?? '' });
    }
  }
  return links;
}

/**
 * The lines of a document outside fenced code blocks. `onCode` is called where a fence opens (a
 * block boundary for the caller). An unclosed fence runs to the end, as in CommonMark.
 */
function* linesOutsideCode(markdown: string, onCode: () => void): Generator<string> {
  let fence: string | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = FENCE.exec(line)?.[1] ?? null;
    if (fence !== null) {
      if (marker !== null && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker !== null) {
      onCode();
      fence = marker;
    } else {
      yield line;
    }
  }
}

/** Inline markdown reduced to the text a reader sees. */
export function inlineText(text: string): string {
  return (
    text
      .replace(IMAGE, '')
      // Links (inline and reference) keep their text.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // Autolinks and HTML tags carry no prose.
      .replace(/<(?:https?:|mailto:)[^>]*>/gi, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      // Code spans keep their content; emphasis and strikethrough marks go.
      .replace(/(`+)(.+?)\1/g, '$2')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(\*|\b_)(?=\S)(.+?)(?<=\S)(?:\*|_\b)/g, '$2')
      .replace(/~~(.+?)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
