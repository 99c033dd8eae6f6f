// How the Automation area words its closed sets and reads its inputs: fire times in a schedule's
// own time zone (with the zone's abbreviation, so "7:00 AM CST" is never read as the browser's
// 7:00), webhook statuses and error codes in words, event types, and dollars typed as text made
// into exact cents (never through a binary float).

/** "Mon, Dec 7, 7:00 AM CST": an instant as the clock on the wall of `timeZone` shows it. */
export function zonedDateTime(iso: string, timeZone: string): string {
  try {
    return new Date(iso).toLocaleString('en-US', {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: new Date(iso).getFullYear() === new Date().getFullYear() ? undefined : 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
  } catch {
    // A zone this browser does not know: the instant in UTC rather than nothing.
    return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

/** The IANA zones this browser knows, for a picker (the schedule's own zone kept if unknown). */
export function timeZones(keep: string): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set([...supported, 'UTC']);
  if (keep) zones.add(keep);
  return [...zones].sort();
}

/** The outbound event types in words, in the order the form lists them. */
export const EVENT_TYPE_WORDS = {
  RUN_SUCCEEDED: 'Run succeeded',
  RUN_FAILED: 'Run failed',
  APPROVAL_REQUESTED: 'Approval requested',
  CONVERSATION_HANDED_OFF: 'Conversation handed to a person',
  LEAD_SCORED_HOT: 'Lead scored HOT',
  INVOICE_REMINDER_SENT: 'Invoice reminder sent',
  REPORT_READY: 'Report ready',
  BUDGET_WARNING: 'Cost budget warning',
  BUDGET_EXHAUSTED: 'Cost budget reached',
} as const;

export type EventTypeKey = keyof typeof EVENT_TYPE_WORDS;
export const EVENT_TYPES = Object.keys(EVENT_TYPE_WORDS) as EventTypeKey[];

/** The name a receiver sees in the payload's `type` ("run.succeeded"). */
export const EVENT_WIRE_NAMES: Record<EventTypeKey, string> = {
  RUN_SUCCEEDED: 'run.succeeded',
  RUN_FAILED: 'run.failed',
  APPROVAL_REQUESTED: 'approval.requested',
  CONVERSATION_HANDED_OFF: 'conversation.handed_off',
  LEAD_SCORED_HOT: 'lead.scored_hot',
  INVOICE_REMINDER_SENT: 'invoice.reminder_sent',
  REPORT_READY: 'report.ready',
  BUDGET_WARNING: 'budget.warning',
  BUDGET_EXHAUSTED: 'budget.exhausted',
};

export function eventWords(type: string): string {
  return EVENT_TYPE_WORDS[type as EventTypeKey] ?? type;
}

const ERROR_WORDS: Record<string, string> = {
  WEBHOOK_SIGNATURE_INVALID: 'the signature did not match the secret',
  WEBHOOK_TIMESTAMP_EXPIRED: 'the timestamp was too old or in the future',
  WEBHOOK_REPLAYED: 'a repeat of a message already accepted',
  WEBHOOK_ENDPOINT_NOT_FOUND: 'the endpoint was disabled',
  INVALID_JSON: 'the body was not JSON',
  INVALID_INPUT: 'the payload did not fit the scenario',
  PAYLOAD_TOO_LARGE: 'the body was over 64 KiB',
  METHOD_NOT_ALLOWED: 'not a POST',
  RATE_LIMITED: 'too many requests',
  FORBIDDEN: 'refused',
};

/** "WEBHOOK_SIGNATURE_INVALID" -> "the signature did not match the secret". */
export function errorCodeWords(code: string | null | undefined): string {
  if (!code) return '';
  return ERROR_WORDS[code] ?? code.replaceAll('_', ' ').toLowerCase();
}

const DELIVERY_STATUS_WORDS: Record<string, string> = {
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  PENDING: 'retrying',
  DELIVERED: 'delivered',
  FAILED: 'failed',
};

export function deliveryStatusWords(status: string): string {
  return DELIVERY_STATUS_WORDS[status] ?? status.toLowerCase();
}

/**
 * "1,250.5" or "$1250.50" -> 125050 cents, exactly: the digits are read as text, never through a
 * float. null when it is not an amount of dollars with at most two decimals.
 */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.trim().replace(/^\$/, '').replaceAll(',', '');
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** 125050 -> "1250.50": cents as an editable amount of dollars. */
export function centsToDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The JSON a textarea holds as an object, or the reason it is not one; '' means none. */
export function parseJsonObject(
  text: string,
): { ok: true; value: Record<string, unknown> | null } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, value: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The input must be a JSON object, { … }.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Pretty JSON for a <pre> or a textarea. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
