import { redactText, passesLuhn } from '../runtime/guardrails/pii-redaction.js';

/**
 * The last line of defence of the logs: whatever a caller logs (a message, an error's message and
 * stack, the fields of an object) passes through here before it is written.
 *
 * - Values that look like credentials are replaced wherever they appear in a string: the hub's
 *   secret keys (`sk_` + 16 or more letters, digits or _: api-key.service.ts, the
 *   HUB_BOOTSTRAP_API_KEY rule), Anthropic keys (`sk-ant-...`), webhook and identity secrets
 *   (`whsec_...`), visitor tokens (`v1.<payload>.<signature>`) and whatever follows `Bearer`.
 * - Payment card numbers (13-19 digits, Luhn-valid, in groups joined by a space or a dash) and
 *   US social security numbers are replaced as the guardrails replace them before storage
 *   (pii-redaction.ts: the card's last four digits stay, as PCI DSS allows).
 * - Fields whose name says they hold a secret (password, token, authorization, cookie, api key,
 *   secret, card number, cvv...) are replaced whole, at any depth.
 *
 * Publishable keys (`pk_...`) are public (they sit in the shop's script tag) and stay readable.
 * Session cookies and generated passwords have no recognisable shape: they are kept out of the
 * logs by field name (the redact paths and SECRET_FIELD) and by never being put in a message.
 */

export const REDACTED = '[redacted]';

const CREDENTIALS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![A-Za-z0-9])sk_[A-Za-z0-9_]{16,}/g, `sk_${REDACTED}`],
  [/(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{8,}/g, `sk-ant-${REDACTED}`],
  [/(?<![A-Za-z0-9])whsec_[A-Za-z0-9_+/=-]{16,}/g, `whsec_${REDACTED}`],
  [/(?<![A-Za-z0-9])v1\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g, `v1.${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // `password=...`, `"token": "..."`: the word after a secret's name (up to a space or quote).
  [
    /\b(password|passwd|passphrase|secret|token|api[-_]?key)(["']?\s*[=:]\s*["']?)[^\s"',;]+/gi,
    `$1$2${REDACTED}`,
  ],
];

/**
 * A field whose value is a secret by its name alone. Counts such as `inputTokens` or
 * `tokenBudget` are not secrets: the name must end in the secret word.
 */
const SECRET_FIELD =
  /(password|passwd|passphrase|secret|token|authorization|cookie|api[-_]?key|card[-_]?number|cvv|cvc)$|^pan$/i;

/** Replaces credentials, card numbers and SSNs in `text`. */
export function scrubText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of CREDENTIALS) result = result.replace(pattern, replacement);
  // Cheap check first: most lines hold no run of 9+ digits at all.
  return /\d{3}/.test(result) ? redactText(result).text : result;
}

/** True for a field name that says its value is a secret (see SECRET_FIELD). */
export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/**
 * A copy of `value` fit for a log line: secret fields replaced, strings scrubbed, errors turned
 * into `{ type, message, stack, code, cause }` (scrubbed too), long or cyclic structures cut.
 */
export function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number') return looksLikeCardNumber(value) ? REDACTED : value;
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) return scrubError(value, depth, seen);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => scrubValue(item, depth + 1, seen));
    if (value.length > MAX_ITEMS) items.push(`[${value.length - MAX_ITEMS} more]`);
    return items;
  }
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    result[key] = isSecretField(key) ? REDACTED : scrubValue(child, depth + 1, seen);
  }
  return result;
}

const MAX_DEPTH = 8;
const MAX_ITEMS = 50;

function scrubError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const result: Record<string, unknown> = {
    type: error.name,
    message: scrubText(error.message),
  };
  if (error.stack) result.stack = scrubText(error.stack);
  const { code, errorCode, cause } = error as Error & {
    code?: unknown;
    errorCode?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' || typeof code === 'number') result.code = code;
  if (typeof errorCode === 'string') result.errorCode = errorCode;
  if (cause !== undefined) result.cause = scrubValue(cause, depth + 1, seen);
  if (error instanceof AggregateError) {
    result.errors = scrubValue(error.errors, depth + 1, seen);
  }
  return result;
}

/** A whole number of 14-19 digits that passes Luhn (a 13-digit one is a millisecond time). */
function looksLikeCardNumber(value: number): boolean {
  if (!Number.isSafeInteger(value) || value < 1e13) return false;
  return passesLuhn(String(value));
}
