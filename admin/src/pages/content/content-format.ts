// How the Content area names its closed sets and dates: editorial states and social networks in
// words, weeks and months of the calendar (YYYY-MM-DD strings throughout: the shop's days, never
// converted through the browser's time zone), in the console's language and locale.
import { html, type TemplateResult } from 'lit';
import { formatLocale, translated } from '../../i18n/index.js';

/** "IN_REVIEW" -> "In review" (in the current language). */
export function stateLabel(state: string): string {
  return translated(`content.state.${state}`, state.replaceAll('_', ' ').toLowerCase());
}

const CHANNEL_LABELS: Record<string, string> = {
  X: 'X',
  LINKEDIN: 'LinkedIn',
  INSTAGRAM: 'Instagram',
  FACEBOOK: 'Facebook',
};

/** "LINKEDIN" (or "linkedin") -> "LinkedIn". */
export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel.toUpperCase()] ?? channel;
}

/** A calendar date (or a month's first day) formatted in the console's locale, never shifted. */
function formatDate(date: string, options: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = parts(date);
  return new Intl.DateTimeFormat(formatLocale(), { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

/** "2026-03-02" -> "Mar 2026": an axis label under a weekly chart. */
export function shortWeek(date: string): string {
  return formatDate(date, { month: 'short', year: 'numeric' });
}

/** "2026-03-02" -> "Mar 2". */
export function shortDay(date: string): string {
  return formatDate(date, { month: 'short', day: 'numeric' });
}

/** "2026-03" -> "March 2026". */
export function monthLabel(month: string): string {
  return formatDate(`${month}-01`, { month: 'long', year: 'numeric' });
}

/** The first and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = parts(`${month}-01`);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

/** "2026-01" moved by `delta` months ("2025-12" for -1). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = parts(`${month}-01`);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The browser's current month "YYYY-MM" (the calendar opens on it). */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** "2026-03-02" -> "Monday, March 2" (the date says its weekday). */
export function longDay(date: string): string {
  return formatDate(date, { weekday: 'long', month: 'long', day: 'numeric' });
}

/** The weekdays' short names, Monday first: "Mon" … "Sun". */
export function weekdayNames(): string[] {
  // 2024-01-01 was a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((day) => formatDate(`2024-01-0${day}`, { weekday: 'short' }));
}

/** A date-time in the browser's zone: "Mar 2, 9:30 AM". */
export function shortDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(formatLocale(), {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** "loose-leaf tea" -> "Loose-leaf tea": a topic as a heading. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "n/limit" for a counter, e.g. "143/160". */
export function counter(length: number, limit: number): string {
  return `${length}/${limit}`;
}

/** A message with a `{link}` placeholder, the link put in its place (word order is the language's). */
export function withLink(message: string, link: TemplateResult): TemplateResult {
  const [before = '', after = ''] = message.split('{link}');
  return html`${before}${link}${after}`;
}
