// <zac-statement-table>: one financial statement as a table: each line with the period, the prior
// period, the change (amount and percent) and the same period last year; totals emphasised;
// negatives in parentheses; each line's source accounts on hover and on expand; the statement's
// identity checks as badges above it.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { LanguageController, formatLocale, t } from '../../i18n/index.js';
import { base } from '../../styles.js';
import type {
  FinancialStatement,
  StatementCheck,
  StatementRow,
  StatementSection,
} from '../reports.operations.js';
import { accountingPercent, amountCell } from './report-format.js';

type Row = StatementRow;

/** "from accounts 4010, 4020" (or "from account 4010"): where a line's figure comes from. */
export function sourceText(accounts: readonly string[]): string {
  if (accounts.length === 0) return '';
  return t('reports.statement.from', { count: accounts.length, accounts: accounts.join(', ') });
}

/**
 * A section's rows with a heading wherever the group (an operating expense's department) changes;
 * none when no row has a group. A group's own subtotal closes it, under no new heading.
 */
export function groupedRows(
  rows: readonly Row[],
): Array<{ heading: string; row?: never } | { row: Row; heading?: never }> {
  const out: Array<{ heading: string } | { row: Row }> = [];
  let current: string | null | undefined;
  for (const row of rows) {
    const group = row.group ?? null;
    if (group && group !== current && !row.isTotal) out.push({ heading: group });
    current = row.isTotal ? null : group;
    out.push({ row });
  }
  return out as Array<{ heading: string; row?: never } | { row: Row; heading?: never }>;
}

