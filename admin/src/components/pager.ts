// The pager every offset-paged list shares (Finance's lists, the audit log, the Outbox): where
// the page is ("1–50 of 120") and the buttons to the next and previous pages.
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';

/** "1–50 of 120", or "0 of 0" for an empty list. */
export function pageRange(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return t('common.pageRangeEmpty', { total });
  return t('common.pageRange', { first: offset + 1, last: offset + shown, total });
}

/**
 * The two buttons of an offset-paged list: Newer and Older (common words) for a list newest
 * first, unless the list names them (`previousLabel`, `nextLabel`: the Finance lists say Previous
 * and Next, their order being no date's). Each button has both a `data-page` (newer, older) and a
 * `data-action` (previous-page, next-page) to be found by.
 */
export function pager(options: {
  label: string;
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  busy?: boolean;
  previousLabel?: string;
  nextLabel?: string;
  go(offset: number): void;
}): TemplateResult {
  const { label, offset, shown, total, pageSize, busy = false, go } = options;
  return html`<nav class="pager" aria-label=${label}>
    <span class="range" aria-live="polite" data-page-range>${pageRange(offset, shown, total)}</span>
    <button
      type="button"
      class="secondary"
      data-page="newer"
      data-action="previous-page"
      ?disabled=${busy || offset === 0}
      @click=${() => go(Math.max(0, offset - pageSize))}
    >
      ${options.previousLabel ?? t('common.newer')}
    </button>
    <button
      type="button"
      class="secondary"
      data-page="older"
      data-action="next-page"
      ?disabled=${busy || offset + pageSize >= total}
      @click=${() => go(offset + pageSize)}
    >
      ${options.nextLabel ?? t('common.older')}
    </button>
  </nav>`;
}
