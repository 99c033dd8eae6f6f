import { DomainError } from '../../errors.js';
import { MAX_TEXT_FIELD_LENGTH, redactText } from '../../runtime/guardrails/index.js';

// `\s` misses the zero-width characters, which render as nothing (as in input-limits.ts).
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * A message as it may be stored: not blank (INVALID_INPUT), at most 4,000 characters
 * (MESSAGE_TOO_LONG, the same limit as a run's message), trimmed, card numbers and SSNs
 * redacted. Checked before anything is written.
 */
export function storableMessageText(text: string, field = 'text'): string {
  if (BLANK.test(text)) {
    throw new DomainError('INVALID_INPUT', `"${field}" is empty: write a message.`, { field });
  }
  if (text.length > MAX_TEXT_FIELD_LENGTH) {
    throw new DomainError(
      'MESSAGE_TOO_LONG',
      `"${field}" is ${text.length.toLocaleString('en-US')} characters long; the limit is ${MAX_TEXT_FIELD_LENGTH.toLocaleString('en-US')}.`,
      { field, limit: MAX_TEXT_FIELD_LENGTH, length: text.length },
    );
  }
  return redactText(text.trim()).text;
}

/** What the customer wrote in a run's input (`message`, else `question`), or null. */
export function customerTextOf(input: Record<string, unknown>): string | null {
  for (const field of ['message', 'question'] as const) {
    const value = input[field];
    if (typeof value === 'string' && !BLANK.test(value)) return value;
  }
  return null;
}
