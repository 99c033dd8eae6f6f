// <zac-tax-estimated>: the Estimated tax tab. The owner's federal tax for a year as the hub
// projects it (net profit, self-employment tax, standard or itemized deduction, QBI, income tax),
// the 1040-ES required annual payment under the safe harbors, the four installments with their
// due dates against what was paid by each, the warnings, and standard against itemized. Every
// figure has its why: the formula with its amounts and the cited rules.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsolePage, loadState } from '../../page.js';
import { localToday } from '../reports/period.js';
import { amountCell } from '../reports/report-format.js';
import {
  TAX_ESTIMATED_TAX_PLAN,
  type EstimatedTaxPlan,
  type TaxFigure,
} from '../tax.operations.js';
import { words } from './tax-format.js';
import { taxStyles } from './tax.styles.js';
import { figureWhy, ruleIndex, toggled, whyButton, whyRow, type RuleIndex } from './tax-why.js';

/** A clause the hub gives in lower case, as a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export class ZacTaxEstimated extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      ul.warnings {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      ul.warnings li {
        color: var(--zac-admin-warn);
        background: var(--zac-admin-warn-surface);
        border: 1px solid var(--zac-admin-warn-border);
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
        margin-bottom: 0.4rem;
      }
      .badge[data-status='SHORT'] {
        background: var(--zac-admin-danger-bg);
        color: var(--zac-admin-danger-fg);
      }
      .badge[data-status='UPCOMING'] {
        background: var(--zac-admin-info-bg);
        color: var(--zac-admin-info-fg);
      }
      .cards-2 {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
        gap: 1rem;
        align-items: start;
      }
      ul.notes {
        padding-left: 1.2rem;
      }
      .table-wrap + .cards-2 {
        margin-top: 1rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    taxYear: { type: Number },
    _plan: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
  };

  declare taxYear: number;
  declare _plan: EstimatedTaxPlan | null;
  declare _loading: boolean;
  declare _error: unknown;
  declare _open: ReadonlySet<string>;
  private rules: RuleIndex = new Map();

  constructor() {
    super();
    this.taxYear = Number(localToday().slice(0, 4));
    this._plan = null;
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
      const { estimatedTaxPlan } = await this.client.request(TAX_ESTIMATED_TAX_PLAN, {
        taxYear: this.taxYear,
      });
      this.rules = ruleIndex(estimatedTaxPlan.rulesUsed);
      this._plan = estimatedTaxPlan;
      this._open = new Set();
      this._error = null;
    } catch (error) {
      this._plan = null;
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  /** A labelled amount with its why folded below; `columns` is the table's width. */
  private figure(key: string, label: string, f: TaxFigure, total = false): TemplateResult {
    const open = this._open.has(key);
    return html`<tr data-line=${key} class=${total ? 'total' : ''}>
        <th scope="row">
          ${label} ${whyButton(key, label, open, () => (this._open = toggled(this._open, key)))}
        </th>
        <td class="num" data-column="amount">${amountCell(f.cents)}</td>
      </tr>
      ${whyRow(key, 2, open, figureWhy(f, this.rules))}`;
  }

  private table(key: string, caption: string, rows: TemplateResult[]): TemplateResult {
    return html`<div class="table-wrap">
      <table data-table=${key}>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" class="num">Amount</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }

  private installments(p: EstimatedTaxPlan): TemplateResult {
    return html`<div class="table-wrap">
      <table data-installments>
        <caption>
          1040-ES installments, ${p.taxYear}
        </caption>
        <thead>
          <tr>
            <th scope="col">Installment</th>
            <th scope="col">Due</th>
            <th scope="col" class="num">Amount</th>
            <th scope="col" class="num">Paid by the due date</th>
            <th scope="col" class="num">Short</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${p.installments.map((i) => {
            const key = `installment-${i.number}`;
            const open = this._open.has(key);
            return html`<tr data-installment=${i.number}>
                <th scope="row">
                  ${i.number}
                  ${whyButton(key, `installment ${i.number}`, open, () => {
                    this._open = toggled(this._open, key);
                  })}
                </th>
                <td data-due>
                  ${i.dueDate}${
                    i.dueDate !== i.nominalDueDate
                      ? html`<br /><span class="muted">moved from ${i.nominalDueDate}</span>`
                      : nothing
                  }
                </td>
                <td class="num" data-column="amount">${amountCell(i.amount.cents)}</td>
                <td class="num">${i.paidByDueDate === null ? '—' : amountCell(i.paidByDueDate)}</td>
                <td class="num">${i.shortfall ? amountCell(i.shortfall) : '—'}</td>
                <td><span class="badge" data-status=${i.status}>${words(i.status)}</span></td>
              </tr>
              ${whyRow(
                key,
                6,
                open,
                html`${figureWhy(i.amount, this.rules)}
                  <p>Cumulative: ${amountCell(i.cumulative.cents)} (${i.cumulative.formula})</p>`,
              )}`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private content(p: EstimatedTaxPlan): TemplateResult {
    const s = p.standardVsItemized;
    // The plan repeats the comparison's notes: each is said once.
    const notes = [...new Set([...s.notes, ...p.notes])];
    return html`${
        p.warnings.length
          ? html`<ul class="warnings" aria-label="Warnings">
              ${p.warnings.map((w) => html`<li data-warning>${w}</li>`)}
            </ul>`
          : nothing
      }
      <div class="summary">
        <div class="card" data-kpi="total-tax">
          <div class="label">Projected federal tax</div>
          <div class="value">${amountCell(p.totalTax.cents)}</div>
        </div>
        <div class="card" data-kpi="required">
          <div class="label">Required in estimated payments</div>
          <div class="value">${amountCell(p.requiredAnnualPayment.cents)}</div>
        </div>
        <div class="card" data-kpi="paid">
          <div class="label">Paid so far</div>
          <div class="value">${amountCell(p.paidToDateCents)}</div>
        </div>
      </div>
      <p data-payments-required>
        ${p.paymentsRequired ? 'Estimated payments are required' : 'No estimated payments are required'}:
        ${sentence(p.paymentsRequiredReason)} The safe harbor used is the
        ${p.basis === 'priorYear' ? "prior year's tax" : "current year's tax"} (the smaller).
        ${p.netProfitBasisExplanation}
      </p>
      ${this.installments(p)}
      <div class="cards-2">
        ${this.table('projection', `Projected tax, ${p.taxYear} (${p.filingStatus})`, [
          this.figure('net-profit-to-date', 'Net profit on the books so far', p.netProfitToDate),
          this.figure('projected-net-profit', 'Projected net profit', p.projectedNetProfit),
          this.figure('se-tax', 'Self-employment tax', p.selfEmploymentTax),
          this.figure('half-se', 'Deductible half of SE tax', p.deductibleHalfOfSelfEmploymentTax),
          this.figure('agi', 'Adjusted gross income', p.adjustedGrossIncome),
          this.figure('before-qbi', 'Taxable income before QBI', p.taxableIncomeBeforeQbi),
          this.figure('qbi', 'QBI deduction', p.qbiDeduction),
          this.figure('taxable-income', 'Taxable income', p.taxableIncome),
          this.figure('income-tax', `Income tax (marginal ${p.marginalRate})`, p.incomeTax),
          this.figure('additional-medicare', 'Additional Medicare tax', p.additionalMedicareTax),
          this.figure('total-tax', 'Total tax', p.totalTax, true),
        ])}
        ${this.table('safe-harbor', 'Required annual payment (safe harbors)', [
          ...(p.priorYearOption
            ? [this.figure('prior-year', "Prior year's tax option", p.priorYearOption)]
            : []),
          this.figure('current-year', "Current year's tax option", p.currentYearOption),
          this.figure('required', 'Required annual payment', p.requiredAnnualPayment, true),
        ])}
      </div>
      <h2>Standard or itemized deduction</h2>
      <p data-standard-vs-itemized><strong>${words(s.chosen)}</strong>: ${s.why}</p>
      ${this.table('standard-vs-itemized', 'Standard against itemized', [
        this.figure('standard', 'Standard deduction', s.standardDeduction),
        this.figure('standard-total', 'Standard total', s.standardTotal),
        this.figure('mortgage', 'Home mortgage interest', s.mortgageInterest),
        this.figure('salt-paid', 'State and local taxes paid', s.saltPaid),
        this.figure('salt-limit', 'SALT limit', s.saltLimit),
        this.figure('salt', 'SALT deducted', s.salt),
        this.figure('charitable', 'Charitable', s.charitable),
        this.figure('itemized-total', 'Itemized total', s.itemizedTotal),
        this.figure('deduction', 'Deduction taken', s.deduction, true),
        this.figure('difference', 'Difference', s.difference),
      ])}
      <p class="muted">${p.qbiExplanation}</p>
      ${
        notes.length
          ? html`<ul class="notes muted">
              ${notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
      ${
        p.payments.length
          ? html`<h2>Payments made</h2>
              <ul class="notes" data-payments>
                ${p.payments.map(
                  (x) => html`<li>${x.paidOn}: ${amountCell(x.amountCents)} ${x.note}</li>`,
                )}
              </ul>`
          : nothing
      }
      <p class="muted">
        As of ${p.asOf}; the books run through ${p.booksThrough ?? 'no entry'}. Rule set
        ${p.ruleSetVersion}.
      </p>`;
  }

  override render() {
    const p = this._plan;
    const year = Number(localToday().slice(0, 4));
    return html`<div class="toolbar">
        <div class="field">
          <label for="estimated-year">Tax year</label>
          <select
            id="estimated-year"
            @change=${(e: Event) => {
              this.taxYear = Number((e.target as HTMLSelectElement).value);
              void this.load();
            }}
          >
            ${[year, year - 1].map(
              (y) => html`<option value=${y} ?selected=${y === this.taxYear}>${y}</option>`,
            )}
          </select>
        </div>
      </div>
      ${loadState({ loading: this._loading && !p, error: this._error, empty: false }, '')}
      ${p ? this.content(p) : nothing}`;
  }
}
