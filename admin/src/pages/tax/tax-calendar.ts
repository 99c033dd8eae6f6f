// <zac-tax-calendar>: the Calendar tab. The compliance deadlines due in a range (sales tax
// returns, registrations where nexus is met, 1040-ES installments, the federal return, the Texas
// franchise tax report, certificate expiries), each with its reminder, status and the rule and
// source behind the date; then the exemption and resale certificates that need attention and the
// exempt or resale sales no valid certificate covers.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsolePage, loadState } from '../../page.js';
import { amountCell } from '../reports/report-format.js';
import {
  TAX_COMPLIANCE_CALENDAR,
  type ComplianceCalendar,
  type ComplianceEvent,
  type ExemptionCertificates,
} from '../tax.operations.js';
import { words } from './tax-format.js';
import { taxStyles } from './tax.styles.js';
import { citationLink, toggled, whyButton, whyRow } from './tax-why.js';

/** Certificates that ask for an action: expired or expiring within 60 days. */
const ATTENTION = new Set(['EXPIRED', 'EXPIRES_WITHIN_30_DAYS', 'EXPIRES_WITHIN_60_DAYS']);

export class ZacTaxCalendar extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      .badge[data-status='UPCOMING'] {
        background: var(--zac-admin-info-bg);
        color: var(--zac-admin-info-fg);
      }
      .badge[data-status='EXPIRED'],
      .badge[data-status='EXPIRES_WITHIN_30_DAYS'] {
        background: var(--zac-admin-danger-bg);
        color: var(--zac-admin-danger-fg);
      }
      .badge[data-status='EXPIRES_WITHIN_60_DAYS'] {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
      }
      td.date,
      thead th {
        white-space: nowrap;
      }
      /* Narrow screens scroll the table rather than squeeze the words into a column of syllables. */
      table[data-calendar] th[scope='row'] {
        min-width: 14rem;
      }
      td.message {
        min-width: 18rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _from: { state: true },
    _to: { state: true },
    _calendar: { state: true },
    _certificates: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
  };

  /** YYYY-MM-DD or '' (the hub's defaults: today, and 120 days on). */
  declare _from: string;
  declare _to: string;
  declare _calendar: ComplianceCalendar | null;
  declare _certificates: ExemptionCertificates | null;
  declare _loading: boolean;
  declare _error: unknown;
  declare _open: ReadonlySet<string>;

  constructor() {
    super();
    this._from = '';
    this._to = '';
    this._calendar = null;
    this._certificates = null;
    this._loading = true;
    this._error = null;
    this._open = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const answer = await this.client.request(TAX_COMPLIANCE_CALENDAR, {
        from: this._from || null,
        to: this._to || null,
      });
      this._calendar = answer.complianceCalendar;
      this._certificates = answer.exemptionCertificates;
      this._open = new Set();
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.load();
  }

  private event(e: ComplianceEvent): TemplateResult {
    const open = this._open.has(e.id);
    return html`<tr data-event=${e.id} data-kind=${e.kind}>
        <td class="date" data-due>
          ${e.dueDate}${e.moved ? html`<br /><span class="muted">from ${e.nominalDueDate}</span>` : nothing}
        </td>
        <th scope="row">
          ${e.title}<br />
          ${whyButton(e.id, e.title, open, () => (this._open = toggled(this._open, e.id)))}
        </th>
        <td>${e.state ?? 'federal'}</td>
        <td><span class="badge" data-status=${e.status}>${words(e.status)}</span></td>
        <td class="date">${e.remindOn}</td>
      </tr>
      ${whyRow(
        e.id,
        5,
        open,
        html`<p>${e.detail}</p>
          ${e.moved ? html`<p>Moved: ${e.moved}</p>` : nothing}
          <p>
            Rule <code data-rule-id>${e.sourceRule}</code>; source: ${citationLink(e.citation)}
          </p>`,
      )}`;
  }

  private calendar(c: ComplianceCalendar): TemplateResult {
    return html`<div class="table-wrap">
        <table data-calendar>
          <caption>
            Deadlines from ${c.from} to ${c.to}
          </caption>
          <thead>
            <tr>
              <th scope="col">Due</th>
              <th scope="col">What</th>
              <th scope="col">State</th>
              <th scope="col">Status</th>
              <th scope="col">Remind on</th>
            </tr>
          </thead>
          <tbody>
            ${
              c.events.length
                ? c.events.map((e) => this.event(e))
                : html`<tr>
                    <td colspan="5" class="muted">Nothing due in this range.</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      <p class="muted">
        ${c.holidayNote} Today ${c.today} (${c.timeZone}); rules ${c.ruleSetVersion}.
      </p>`;
  }

  private certificates(x: ExemptionCertificates): TemplateResult {
    const attention = x.certificates.filter((c) => ATTENTION.has(c.status));
    return html`<h2>Certificates needing attention</h2>
      ${
        attention.length
          ? html`<ul class="notes" data-certificates>
              ${attention.map(
                (c) =>
                  html`<li data-certificate=${c.number}>
                    <span class="badge" data-status=${c.status}>${words(c.status)}</span>
                    ${c.message}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">
              None: all ${x.certificates.length} certificates are valid on ${x.asOf}.
            </p>`
      }
      <h2>Exempt or resale sales without a valid certificate</h2>
      ${
        x.uncoveredSales.length
          ? html`<div
              class="table-wrap"
              role="region"
              aria-label="Sales without a valid certificate"
              tabindex="0"
            >
              <table data-uncovered>
                <caption>
                  ${x.uncoveredSales.length} sales, ${amountCell(x.uncoveredCents)} of goods
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Sold on</th>
                    <th scope="col">Buyer</th>
                    <th scope="col">State</th>
                    <th scope="col" class="num">Goods</th>
                    <th scope="col">Why flagged</th>
                  </tr>
                </thead>
                <tbody>
                  ${x.uncoveredSales.map(
                    (s) =>
                      html`<tr data-sale=${s.saleId}>
                        <td class="date">${s.soldOn}</td>
                        <th scope="row">${s.buyerName ?? 'no buyer named'}</th>
                        <td>${s.state}</td>
                        <td class="num">${amountCell(s.goodsCents)}</td>
                        <td class="message">${s.message}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">None.</p>`
      }`;
  }

  override render() {
    const c = this._calendar;
    const x = this._certificates;
    return html`<form class="toolbar" @submit=${this.onSubmit}>
        <div class="field">
          <label for="calendar-from">From</label>
          <input
            id="calendar-from"
            type="date"
            .value=${this._from}
            @change=${(e: Event) => (this._from = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="calendar-to">To</label>
          <input
            id="calendar-to"
            type="date"
            .value=${this._to}
            aria-describedby="calendar-hint"
            @change=${(e: Event) => (this._to = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" ?disabled=${this._loading}>Show</button>
        <span class="hint muted" id="calendar-hint">Empty: today and the next 120 days.</span>
      </form>
      ${loadState({ loading: this._loading && !c, error: this._error, empty: false }, '')}
      ${c ? this.calendar(c) : nothing} ${x ? this.certificates(x) : nothing}`;
  }
}
