// How the Reports area prints figures. Amounts travel as integer cents and are divided by 100
// only here, for display. Statements follow the accountant's convention: a negative amount in
// parentheses, "($1,234.56)", with the word "minus" for screen readers. Money is the shop's: in
// the workspace's currency and locale (../../i18n), read at each call.
import { html, type TemplateResult } from 'lit';
import { currentCurrency, formatLocale, t } from '../../i18n/index.js';

/** The shop's money without a sign: "$1,234.56", "1234,56 €". */
function unsigned(cents: number): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'currency',
    currency: currentCurrency(),
  }).format(Math.abs(cents) / 100);
}

/** "$1,234.56", or "($1,234.56)" when negative. */
export function accounting(cents: number): string {
  const text = unsigned(cents);
  return cents < 0 ? `(${text})` : text;
}

/** What a screen reader says for `accounting(cents)`: "minus $1,234.56". */
export function spokenAmount(cents: number): string {
  const text = unsigned(cents);
  return cents < 0 ? t('reports.minus', { amount: text }) : text;
}

/** A percent figure (23.4 for 23.4%) in the formatting locale: "23.4%", "23,4 %". */
export function percentText(percent: number, digits: number): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(percent / 100);
}

/**
 * A percent the hub computed (already rounded to 1 decimal, half away from zero), shown with one
 * decimal: 23.4 -> "23.4%", -10.9 -> "(10.9%)". null (no base to compare with) -> "n/a".
 */
export function accountingPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return t('reports.notAvailable');
  const text = percentText(Math.abs(percent), 1);
  return percent < 0 ? `(${text})` : text;
}

/** An amount cell's content: parentheses shown, "minus" spoken, the exact cents kept as data. */
export function amountCell(cents: number | null | undefined): TemplateResult {
  if (cents === null || cents === undefined) {
    return html`<span class="none" aria-label=${t('reports.notCompared')}>—</span>`;
  }
  return html`<span data-cents=${cents} class=${cents < 0 ? 'negative' : ''}
    ><span aria-hidden="true">${accounting(cents)}</span
    ><span class="visually-hidden">${spokenAmount(cents)}</span></span
  >`;
}

/** "Nov 2026" for a YYYY-MM month (axis labels, table headings). */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  const date = new Date(Date.UTC(year, index - 1, 1));
  return date.toLocaleDateString(formatLocale(), {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  });
}

/** "Nov 26" for a YYYY-MM month where space is short (chart axes). */
export function shortMonthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  const name = new Date(Date.UTC(year, index - 1, 1)).toLocaleDateString(formatLocale(), {
    timeZone: 'UTC',
    month: 'short',
  });
  return `${name} ${String(year).slice(2)}`;
}
