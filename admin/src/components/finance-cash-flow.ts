// <zac-finance-cash-flow>: the weekly cash-flow report: the week against the prior week and the
// same week last year, money in and out by category, the trend chart, anomalies and runway, each
// explained in the hub's words.
import { css, html, nothing, type TemplateResult } from 'lit';
import { FINANCE_CASH_FLOW, type CashFlowReport } from '../pages/finance.operations.js';
import { formatLocale, t } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { ConsolePage, loadState } from '../page.js';
import { day, money, moneyChange, shortDay } from './finance-format.js';
import { amount, financeStyles } from './finance-ui.js';

const HISTORY_WEEKS = [8, 13, 26, 52] as const;

type Period = CashFlowReport['week'];
type Category = CashFlowReport['inflows'][number];

/** A figure with exactly `digits` decimals in the formatting locale: "6.2", "90". */
function decimal(value: number, digits: number): string {
  return value.toLocaleString(formatLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export class ZacFinanceCashFlow extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    financeStyles,
    css`
      .split {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: 1rem;
      }
      .split table,
      .compare table {
        min-width: 0;
      }
      section.card {
        margin: 1rem 0;
      }
      ul.anomalies {
        padding-left: 1.2rem;
      }
      ul.anomalies li {
        margin-bottom: 0.4rem;
      }
      th.num {
        text-align: right;
      }
      dl.kpis dd {
        margin: 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _report: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _report: CashFlowReport | null;
  declare _loading: boolean;
  declare _error: unknown;
  private weekEnding = '';
  private historyWeeks = 13;

  constructor() {
    super();
    this._report = null;
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
      const { cashFlowReport } = await this.client.request(FINANCE_CASH_FLOW, {
        weekEnding: this.weekEnding || null,
        historyWeeks: this.historyWeeks,
      });
      this._report = cashFlowReport;
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
    this.weekEnding = String(data.get('weekEnding') ?? '');
    this.historyWeeks = Number(data.get('historyWeeks') ?? 13) || 13;
    void this.load();
  }

  private compare(r: CashFlowReport): TemplateResult {
    const periods: [string, Period][] = [
      [t('finance.cash.thisWeek'), r.week],
      [t('finance.cash.priorWeek'), r.priorWeek],
      [t('finance.cash.sameWeekLastYear'), r.sameWeekLastYear],
    ];
    type Key = 'totalInCents' | 'totalOutCents' | 'netCents';
    const lines: [string, Key, (p: Period) => TemplateResult][] = [
      [t('finance.moneyIn'), 'totalInCents', (p) => html`${money(p.totalInCents)}`],
      [
        t('finance.moneyOut'),
        'totalOutCents',
        (p) => html`<span class="out">${money(Math.abs(p.totalOutCents))}</span>`,
      ],
      [t('finance.net'), 'netCents', (p) => amount(p.netCents)],
    ];
    // In and out compare their sizes; net compares signed.
    const change = (key: Key) =>
      key === 'netCents'
        ? r.week.netCents - r.priorWeek.netCents
        : Math.abs(r.week[key]) - Math.abs(r.priorWeek[key]);
    return html`<div
      class="table-wrap compare"
      tabindex="0"
      aria-label=${t('finance.cash.compareTable')}
    >
      <table data-compare>
        <caption class="visually-hidden">
          ${t('finance.cash.compareCaption')}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${periods.map(
              ([label, p]) =>
                html`<th scope="col" class="num">
                  ${label}<br /><span class="muted">${shortDay(p.start)} – ${day(p.end)}</span>
                </th>`,
            )}
            <th scope="col" class="num">${t('finance.cash.changeVsPrior')}</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            ([label, key, cell]) =>
              html`<tr data-line=${key}>
                <th scope="row" class="nowrap">${label}</th>
                ${periods.map(([, p]) => html`<td class="amount">${cell(p)}</td>`)}
                <td class="amount">${moneyChange(change(key))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private categories(title: string, rows: readonly Category[], out: boolean): TemplateResult {
    const total = rows.reduce((n, c) => n + c.amountCents, 0);
    const lines = rows.reduce((n, c) => n + c.count, 0);
    return html`<div>
      <h3>${title}</h3>
      ${
        rows.length === 0
          ? html`<p class="muted">${t('finance.cash.noneThisWeek')}</p>`
          : html`<table data-categories=${out ? 'out' : 'in'}>
              <thead>
                <tr>
                  <th scope="col">${t('finance.cash.category')}</th>
                  <th scope="col" class="amount">${t('finance.cash.lines')}</th>
                  <th scope="col" class="amount">${t('finance.amount')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (c) =>
                    html`<tr>
                      <td>${c.category}</td>
                      <td class="amount">${formatNumber(c.count)}</td>
                      <td class="amount">${money(c.amountCents)}</td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t('finance.cash.total')}</th>
                  <td class="amount">${formatNumber(lines)}</td>
                  <td class="amount"><strong>${money(total)}</strong></td>
                </tr>
              </tfoot>
            </table>`
      }
    </div>`;
  }

  private body(r: CashFlowReport): TemplateResult {
    const runway = r.runway;
    const weeks = runway.weeksOfRunway;
    return html`<ul class="kpis" aria-label=${t('finance.cash.thisWeek')}>
        <li class="card kpi" data-kpi="in">
          <span class="value">${money(r.week.totalInCents)}</span>
          <span class="label">${t('finance.moneyIn')}</span>
        </li>
        <li class="card kpi" data-kpi="out">
          <span class="value out">${money(Math.abs(r.week.totalOutCents))}</span>
          <span class="label">${t('finance.moneyOut')}</span>
        </li>
        <li class="card kpi" data-kpi="net">
          <span class="value">${amount(r.week.netCents)}</span>
          <span class="label">${t('finance.net')}</span>
        </li>
        <li class="card kpi" data-kpi="runway">
          <span class="value"
            >${
              weeks === null || weeks === undefined
                ? t('finance.cash.growing')
                : t('finance.cash.runwayWeeks', {
                    weeks: weeks < 10 ? decimal(weeks, 1) : decimal(Math.round(weeks), 0),
                  })
            }</span
          >
          <span class="label">${t('finance.cash.runway')}</span>
        </li>
      </ul>
      ${this.compare(r)}
      <section class="card">
        <zac-finance-cash-chart
          .weeks=${r.trend}
          caption=${t('finance.cash.chartCaption', { count: r.trend.length })}
        ></zac-finance-cash-chart>
      </section>
      <div class="split">
        ${this.categories(t('finance.cash.inByCategory'), r.inflows, false)}
        ${this.categories(t('finance.cash.outByCategory'), r.outflows, true)}
      </div>
      <h3>${t('finance.cash.anomalies')}</h3>
      ${
        r.anomalies.length === 0
          ? html`<p class="muted" data-anomalies>${t('finance.cash.noAnomalies')}</p>`
          : html`<ul class="anomalies" data-anomalies>
              ${r.anomalies.map((a) => {
                const direction = t(
                  a.direction === 'IN' ? 'finance.cash.anomalyIn' : 'finance.cash.anomalyOut',
                );
                const deviation = t(
                  a.deviation === 'LOW' ? 'finance.cash.anomalyLow' : 'finance.cash.anomalyHigh',
                );
                const why =
                  a.score === null || a.score === undefined
                    ? t('finance.cash.anomalyWhy', { direction, deviation })
                    : t('finance.cash.anomalyWhyScored', {
                        direction,
                        deviation,
                        score: decimal(a.score, 1),
                      });
                return html`<li>
                  <strong>${a.category}</strong>
                  ${why} ${a.explanation}.
                </li>`;
              })}
            </ul>`
      }
      <h3>${t('finance.cash.runway')}</h3>
      <dl class="kpis" data-runway>
        <div class="card kpi">
          <dt class="label">${t('finance.cash.cashBalance')}</dt>
          <dd class="value">${money(runway.cashBalanceCents)}</dd>
        </div>
        <div class="card kpi">
          <dt class="label">
            ${t('finance.cash.averageWeeklyNet', { count: runway.weeksCounted })}
          </dt>
          <dd class="value">${moneyChange(runway.averageWeeklyNetCents)}</dd>
        </div>
      </dl>
      <p data-runway-explanation>${runway.explanation}</p>`;
  }

  override render() {
    const report = this._report;
    const state = loadState(
      { loading: this._loading && !report, error: this._error, empty: false },
      '',
    );
    return html`<h2>${t('finance.tab.cashFlow')}</h2>
      <form class="row" @submit=${this.submit} aria-label=${t('finance.cash.reportWeek')}>
        <div class="field">
          <label for="weekEnding">${t('finance.weekEnding')}</label>
          <input id="weekEnding" name="weekEnding" type="date" .value=${this.weekEnding} />
        </div>
        <div class="field">
          <label for="historyWeeks">${t('finance.cash.history')}</label>
          <select id="historyWeeks" name="historyWeeks">
            ${HISTORY_WEEKS.map(
              (n) =>
                html`<option value=${n} ?selected=${n === this.historyWeeks}>
                  ${t('finance.weeks', { count: n })}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <button type="submit" ?disabled=${this._loading}>${t('finance.show')}</button>
        </div>
      </form>
      ${state !== nothing ? state : report ? this.body(report) : nothing}`;
  }
}
