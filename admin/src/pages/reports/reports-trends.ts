// <zac-reports-trends>: the Trends tab: revenue and gross margin by month, cash at each month's
// end with net income, and the forecast of revenue, expenses or cash for the next 12 months with
// its 80% and 95% intervals and conservative, base and aggressive lines, from one `forecast`
// request. The method and assumptions are quoted as the hub states them.
import { css, html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { REPORT_FORECAST, type ReportForecast } from '../reports.operations.js';
import { accounting, monthLabel } from './report-format.js';
import {
  MONEY_AXIS,
  PERCENT_AXIS,
  cashLayers,
  cashSummary,
  forecastLayers,
  forecastMonths,
  forecastSummary,
  revenueLayers,
  revenueSummary,
  seriesLabel,
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
      <summary>${t('reports.trends.forecastFigures')}</summary>
      <div
        class="table-wrap"
        tabindex="0"
        role="region"
        aria-label=${t('reports.trends.forecastFigures')}
      >
        <table data-forecast-table>
          <thead>
            <tr>
              <th scope="col">${t('reports.month')}</th>
              <th scope="col" class="num">${t('reports.trends.conservative')}</th>
              <th scope="col" class="num">${t('reports.trends.base')}</th>
              <th scope="col" class="num">${t('reports.trends.aggressive')}</th>
              <th scope="col" class="num">${t('reports.trends.interval80')}</th>
              <th scope="col" class="num">${t('reports.trends.interval95')}</th>
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
      <h2>${t('reports.trends.forecastTitle', { count: series.points.length })}</h2>
      <fieldset class="series">
        <legend class="visually-hidden">${t('reports.trends.series')}</legend>
        ${f.series.map(
          (s) =>
            html`<label
              ><input
                type="radio"
                name="series"
                value=${s.key}
                .checked=${s.key === series.key}
                @change=${() => (this._series = s.key)}
              />${seriesLabel(s.key)}</label
            >`,
        )}
      </fieldset>
      <zac-report-chart
        caption=${t('reports.trends.forecastCaption', {
          series: seriesLabel(series.key),
          count: FORECAST_CONTEXT_MONTHS,
        })}
        summary=${forecastSummary(series)}
        .months=${forecastMonths(f.history, series, FORECAST_CONTEXT_MONTHS)}
        .layers=${forecastLayers(f.history, series, FORECAST_CONTEXT_MONTHS)}
        .money=${MONEY_AXIS}
        divider-at=${first?.month ?? ''}
        divider-label=${t('reports.trends.forecast')}
      ></zac-report-chart>
      <p class="method" data-method>${series.method}</p>
      ${this.forecastTable(series)}
      ${
        f.assumptions.length
          ? html`<details>
              <summary>${t('reports.trends.assumptions')}</summary>
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
      t('reports.trends.empty'),
    );
    if (state !== nothing || !f) return state;
    return html`<section class="card" data-chart="revenue">
        <h2>${t('reports.trends.revenueTitle')}</h2>
        <zac-report-chart
          caption=${t('reports.trends.revenueCaption')}
          summary=${revenueSummary(f.history)}
          .months=${f.history.map((m) => m.month)}
          .layers=${revenueLayers(f.history)}
          .money=${MONEY_AXIS}
          .percent=${PERCENT_AXIS}
        ></zac-report-chart>
      </section>
      <section class="card" data-chart="cash">
        <h2>${t('reports.trends.cashTitle')}</h2>
        <zac-report-chart
          caption=${t('reports.trends.cashCaption')}
          summary=${cashSummary(f.history)}
          .months=${f.history.map((m) => m.month)}
          .layers=${cashLayers(f.history)}
          .money=${MONEY_AXIS}
        ></zac-report-chart>
      </section>
      ${this.forecastCard(f)}`;
  }
}
