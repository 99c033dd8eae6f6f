import { DomainError } from '../../errors.js';

/**
 * At most this many characters in any one text field of a run's input (`message`, `question`,
 * a note inside a list...). A chat message is rarely over 1,000 characters; 4,000 (about 1,000
 * tokens) leaves room for a pasted order history while capping what one turn costs and how much
 * text an attacker can smuggle in. It is also the limit the scenario schemas already use.
 * Counted in UTF-16 code units, like the widget's `maxlength` and zod's `max`, so the client,
 * this check and the schema always agree on the number.
 */
export const MAX_TEXT_FIELD_LENGTH = 4_000;

/**
 * At most this many bytes of UTF-8 JSON for the whole input. Structured inputs (an order number,
 * a month, a list of line items) are a few hundred bytes; 16 KiB fits four maximal text fields
 * with their structure. Anything bigger is a document upload, which a run input is not, and it
 * would be copied into every step that records the input.
 */
export const MAX_INPUT_BYTES = 16 * 1024;

/**
 * At most this many levels of objects and arrays in an input (`{ items: [{ note }] }` is 3).
 * Scenario inputs are at most 3 deep; a deeper one is not data a scenario reads, and every
 * recursive step after this check (JSON.stringify, redaction, PostgreSQL's jsonb parser, which on
 * PGlite overflows the engine's stack at a few thousand levels) stays far from its limits.
 */
export const MAX_INPUT_DEPTH = 8;

/** The fields that carry the customer's words; when present they must say something. */
export const MESSAGE_FIELDS = ['message', 'question'] as const;

// `\s` misses the zero-width characters, which render as nothing.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Throws `MESSAGE_TOO_LONG` for a text field over the limit (naming the field and the limit),
 * `INVALID_INPUT` for a blank message field, an input nested deeper than `MAX_INPUT_DEPTH`, text
 * PostgreSQL cannot store (a NUL character, half of a surrogate pair: see `unstorableTextProblem`)
 * or an input over `MAX_INPUT_BYTES`, each naming the field and the problem. Pure: reads the
 * input, changes nothing; iterative, so no input can overflow the stack. Fields are checked
 * before the total, so a single over-long message is reported as the message it is.
 */
export function checkInputLimits(input: unknown): void {
  for (const field of MESSAGE_FIELDS) {
    const value = isRecord(input) ? input[field] : undefined;
    if (typeof value === 'string' && BLANK.test(value)) {
      throw new DomainError('INVALID_INPUT', `"${field}" is empty: write a message.`, { field });
    }
  }
  const tooDeep = findDeepNesting(input, MAX_INPUT_DEPTH);
  if (tooDeep) {
    const field = shortPath(tooDeep.path);
    throw new DomainError(
      'INVALID_INPUT',
      `"${field}" is nested more than ${MAX_INPUT_DEPTH} levels deep; the limit is ${MAX_INPUT_DEPTH}.`,
      { field, limit: MAX_INPUT_DEPTH },
    );
  }
  const unstorable = findUnstorableText(input);
  if (unstorable) {
    const field = shortPath(unstorable.path);
    throw new DomainError('INVALID_INPUT', `"${field}": ${unstorable.problem}`, { field });
  }
  const tooLong = findLongText(input, MAX_TEXT_FIELD_LENGTH);
  if (tooLong) {
    throw new DomainError(
      'MESSAGE_TOO_LONG',
      `"${shortPath(tooLong.path)}" is ${formatCount(tooLong.length)} characters long; the limit is ${formatCount(MAX_TEXT_FIELD_LENGTH)}.`,
      { field: shortPath(tooLong.path), limit: MAX_TEXT_FIELD_LENGTH, length: tooLong.length },
    );
  }
  const size = jsonByteLength(input);
  if (size > MAX_INPUT_BYTES) {
    throw new DomainError(
      'INVALID_INPUT',
      `The input is ${formatCount(size)} bytes of JSON; the limit is ${formatCount(MAX_INPUT_BYTES)} (16 KiB).`,
      { limit: MAX_INPUT_BYTES, size },
    );
  }
}

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why PostgreSQL could not store `text`, or null when it can. A NUL character is refused by text
 * and jsonb alike ("invalid byte sequence for encoding UTF8: 0x00", which surfaced as INTERNAL);
 * half of a surrogate pair is not Unicode: jsonb refuses it and a text column turns it into
 * U+FFFD, so the stored text would differ from what was checked. No real client sends either, so
 * both are refused rather than cleaned. The one rule for both the runtime and every GraphQL
 * argument (graphql/storable-text.ts).
 */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'text may not contain the NUL character (U+0000).';
  if (LONE_SURROGATE.test(text)) {
    return 'text must be valid Unicode: it holds half of a UTF-16 surrogate pair.';
  }
  return null;
}

/**
 * Throws `INVALID_INPUT` naming `field` when `text` is not storable (`unstorableTextProblem`);
 * for single text inputs that reach the database outside a run's input.
 */
export function assertStorableText(text: string, field: string): void {
  const problem = unstorableTextProblem(text);
  if (problem) throw new DomainError('INVALID_INPUT', `"${field}": ${problem}`, { field });
}

/** The UTF-8 size of the value as JSON (what is stored, and what a model would read). */
export function jsonByteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * The first string (depth-first, in key order) longer than `limit`, with its path such as
 * `question` or `items[2].note`. Keys count as text too: `{ "<4,001 characters>": 1 }` is as
 * much a message as a value. Iterative, so a deeply nested input cannot overflow the stack.
 */
export function findLongText(
  input: unknown,
  limit: number,
): { path: string; length: number } | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      if (value.length > limit) return { path: path || 'input', length: value.length };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]` });
      }
    } else if (isRecord(value)) {
      const entries = Object.entries(value);
      const longKey = entries.find(([key]) => key.length > limit);
      if (longKey) return { path: `${path || 'input'} (a key)`, length: longKey[0].length };
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}

/**
 * The first text (a value or a key), depth-first in key order, PostgreSQL cannot store, with its
 * path and the problem. Iterative.
 */
export function findUnstorableText(input: unknown): { path: string; problem: string } | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      const problem = unstorableTextProblem(value);
      if (problem) return { path: path || 'input', problem };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]` });
      }
    } else if (isRecord(value)) {
      const entries = Object.entries(value);
      for (const [key] of entries) {
        const problem = unstorableTextProblem(key);
        if (problem) return { path: `${path || 'input'} (a key)`, problem };
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}

/**
 * The first object or array nested deeper than `limit` levels (the input itself is level 1),
 * with its path, or null. Iterative, and stops at the first one: a million levels cost no stack
 * and little time.
 */
export function findDeepNesting(input: unknown, limit: number): { path: string } | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: input, path: '', depth: 1 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    const children = Array.isArray(value)
      ? value.map((child, i) => [`${path}[${i}]`, child] as const)
      : isRecord(value)
        ? Object.entries(value).map(
            ([key, child]) => [path ? `${path}.${key}` : key, child] as const,
          )
        : null;
    if (!children) continue;
    if (depth > limit) return { path: path || 'input' };
    for (const [childPath, child] of children) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path as an error shows it: keys are the sender's text, so a long one is cut. */
function shortPath(path: string): string {
  return path.length > 120 ? `${path.slice(0, 119)}…` : path;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
