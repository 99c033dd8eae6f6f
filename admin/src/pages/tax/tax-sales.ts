// <zac-tax-sales>: the Sales tax tab. For a state and a filing period (a quarter or a month): the
// tax owed per jurisdiction (state, county, city, special district) with the rules behind each,
// the sales it is owed on, where the sales were sourced, and collected against owed with the
// reasons for the difference; "Prepare filing" makes the state's return worksheet, the CPA's
// checklist and the packet (PDF, CSV) to download. Below, a quote for any sale (<zac-tax-quote>).
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorMessage, formatCents, formatTime } from '../../format.js';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { lastClosedPeriod, localToday, parsePeriod } from '../reports/period.js';
import { amountCell } from '../reports/report-format.js';
import { fileSize } from '../reports/reports-downloads.js';
import {
  TAX_PREPARE_SALES_TAX_FILING,
  TAX_SALES_TAX_LIABILITY,
  type SalesTaxFilingPacket,
  type SalesTaxLiability,
  type SalesTaxRuleUsed,
} from '../tax.operations.js';
import { fill, ratePercent, words } from './tax-format.js';
import { taxStyles } from './tax.styles.js';
import { toggled, whyButton, whyRow } from './tax-why.js';

/** A rule's source, linked: sales tax rules carry a title, a link and a date. */
export function salesTaxRuleItem(id: string, rule: SalesTaxRuleUsed | undefined): TemplateResult {
  if (!rule) return html`<li data-rule=${id}><code>${id}</code></li>`;
  const published = rule.citation.published === 'undated' ? '' : ` (${rule.citation.published})`;
  return html`<li data-rule=${id}>
    <code>${id}</code> (${rule.concept}):
    <a class="cite" href=${rule.citation.url} target="_blank" rel="noopener noreferrer"
      >${rule.citation.title}${published}</a
    >
  </li>`;
}

