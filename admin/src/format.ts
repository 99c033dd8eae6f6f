// Display helpers: one place for how numbers, money and times read in the console. They format
// in the workspace's locale and currency (./i18n), read at each call, so a language switch
// re-renders with the new forms.
import { errorWords } from '@zactonics/schema/error-words';
import { ConsoleError } from './api/client.js';
import { currentCurrency, currentLanguage, formatLocale, translated } from './i18n/index.js';

/** A model cost: always US dollars (the providers bill in USD), 4 decimals below a cent. */
export function formatUsd(value: number): string {
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(formatLocale(), {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** The shop's money (integer cents) in the workspace's currency. */
export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '—';
  return new Intl.NumberFormat(formatLocale(), {
    style: 'currency',
    currency: currentCurrency(),
  }).format(cents / 100);
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(formatLocale());
}

/** "850 ms", "1.2 s", "3.5 min": SI symbols read the same in every language; the number does not. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const number = (value: number, digits: number) =>
    value.toLocaleString(formatLocale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  if (ms < 1000) return `${number(Math.round(ms), 0)} ms`;
  if (ms < 60_000) return `${number(ms / 1000, 1)} s`;
  return `${number(ms / 60_000, 1)} min`;
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(formatLocale(), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(formatLocale(), {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** An error code (TOOL_NOT_AVAILABLE) in words of the current language. */
export function errorCodeInWords(code: string): string {
  return errorWords(code, currentLanguage());
}

/**
 * What went wrong, for an alert. The hub's own message is English and names the detail (which
 * field, which limit); in another language the code's words come first, the detail after.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConsoleError && error.code && currentLanguage() !== 'en') {
    const words = errorCodeInWords(error.code);
    if (words !== error.code) return `${words} (${message})`;
  }
  return message;
}

/** A status or kind as the hub names it (RUNNING, HUMAN_REQUESTED) in words of the current language. */
export function statusLabel(status: string): string {
  return translated(`status.${status}`, status.replaceAll('_', ' ').toLowerCase());
}
