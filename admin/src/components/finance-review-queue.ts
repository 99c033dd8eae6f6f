// <zac-finance-review-queue>: bank transactions the classifier was not sure about. One click
// accepts its suggestion; or pick another account. Either way the hub remembers the merchant as a
// rule and applies it to the merchant's other waiting transactions at once.
import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  CATEGORIZE_BANK_TRANSACTION,
  FINANCE_ACCOUNTS,
  FINANCE_REVIEW_QUEUE,
  type LedgerAccountOption,
  type ReviewTransaction,
} from '../pages/finance.operations.js';
import { errorMessage } from '../format.js';
import type { BankTransactionStatus } from '../gql/graphql.js';
import { t, type MessageKey } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { categorizerLabel, confidencePercent, day } from './finance-format.js';
import { amount, financeStyles } from './finance-ui.js';
import { pager } from './pager.js';

export const REVIEW_PAGE_SIZE = 25;

/** Which transactions the list shows: the review queue first; the others to categorize or fix. */
const STATUSES = [
  {
    status: 'NEEDS_REVIEW',
    label: 'finance.review.status.NEEDS_REVIEW',
    empty: 'finance.review.empty.NEEDS_REVIEW',
  },
  {
    status: 'UNCATEGORIZED',
    label: 'finance.review.status.UNCATEGORIZED',
    empty: 'finance.review.empty.UNCATEGORIZED',
  },
  {
    status: 'CATEGORIZED',
    label: 'finance.review.status.CATEGORIZED',
    empty: 'finance.review.empty.CATEGORIZED',
  },
] as const satisfies readonly {
  status: BankTransactionStatus;
  label: MessageKey;
  empty: MessageKey;
}[];

/** Account types a bank transaction can be categorized into, in the order the picker lists them. */
const CATEGORY_TYPES = [
  { type: 'EXPENSE', label: 'finance.review.group.EXPENSE' },
  { type: 'COGS', label: 'finance.review.group.COGS' },
  { type: 'REVENUE', label: 'finance.review.group.REVENUE' },
] as const satisfies readonly { type: string; label: MessageKey }[];