export class ZacTaxSales extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      .toolbar input.state {
        width: 4.5rem;
        text-transform: uppercase;
      }
      .toolbar input.period {
        width: 8.5rem;
      }
      table[data-sales] {
        max-width: 36rem;
      }
      .table-wrap + .table-wrap {
        margin-top: 1rem;
      }
      table[data-locations] th[scope='row'] {
        min-width: 16rem;
      }
      table[data-jurisdictions] th[scope='row'] {
        min-width: 13rem;
      }
      ul.reasons,
      ul.notes,
      ul.checklist {
        padding-left: 1.2rem;
      }
      ul.files {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      ul.files a {
        display: inline-flex;
        flex-direction: column;
        border: 1px solid var(--zac-admin-primary);
        border-radius: 6px;
        padding: 0.35rem 0.75rem;
        text-decoration: none;
      }
      ul.files .format {
        font-weight: 700;
      }
      ul.files .detail {
        font-size: 0.8rem;
        color: var(--zac-admin-muted);
      }
      .packet h3 {
        margin: 0 0 0.35rem;
        font-size: 1rem;
      }
      .badge[data-status='READY'],
      .badge[data-status='HELD'],
      .badge[data-status='NOT_DUE'] {
        background: var(--zac-admin-ok-bg);
        color: var(--zac-admin-ok-fg);
      }
      .badge[data-status='PRELIMINARY'],
      .badge[data-status='PARTIAL'],
      .badge[data-status='DUE_TODAY'] {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
      }
      .badge[data-status='NOT_HELD'] {
        background: var(--zac-admin-danger-bg);
        color: var(--zac-admin-danger-fg);
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _state: { state: true },
    _period: { state: true },
    _inputError: { state: true },
    _liability: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
    _preliminary: { state: true },
    _preparing: { state: true },
    _prepareError: { state: true },
    _packet: { state: true },
  };

  declare _state: string;
  declare _period: string;
  declare _inputError: string;
  declare _liability: SalesTaxLiability | null;
  declare _loading: boolean;
  declare _error: unknown;
  declare _open: ReadonlySet<string>;
  declare _preliminary: boolean;
  declare _preparing: boolean;
  declare _prepareError: string;
  declare _packet: SalesTaxFilingPacket | null;

  constructor() {
    super();
    // The shop's home state and its last closed quarter: the return most likely due next.
    this._state = 'TX';
    this._period = lastClosedPeriod(localToday(), 'quarter');
    this._inputError = '';
    this._liability = null;
    this._loading = true;
    this._error = null;
    this._open = new Set();
    this._preliminary = false;
    this._preparing = false;
    this._prepareError = '';
    this._packet = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** The state and period typed, checked here so a typo costs no request; null if not valid. */
  private chosen(): { state: string; period: string } | null {
    const state = this._state.trim().toUpperCase();
    const period = parsePeriod(this._period);
    if (!/^[A-Z]{2}$/.test(state)) {
      this._inputError = t('tax.sales.stateError');
      return null;
    }
    if (!period || period.kind === 'year') {
      this._inputError = t('tax.sales.periodError', {
        quarter: lastClosedPeriod(localToday(), 'quarter'),
        month: lastClosedPeriod(localToday(), 'month'),
      });
      return null;
    }
    this._inputError = '';
    return { state, period: this._period.trim().toUpperCase() };
  }

  async load(): Promise<void> {
    const chosen = this.chosen();
    if (!chosen) {
      this._loading = false;
      return;
    }
    this._loading = true;
    try {
      const { salesTaxLiability } = await this.client.request(TAX_SALES_TAX_LIABILITY, chosen);
      this._liability = salesTaxLiability;
      this._open = new Set();
      this._error = null;
    } catch (error) {
      this._liability = null;
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private async prepare(): Promise<void> {
    const chosen = this.chosen();
    if (!chosen) return;
    this._preparing = true;
    this._prepareError = '';
    try {
      const { prepareSalesTaxFiling } = await this.client.request(TAX_PREPARE_SALES_TAX_FILING, {
        ...chosen,
        preliminary: this._preliminary,
      });
      this._packet = prepareSalesTaxFiling;
    } catch (error) {
      this._prepareError = errorMessage(error);
    } finally {
      this._preparing = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this._packet = null;
    this._prepareError = '';
    void this.load();
  }

  private card(key: string, label: string, cents: number): TemplateResult {
    return html`<div class="card" data-kpi=${key}>
      <div class="label">${label}</div>
      <div class="value">${amountCell(cents)}</div>
    </div>`;
  }

  private jurisdictions(l: SalesTaxLiability): TemplateResult {
    const rules = new Map(l.rulesUsed.map((r) => [r.id, r]));
    return html`<div class="table-wrap">
      <table data-jurisdictions>
        <caption>
          ${t('tax.sales.jurisdictionsCaption', {
            state: l.state,
            period: l.period.key,
            start: l.period.start,
            end: l.period.end,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.jurisdiction')}</th>
            <th scope="col" class="num">${t('tax.rate')}</th>
            <th scope="col" class="num">${t('tax.taxableSales')}</th>
            <th scope="col" class="num">${t('tax.taxOwed')}</th>
          </tr>
        </thead>
        <tbody>
          ${l.jurisdictions.map((j) => {
            const open = this._open.has(j.code);
            return html`<tr data-jurisdiction=${j.code}>
                <th scope="row">
                  ${j.name} <span class="muted">${words(j.level)}</span><br />
                  ${whyButton(j.code, j.name, open, () => (this._open = toggled(this._open, j.code)))}
                </th>
                <td class="num" data-rate>${ratePercent(j.rate)}</td>
                <td class="num" data-column="taxable">${amountCell(j.taxableSalesCents)}</td>
                <td class="num" data-column="owed">${amountCell(j.taxOwedCents)}</td>
              </tr>
              ${whyRow(
                j.code,
                4,
                open,
                html`<p>
                    ${fill(t('tax.sales.jurisdictionFormula', { rate: ratePercent(j.rate) }), {
                      taxable: amountCell(j.taxableSalesCents),
                      owed: amountCell(j.taxOwedCents),
                    })}
                  </p>
                  <ul class="rules">
                    ${j.ruleIds.map((id) => salesTaxRuleItem(id, rules.get(id)))}
                  </ul>`,
              )}`;
          })}
          <tr class="total" data-line="state">
            <th scope="row">${t('tax.sales.stateTax')}</th>
            <td></td>
            <td></td>
            <td class="num">${amountCell(l.stateTaxOwedCents)}</td>
          </tr>
          <tr class="total" data-line="local">
            <th scope="row">${t('tax.sales.localTaxes')}</th>
            <td></td>
            <td></td>
            <td class="num">${amountCell(l.localTaxOwedCents)}</td>
          </tr>
          <tr class="total" data-line="owed">
            <th scope="row">${t('tax.taxOwed')}</th>
            <td></td>
            <td></td>
            <td class="num">${amountCell(l.taxOwedCents)}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  private sales(l: SalesTaxLiability): TemplateResult {
    const row = (key: string, label: string, cents: number) =>
      html`<tr data-line=${key}>
        <th scope="row">${label}</th>
        <td class="num">${amountCell(cents)}</td>
      </tr>`;
    return html`<div
      class="table-wrap"
      role="region"
      aria-label=${t('tax.sales.salesInto', { state: l.state })}
      tabindex="0"
    >
      <table data-sales>
        <caption>
          ${t('tax.sales.salesIntoCaption', { state: l.state, count: l.orderCount })}
        </caption>
        <tbody>
          ${row('gross', t('tax.sales.grossGoodsAndShipping'), l.grossSalesCents)}
          ${l.exemptByReason.map((e) =>
            row(`exempt-${e.code}`, t('tax.sales.exemptBecause', { reason: e.reason }), e.cents),
          )}
          ${row('exempt', t('tax.sales.exemptSales'), l.exemptSalesCents)}
          ${row('resale', t('tax.sales.resaleSales'), l.resaleSalesCents)}
          ${row('shipping', t('tax.sales.shippingCharged'), l.shippingCents)}
          ${row('taxable-shipping', t('tax.sales.ofWhichTaxable'), l.taxableShippingCents)}
          ${row('taxable', t('tax.taxableSales'), l.taxableSalesCents)}
        </tbody>
      </table>
    </div>`;
  }

  private locations(l: SalesTaxLiability): TemplateResult {
    return html`<div
      class="table-wrap"
      role="region"
      aria-label=${t('tax.sales.locationsCaption')}
      tabindex="0"
    >
      <table data-locations>
        <caption>
          ${t('tax.sales.locationsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.sales.location')}</th>
            <th scope="col">${t('tax.sales.channel')}</th>
            <th scope="col" class="num">${t('tax.sales.combinedRate')}</th>
            <th scope="col" class="num">${t('tax.sales.grossSales')}</th>
            <th scope="col" class="num">${t('tax.taxable')}</th>
            <th scope="col" class="num">${t('tax.taxCollected')}</th>
          </tr>
        </thead>
        <tbody>
          ${l.locations.map(
            (x) =>
              html`<tr>
                <th scope="row">${x.label}</th>
                <td>${words(x.channel)}</td>
                <td class="num">${ratePercent(x.combinedRate)}</td>
                <td class="num">${amountCell(x.grossSalesCents)}</td>
                <td class="num">${amountCell(x.taxableSalesCents)}</td>
                <td class="num">${amountCell(x.taxCollectedCents)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private liability(l: SalesTaxLiability): TemplateResult {
    return html`${
        l.registered
          ? nothing
          : html`<p class="notice" data-not-registered>
              ${t('tax.sales.notRegistered', { state: l.state })}
            </p>`
      }
      <div class="summary">
        ${this.card('taxable', t('tax.taxableSales'), l.taxableSalesCents)}
        ${this.card('owed', t('tax.taxOwed'), l.taxOwedCents)}
        ${this.card('collected', t('tax.taxCollected'), l.taxCollectedCents)}
        ${this.card('difference', t('tax.sales.owedMinusCollected'), l.differenceCents)}
      </div>
      ${this.jurisdictions(l)}
      <h2>${t('tax.sales.collectedAgainstOwed')}</h2>
      <p data-reconciliation>
        ${fill(t('tax.sales.reconciliation'), {
          owed: amountCell(l.taxOwedCents),
          collected: amountCell(l.taxCollectedCents),
          ledger: amountCell(l.ledgerCollectedCents),
          difference: amountCell(l.differenceCents),
        })}
      </p>
      ${
        l.differenceReasons.length
          ? html`<ul class="reasons">
              ${l.differenceReasons.map((r) => html`<li>${r}</li>`)}
            </ul>`
          : nothing
      }
      ${this.sales(l)} ${this.locations(l)}
      ${
        l.notes.length
          ? html`<ul class="notes muted">
              ${l.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
      <p class="muted">
        ${t('tax.sales.versions', { rules: l.ruleSetVersion, table: l.jurisdictionTableVersion })}
      </p>`;
  }

  private packet(p: SalesTaxFilingPacket): TemplateResult {
    const w = p.returnWorksheet;
    return html`<section class="card packet" data-packet=${p.id} aria-labelledby="packet-h">
      <h3 id="packet-h">
        ${w.formTitle}, ${p.state} ${p.period}
        <span class="badge" data-status=${p.status}>${words(p.status)}</span>
      </h3>
      <p>
        ${fill(
          t('tax.sales.returnFor', {
            frequency: words(w.filingFrequency),
            start: w.periodStart,
            end: w.periodEnd,
          }),
          {
            due: html`<strong data-due>${w.dueDate.due}</strong>`,
            moved:
              w.dueDate.due !== w.dueDate.nominal
                ? ` ${t('tax.sales.dueMoved', {
                    nominal: w.dueDate.nominal,
                    skipped: w.dueDate.skipped.join('; '),
                  })}`
                : '',
            status: html`<span class="badge" data-status=${w.deadlineStatus}
              >${words(w.deadlineStatus)}</span
            >`,
          },
        )}
        ${t('tax.sales.prepared', { time: formatTime(p.preparedAt) })}
      </p>
      ${
        // Texas only: another state's worksheet has no prepayment (null).
        w.prepaymentDueDate && w.prepaymentDiscountIfPrepaidCents != null
          ? html`<p data-prepayment>
              ${fill(
                t('tax.sales.prepayment', {
                  amount: formatCents(w.prepaymentDiscountIfPrepaidCents),
                }),
                { date: html`<strong>${w.prepaymentDueDate.due}</strong>` },
              )}
            </p>`
          : nothing
      }
      <ul class="files" aria-label=${t('tax.sales.packetFiles')}>
        ${p.files.map(
          (f) =>
            html`<li>
              <a href=${f.url} download=${f.filename} data-format=${f.format}
                ><span class="format">${f.format}</span
                ><span class="detail">${f.filename}, ${fileSize(f.bytes)}</span></a
              >
            </li>`,
        )}
      </ul>
      <div class="table-wrap" role="region" aria-label=${t('tax.sales.worksheet')} tabindex="0">
        <table data-worksheet>
          <caption>
            ${t('tax.sales.worksheet')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('tax.sales.item')}</th>
              <th scope="col">${t('tax.line')}</th>
              <th scope="col" class="num">${t('tax.sales.enter')}</th>
            </tr>
          </thead>
          <tbody>
            ${w.lines.map(
              (line) =>
                html`<tr data-worksheet-line=${line.key}>
                  <td>${line.item}</td>
                  <th scope="row">
                    ${line.label}<br /><span class="muted small">${line.formula}</span>
                  </th>
                  <td class="num">${line.formEntry}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3>${t('tax.sales.cpaNeeds')}</h3>
      <ul class="checklist">
        ${p.checklist.map(
          (c) =>
            html`<li data-checklist=${c.key}>
              <span class="badge" data-status=${c.status}>${words(c.status)}</span>
              <strong>${c.title}</strong>: ${c.detail}
            </li>`,
        )}
      </ul>
      ${
        w.notes.length
          ? html`<ul class="notes muted">
              ${w.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const l = this._liability;
    return html`<form class="toolbar" @submit=${this.onSubmit} novalidate>
        <div class="field">
          <label for="sales-state">${t('tax.state')}</label>
          <input
            id="sales-state"
            class="state"
            autocomplete="off"
            maxlength="2"
            .value=${this._state}
            aria-invalid=${this._inputError ? 'true' : 'false'}
            aria-describedby="sales-input-error"
            @input=${(e: Event) => (this._state = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="sales-period">${t('tax.sales.period')}</label>
          <input
            id="sales-period"
            class="period"
            autocomplete="off"
            spellcheck="false"
            .value=${this._period}
            aria-invalid=${this._inputError ? 'true' : 'false'}
            aria-describedby="sales-input-error sales-period-hint"
            @input=${(e: Event) => (this._period = (e.target as HTMLInputElement).value)}
          />
          <span class="hint" id="sales-period-hint">${t('tax.sales.periodHint')}</span>
        </div>
        <button type="submit" ?disabled=${this._loading}>${t('tax.show')}</button>
      </form>
      <p class="field-error" id="sales-input-error" role="alert">${this._inputError}</p>
      ${loadState({ loading: this._loading && !l, error: this._error, empty: false }, '')}
      ${l ? this.liability(l) : nothing}
      <h2>${t('tax.sales.prepareTitle')}</h2>
      <div class="toolbar">
        <label class="check"
          ><input
            type="checkbox"
            data-preliminary
            .checked=${this._preliminary}
            @change=${(e: Event) => (this._preliminary = (e.target as HTMLInputElement).checked)}
          />${t('tax.sales.preliminary')}</label
        >
        <button
          type="button"
          data-action="prepare-filing"
          ?disabled=${!this.canWrite || this._preparing}
          @click=${() => this.prepare()}
        >
          ${this._preparing ? t('tax.sales.preparing') : t('tax.sales.prepare')}
        </button>
      </div>
      ${this.canWrite ? nothing : html`<p class="muted">${t('tax.sales.viewerNote')}</p>`}
      <p class="field-error" role="alert" data-prepare-error>${this._prepareError}</p>
      ${this._packet ? this.packet(this._packet) : nothing}
      <h2>${t('tax.sales.quoteTitle')}</h2>
      <zac-tax-quote .client=${this.client} .user=${this.user}></zac-tax-quote>`;
  }
}
