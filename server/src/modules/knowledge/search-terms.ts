/**
 * Free text -> the bounded list of words a full-text search looks for.
 *
 * Why bounded: `plainto_tsquery` of a 100 KB text is a tsquery of ~25,000 operands, and
 * PostgreSQL evaluates it recursively. On PostgreSQL that fails with "stack depth limit
 * exceeded"; on PGlite the recursion overflows the JavaScript engine's own stack first (its limit
 * is below PostgreSQL's `max_stack_depth`), PGlite swallows that RangeError as if the statement
 * had returned nothing (hence `totalItems: 0`), and the backend is left with its error handling
 * pointing into unwound frames, so the next statement that raises an error or a notice (an empty
 * query such as "%" or "the" does) spins forever and takes the process with it. See
 * db/src/pglite-pool.ts for the defence against that class of failure. Here the input never gets
 * near it: at most `MAX_SEARCH_TERMS` distinct words, read from at most `MAX_SEARCH_TEXT_CHARS`
 * characters, each bound as its own parameter.
 */

/** Characters of the text read for terms; the rest is ignored (a visitor's long message). */
export const MAX_SEARCH_TEXT_CHARS = 4_000;

/** Distinct words searched for, in their order of appearance. */
export const MAX_SEARCH_TERMS = 32;

/** A longer "word" is not one a help article contains (a key, a hash, padding). */
export const MAX_TERM_LENGTH = 64;

/**
 * PostgreSQL's `english` stop words (tsearch_data/english.stop, the Snowball list): words the
 * `english` configuration drops, so searching for them finds nothing and only costs a NOTICE.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself ' +
    'she her hers herself it its itself they them their theirs themselves what which who whom ' +
    'this that these those am is are was were be been being have has had having do does did ' +
    'doing a an the and but if or because as until while of at by for with about against between ' +
    'into through during before after above below to from up down in out on off over under ' +
    'again further then once here there when where why how all any both each few more most ' +
    'other some such no nor not only own same so than too very s t can will just don should now'
  ).split(' '),
);

// Letters, combining marks and digits; everything else (punctuation, tsquery operators such as
// `& | ! <-> :*`, quotes, symbols, control characters, lone surrogates) separates words.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The distinct words of `text` worth searching for: lower-cased (NFKC, so full-width letters
 * match), stop words and over-long tokens dropped, at most `MAX_SEARCH_TERMS`, in order of
 * appearance. Total and deterministic: any string gives a list (possibly empty), never throws.
 * An empty list means the text names nothing searchable; each caller decides what that means
 * ("no match" for the agent and the console's search box).
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  const read = text.slice(0, MAX_SEARCH_TEXT_CHARS).normalize('NFKC').toLowerCase();
  for (const token of read.split(SEPARATORS)) {
    if (token.length === 0 || token.length > MAX_TERM_LENGTH) continue;
    if (!HAS_LETTER_OR_DIGIT.test(token) || STOP_WORDS.has(token) || seen.has(token)) continue;
    seen.add(token);
    terms.push(token);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * SQL for "any of these terms" as a tsquery: `plainto_tsquery('english', <p1>) || ...`, one
 * bound parameter a term (`placeholders` are the driver's, e.g. `$3` or `:term0`, made by the
 * caller, never user text). `||` of tsqueries is OR; with at most `MAX_SEARCH_TERMS` operands the
 * query stays a few levels deep. Requires at least one placeholder.
 */
export function anyTermTsquerySql(placeholders: readonly string[]): string {
  if (placeholders.length === 0) throw new Error('anyTermTsquerySql needs at least one term');
  return `(${placeholders.map((p) => `plainto_tsquery('english', ${p})`).join(' || ')})`;
}