/** The accounts that make sense as a category: postable revenue, COGS and expense accounts. */
export function categoryAccounts(accounts: readonly LedgerAccountOption[]): LedgerAccountOption[] {
  const types: readonly string[] = CATEGORY_TYPES.map((c) => c.type);
  return accounts
    .filter((a) => a.postable && types.includes(a.type))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Narrower than 42rem (a phone, or a tablet beside the console's side bar) the table has no room
 * for its five columns: each transaction becomes a card instead, with the same cells in the same
 * order (so the same tab order): date and amount on one line, the description and merchant, the
 * suggestion and its confidence, Accept across the card, then the account picker and Categorize.
 * Only CSS changes; the explicit table roles keep the rows and cells a table for screen readers
 * once their display is no longer a table's.
 */
const cardStyles = css`
  .table-wrap {
    container: review-queue / inline-size;
  }
  @container review-queue (max-width: 42rem) {
    .table-wrap table {
      display: block;
      min-width: 0;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    tbody {
      display: block;
    }
    tr[data-transaction] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'date amount'
        'description description'
        'suggestion suggestion'
        'actions actions';
      gap: 0.4rem 0.75rem;
      margin-bottom: 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--zac-admin-border);
      border-radius: 8px;
      background: var(--zac-admin-bg);
    }
    tr[data-transaction] > td {
      display: block;
      padding: 0;
      border: none;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    td[data-cell='date'] {
      grid-area: date;
      font-weight: 600;
    }
    td[data-cell='amount'] {
      grid-area: amount;
      font-weight: 600;
    }
    td[data-cell='description'] {
      grid-area: description;
    }
    td[data-suggestion] {
      grid-area: suggestion;
    }
    /* The column header, which the hidden head still gives screen readers: shown, not read twice. */
    td[data-suggestion]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--zac-admin-muted);
      font-size: 0.85rem;
      font-weight: 600;
    }
    td[data-cell='actions'] {
      grid-area: actions;
      margin-top: 0.2rem;
    }
    /* One line, not wrapping: a wrapping line would be as wide as the picker row's content. */
    td .actions {
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: stretch;
    }
    td .actions button,
    td .actions select {
      min-height: 2.75rem;
    }
    .pick {
      display: flex;
    }
    td .actions .pick select {
      flex: 1 1 auto;
      min-width: 0;
      max-width: none;
    }
    .pick button {
      flex: none;
    }
  }
`;

export class ZacFinanceReviewQueue extends ConsolePage {
  static override styles = [...ConsolePage.styles, financeStyles, cardStyles];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _total: { state: true },
    _offset: { state: true },
    _accounts: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _choice: { state: true },
    _notice: { state: true },
    _actionError: { state: true },
    _status: { state: true },
  };

  declare _items: ReviewTransaction[];
  declare _total: number;
  declare _offset: number;
  declare _accounts: LedgerAccountOption[];
  declare _loading: boolean;
  declare _error: unknown;
  /** The id of the transaction being categorized. */
  declare _busy: string;
  /** Account picked per transaction (defaults to the suggestion). */
  declare _choice: Record<string, string>;
  /** The last action's outcome, worded at each render (so in the current language). */
  declare _notice: (() => string) | null;
  declare _actionError: (() => string) | null;
  declare _status: BankTransactionStatus;

  constructor() {
    super();
    this._items = [];
    this._total = 0;
    this._offset = 0;
    this._accounts = [];
    this._loading = true;
    this._error = null;
    this._busy = '';
    this._choice = {};
    this._notice = null;
    this._actionError = null;
    this._status = 'NEEDS_REVIEW';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadAccounts();
    void this.load();
  }

  private async loadAccounts(): Promise<void> {
    try {
      const { accounts } = await this.client.request(FINANCE_ACCOUNTS);
      this._accounts = categoryAccounts(accounts);
    } catch (error) {
      const message = errorMessage(error);
      this._actionError = () => t('finance.review.accountsFailed', { error: message });
    }
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { bankTransactions } = await this.client.request(FINANCE_REVIEW_QUEUE, {
        status: this._status,
        first: REVIEW_PAGE_SIZE,
        offset: this._offset,
      });
      // The last item of the last page was categorized: show the page before.
      if (bankTransactions.items.length === 0 && this._offset > 0) {
        this._offset = Math.max(0, this._offset - REVIEW_PAGE_SIZE);
        return await this.load();
      }
      this._items = bankTransactions.items;
      this._total = bankTransactions.totalCount;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private go(offset: number): void {
    this._offset = offset;
    void this.load();
  }

  private show(status: BankTransactionStatus): void {
    this._status = status;
    this._offset = 0;
    this._items = [];
    this._notice = null;
    void this.load();
  }

  private chosen(tx: ReviewTransaction): string {
    return this._choice[tx.id] ?? tx.accountCode ?? '';
  }

  private accountName(code: string): string {
    const account = this._accounts.find((a) => a.code === code);
    return account ? `${account.code} ${account.name}` : code;
  }

  async categorize(tx: ReviewTransaction, accountCode: string): Promise<void> {
    if (!accountCode || this._busy) return;
    const index = this._items.findIndex((i) => i.id === tx.id);
    this._busy = tx.id;
    this._notice = null;
    this._actionError = null;
    try {
      const { categorizeBankTransaction: done } = await this.client.request(
        CATEGORIZE_BANK_TRANSACTION,
        { id: tx.id, accountCode },
      );
      const account = done.transaction.accountName
        ? `${done.transaction.accountCode ?? accountCode} ${done.transaction.accountName}`
        : this.accountName(accountCode);
      this._notice = () =>
        t('finance.review.categorized', {
          description: tx.description,
          account,
          count: done.alsoApplied,
        });
      this._choice = Object.fromEntries(
        Object.entries(this._choice).filter(([id]) => id !== tx.id),
      );
      this._busy = '';
      await this.load();
      await this.updateComplete;
      this.focusAfter(index);
    } catch (error) {
      const message = errorMessage(error);
      this._actionError = () => message;
    } finally {
      this._busy = '';
    }
  }

  /** Keeps the keyboard where it was: the row that took the categorized one's place. */
  private focusAfter(index: number): void {
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('tr[data-transaction]');
    const row = rows[Math.min(index, rows.length - 1)];
    const target =
      row?.querySelector<HTMLElement>('[data-action=accept]:not([disabled])') ??
      row?.querySelector<HTMLElement>('select:not([disabled])') ??
      this.renderRoot.querySelector<HTMLElement>('[data-notice]');
    target?.focus();
  }

  private picker(tx: ReviewTransaction): TemplateResult {
    const id = `account-${tx.id}`;
    const chosen = this.chosen(tx);
    // Money out belongs in expenses first; money in, in revenue.
    const groups = tx.amountCents < 0 ? CATEGORY_TYPES : [...CATEGORY_TYPES].reverse();
    return html`<label class="visually-hidden" for=${id}
        >${t('finance.review.accountFor', { description: tx.description })}</label
      >
      <select
        id=${id}
        data-account-for=${tx.id}
        ?disabled=${!this.canWrite}
        @change=${(e: Event) =>
          (this._choice = { ...this._choice, [tx.id]: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${chosen === ''}>${t('finance.review.chooseAccount')}</option>
        ${groups.map(
          (g) =>
            html`<optgroup label=${t(g.label)}>
              ${this._accounts
                .filter((a) => a.type === g.type)
                .map(
                  (a) =>
                    html`<option value=${a.code} ?selected=${a.code === chosen}>
                      ${a.code} ${a.name}
                    </option>`,
                )}
            </optgroup>`,
        )}
      </select>`;
  }

  private accept(tx: ReviewTransaction, suggestion: string, busy: boolean): TemplateResult {
    return html`<button
      type="button"
      data-action="accept"
      aria-label=${t('finance.review.acceptLabel', { suggestion, description: tx.description })}
      aria-busy=${busy ? 'true' : 'false'}
      ?disabled=${!this.canWrite || !tx.accountCode}
      @click=${() => this.categorize(tx, tx.accountCode ?? '')}
    >
      ${busy ? t('finance.review.saving') : t('finance.review.accept')}
    </button>`;
  }

  private row(tx: ReviewTransaction): TemplateResult {
    const busy = this._busy === tx.id;
    const chosen = this.chosen(tx);
    const posted = tx.status === 'CATEGORIZED';
    const suggestion = tx.accountCode
      ? `${tx.accountCode} ${tx.accountName ?? ''}`.trim()
      : t('finance.review.noSuggestion');
    return html`<tr role="row" data-transaction=${tx.id}>
      <td role="cell" class="nowrap" data-cell="date">${day(tx.postedOn)}</td>
      <td role="cell" data-cell="description">
        ${tx.description}
        ${tx.merchant ? html`<br /><span class="muted">${tx.merchant}</span>` : nothing}
      </td>
      <td role="cell" class="amount" data-cell="amount">${amount(tx.amountCents)}</td>
      <td
        role="cell"
        data-suggestion
        data-label=${posted ? t('finance.review.account') : t('finance.review.suggestion')}
      >
        ${suggestion}
        ${
          posted && tx.categorizedBy
            ? html`<br /><span class="muted"
                  >${t('finance.review.by', { who: categorizerLabel(tx.categorizedBy) })}</span
                >`
            : tx.confidence !== null && tx.confidence !== undefined
              ? html`<br /><span class="muted"
                    >${t('finance.review.confident', {
                      percent: confidencePercent(tx.confidence),
                    })}</span
                  >`
              : nothing
        }
      </td>
      <td role="cell" data-cell="actions">
        <div class="actions">
          ${posted ? nothing : this.accept(tx, suggestion, busy)}
          <span class="pick">
            ${this.picker(tx)}
            <button
              type="button"
              class="secondary"
              data-action="categorize"
              aria-label=${t(
                posted ? 'finance.review.reclassifyLabel' : 'finance.review.categorizeLabel',
                { description: tx.description },
              )}
              ?disabled=${!this.canWrite || !chosen || (posted && chosen === tx.accountCode)}
              @click=${() => this.categorize(tx, chosen)}
            >
              ${
                posted && busy
                  ? t('finance.review.saving')
                  : posted
                    ? t('finance.review.reclassify')
                    : t('finance.review.categorize')
              }
            </button>
          </span>
        </div>
      </td>
    </tr>`;
  }

  override render() {
    const state = loadState(
      {
        loading: this._loading && this._items.length === 0,
        error: this._error,
        empty: this._items.length === 0,
      },
      t(STATUSES.find((s) => s.status === this._status)?.empty ?? 'finance.review.empty'),
    );
    const posted = this._status === 'CATEGORIZED';
    return html`<h2>${t('finance.tab.review')}</h2>
      <p class="muted">${t('finance.review.intro')}</p>
      <div class="field narrow">
        <label for="status">${t('finance.show')}</label>
        <select
          id="status"
          @change=${(e: Event) =>
            this.show((e.target as HTMLSelectElement).value as BankTransactionStatus)}
        >
          ${STATUSES.map(
            (s) =>
              html`<option value=${s.status} ?selected=${s.status === this._status}>
                ${t(s.label)}
              </option>`,
          )}
        </select>
      </div>
      <div aria-live="polite">
        ${
          this._notice
            ? html`<p class="notice" data-notice tabindex="-1">${this._notice()}</p>`
            : nothing
        }
      </div>
      ${
        this._actionError
          ? html`<p class="error" role="alert" data-action-error>${this._actionError()}</p>`
          : nothing
      }
      ${
        state !== nothing
          ? state
          : html`<div class="table-wrap" tabindex="0" aria-label=${t('finance.review.table')}>
                <table role="table">
                  <thead role="rowgroup">
                    <tr role="row">
                      <th scope="col" role="columnheader">${t('finance.review.date')}</th>
                      <th scope="col" role="columnheader">${t('finance.review.description')}</th>
                      <th scope="col" role="columnheader" class="amount">${t('finance.amount')}</th>
                      <th scope="col" role="columnheader">
                        ${posted ? t('finance.review.account') : t('finance.review.suggestion')}
                      </th>
                      <th scope="col" role="columnheader">
                        ${posted ? t('finance.review.reclassify') : t('finance.review.categorize')}
                      </th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    ${repeat(
                      this._items,
                      (tx) => tx.id,
                      (tx) => this.row(tx),
                    )}
                  </tbody>
                </table>
              </div>
              ${pager({
                label: t('finance.review.pages'),
                previousLabel: t('finance.previousPage'),
                nextLabel: t('finance.nextPage'),
                offset: this._offset,
                shown: this._items.length,
                total: this._total,
                pageSize: REVIEW_PAGE_SIZE,
                busy: this._loading || this._busy !== '',
                go: (offset) => this.go(offset),
              })}`
      }`;
  }
}
