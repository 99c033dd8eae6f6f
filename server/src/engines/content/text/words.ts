/**
 * Words and sentences of plain text (markdown already stripped: see markdown.ts). One definition
 * of "word" serves readability (words per sentence), keyword density and similarity, so a word
 * counted by one is counted by all.
 */

// A word: letters or digits, joined by inner apostrophes or hyphens ("don't", "well-made" are one
// word, as a reader counts them) or by a decimal point or thousands comma between digits ("3.5",
// "1,200").
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The words of `text` in order, as written (case kept). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** A word folded for matching: lowercase, curly apostrophe as straight, no accents. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** The folded words of `text`. */
export function foldedWords(text: string): string[] {
  return words(text).map(foldWord);
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'no',
  'fig',
  'inc',
  'ltd',
  'co',
]);

/**
 * The sentences of plain text. A sentence ends at `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by white space, and at every line break: after markdown is stripped each line
 * is one block (a paragraph, heading or list item), and a heading or list item without a full
 * stop is still a sentence to a reader. A period after a known abbreviation ("e.g.", "Dr.") or a
 * single initial ("J.") does not end one. Sentences without a word are dropped.
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let start = 0;
    const ends = /[.!?]+["'”’)\]]*(?=\s|$)/g;
    for (let match = ends.exec(line); match; match = ends.exec(line)) {
      const before = line.slice(start, match.index);
      const lastToken = /(\S+)$/.exec(before)?.[1] ?? '';
      const isPeriod = match[0].startsWith('.') && match[0].length === 1;
      if (isPeriod && isAbbreviation(lastToken)) continue;
      result.push(line.slice(start, match.index + match[0].length));
      start = match.index + match[0].length;
    }
    result.push(line.slice(start));
  }
  return result.map((sentence) => sentence.trim()).filter((sentence) => wordCount(sentence) > 0);
}

function isAbbreviation(token: string): boolean {
  const bare = token.replace(/^["'“‘([]+/, '');
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}
