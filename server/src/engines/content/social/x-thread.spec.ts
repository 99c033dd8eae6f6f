import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { X_COUNTING_V3, buildXThread, splitXThread, xWeightedLength } from './x-thread.js';

const words = (n: number, word = 'word'): string => Array.from({ length: n }, () => word).join(' ');

/** Every post within the limit by twitter-text's own count. */
function expectValid(posts: Array<{ text: string; weightedLength: number }>, limit = 280): void {
  for (const post of posts) {
    expect(twitterText.parseTweet(post.text).weightedLength).toBe(post.weightedLength);
    expect(post.weightedLength).toBeLessThanOrEqual(limit);
  }
}

/** The posts with their " i/n" numbers taken off. */
function bodies(posts: Array<{ text: string }>): string[] {
  return posts.map((p) => p.text.replace(/ \d+\/\d+$/, ''));
}

describe('X weighted length', () => {
  it('uses twitter-text configuration v3, as the library ships it', () => {
    const configs = (twitterText as unknown as { configs: { version3: unknown } }).configs;
    expect(X_COUNTING_V3).toEqual(configs.version3);
  });

  it('counts a URL as 23 whatever its length, with or without a scheme', () => {
    expect(
      xWeightedLength('https://juniperlanegoods.com/blog/why-we-fire-our-stoneware-twice'),
    ).toBe(23);
    expect(xWeightedLength('juniperlanegoods.com')).toBe(23);
    expect(xWeightedLength('see https://a.co')).toBe(4 + 23);
  });

  it('counts an emoji sequence as 2: skin tones, ZWJ families, flags', () => {
    expect(xWeightedLength('👍🏽')).toBe(2);
    expect(xWeightedLength('👨‍👩‍👧‍👦')).toBe(2);
    expect(xWeightedLength('🇺🇸')).toBe(2);
  });

  it('counts CJK as 2 and Latin with accents as 1', () => {
    expect(xWeightedLength('陶器')).toBe(4);
    expect(xWeightedLength('café')).toBe(4);
  });
});

