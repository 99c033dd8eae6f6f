// <zac-tax-estimated>: the Estimated tax tab. The owner's federal tax for a year as the hub
// projects it (net profit, self-employment tax, standard or itemized deduction, QBI, income tax),
// the 1040-ES required annual payment under the safe harbors, the four installments with their
// due dates against what was paid by each, the warnings, and standard against itemized. Every
// figure has its why: the formula with its amounts and the cited rules.
import { css, html, nothing, type TemplateResult } from 'lit';
import { t, type MessageKey } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { localToday } from '../reports/period.js';
import { amountCell } from '../reports/report-format.js';
import {
  TAX_ESTIMATED_TAX_PLAN,
  type EstimatedTaxPlan,
  type TaxFigure,
} from '../tax.operations.js';
import { fill, words } from './tax-format.js';
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
  private figure(key: string, labelKey: MessageKey, f: TaxFigure, total = false): TemplateResult {
    return this.labelledFigure(key, t(labelKey), f, total);
  }

  private labelledFigure(key: string, label: string, f: TaxFigure, total = false): TemplateResult {
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
            <th scope="col">${t('tax.estimated.figure')}</th>
            <th scope="col" class="num">${t('tax.amount')}</th>
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
          ${t('tax.estimated.installmentsCaption', { year: String(p.taxYear) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.estimated.installment')}</th>
            <th scope="col">${t('tax.due')}</th>
            <th scope="col" class="num">${t('tax.amount')}</th>
            <th scope="col" class="num">${t('tax.estimated.paidByDue')}</th>
            <th scope="col" class="num">${t('tax.estimated.short')}</th>
            <th scope="col">${t('tax.status')}</th>
          </tr>
        </thead>
        <tbody>
          ${p.installments.map((i) => {
            const key = `installment-${i.number}`;
            const open = this._open.has(key);
            return html`<tr data-installment=${i.number}>
                <th scope="row">
                  ${i.number}
                  ${whyButton(
                    key,
                    t('tax.estimated.installmentN', { n: String(i.number) }),
                    open,
                    () => {
                      this._open = toggled(this._open, key);
                    },
                  )}
                </th>
                <td data-due>
                  ${i.dueDate}${
                    i.dueDate !== i.nominalDueDate
                      ? html`<br /><span class="muted"
                            >${t('tax.estimated.movedFrom', { date: i.nominalDueDate })}</span
                          >`
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
                  <p>
                    ${fill(t('tax.estimated.cumulative', { formula: i.cumulative.formula }), {
                      amount: amountCell(i.cumulative.cents),
                    })}
                  </p>`,
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
          ? html`<ul class="warnings" aria-label=${t('tax.estimated.warnings')}>
              ${p.warnings.map((w) => html`<li data-warning>${w}</li>`)}
            </ul>`
          : nothing
      }
      <div class="summary">
        <div class="card" data-kpi="total-tax">
          <div class="label">${t('tax.estimated.projectedFederal')}</div>
          <div class="value">${amountCell(p.totalTax.cents)}</div>
        </div>
        <div class="card" data-kpi="required">
          <div class="label">${t('tax.estimated.requiredKpi')}</div>
          <div class="value">${amountCell(p.requiredAnnualPayment.cents)}</div>
        </div>
        <div class="card" data-kpi="paid">
          <div class="label">${t('tax.estimated.paidSoFar')}</div>
          <div class="value">${amountCell(p.paidToDateCents)}</div>
        </div>
      </div>
      <p data-payments-required>
        ${t(p.paymentsRequired ? 'tax.estimated.required' : 'tax.estimated.notRequired', {
          reason: sentence(p.paymentsRequiredReason),
          basis: t(
            p.basis === 'priorYear'
              ? 'tax.estimated.basisPriorYear'
              : 'tax.estimated.basisCurrentYear',
          ),
          explanation: p.netProfitBasisExplanation,
        })}
      </p>
      ${this.installments(p)}
      <div class="cards-2">
        ${this.table(
          'projection',
          t('tax.estimated.projectionCaption', {
            year: String(p.taxYear),
            filingStatus: p.filingStatus,
          }),
          [
            this.figure('net-profit-to-date', 'tax.estimated.netProfitToDate', p.netProfitToDate),
            this.figure(
              'projected-net-profit',
              'tax.estimated.projectedNetProfit',
              p.projectedNetProfit,
            ),
            this.figure('se-tax', 'tax.estimated.seTax', p.selfEmploymentTax),
            this.figure('half-se', 'tax.estimated.halfSe', p.deductibleHalfOfSelfEmploymentTax),
            this.figure('agi', 'tax.estimated.agi', p.adjustedGrossIncome),
            this.figure('before-qbi', 'tax.estimated.beforeQbi', p.taxableIncomeBeforeQbi),
            this.figure('qbi', 'tax.estimated.qbi', p.qbiDeduction),
            this.figure('taxable-income', 'tax.estimated.taxableIncome', p.taxableIncome),
            this.labelledFigure(
              'income-tax',
              t('tax.estimated.incomeTax', { rate: p.marginalRate }),
              p.incomeTax,
            ),
            this.figure(
              'additional-medicare',
              'tax.estimated.additionalMedicare',
              p.additionalMedicareTax,
            ),
            this.figure('total-tax', 'tax.estimated.totalTax', p.totalTax, true),
          ],
        )}
        ${this.table('safe-harbor', t('tax.estimated.safeHarborCaption'), [
          ...(p.priorYearOption
            ? [this.figure('prior-year', 'tax.estimated.priorYearOption', p.priorYearOption)]
            : []),
          this.figure('current-year', 'tax.estimated.currentYearOption', p.currentYearOption),
          this.figure(
            'required',
            'tax.estimated.requiredAnnualPayment',
            p.requiredAnnualPayment,
            true,
          ),
        ])}
      </div>
      <h2>${t('tax.estimated.standardOrItemized')}</h2>
      <p data-standard-vs-itemized><strong>${words(s.chosen)}</strong>: ${s.why}</p>
      ${this.table('standard-vs-itemized', t('tax.estimated.standardVsItemizedCaption'), [
        this.figure('standard', 'tax.estimated.standardDeduction', s.standardDeduction),
        this.figure('standard-total', 'tax.estimated.standardTotal', s.standardTotal),
        this.figure('mortgage', 'tax.estimated.mortgage', s.mortgageInterest),
        this.figure('salt-paid', 'tax.estimated.saltPaid', s.saltPaid),
        this.figure('salt-limit', 'tax.estimated.saltLimit', s.saltLimit),
        this.figure('salt', 'tax.estimated.salt', s.salt),
        this.figure('charitable', 'tax.estimated.charitable', s.charitable),
        this.figure('itemized-total', 'tax.estimated.itemizedTotal', s.itemizedTotal),
        this.figure('deduction', 'tax.estimated.deductionTaken', s.deduction, true),
        this.figure('difference', 'tax.estimated.difference', s.difference),
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
          ? html`<h2>${t('tax.estimated.paymentsMade')}</h2>
              <ul class="notes" data-payments>
                ${p.payments.map(
                  (x) => html`<li>${x.paidOn}: ${amountCell(x.amountCents)} ${x.note}</li>`,
                )}
              </ul>`
          : nothing
      }
      <p class="muted">
        ${t('tax.estimated.footer', {
          asOf: p.asOf,
          through: p.booksThrough ?? t('tax.noEntry'),
          version: p.ruleSetVersion,
        })}
      </p>`;
  }

  override render() {
    const p = this._plan;
    const year = Number(localToday().slice(0, 4));
    return html`<div class="toolbar">
        <div class="field">
          <label for="estimated-year">${t('tax.taxYear')}</label>
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
