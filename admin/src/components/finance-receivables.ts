// <zac-finance-receivables>: open invoices aged as of a date: the five bucket totals and the
// table of invoices with their reminder state (stages drafted, the stage due now).
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  FINANCE_RECEIVABLES,
  type ReceivableRow,
  type ReceivablesAging,
} from '../pages/finance.operations.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { AGING_BUCKETS, bucketLabel, day, money } from './finance-format.js';
import { financeStyles } from './finance-ui.js';
import { pager } from './pager.js';

export const RECEIVABLES_PAGE_SIZE = 25;

/** The reminder stages drafted so far: "Stage 4 drafted", "Stages 1, 2 drafted", "None yet". */
export function draftedLabel(stages: readonly number[]): string {
  if (stages.length === 0) return t('finance.receivables.noneYet');
  return t('finance.receivables.drafted', { count: stages.length, stages: stages.join(', ') });
}

export class ZacFinanceReceivables extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    financeStyles,
    css`
      .kpi.late .value {
        color: var(--zac-admin-danger);
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _aging: { state: true },
    _offset: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _aging: ReceivablesAging | null;
  declare _offset: number;
  declare _loading: boolean;
  declare _error: unknown;
  private asOf = '';

  constructor() {
    super();
    this._aging = null;
    this._offset = 0;
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { receivablesAging } = await this.client.request(FINANCE_RECEIVABLES, {
        asOf: this.asOf || null,
      });
      this._aging = receivablesAging;
      this._offset = 0;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    this.asOf = String(data.get('asOf') ?? '');
    void this.load();
  }

  private buckets(aging: ReceivablesAging): TemplateResult {
    return html`<ul class="kpis" aria-label=${t('finance.receivables.buckets')}>
      <li class="card kpi" data-total="open">
        <span class="value">${money(aging.totalOpenCents)}</span>
        <span class="label">${t('finance.receivables.open')}</span>
      </li>
      <li class="card kpi" data-total="overdue">
        <span class="value">${money(aging.overdueCents)}</span>
        <span class="label">${t('finance.receivables.overdue')}</span>
      </li>
      ${AGING_BUCKETS.map(({ bucket }) => {
        const total = aging.buckets.find((b) => b.bucket === bucket) ?? { count: 0, openCents: 0 };
        // The two oldest buckets read red while they hold money.
        const late = (bucket === 'OVER_90' || bucket === 'DAYS_61_90') && total.openCents > 0;
        return html`<li class="card kpi ${late ? 'late' : ''}" data-bucket=${bucket}>
          <span class="value" data-bucket-cents>${money(total.openCents)}</span>
          <span class="label">${bucketLabel(bucket)}</span>
          <span class="sub" data-bucket-count
            >${t('finance.receivables.invoices', { count: total.count })}</span
          >
        </li>`;
      })}
    </ul>`;
  }

  private reminders(row: ReceivableRow): TemplateResult {
    return html`${draftedLabel(row.draftedStages)}${
      row.stageDue !== null && row.stageDue !== undefined
        ? html`<br /><span class="badge" data-stage-due
              >${t('finance.receivables.stageDue', { stage: row.stageDue })}</span
            >`
        : nothing
    }`;
  }

  private table(aging: ReceivablesAging): TemplateResult {
    const rows = aging.rows.slice(this._offset, this._offset + RECEIVABLES_PAGE_SIZE);
    return html`<div class="table-wrap" tabindex="0" aria-label=${t('finance.receivables.table')}>
        <table>
          <caption class="visually-hidden">
            ${t('finance.receivables.caption', { date: day(aging.asOf) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('finance.receivables.invoice')}</th>
              <th scope="col">${t('finance.receivables.customer')}</th>
              <th scope="col">${t('finance.receivables.issued')}</th>
              <th scope="col">${t('finance.receivables.due')}</th>
              <th scope="col" class="amount">${t('finance.amount')}</th>
              <th scope="col" class="amount">${t('finance.receivables.open')}</th>
              <th scope="col" class="amount">${t('finance.receivables.daysOverdue')}</th>
              <th scope="col">${t('finance.receivables.bucket')}</th>
              <th scope="col">${t('finance.receivables.reminders')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr data-invoice=${r.number}>
                  <th scope="row" class="nowrap">${r.number}</th>
                  <td>${r.customer}</td>
                  <td class="nowrap">${day(r.issuedOn)}</td>
                  <td class="nowrap">${day(r.dueOn)}</td>
                  <td class="amount">${money(r.amountCents)}</td>
                  <td class="amount">${money(r.openCents)}</td>
                  <td class="amount ${r.daysOverdue > 0 ? 'out' : ''}">
                    ${formatNumber(r.daysOverdue)}
                  </td>
                  <td class="nowrap">${bucketLabel(r.bucket)}</td>
                  <td>${this.reminders(r)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${pager({
        label: t('finance.receivables.pages'),
        previousLabel: t('finance.previousPage'),
        nextLabel: t('finance.nextPage'),
        offset: this._offset,
        shown: rows.length,
        total: aging.rows.length,
        pageSize: RECEIVABLES_PAGE_SIZE,
        go: (offset) => (this._offset = offset),
      })}`;
  }

  override render() {
    const aging = this._aging;
    const state = loadState(
      { loading: this._loading && !aging, error: this._error, empty: false },
      '',
    );
    return html`<h2>${t('finance.tab.receivables')}</h2>
      <form class="row" @submit=${this.submit} aria-label=${t('finance.receivables.dateForm')}>
        <div class="field">
          <label for="asOf">${t('finance.asOf')}</label>
          <input id="asOf" name="asOf" type="date" .value=${this.asOf} />
        </div>
        <div class="field">
          <button type="submit" ?disabled=${this._loading}>${t('finance.show')}</button>
        </div>
      </form>
      ${
        state !== nothing
          ? state
          : aging
            ? html`<p class="muted" data-as-of>
                  ${t('finance.receivables.asOfDate', { date: day(aging.asOf) })}
                </p>
                ${this.buckets(aging)}
                ${
                  aging.rows.length === 0
                    ? html`<p class="state">${t('finance.receivables.none')}</p>`
                    : this.table(aging)
                }`
            : nothing
      }`;
  }
}
