import { isIsoDate } from '../../../engines/tax-rules/iso-date.js';
import { DomainError } from '../../../errors.js';

/**
 * Field checks for the shop's tax facts. Every refusal is INVALID_INPUT naming the field and a
 * stable reason, so the console can put the message next to the input that caused it.
 */

export function invalid(field: string, reason: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field, reason });
}

/** Trimmed text, 1 to `max` characters. */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw invalid(field, 'REQUIRED', `${field} is required.`);
  if (text.length > max)
    throw invalid(field, 'TOO_LONG', `${field} is ${text.length} characters; the limit is ${max}.`);
  return text;
}

/** Trimmed text or null when empty; at most `max` characters. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  max: number,
): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (text.length > max)
    throw invalid(field, 'TOO_LONG', `${field} is ${text.length} characters; the limit is ${max}.`);
  return text;
}

export function isoDateField(field: string, value: string): string {
  const text = value.trim();
  if (!isIsoDate(text))
    throw invalid(field, 'BAD_DATE', `${field} "${value}" is not a calendar date (YYYY-MM-DD).`);
  return text;
}

/** A two-letter state code, upper-cased, that must be one of `allowed`. */
export function stateField(
  field: string,
  value: string,
  allowed: readonly string[],
  reason: string,
  what: string,
): string {
  const state = value.trim().toUpperCase();
  if (!allowed.includes(state))
    throw invalid(
      field,
      reason,
      `"${value}" is not a state ${what}: the states are ${allowed.join(', ')}.`,
    );
  return state;
}

export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const upper = value.trim().toUpperCase();
  if (!(allowed as readonly string[]).includes(upper))
    throw invalid(
      field,
      'UNKNOWN_VALUE',
      `${field} "${value}" is not one of ${allowed.join(', ')}.`,
    );
  return upper as T;
}
