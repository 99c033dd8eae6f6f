// How the Reports area prints figures. Amounts travel as integer cents and are divided by 100
// only here, for display. Statements follow the accountant's convention: a negative amount in
// parentheses, "($1,234.56)", with the word "minus" for screen readers.
import { html, type TemplateResult } from 'lit';

const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "$1,234.56", or "($1,234.56)" when negative. */
export function accounting(cents: number): string {
  const text = USD.format(Math.abs(cents) / 100);
  return cents < 0 ? `(${text})` : text;
}

/** What a screen reader says for `accounting(cents)`: "minus $1,234.56". */
export function spokenAmount(cents: number): string {
  const text = USD.format(Math.abs(cents) / 100);
  return cents < 0 ? `minus ${text}` : text;
}

/**
 * A percent the hub computed (already rounded to 1 decimal, half away from zero), shown with one
 * decimal: 23.4 -> "23.4%", -10.9 -> "(10.9%)". null (no base to compare with) -> "n/a".
 */
export function accountingPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return 'n/a';
  const text = `${Math.abs(percent).toFixed(1)}%`;
  return percent < 0 ? `(${text})` : text;
}

/** An amount cell's content: parentheses shown, "minus" spoken, the exact cents kept as data. */
export function amountCell(cents: number | null | undefined): TemplateResult {
  if (cents === null || cents === undefined) {
    return html`<span class="none" aria-label="not compared">—</span>`;
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
  return date.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });
}

/** "Nov 26" for a YYYY-MM month where space is short (chart axes). */
export function shortMonthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  const name = new Date(Date.UTC(year, index - 1, 1)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    month: 'short',
  });
  return `${name} ${String(year).slice(2)}`;
}
