// <zac-tax-calendar>: the Calendar tab. The compliance deadlines due in a range (sales tax
// returns, registrations where nexus is met, 1040-ES installments, the federal return, the Texas
// franchise tax report, certificate expiries), each with its reminder, status and the rule and
// source behind the date; then the exemption and resale certificates that need attention and the
// exempt or resale sales no valid certificate covers.
import { css, html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { amountCell } from '../reports/report-format.js';
import {
  TAX_COMPLIANCE_CALENDAR,
  type ComplianceCalendar,
  type ComplianceEvent,
  type ExemptionCertificates,
} from '../tax.operations.js';
import { fill, words } from './tax-format.js';
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
          ${e.dueDate}${
            e.moved
              ? html`<br /><span class="muted"
                    >${t('tax.calendar.movedFrom', { date: e.nominalDueDate })}</span
                  >`
              : nothing
          }
        </td>
        <th scope="row">
          ${e.title}<br />
          ${whyButton(e.id, e.title, open, () => (this._open = toggled(this._open, e.id)))}
        </th>
        <td>${e.state ?? t('tax.federal')}</td>
        <td><span class="badge" data-status=${e.status}>${words(e.status)}</span></td>
        <td class="date">${e.remindOn}</td>
      </tr>
      ${whyRow(
        e.id,
        5,
        open,
        html`<p>${e.detail}</p>
          ${e.moved ? html`<p>${t('tax.calendar.moved', { reason: e.moved })}</p>` : nothing}
          <p>
            ${fill(t('tax.calendar.ruleAndSource'), {
              rule: html`<code data-rule-id>${e.sourceRule}</code>`,
              source: citationLink(e.citation),
            })}
          </p>`,
      )}`;
  }

  private calendar(c: ComplianceCalendar): TemplateResult {
    return html`<div class="table-wrap">
        <table data-calendar>
          <caption>
            ${t('tax.calendar.caption', { from: c.from, to: c.to })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('tax.due')}</th>
              <th scope="col">${t('tax.calendar.what')}</th>
              <th scope="col">${t('tax.state')}</th>
              <th scope="col">${t('tax.status')}</th>
              <th scope="col">${t('tax.calendar.remindOn')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              c.events.length
                ? c.events.map((e) => this.event(e))
                : html`<tr>
                    <td colspan="5" class="muted">${t('tax.calendar.nothingDue')}</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      <p class="muted">
        ${t('tax.calendar.footer', {
          holidayNote: c.holidayNote,
          today: c.today,
          timeZone: c.timeZone,
          version: c.ruleSetVersion,
        })}
      </p>`;
  }

  private certificates(x: ExemptionCertificates): TemplateResult {
    const attention = x.certificates.filter((c) => ATTENTION.has(c.status));
    return html`<h2>${t('tax.calendar.certificatesTitle')}</h2>
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
              ${t('tax.calendar.allValid', { count: x.certificates.length, date: x.asOf })}
            </p>`
      }
      <h2>${t('tax.calendar.uncoveredTitle')}</h2>
      ${
        x.uncoveredSales.length
          ? html`<div
              class="table-wrap"
              role="region"
              aria-label=${t('tax.calendar.uncoveredRegion')}
              tabindex="0"
            >
              <table data-uncovered>
                <caption>
                  ${fill(t('tax.calendar.uncoveredCaption', { count: x.uncoveredSales.length }), {
                    amount: amountCell(x.uncoveredCents),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('tax.calendar.soldOn')}</th>
                    <th scope="col">${t('tax.calendar.buyer')}</th>
                    <th scope="col">${t('tax.state')}</th>
                    <th scope="col" class="num">${t('tax.calendar.goods')}</th>
                    <th scope="col">${t('tax.calendar.whyFlagged')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${x.uncoveredSales.map(
                    (s) =>
                      html`<tr data-sale=${s.saleId}>
                        <td class="date">${s.soldOn}</td>
                        <th scope="row">${s.buyerName ?? t('tax.calendar.noBuyer')}</th>
                        <td>${s.state}</td>
                        <td class="num">${amountCell(s.goodsCents)}</td>
                        <td class="message">${s.message}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">${t('tax.calendar.noUncovered')}</p>`
      }`;
  }

  override render() {
    const c = this._calendar;
    const x = this._certificates;
    return html`<form class="toolbar" @submit=${this.onSubmit}>
        <div class="field">
          <label for="calendar-from">${t('tax.from')}</label>
          <input
            id="calendar-from"
            type="date"
            .value=${this._from}
            @change=${(e: Event) => (this._from = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="calendar-to">${t('tax.to')}</label>
          <input
            id="calendar-to"
            type="date"
            .value=${this._to}
            aria-describedby="calendar-hint"
            @change=${(e: Event) => (this._to = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" ?disabled=${this._loading}>${t('tax.show')}</button>
        <span class="hint muted" id="calendar-hint">${t('tax.calendar.rangeHint')}</span>
      </form>
      ${loadState({ loading: this._loading && !c, error: this._error, empty: false }, '')}
      ${c ? this.calendar(c) : nothing} ${x ? this.certificates(x) : nothing}`;
  }
}
