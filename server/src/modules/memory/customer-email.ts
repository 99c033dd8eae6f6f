import { z } from 'zod';
import { DomainError } from '../../errors.js';

// 254 is the longest address SMTP can deliver to.
const EMAIL = z.email().max(254);

/**
 * A customer's email as memory keys it: trimmed and lower-cased, so `Maya@Example.com` and
 * `maya@example.com` share one set of facts (the database checks the lower-casing too).
 * Returns null for anything that is not an email address.
 */
export function normalizeCustomerEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const parsed = EMAIL.safeParse(value.trim());
  return parsed.success ? parsed.data.toLowerCase() : null;
}

/** Like normalizeCustomerEmail, for input a caller gave: anything else is INVALID_INPUT. */
export function requireCustomerEmail(value: string, field = 'customerEmail'): string {
  const email = normalizeCustomerEmail(value);
  if (email === null) {
    throw new DomainError('INVALID_INPUT', `${field} must be an email address.`, { field });
  }
  return email;
}