describe('splitXThread', () => {
  it('gives no posts for empty or whitespace-only text', () => {
    expect(splitXThread('')).toEqual({ posts: [], numbered: false, brokenWords: [] });
    expect(splitXThread(' \n\t \r\n ')).toEqual({ posts: [], numbered: false, brokenWords: [] });
  });

  it('keeps exactly 280 weighted characters as one unnumbered post', () => {
    const text = 'a'.repeat(280);
    expect(splitXThread(text)).toEqual({
      posts: [{ text, weightedLength: 280 }],
      numbered: false,
      brokenWords: [],
    });
  });

  it('makes 281 characters of words a numbered thread of two, numbers counted', () => {
    // 56 words of four letters and their spaces: 56 * 5 - 1 = 279, plus "xy" = 281.
    const text = `${words(56, 'abcd')} xy`;
    expect(xWeightedLength(text)).toBe(282);
    const thread = splitXThread(text);
    expect(thread.numbered).toBe(true);
    expect(thread.posts).toHaveLength(2);
    expect(thread.posts[0]?.text.endsWith(' 1/2')).toBe(true);
    expect(thread.posts[1]?.text.endsWith(' 2/2')).toBe(true);
    expectValid(thread.posts);
    // Room for " 9/9" (4) leaves 276: 55 words (274) fit, the 56th would make 279.
    expect(thread.posts[0]?.weightedLength).toBe(274 + 4);
    expect(bodies(thread.posts).join(' ')).toBe(text);
  });

  it('splits 281 weighted characters (one over) into two', () => {
    const text = `${'a'.repeat(200)} ${'b'.repeat(80)}`;
    expect(xWeightedLength(text)).toBe(281);
    const thread = splitXThread(text);
    expect(bodies(thread.posts)).toEqual(['a'.repeat(200), 'b'.repeat(80)]);
    expectValid(thread.posts);
  });

  it('never splits inside a word, and every word survives in order', () => {
    const text = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const thread = splitXThread(text);
    expect(thread.posts.length).toBeGreaterThan(2);
    expectValid(thread.posts);
    expect(bodies(thread.posts).join(' ')).toBe(text);
    expect(thread.brokenWords).toEqual([]);
  });

  it('keeps URLs whole and counts each as 23', () => {
    const url = 'https://juniperlanegoods.com/blog/why-we-fire-our-stoneware-twice?utm=x';
    const text = Array.from({ length: 20 }, (_, i) => `step ${i} ${url}`).join(' ');
    const thread = splitXThread(text);
    expectValid(thread.posts);
    for (const post of bodies(thread.posts)) {
      for (const found of twitterText.extractUrls(post)) expect(found).toBe(url);
    }
    expect(bodies(thread.posts).join(' ')).toBe(text);
    // Each "step i URL" is at most 8 + 23; a long raw URL would have been 70 characters.
    expect(thread.posts).toHaveLength(3);
  });

  it('never cuts an emoji: ZWJ families, flags and skin tones stay whole', () => {
    const emoji = ['👨‍👩‍👧‍👦', '🇺🇸', '👍🏽', '🏳️‍🌈'];
    const text = Array.from({ length: 100 }, (_, i) => `x${emoji[i % 4]}`).join(' ');
    const thread = splitXThread(text);
    expectValid(thread.posts);
    for (const post of bodies(thread.posts)) {
      for (const token of post.split(' ')) expect(emoji).toContain(token.slice(1));
    }
    // Each token weighs 1 + 2, so 100 tokens and spaces weigh 399: two posts.
    expect(thread.posts).toHaveLength(2);
  });

  it('counts CJK double and breaks an unspaced CJK run between its words', () => {
    const sentence = '我们的陶器烧两次。';
    const text = sentence.repeat(20);
    const thread = splitXThread(text);
    expectValid(thread.posts);
    expect(thread.posts.length).toBeGreaterThan(1);
    expect(bodies(thread.posts).join('')).toBe(text);
    // Every cut falls between the segmenter's words: never inside 陶器 or 两次.
    for (const post of bodies(thread.posts)) {
      expect(post.startsWith('器')).toBe(false);
      expect(post.startsWith('次')).toBe(false);
    }
    expect(thread.brokenWords).toEqual([text]);
  });

  it('breaks a single word longer than a post at grapheme boundaries, no hyphen added', () => {
    const word = 'é'.normalize('NFD').repeat(300); // 300 graphemes of two code points each
    const thread = splitXThread(`Before ${word} after`);
    expectValid(thread.posts);
    expect(thread.brokenWords).toEqual([word]);
    const [before, ...pieces] = bodies(thread.posts);
    // The broken word starts its own post; its pieces join back without anything added.
    expect(before).toBe('Before');
    expect(pieces.join('')).toBe(`${word} after`);
    expect(pieces.length).toBe(2);
    // Every cut is between graphemes: no piece starts with a lone combining accent.
    for (const piece of pieces) expect(piece.startsWith('\u0301')).toBe(false);
  });

  it('breaks a long word of emoji only between emoji', () => {
    const word = '👍🏽'.repeat(200); // 400 weighted
    const thread = splitXThread(word);
    expectValid(thread.posts);
    expect(bodies(thread.posts).map((p) => p.length % '👍🏽'.length)).toEqual([0, 0]);
  });

  it('keeps a URL inside an over-long word whole', () => {
    const url = `https://example.com/${'y'.repeat(60)}`;
    const word = `${'x'.repeat(250)}(${url})${'z'.repeat(250)}`;
    expect(twitterText.extractUrls(word)).toEqual([url]);
    const thread = splitXThread(word);
    expectValid(thread.posts);
    expect(bodies(thread.posts).join('')).toBe(word);
    expect(bodies(thread.posts).filter((p) => p.includes(url))).toHaveLength(1);
    // 250 x's fill most of the first post; "(" + the URL (23) + ")" join them.
    expect(bodies(thread.posts)[0]).toBe(`${'x'.repeat(250)}(${url})`);
  });

  it('normalises whitespace: runs collapse, paragraphs survive as blank lines', () => {
    const thread = splitXThread('  First   line\nsame\tparagraph.\r\n \r\n\n Second  one. ');
    expect(thread.posts.map((p) => p.text)).toEqual(['First line same paragraph.\n\nSecond one.']);
  });

  it('starts a paragraph that does not fit on a new post rather than splitting it', () => {
    const first = words(40); // 199
    const second = words(20); // 99
    const thread = splitXThread(`${first}\n\n${second}`);
    expect(bodies(thread.posts)).toEqual([first, second]);
  });

  it('widens the number reserve when the thread reaches ten posts', () => {
    const text = words(600); // 2,999 weighted characters
    const thread = splitXThread(text);
    expect(thread.posts.length).toBeGreaterThanOrEqual(10);
    expectValid(thread.posts);
    const count = thread.posts.length;
    thread.posts.forEach((p, i) => expect(p.text.endsWith(` ${i + 1}/${count}`)).toBe(true));
    // Room for " 99/99" (6): 274 per post; 45 "word"s are 224, 55 are 274.
    expect(Math.max(...thread.posts.map((p) => p.weightedLength))).toBeLessThanOrEqual(280);
    expect(bodies(thread.posts)[0]).toBe(words(55));
  });

  it('refuses a limit too small to hold a URL beside the number', () => {
    expect(() => splitXThread(words(10), { limit: 26 })).toThrow(RangeError);
  });

  it('honours a smaller limit', () => {
    const thread = splitXThread(words(10), { limit: 30 });
    expectValid(thread.posts, 30);
    expect(bodies(thread.posts)).toEqual([words(5), words(5)]);
  });
});

describe('buildXThread', () => {
  it('starts each segment on its own post and drops empty ones', () => {
    const thread = buildXThread(['Hook here.', '  ', 'Point one.', 'Read: https://a.co/x']);
    expect(thread.posts.map((p) => p.text)).toEqual([
      'Hook here. 1/3',
      'Point one. 2/3',
      'Read: https://a.co/x 3/3',
    ]);
    expect(thread.posts[2]?.weightedLength).toBe(6 + 23 + 4);
  });

  it('gives one unnumbered post for one short segment', () => {
    expect(buildXThread(['Only this.']).posts).toEqual([
      { text: 'Only this.', weightedLength: 10 },
    ]);
  });

  it('continues a segment longer than a post on the next, between words', () => {
    const long = words(70); // 349
    const thread = buildXThread(['Hook.', long, 'End.']);
    expectValid(thread.posts);
    expect(bodies(thread.posts)).toEqual(['Hook.', words(55), words(15), 'End.']);
  });
});
