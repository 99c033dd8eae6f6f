/**
 * Text primitives the channel writers share (words, sentences and markdown come from
 * ../text/): grapheme clusters (what a reader sees as one character: a flag, a skin-toned or
 * ZWJ emoji, a letter with its accents), whitespace normalisation, and trimming at a word
 * boundary. Node ships full ICU, so
 * Intl.Segmenter knows emoji sequences and segments CJK words from its dictionary.
 */

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The text's grapheme clusters, in order. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * The text cut at the segmenter's word boundaries (words, and the punctuation or spaces between
 * them, as separate pieces); joined, they give the text back. Used to break a run of text with
 * no spaces (CJK) between its words rather than inside one.
 */
export function wordPieces(text: string): string[] {
  return Array.from(wordSegmenter.segment(text), (s) => s.segment);
}

/** Whitespace other than a line break: spaces, tabs, no-break and other Unicode spaces. */
const INLINE_SPACE = /[^\S\n]+/gu;

/**
 * Paragraphs of a text: line endings unified, a blank line (possibly holding spaces) separates
 * paragraphs, and inside a paragraph every run of whitespace, single line breaks included,
 * becomes one space. Leading and trailing whitespace goes. Empty text gives no paragraphs.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/u)
    .map((p) => p.replace(/\n/g, ' ').replace(INLINE_SPACE, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * The text cut to at most `limit` UTF-16 units at a word boundary, with "…" when anything was
 * cut. A first word longer than the limit is cut at a grapheme boundary (never inside an emoji).
 */
export function trimToLength(text: string, limit: number): string {
  const clean = text.trim();
  if (clean.length <= limit) return clean;
  const room = limit - 1; // the ellipsis
  const words = clean.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (next.length > room) break;
    kept = next;
  }
  if (!kept) {
    for (const g of graphemes(clean)) {
      if (kept.length + g.length > room) break;
      kept += g;
    }
  }
  // Punctuation left dangling before the ellipsis ("fired twice,…") reads badly.
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}
