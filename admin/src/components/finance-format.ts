// How the Finance area reads money, days and labels. Amounts travel as integer cents; they are
// divided by 100 only here, for display (never for arithmetic), in the workspace's locale and
// currency (../i18n).
import { currentCurrency, formatLocale, t, translated } from '../i18n/index.js';

/** "$1,234.56", "-$12.00": the sign in front, as accountants and screen readers expect. */
export function money(cents: number): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'currency',
    currency: currentCurrency(),
  }).format(cents / 100);
}

/** "$12.3K": axis labels only. */
export function moneyCompact(cents: number): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'currency',
    currency: currentCurrency(),
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

/** "+$1,234.56" for a change, "-$12.00", "$0.00". */
export function moneyChange(cents: number): string {
  return cents > 0 ? `+${money(cents)}` : money(cents);
}

/** "Dec 3, 2026" for a YYYY-MM-DD day (read as a calendar day, not shifted by time zone). */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(formatLocale(), {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

/** "Dec 3" for axis labels. */
export function shortDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(formatLocale(), {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
  });
}

/** A 0..1 confidence as a whole percent: 0.874 -> "87%". */
export function confidencePercent(confidence: number | null | undefined): string {
  if (confidence === null || confidence === undefined) return '—';
  return new Intl.NumberFormat(formatLocale(), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(Math.round(confidence * 100) / 100);
}

const CATEGORIZERS: Readonly<Record<string, string>> = {
  MODEL: 'the classifier',
  RULE: 'a merchant rule',
  PERSON: 'a person',
  MATCH: 'an invoice or bill match',
  SEED: 'the demo seed',
};

/** Who put a transaction in its account, in words of the current language: "a merchant rule". */
export function categorizerLabel(categorizer: string): string {
  return translated(
    `finance.categorizer.${categorizer}`,
    CATEGORIZERS[categorizer] ?? categorizer.toLowerCase(),
  );
}

/** The five aging buckets in their reading order, with their English words (see bucketLabel). */
export const AGING_BUCKETS: readonly { bucket: string; label: string }[] = [
  { bucket: 'CURRENT', label: 'Current' },
  { bucket: 'DAYS_1_30', label: '1–30 days' },
  { bucket: 'DAYS_31_60', label: '31–60 days' },
  { bucket: 'DAYS_61_90', label: '61–90 days' },
  { bucket: 'OVER_90', label: 'Over 90 days' },
];

/** A bucket's words in the current language: "1–30 days". */
export function bucketLabel(bucket: string): string {
  return translated(
    `finance.bucket.${bucket}`,
    AGING_BUCKETS.find((b) => b.bucket === bucket)?.label ?? bucket,
  );
}

/** Reminder stages 1-4 go out at 3, 7, 14 and 30 days overdue. */
export const REMINDER_STAGE_DAYS: Readonly<Record<number, number>> = { 1: 3, 2: 7, 3: 14, 4: 30 };

export function stageLabel(stage: number): string {
  const days = REMINDER_STAGE_DAYS[stage];
  return days ? t('finance.stageWithDays', { stage, days }) : t('finance.stage', { stage });
}
