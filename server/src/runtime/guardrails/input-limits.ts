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

/** The fields that carry the customer's words; when present they must say something. */
export const MESSAGE_FIELDS = ['message', 'question'] as const;

// `\s` misses the zero-width characters, which render as nothing.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Throws `MESSAGE_TOO_LONG` for a text field over the limit (naming the field and the limit),
 * `INVALID_INPUT` for an input over `MAX_INPUT_BYTES` or a blank message field. Pure: reads the
 * input, changes nothing. Fields are checked before the total, so a single over-long message is
 * reported as the message it is.
 */
export function checkInputLimits(input: unknown): void {
  for (const field of MESSAGE_FIELDS) {
    const value = isRecord(input) ? input[field] : undefined;
    if (typeof value === 'string' && BLANK.test(value)) {
      throw new DomainError('INVALID_INPUT', `"${field}" is empty: write a message.`, { field });
    }
  }
  const tooLong = findLongText(input, MAX_TEXT_FIELD_LENGTH);
  if (tooLong) {
    throw new DomainError(
      'MESSAGE_TOO_LONG',
      `"${tooLong.path}" is ${formatCount(tooLong.length)} characters long; the limit is ${formatCount(MAX_TEXT_FIELD_LENGTH)}.`,
      { field: tooLong.path, limit: MAX_TEXT_FIELD_LENGTH, length: tooLong.length },
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
