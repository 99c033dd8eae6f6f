import twitterText, { type ParseTweetOptions } from 'twitter-text';
import { graphemes, paragraphs, wordPieces } from './text.js';
import { urlRanges } from './urls.js';

/** X's limit per post, in weighted characters. */
export const X_POST_LIMIT = 280;

/**
 * X's counting configuration v3 (twitter-text 3.1.0, `configs.version3`; a spec checks this copy
 * against the library's): code points U+0000-U+10FF and three General Punctuation ranges weigh
 * 1, everything else (CJK, most symbols, "…") 2; an emoji sequence weighs 2 however many code
 * points it has; a URL, with or without its scheme, counts 23 whatever its length.
 */
export const X_COUNTING_V3: ParseTweetOptions = {
  version: 3,
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

/** The text's length as X counts it (twitter-text's own parser). */
export function xWeightedLength(text: string): number {
  return twitterText.parseTweet(text, X_COUNTING_V3).weightedLength;
}

export interface XThreadPost {
  /** The post as published, its number included. */
  text: string;
  weightedLength: number;
}

export interface XThread {
  posts: XThreadPost[];
  /** Whether the posts carry "i/n" (only threads of two or more posts do). */
  numbered: boolean;
  /** Words longer than a post that had to be broken across posts (never URLs). */
  brokenWords: string[];
}

export interface XThreadOptions {
  /** Weighted characters per post; X's 280 unless a test says otherwise. */
  limit?: number;
}

/**
 * A free text as an X thread. Paragraphs (blank-line separated; whitespace inside one collapses
 * to single spaces) are packed into posts: a paragraph joins the current post (after a blank
 * line) when the whole of it fits, starts a new post when it does not, and is broken between
 * words only when it is longer than a post itself. See `threadPosts` for numbering and the
 * rules on words, URLs and emoji. Empty or whitespace-only text gives no posts.
 */
export function splitXThread(text: string, options: XThreadOptions = {}): XThread {
  return threadPosts(paragraphs(text), 'pack', options.limit ?? X_POST_LIMIT);
}

/**
 * A thread written segment by segment (the hook, one key point each, the link): every segment
 * starts its own post, and one longer than a post continues on the next, broken between words.
 */
export function buildXThread(segments: readonly string[], options: XThreadOptions = {}): XThread {
  const clean = segments.map((s) => paragraphs(s).join(' ')).filter((s) => s.length > 0);
  return threadPosts(clean, 'each', options.limit ?? X_POST_LIMIT);
}

/**
 * Numbering: a thread of two or more posts ends every post with " i/n" (a space, the post's
 * number, a slash, the count), and that suffix is counted within the limit. The room for it is
 * reserved at its widest for the count's digits (" 9/9" while under ten posts, " 99/99" under a
 * hundred); when the posts come out more numerous than the digits allowed, the text is split
 * again with the wider reserve. Every finished post is measured once more with twitter-text, so
 * no post over the limit can leave this function.
 */
function threadPosts(segments: string[], mode: PackMode, limit: number): XThread {
  if (segments.length === 0) return { posts: [], numbered: false, brokenWords: [] };
  const single = pack(segments, mode, limit);
  if (single.posts.length === 1) {
    const text = single.posts[0] ?? '';
    const posts = [{ text, weightedLength: xWeightedLength(text) }];
    return { posts, numbered: false, brokenWords: single.brokenWords };
  }
  for (let digits = 1, extra = 0; ;) {
    const widest = '9'.repeat(digits);
    const reserve = xWeightedLength(` ${widest}/${widest}`) + extra;
    // A URL (23) must fit beside the number, or no split could keep every post valid.
    if (limit - reserve < 23)
      throw new RangeError(`A post limit of ${limit} is too small to thread.`);
    const packed = pack(segments, mode, limit - reserve);
    const count = packed.posts.length;
    if (String(count).length > digits) {
      digits = String(count).length;
      continue;
    }
    const posts = packed.posts.map((p, i) => {
      const text = `${p} ${i + 1}/${count}`;
      return { text, weightedLength: xWeightedLength(text) };
    });
    // The suffix is plain ASCII after a space, so lengths add up; this guards the assumption.
    if (posts.some((p) => p.weightedLength > limit)) {
      extra += 1;
      continue;
    }
    return { posts, numbered: true, brokenWords: packed.brokenWords };
  }
}

type PackMode = 'pack' | 'each';

interface Packed {
  posts: string[];
  brokenWords: string[];
}

/** Segments into posts of at most `room` weighted characters each (see the callers). */
function pack(segments: readonly string[], mode: PackMode, room: number): Packed {
  const fits = (text: string): boolean => xWeightedLength(text) <= room;
  const posts: string[] = [];
  const brokenWords: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) posts.push(current);
    current = '';
  };
  for (const segment of segments) {
    if (mode === 'pack' && current && fits(`${current}\n\n${segment}`)) {
      current = `${current}\n\n${segment}`;
      continue;
    }
    flush();
    if (fits(segment)) {
      current = segment;
      continue;
    }
    // Longer than a post: word by word, a word never split unless it alone is too long.
    for (const word of segment.split(' ')) {
      const joined = current ? `${current} ${word}` : word;
      if (fits(joined)) {
        current = joined;
        continue;
      }
      flush();
      if (fits(word)) {
        current = word;
        continue;
      }
      brokenWords.push(word);
      const pieces = breakWord(word, fits);
      current = pieces.pop() ?? '';
      posts.push(...pieces);
    }
    if (mode === 'each') flush();
  }
  flush();
  return { posts, brokenWords };
}

/**
 * A word (no spaces) longer than a post, in pieces that each fit. A URL inside it stays whole
 * (it counts 23, so it always fits); the rest breaks at the word segmenter's boundaries first
 * (a CJK sentence has no spaces but has words), then between grapheme clusters, so an emoji,
 * a flag or an accented letter is never cut. No hyphen is added: it would change the word.
 * Only a single grapheme cluster heavier than a whole post (hundreds of combining marks, which
 * nobody types) is cut between code points, as the last resort that keeps every post valid.
 */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const atoms: string[] = [];
  let at = 0;
  const plain = (text: string): void => {
    for (const piece of wordPieces(text)) {
      if (fits(piece)) atoms.push(piece);
      else
        for (const g of graphemes(piece)) {
          if (fits(g)) atoms.push(g);
          else atoms.push(...Array.from(g));
        }
    }
  };
  for (const [start, end] of urlRanges(word)) {
    if (start > at) plain(word.slice(at, start));
    atoms.push(word.slice(start, end));
    at = end;
  }
  if (at < word.length) plain(word.slice(at));
  const pieces: string[] = [];
  let current = '';
  for (const atom of atoms) {
    if (current && !fits(current + atom)) {
      pieces.push(current);
      current = '';
    }
    current += atom;
  }
  if (current) pieces.push(current);
  return pieces;
}
