// <zac-reports-trends>: the Trends tab: revenue and gross margin by month, cash at each month's
// end with net income, and the forecast of revenue, expenses or cash for the next 12 months with
// its 80% and 95% intervals and conservative, base and aggressive lines, from one `forecast`
// request. The method and assumptions are quoted as the hub states them.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsolePage, loadState } from '../../page.js';
import { REPORT_FORECAST, type ReportForecast } from '../reports.operations.js';
import { accounting, monthLabel } from './report-format.js';
import {
  MONEY_AXIS,
  PERCENT_AXIS,
  SERIES_LABELS,
  cashLayers,
  cashSummary,
  forecastLayers,
  forecastMonths,
  forecastSummary,
  revenueLayers,
  revenueSummary,
  type ForecastSeries,
} from './trend-summaries.js';

/** Actual months shown before the forecast, for context. */
const FORECAST_CONTEXT_MONTHS = 12;
const FORECAST_MONTHS = 12;

export class ZacReportsTrends extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      section.card {
        margin: 0 0 1.25rem;
      }
      h2 {
        margin-top: 0;
      }
      .series {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0;
        border: 1px solid var(--zac-admin-primary);
        border-radius: 6px;
        overflow: hidden;
        margin: 0 0 0.75rem;
        padding: 0;
      }
      .series label {
        font-weight: 400;
        padding: 0.3rem 0.8rem;
        cursor: pointer;
        color: var(--zac-admin-primary);
      }
      .series input {
        position: absolute;
        opacity: 0;
      }
      .series label:has(input:checked) {
        background: var(--zac-admin-primary);
        color: var(--zac-admin-primary-fg);
        font-weight: 600;
      }
      .series label:has(input:focus-visible) {
        outline: 3px solid var(--zac-admin-focus);
        outline-offset: -3px;
      }
      .method {
        color: var(--zac-admin-muted);
        font-size: 0.9rem;
        margin: 0.5rem 0 0;
      }
      details {
        margin-top: 0.6rem;
      }
      summary {
        cursor: pointer;
        color: var(--zac-admin-primary);
      }
      .table-wrap {
        position: relative;
      }
      .table-wrap table {
        min-width: 36rem;
        font-variant-numeric: tabular-nums;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
      }
      ul.assumptions {
        padding-left: 1.2rem;
        margin: 0.4rem 0 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _forecast: { state: true },
    _series: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _forecast: ReportForecast | null;
  /** The forecast series shown: REVENUE, EXPENSES or CASH. */
  declare _series: string;
  declare _loading: boolean;
  declare _error: unknown;

  constructor() {
    super();
    this._forecast = null;
    this._series = 'REVENUE';
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
      const { forecast } = await this.client.request(REPORT_FORECAST, {
        months: FORECAST_MONTHS,
      });
      this._forecast = forecast;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private forecastTable(series: ForecastSeries): TemplateResult {
    return html`<details>
      <summary>Forecast figures</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Forecast figures">
        <table data-forecast-table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" class="num">Conservative</th>
              <th scope="col" class="num">Base</th>
              <th scope="col" class="num">Aggressive</th>
              <th scope="col" class="num">80% interval</th>
              <th scope="col" class="num">95% interval</th>
            </tr>
          </thead>
          <tbody>
            ${series.points.map(
              (p) =>
                html`<tr data-month=${p.month}>
                  <th scope="row">${monthLabel(p.month)}</th>
                  <td class="num">${accounting(p.conservativeCents)}</td>
                  <td class="num">${accounting(p.baseCents)}</td>
                  <td class="num">${accounting(p.aggressiveCents)}</td>
                  <td class="num">${accounting(p.lower80Cents)} – ${accounting(p.upper80Cents)}</td>
                  <td class="num">${accounting(p.lower95Cents)} – ${accounting(p.upper95Cents)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private forecastCard(f: ReportForecast): TemplateResult {
    const series = f.series.find((s) => s.key === this._series) ?? f.series[0];
    if (!series) return html``;
    const first = series.points[0];
    return html`<section class="card" data-chart="forecast">
      <h2>Forecast, next ${series.points.length} months</h2>
      <fieldset class="series">
        <legend class="visually-hidden">Series</legend>
        ${f.series.map(
          (s) =>
            html`<label
              ><input
                type="radio"
                name="series"
                value=${s.key}
                .checked=${s.key === series.key}
                @change=${() => (this._series = s.key)}
              />${SERIES_LABELS[s.key] ?? s.key}</label
            >`,
        )}
      </fieldset>
      <zac-report-chart
        caption=${`${SERIES_LABELS[series.key] ?? series.key}: the last ${FORECAST_CONTEXT_MONTHS} months and the forecast`}
        summary=${forecastSummary(series)}
        .months=${forecastMonths(f.history, series, FORECAST_CONTEXT_MONTHS)}
        .layers=${forecastLayers(f.history, series, FORECAST_CONTEXT_MONTHS)}
        .money=${MONEY_AXIS}
        divider-at=${first?.month ?? ''}
        divider-label="Forecast"
      ></zac-report-chart>
      <p class="method" data-method>${series.method}</p>
      ${this.forecastTable(series)}
      ${
        f.assumptions.length
          ? html`<details>
              <summary>Assumptions</summary>
              <ul class="assumptions">
                ${f.assumptions.map((a) => html`<li>${a}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const f = this._forecast;
    const state = loadState(
      {
        loading: this._loading && !f,
        error: this._error,
        empty: !!f && f.history.length === 0,
      },
      'No complete month in the books yet: trends start after the first month closes.',
    );
    if (state !== nothing || !f) return state;
    return html`<section class="card" data-chart="revenue">
        <h2>Revenue and gross margin</h2>
        <zac-report-chart
          caption="Revenue by month, with gross margin"
          summary=${revenueSummary(f.history)}
          .months=${f.history.map((m) => m.month)}
          .layers=${revenueLayers(f.history)}
          .money=${MONEY_AXIS}
          .percent=${PERCENT_AXIS}
        ></zac-report-chart>
      </section>
      <section class="card" data-chart="cash">
        <h2>Cash</h2>
        <zac-report-chart
          caption="Cash at each month's end, with net income"
          summary=${cashSummary(f.history)}
          .months=${f.history.map((m) => m.month)}
          .layers=${cashLayers(f.history)}
          .money=${MONEY_AXIS}
        ></zac-report-chart>
      </section>
      ${this.forecastCard(f)}`;
  }
}
