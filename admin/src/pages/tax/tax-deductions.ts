// <zac-tax-deductions>: the Deductions tab. Schedule C for a tax year as the hub computes it from
// the ledger (lines 1 to 31), the vehicle, home office and section 179 choices with both methods'
// figures, the deductions likely missed, and the sources. Every figure has its "why" folded
// beside it: the formula with the amounts it used and each rule's value and citation.
import { css, html, nothing, type TemplateResult } from 'lit';
import { t, translated, type MessageKey } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { localToday } from '../reports/period.js';
import { amountCell } from '../reports/report-format.js';
import { TAX_DEDUCTION_SUMMARY, type DeductionSummary, type TaxFigure } from '../tax.operations.js';
import { fill } from './tax-format.js';
import { taxStyles } from './tax.styles.js';
import {
  citationLink,
  figureWhy,
  ruleIndex,
  toggled,
  whyButton,
  whyRow,
  type RuleIndex,
} from './tax-why.js';

/** The years offered: this one and the two before (the hub refuses years its rules lack). */
export function taxYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [year, year - 1, year - 2];
}

/** The method chosen, in words (`tax.method.<METHOD>`); an unknown one as sent. */
function methodWords(method: string): string {
  return translated(`tax.method.${method}`, method);
}

export class ZacTaxDeductions extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      .adjust {
        display: block;
        font-size: 0.85rem;
        color: var(--zac-admin-muted);
        font-weight: 400;
      }
      ul.missed {
        padding-left: 1.2rem;
      }
      ul.sources {
        padding-left: 1.2rem;
        font-size: 0.9rem;
      }
      ul.sources li + li {
        margin-top: 0.35rem;
      }
      .card h2 {
        margin: 0 0 0.35rem;
        font-size: 1rem;
      }
      .card p {
        margin: 0 0 0.5rem;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 1rem;
        margin-top: 1rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    taxYear: { type: Number },
    _summary: { state: true },
    _open: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare taxYear: number;
  declare _summary: DeductionSummary | null;
  /** The figures whose why is unfolded, by row key. */
  declare _open: ReadonlySet<string>;
  declare _loading: boolean;
  declare _error: unknown;
  private rules: RuleIndex = new Map();

  constructor() {
    super();
    this.taxYear = Number(localToday().slice(0, 4));
    this._summary = null;
    this._open = new Set();
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
      const { deductionSummary } = await this.client.request(TAX_DEDUCTION_SUMMARY, {
        taxYear: this.taxYear,
      });
      this.rules = ruleIndex(deductionSummary.rulesUsed);
      this._summary = deductionSummary;
      this._error = null;
    } catch (error) {
      this._summary = null;
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private changeYear(year: number): void {
    this.taxYear = year;
    void this.load();
  }

  /**
   * A figure's row (its label, the toggle for why, the amounts) and its folded why below it.
   * `cells` are the cells after the label; `columns` counts them with the label.
   */
  private figureRows(
    key: string,
    label: string,
    figure: TaxFigure,
    cells: TemplateResult,
    options: { note?: string | null; total?: boolean; columns: number },
  ): TemplateResult {
    const open = this._open.has(key);
    return html`<tr data-line=${key} class=${options.total ? 'total' : ''}>
        <th scope="row">
          ${label} ${options.note ? html`<span class="adjust">${options.note}</span>` : nothing}
          ${whyButton(key, label, open, () => (this._open = toggled(this._open, key)))}
        </th>
        ${cells}
      </tr>
      ${whyRow(key, options.columns, open, figureWhy(figure, this.rules))}`;
  }

  /** One Schedule C line: the books' amount (expense lines), the amount on the return, why. */
  private row(
    key: string,
    label: string | MessageKey,
    figure: TaxFigure,
    options: { ledgerCents?: number; adjustment?: string | null; total?: boolean } = {},
  ): TemplateResult {
    return this.figureRows(
      key,
      // A Schedule C line the hub labels is shown as sent; the fixed lines are catalogue keys.
      label.startsWith('tax.') ? t(label as MessageKey) : label,
      figure,
      html`<td class="num" data-column="books">
          ${options.ledgerCents === undefined ? '' : amountCell(options.ledgerCents)}
        </td>
        <td class="num" data-column="amount">${amountCell(figure.cents)}</td>`,
      { note: options.adjustment, total: options.total, columns: 3 },
    );
  }

  /** A row of a two-column table (a name, an amount) with its why. */
  private amountRow(key: string, name: string, figure: TaxFigure, total = false): TemplateResult {
    return this.figureRows(
      key,
      name,
      figure,
      html`<td class="num" data-column="amount">${amountCell(figure.cents)}</td>`,
      { total, columns: 2 },
    );
  }

  private scheduleC(s: DeductionSummary): TemplateResult {
    return html`<div class="table-wrap">
      <table data-schedule-c>
        <caption>
          ${t('tax.deductions.scheduleCCaption', { year: String(s.taxYear) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.line')}</th>
            <th scope="col" class="num">${t('tax.deductions.onTheBooks')}</th>
            <th scope="col" class="num">${t('tax.deductions.onTheReturn')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.row('L1', 'tax.deductions.line1', s.grossReceipts)}
          ${this.row('L2', 'tax.deductions.line2', s.returnsAndAllowances)}
          ${this.row('L4', 'tax.deductions.line4', s.costOfGoodsSold)}
          ${this.row('L7', 'tax.deductions.line7', s.grossIncome, { total: true })}
          ${s.lines.map((line) =>
            this.row(line.line, line.label, line.deduction, {
              ledgerCents: line.ledgerCents,
              adjustment: line.adjustment,
            }),
          )}
          ${this.row('L28', 'tax.deductions.line28', s.totalExpenses, { total: true })}
          ${this.row('L29', 'tax.deductions.line29', s.tentativeProfit)}
          ${this.row('L30', 'tax.deductions.line30', s.homeOfficeDeduction)}
          ${this.row('L31', 'tax.deductions.line31', s.netProfit, { total: true })}
        </tbody>
      </table>
    </div>`;
  }

  /** Two methods side by side and the deduction (the larger), each with why. */
  private methods(
    key: string,
    rows: readonly [string, TaxFigure][],
    deduction: TaxFigure,
    label: string,
  ): TemplateResult {
    return html`<div class="table-wrap">
      <table data-methods=${key}>
        <caption class="visually-hidden">
          ${t('tax.deductions.methodsCaption', { label })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.deductions.method')}</th>
            <th scope="col" class="num">${t('tax.amount')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(([name, figure], i) => this.amountRow(`${key}-${i}`, name, figure))}
          ${this.amountRow(`${key}-deduction`, t('tax.deductions.deduction'), deduction, true)}
        </tbody>
      </table>
    </div>`;
  }

  private choices(s: DeductionSummary): TemplateResult {
    const v = s.vehicle;
    const h = s.homeOffice;
    const k = s.section179;
    return html`<div class="cards">
      ${
        v
          ? html`<section class="card" data-vehicle aria-labelledby="vehicle-h">
              <h2 id="vehicle-h">${t('tax.deductions.vehicle')}</h2>
              <p>
                ${fill(
                  t('tax.deductions.vehicleMiles', {
                    description: v.description,
                    business: v.businessMiles,
                    total: v.totalMiles,
                    why: v.why,
                  }),
                  { method: html`<strong>${methodWords(v.chosen)}</strong>` },
                )}
              </p>
              ${this.methods(
                'vehicle',
                [
                  [t('tax.deductions.standardMileage'), v.standardMileage],
                  [t('tax.deductions.actualExpenses'), v.actualExpenses],
                ],
                v.deduction,
                t('tax.deductions.vehicle'),
              )}
            </section>`
          : nothing
      }
      ${
        h
          ? html`<section class="card" data-home-office aria-labelledby="home-h">
              <h2 id="home-h">${t('tax.deductions.homeOffice')}</h2>
              <p>
                ${fill(
                  t('tax.deductions.homeOfficeArea', {
                    office: h.officeSquareFeet,
                    home: h.homeSquareFeet,
                    why: h.why,
                  }),
                  { method: html`<strong>${methodWords(h.chosen)}</strong>` },
                )}
              </p>
              ${this.methods(
                'home-office',
                [
                  [t('tax.deductions.simplified'), h.simplified],
                  [t('tax.deductions.actualExpenses'), h.actual],
                ],
                h.deduction,
                t('tax.deductions.homeOffice'),
              )}
            </section>`
          : nothing
      }
      ${
        k
          ? html`<section class="card" data-section-179 aria-labelledby="s179-h">
              <h2 id="s179-h">${t('tax.deductions.section179')}</h2>
              <div
                class="table-wrap"
                role="region"
                aria-label=${t('tax.deductions.section179Property')}
                tabindex="0"
              >
                <table data-section-179-properties>
                  <thead>
                    <tr>
                      <th scope="col">${t('tax.deductions.property')}</th>
                      <th scope="col" class="num">${t('tax.deductions.businessCost')}</th>
                      <th scope="col" class="num">${t('tax.deductions.elected')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${k.properties.map(
                      (p) =>
                        html`<tr>
                          <th scope="row">
                            ${p.description}
                            <span class="adjust"
                              >${t('tax.deductions.placedInService', {
                                date: p.placedInServiceOn,
                                reason: p.reason,
                              })}</span
                            >
                          </th>
                          <td class="num">${amountCell(p.businessCost.cents)}</td>
                          <td class="num">${amountCell(p.elected.cents)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <div class="table-wrap">
                <table data-methods="section-179">
                  <caption class="visually-hidden">
                    ${t('tax.deductions.section179Caption')}
                  </caption>
                  <tbody>
                    ${(
                      [
                        ['tax.deductions.dollarLimit', k.dollarLimit],
                        ['tax.deductions.phaseOut', k.threshold],
                        ['tax.deductions.dollarLimitation', k.dollarLimitation],
                        ['tax.deductions.businessIncome', k.businessIncome],
                        ['tax.deductions.businessIncomeLimitation', k.businessIncomeLimitation],
                        ['tax.deductions.deduction', k.deduction],
                        ['tax.deductions.carriedForward', k.carryover],
                      ] as const
                    ).map(([name, figure], i) =>
                      this.amountRow(
                        `section-179-${i}`,
                        t(name),
                        figure,
                        name === 'tax.deductions.deduction',
                      ),
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
    </div>`;
  }

  private content(s: DeductionSummary): TemplateResult {
    return html`<div class="summary">
        <div class="card" data-kpi="gross-income">
          <div class="label">${t('tax.deductions.kpiGrossIncome')}</div>
          <div class="value">${amountCell(s.grossIncome.cents)}</div>
        </div>
        <div class="card" data-kpi="total-expenses">
          <div class="label">${t('tax.deductions.kpiTotalExpenses')}</div>
          <div class="value">${amountCell(s.totalExpenses.cents)}</div>
        </div>
        <div class="card" data-kpi="net-profit">
          <div class="label">${t('tax.deductions.kpiNetProfit')}</div>
          <div class="value">${amountCell(s.netProfit.cents)}</div>
        </div>
      </div>
      <p class="muted">
        ${t('tax.deductions.period', {
          from: s.period.from,
          to: s.period.to,
          through: s.booksThrough ?? t('tax.noEntry'),
        })}
        ${
          s.profile
            ? html`${t('tax.deductions.profile', {
                businessForm: s.profile.businessForm,
                filingStatus: s.profile.filingStatus,
              })}
              ${s.profile.note}`
            : t('tax.deductions.noProfile')
        }
      </p>
      ${this.scheduleC(s)} ${this.choices(s)}
      <h2>${t('tax.deductions.missedTitle')}</h2>
      ${
        s.missedDeductions.length
          ? html`<ul class="missed">
              ${s.missedDeductions.map(
                (m) => html`<li data-missed=${m.kind}>${amountCell(m.cents)}: ${m.text}</li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('tax.deductions.noneMissed')}</p>`
      }
      <h2>${t('tax.deductions.sources')}</h2>
      <ul class="sources">
        ${s.rulesUsed.map(
          (r) =>
            html`<li data-source=${r.ruleId}>
              <code>${r.ruleId}</code>: ${r.value} (${r.concept}), ${citationLink(r.citation)}
              ${r.note ? html`<br /><span class="muted">${r.note}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <p class="muted">${t('tax.ruleSet', { version: s.ruleSetVersion })}</p>`;
  }

  override render() {
    const s = this._summary;
    return html`<div class="toolbar">
        <div class="field">
          <label for="deductions-year">${t('tax.taxYear')}</label>
          <select
            id="deductions-year"
            @change=${(e: Event) => this.changeYear(Number((e.target as HTMLSelectElement).value))}
          >
            ${taxYears(localToday()).map(
              (y) => html`<option value=${y} ?selected=${y === this.taxYear}>${y}</option>`,
            )}
          </select>
        </div>
      </div>
      ${loadState({ loading: this._loading && !s, error: this._error, empty: false }, '')}
      ${s ? this.content(s) : nothing}`;
  }
}