export class ZacStatementTable extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        margin: 0 0 1.25rem;
      }
      .card {
        padding: 0.85rem 1rem 0.5rem;
        container-type: inline-size;
      }
      @media (max-width: 600px) {
        .card {
          padding: 0.75rem 0.6rem 0.4rem;
        }
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.4rem 1rem;
        margin-bottom: 0.5rem;
      }
      h2 {
        margin: 0;
      }
      ul.checks {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      .check {
        display: inline-block;
        font-size: 0.8rem;
        border-radius: 6px;
        padding: 0.1rem 0.6rem;
        font-weight: 600;
        background: var(--zac-admin-ok-bg);
        color: var(--zac-admin-ok-fg);
      }
      .check[data-holds='false'] {
        background: var(--zac-admin-danger-bg);
        color: var(--zac-admin-danger-fg);
      }
      ul.notes {
        list-style: none;
        margin: 0 0 0.5rem;
        padding: 0;
      }
      ul.notes .notice {
        margin: 0.25rem 0;
        padding: 0.35rem 0.6rem;
        font-size: 0.9rem;
      }
      .check-detail {
        flex-basis: 100%;
        color: var(--zac-admin-danger);
        font-size: 0.85rem;
        margin: 0.2rem 0 0;
      }
      .table-wrap {
        position: relative;
        overflow-x: auto;
      }
      .table-wrap:focus-visible {
        outline: 3px solid var(--zac-admin-focus);
      }
      table {
        min-width: 40rem;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 0.3rem 0.5rem;
      }
      thead th {
        font-size: 0.85rem;
        vertical-align: bottom;
      }
      thead th.num {
        white-space: normal;
      }
      .num {
        text-align: right;
        white-space: nowrap;
      }
      /* The line names stay in view while the figures scroll sideways on a phone. */
      tbody th[scope='row'],
      thead th:first-child {
        position: sticky;
        left: 0;
        background: var(--zac-admin-bg);
        z-index: 1;
        font-weight: 400;
        min-width: 11rem;
      }
      @container (max-width: 36rem) {
        tbody th[scope='row'],
        thead th:first-child {
          min-width: 8.5rem;
          max-width: 10rem;
        }
        table {
          min-width: 34rem;
        }
      }
      thead th:first-child {
        background: var(--zac-admin-subtle);
      }
      tr.section th {
        background: var(--zac-admin-subtle);
        font-weight: 700;
        padding-top: 0.5rem;
      }
      tr.section th span {
        position: sticky;
        left: 0.5rem;
      }
      tr.group th {
        font-weight: 600;
        color: var(--zac-admin-muted);
        font-size: 0.85rem;
        padding-left: 1rem;
        border-bottom: none;
      }
      tr.grouped th[scope='row'] {
        padding-left: 1.5rem;
      }
      tr.total th[scope='row'],
      tr.total td {
        font-weight: 700;
        border-top: 1px solid var(--zac-admin-fg);
      }
      tr.subtotal th[scope='row'],
      tr.subtotal td {
        font-weight: 600;
        border-top: 1px solid var(--zac-admin-muted);
      }
      tr[data-row='net-income'] td,
      tr[data-row='net-income'] th[scope='row'] {
        border-bottom: 3px double var(--zac-admin-fg);
      }
      .negative {
        color: var(--zac-admin-danger);
      }
      /* A change is not good or bad by its sign (less expense is a negative change): no colour. */
      td[data-column='variance'] .negative {
        color: inherit;
      }
      .none {
        color: var(--zac-admin-muted);
      }
      button.source {
        background: none;
        border: none;
        color: inherit;
        padding: 0;
        text-align: left;
        font: inherit;
        cursor: pointer;
        text-decoration: underline dotted var(--zac-admin-muted);
        text-underline-offset: 3px;
      }
      .sources {
        display: block;
        font-size: 0.8rem;
        color: var(--zac-admin-muted);
        white-space: normal;
      }
      .sources[hidden] {
        display: none;
      }
    `,
  ];
  static override properties = {
    statement: { attribute: false },
    showAccounts: { type: Boolean, attribute: 'show-accounts' },
    _open: { state: true },
  };

  declare statement: FinancialStatement | null;
  /** Every line's source accounts shown at once. */
  declare showAccounts: boolean;
  /** Lines whose accounts were opened one by one. */
  declare _open: ReadonlySet<string>;

  constructor() {
    super();
    this.statement = null;
    this.showAccounts = false;
    this._open = new Set();
    new LanguageController(this);
  }

  private toggle(key: string): void {
    const open = new Set(this._open);
    if (open.has(key)) open.delete(key);
    else open.add(key);
    this._open = open;
  }

  private check(check: StatementCheck): TemplateResult {
    return html`<li>
        <span
          class="check"
          data-check
          data-holds=${check.holds ? 'true' : 'false'}
          title=${check.detail}
          >${check.holds ? '✓' : '✗'}
          ${t(check.holds ? 'reports.statement.holds' : 'reports.statement.fails', {
            name: check.name,
          })}</span
        >
      </li>
      ${check.holds ? nothing : html`<li class="check-detail" role="alert">${check.detail}</li>`}`;
  }

  private label(section: StatementSection, row: Row): TemplateResult {
    const sources = sourceText(row.accounts);
    if (!sources) return html`${row.label}`;
    const id = `src-${section.key}-${row.key}`;
    const open = this.showAccounts || this._open.has(row.key);
    return html`<button
        type="button"
        class="source"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        title=${sources}
        @click=${() => this.toggle(row.key)}
      >
        ${row.label}</button
      ><span class="sources" id=${id} ?hidden=${!open}>${sources}</span>`;
  }

  private row(section: StatementSection, row: Row, grouped: boolean): TemplateResult {
    const s = this.statement as FinancialStatement;
    // A group's subtotal (a department's) reads lighter than the statement's own totals.
    const kind = row.isTotal ? (row.group ? 'subtotal' : 'total') : '';
    const classes = [kind, grouped ? 'grouped' : ''].join(' ').trim();
    return html`<tr data-row=${row.key} class=${classes}>
      <th scope="row">${this.label(section, row)}</th>
      <td class="num" data-column="current">${amountCell(row.currentCents)}</td>
      ${
        s.priorPeriod
          ? html`<td class="num" data-column="prior">${amountCell(row.priorCents)}</td>
              <td class="num" data-column="variance">${amountCell(row.varianceCents)}</td>
              <td class="num" data-column="variance-percent">
                ${accountingPercent(row.variancePercent)}
              </td>`
          : nothing
      }
      ${
        this.showsLastYear
          ? html`<td class="num" data-column="last-year">${amountCell(row.lastYearCents)}</td>`
          : nothing
      }
    </tr>`;
  }

  private section(section: StatementSection, columns: number): TemplateResult {
    const items = groupedRows(section.rows);
    const hasGroups = items.some((item) => item.heading !== undefined);
    return html`<tbody data-section=${section.key}>
      <tr class="section">
        <th scope="colgroup" colspan=${columns}><span>${section.label}</span></th>
      </tr>
      ${items.map((item) =>
        item.heading !== undefined
          ? html`<tr class="group">
              <th scope="colgroup" colspan=${columns}>${item.heading}</th>
            </tr>`
          : this.row(section, item.row, hasGroups && (!item.row.isTotal || !!item.row.group)),
      )}
    </tbody>`;
  }

  /**
   * The same period last year gets its own column unless it is the prior period (a year's prior
   * period is last year): the same figures twice would read as a second comparison.
   */
  private get showsLastYear(): boolean {
    const s = this.statement;
    return !!s?.lastYearPeriod && s.lastYearPeriod.key !== s.priorPeriod?.key;
  }

  override render() {
    const s = this.statement;
    if (!s) return nothing;
    const columns = 2 + (s.priorPeriod ? 3 : 0) + (this.showsLastYear ? 1 : 0);
    // A note about a period compared twice (prior and last year) is said once.
    const notes = [...new Set(s.notes)];
    const compared = [...new Set([s.priorPeriod?.label, s.lastYearPeriod?.label])].filter(
      (label): label is string => !!label,
    );
    // "October 2026 and November 2025" in the current language's words.
    const against = new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(compared);
    return html`<section class="card" data-statement=${s.kind} aria-labelledby="title">
      <header>
        <h2 id="title">${s.title}</h2>
        <ul class="checks" aria-label=${t('reports.statement.checks')}>
          ${s.checks.map((c) => this.check(c))}
        </ul>
      </header>
      ${
        notes.length
          ? html`<ul class="notes" aria-label=${t('reports.statement.coverage')}>
              ${notes.map((note) => html`<li class="notice">${note}</li>`)}
            </ul>`
          : nothing
      }
      <div
        class="table-wrap"
        tabindex="0"
        role="region"
        aria-label=${t('reports.statement.table', { title: s.title })}
      >
        <table>
          <caption class="visually-hidden">
            ${against ? t('reports.statement.against', { title: s.title, periods: against }) : s.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('reports.statement.line')}</th>
              <th scope="col" class="num">${s.period.label}</th>
              ${
                s.priorPeriod
                  ? html`<th scope="col" class="num">${s.priorPeriod.label}</th>
                      <th scope="col" class="num">${t('reports.statement.change')}</th>
                      <th scope="col" class="num">${t('reports.statement.changePercent')}</th>`
                  : nothing
              }
              ${
                this.showsLastYear && s.lastYearPeriod
                  ? html`<th scope="col" class="num">${s.lastYearPeriod.label}</th>`
                  : nothing
              }
            </tr>
          </thead>
          ${s.sections.map((section) => this.section(section, columns))}
        </table>
      </div>
    </section>`;
  }
}
