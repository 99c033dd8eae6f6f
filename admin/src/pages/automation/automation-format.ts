// How the Automation area words its closed sets and reads its inputs: fire times in a schedule's
// own time zone (with the zone's abbreviation, so "7:00 AM CST" is never read as the browser's
// 7:00), webhook statuses and error codes in words, event types, and dollars typed as text made
// into exact cents (never through a binary float). Words are the console's language's
// (../../i18n/en/automation.ts); dates and times are in its formatting locale.
import { formatLocale, t, translated } from '../../i18n/index.js';
import { errorCodeInWords } from '../../format.js';

/** "Mon, Dec 7, 7:00 AM CST": an instant as the clock on the wall of `timeZone` shows it. */
export function zonedDateTime(iso: string, timeZone: string): string {
  try {
    return new Date(iso).toLocaleString(formatLocale(), {
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

/** The name a receiver sees in the payload's `type` ("run.succeeded"), in the order the form lists them. */
export const EVENT_WIRE_NAMES = {
  RUN_SUCCEEDED: 'run.succeeded',
  RUN_FAILED: 'run.failed',
  APPROVAL_REQUESTED: 'approval.requested',
  CONVERSATION_HANDED_OFF: 'conversation.handed_off',
  LEAD_SCORED_HOT: 'lead.scored_hot',
  INVOICE_REMINDER_SENT: 'invoice.reminder_sent',
  REPORT_READY: 'report.ready',
  BUDGET_WARNING: 'budget.warning',
  BUDGET_EXHAUSTED: 'budget.exhausted',
} as const;

export type EventTypeKey = keyof typeof EVENT_WIRE_NAMES;
export const EVENT_TYPES = Object.keys(EVENT_WIRE_NAMES) as EventTypeKey[];

/** An outbound event type in words ("Run succeeded"); an unknown type as sent. */
export function eventWords(type: string): string {
  return translated(`automation.event.${type}`, type);
}

/**
 * Why an inbound delivery was refused, said for a shop owner reading the log
 * ("the signature did not match the secret"); a code without its own words reads as the hub's
 * words for it.
 */
export function errorCodeWords(code: string | null | undefined): string {
  if (!code) return '';
  return translated(`automation.refusal.${code}`, errorCodeInWords(code));
}

/** A webhook delivery's status in words (PENDING reads "retrying"); an unknown one lower case. */
export function deliveryStatusWords(status: string): string {
  return translated(`automation.delivery.${status}`, status.toLowerCase());
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
    return {
      ok: false,
      message: t('automation.json.invalid', { reason: (error as Error).message }),
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: t('automation.json.notObject') };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Pretty JSON for a <pre> or a textarea. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * A translated sentence whose `{name}` slots hold templates (a link, a <code>), as parts Lit
 * renders in the sentence's own word order; t() leaves a slot it was given no value for as is.
 */
export function fill(message: string, parts: Record<string, unknown>): unknown[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
}
