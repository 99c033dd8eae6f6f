// <zac-finance-receivables>: open invoices aged as of a date: the five bucket totals and the
// table of invoices with their reminder state (stages drafted, the stage due now).
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  FINANCE_RECEIVABLES,
  type ReceivableRow,
  type ReceivablesAging,
} from '../pages/finance.operations.js';
import { ConsolePage, loadState } from '../page.js';
import { AGING_BUCKETS, bucketLabel, day, money } from './finance-format.js';
import { financeStyles, pager } from './finance-ui.js';

export const RECEIVABLES_PAGE_SIZE = 25;

/** The reminder stages drafted so far: "Stage 4 drafted", "Stages 1, 2 drafted", "None yet". */
export function draftedLabel(stages: readonly number[]): string {
  if (stages.length === 0) return 'None yet';
  return `${stages.length === 1 ? 'Stage' : 'Stages'} ${stages.join(', ')} drafted`;
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
    return html`<ul class="kpis" aria-label="Aging buckets">
      <li class="card kpi" data-total="open">
        <span class="value">${money(aging.totalOpenCents)}</span>
        <span class="label">Open</span>
      </li>
      <li class="card kpi" data-total="overdue">
        <span class="value">${money(aging.overdueCents)}</span>
        <span class="label">Overdue</span>
      </li>
      ${AGING_BUCKETS.map(({ bucket, label }) => {
        const total = aging.buckets.find((b) => b.bucket === bucket) ?? { count: 0, openCents: 0 };
        // The two oldest buckets read red while they hold money.
        const late = (bucket === 'OVER_90' || bucket === 'DAYS_61_90') && total.openCents > 0;
        return html`<li class="card kpi ${late ? 'late' : ''}" data-bucket=${bucket}>
          <span class="value" data-bucket-cents>${money(total.openCents)}</span>
          <span class="label">${label}</span>
          <span class="sub" data-bucket-count
            >${total.count} ${total.count === 1 ? 'invoice' : 'invoices'}</span
          >
        </li>`;
      })}
    </ul>`;
  }

  private reminders(row: ReceivableRow): TemplateResult {
    return html`${draftedLabel(row.draftedStages)}${
      row.stageDue !== null && row.stageDue !== undefined
        ? html`<br /><span class="badge" data-stage-due>Stage ${row.stageDue} due</span>`
        : nothing
    }`;
  }

  private table(aging: ReceivablesAging): TemplateResult {
    const rows = aging.rows.slice(this._offset, this._offset + RECEIVABLES_PAGE_SIZE);
    return html`<div class="table-wrap" tabindex="0" aria-label="Open invoices table">
        <table>
          <caption class="visually-hidden">
            Open invoices as of ${day(aging.asOf)}, most overdue first
          </caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Customer</th>
              <th scope="col">Issued</th>
              <th scope="col">Due</th>
              <th scope="col" class="amount">Amount</th>
              <th scope="col" class="amount">Open</th>
              <th scope="col" class="amount">Days overdue</th>
              <th scope="col">Bucket</th>
              <th scope="col">Reminders</th>
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
                  <td class="amount ${r.daysOverdue > 0 ? 'out' : ''}">${r.daysOverdue}</td>
                  <td class="nowrap">${bucketLabel(r.bucket)}</td>
                  <td>${this.reminders(r)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${pager({
        label: 'Open invoices pages',
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
    return html`<h2>Receivables</h2>
      <form class="row" @submit=${this.submit} aria-label="Aging date">
        <div class="field">
          <label for="asOf">As of</label>
          <input id="asOf" name="asOf" type="date" .value=${this.asOf} />
        </div>
        <div class="field">
          <button type="submit" ?disabled=${this._loading}>Show</button>
        </div>
      </form>
      ${
        state !== nothing
          ? state
          : aging
            ? html`<p class="muted" data-as-of>As of ${day(aging.asOf)}.</p>
                ${this.buckets(aging)}
                ${
                  aging.rows.length === 0
                    ? html`<p class="state">No open invoices.</p>`
                    : this.table(aging)
                }`
            : nothing
      }`;
  }
}
