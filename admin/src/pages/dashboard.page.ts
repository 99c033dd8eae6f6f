import { css, html, nothing } from 'lit';
import { DASHBOARD, type Dashboard } from './dashboard.operations.js';
import { formatDuration, formatNumber, formatPercent, formatUsd } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';

const PERIODS = [7, 30, 90] as const;
type Period = (typeof PERIODS)[number];

/** The UTC days of [from, to), YYYY-MM-DD, as runsPerDay names them. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (
    let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    t < to.getTime();
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Why the success rate leaves some failed runs out. */
export function unavailableNote(count: number): string {
  return t('dashboard.unavailableNote', { count });
}

/** A calendar day (YYYY-MM-DD) as the chart's axis names it, e.g. 05-01 (es: 01/05). */
export function dayLabel(day: string): string {
  return t('dashboard.dayLabel', { month: day.slice(5, 7), day: day.slice(8, 10) });
}

export class ZacDashboardPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
        gap: 0.75rem;
        margin: 1rem 0;
        padding: 0;
        list-style: none;
      }
      .kpi .value {
        font-size: 1.5rem;
        font-weight: 700;
        display: block;
      }
      .kpi .label {
        color: var(--zac-admin-muted);
        font-size: 0.9rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr));
        gap: 1rem;
      }
      .empty-chart h2 {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      .kpi .note {
        display: block;
        color: var(--zac-admin-muted);
        font-size: 0.8rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _period: { state: true },
    _data: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _period: Period;
  declare _data: Dashboard | null;
  declare _loading: boolean;
  declare _error: unknown;
  private range = { from: new Date(), to: new Date() };

  constructor() {
    super();
    this._period = 7;
    this._data = null;
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this._loading = true;
    this._error = null;
    const to = new Date();
    const from = new Date(to.getTime() - this._period * 86_400_000);
    this.range = { from, to };
    try {
      const { dashboard } = await this.client.request(DASHBOARD, {
        from: from.toISOString(),
        to: to.toISOString(),
      });
      this._data = dashboard;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private pick(period: Period): void {
    this._period = period;
    void this.load();
  }

  private body(d: Dashboard) {
    const runs = d.agents.reduce((n, a) => n + a.runs, 0);
    const succeeded = d.agents.reduce((n, a) => n + a.succeeded, 0);
    const failed = d.agents.reduce((n, a) => n + a.failed, 0);
    // Runs that failed on an unavailable tool say nothing about how well the agents work.
    const unavailable = d.agents.reduce((n, a) => n + a.unavailable, 0);
    const judged = succeeded + failed - unavailable;
    const cost = d.agents.reduce((n, a) => n + a.costUsd, 0);
    const finished = d.agents.filter((a) => a.medianDurationMs !== null);
    // Across agents: the slowest agent's median and p95 (the hub gives percentiles per agent).
    const median = finished.length
      ? Math.max(...finished.map((a) => a.medianDurationMs ?? 0))
      : null;
    const p95 = finished.length ? Math.max(...finished.map((a) => a.p95DurationMs ?? 0)) : null;
    // [the figure's stable id (data-kpi, read by tests and e2e specs), label, value, note]
    const kpis: [string, string, string, string?][] = [
      ['Runs', t('dashboard.runs'), formatNumber(runs)],
      [
        'Success rate',
        t('dashboard.successRate'),
        judged ? formatPercent(succeeded / judged) : '—',
        unavailable ? unavailableNote(unavailable) : undefined,
      ],
      ['Escalations', t('dashboard.escalations'), formatNumber(d.escalations)],
      ['Handoffs', t('dashboard.handoffs'), formatNumber(d.handoffs)],
      ['Median duration (slowest agent)', t('dashboard.medianSlowest'), formatDuration(median)],
      ['p95 duration (slowest agent)', t('dashboard.p95Slowest'), formatDuration(p95)],
      ['Cost', t('dashboard.cost'), formatUsd(cost)],
      ['Open approvals', t('dashboard.openApprovals'), formatNumber(d.openApprovals)],
    ];
    const days = daysBetween(this.range.from, this.range.to);
    const perDay = d.agents.map((a) => ({
      label: a.agentName,
      values: days.map(
        (day) => d.runsPerDay.find((r) => r.day === day && r.agentKey === a.agentKey)?.runs ?? 0,
      ),
    }));
    return html`<ul class="kpis" aria-label=${t('dashboard.keyFigures')}>
        ${kpis.map(
          ([id, label, value, note]) =>
            html`<li class="card kpi" data-kpi=${id}>
              <span class="value">${value}</span><span class="label">${label}</span>
              ${note ? html`<span class="note" data-kpi-note>${note}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <zac-budget-state .client=${this.client} .user=${this.user}></zac-budget-state>
      <div class="charts">
        ${
          runs > 0
            ? html`<section class="card" data-chart="runs">
                <zac-stacked-bars
                  caption=${t('dashboard.runsPerDay')}
                  labels-heading=${t('dashboard.day')}
                  .labels=${days.map(dayLabel)}
                  .series=${perDay}
                ></zac-stacked-bars>
              </section>`
            : html`<section class="card empty-chart" data-chart="runs" data-empty>
                <h2>${t('dashboard.runsPerDay')}</h2>
                <p class="muted">${t('dashboard.noRuns', { count: this._period })}</p>
              </section>`
        }
        ${
          cost > 0
            ? html`<section class="card" data-chart="cost">
                <zac-stacked-bars
                  caption=${t('dashboard.costPerAgentUsd')}
                  labels-heading=${t('dashboard.agent')}
                  .labels=${d.agents.map((a) => a.agentName)}
                  .series=${[{ label: t('dashboard.costUsd'), values: d.agents.map((a) => a.costUsd) }]}
                  .format=${(v: number) => formatUsd(v)}
                ></zac-stacked-bars>
              </section>`
            : html`<section class="card empty-chart" data-chart="cost" data-empty>
                <h2>${t('dashboard.costPerAgent')}</h2>
                <p class="muted">${t('dashboard.noCost')}</p>
              </section>`
        }
      </div>
      <h2>${t('dashboard.perAgent')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('dashboard.agent')}</th>
              <th scope="col">${t('dashboard.runs')}</th>
              <th scope="col">${t('dashboard.successRate')}</th>
              <th scope="col">${t('dashboard.median')}</th>
              <th scope="col">${t('dashboard.p95')}</th>
              <th scope="col">${t('dashboard.tokensInOut')}</th>
              <th scope="col">${t('dashboard.cost')}</th>
            </tr>
          </thead>
          <tbody>
            ${d.agents.map(
              (a) =>
                html`<tr>
                  <th scope="row">${a.agentName}</th>
                  <td>${formatNumber(a.runs)}</td>
                  <td>
                    ${formatPercent(a.successRate)}
                    ${
                      a.unavailable
                        ? html`<span class="muted" data-unavailable-runs
                            >(${unavailableNote(a.unavailable)})</span
                          >`
                        : nothing
                    }
                  </td>
                  <td>${formatDuration(a.medianDurationMs)}</td>
                  <td>${formatDuration(a.p95DurationMs)}</td>
                  <td>
                    ${t('dashboard.tokensValue', { input: a.inputTokens, output: a.outputTokens })}
                  </td>
                  <td>${formatUsd(a.costUsd)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading && !this._data, error: this._error, empty: false },
      '',
    );
    return html`<h1>${t('page.dashboard')}</h1>
      <div class="field narrow">
        <label for="period">${t('dashboard.period')}</label>
        <select
          id="period"
          @change=${(e: Event) => this.pick(Number((e.target as HTMLSelectElement).value) as Period)}
        >
          ${PERIODS.map(
            (p) =>
              html`<option value=${p} ?selected=${p === this._period}>
                ${t('dashboard.lastDays', { count: p })}
              </option>`,
          )}
        </select>
      </div>
      ${state !== nothing ? state : this._data ? this.body(this._data) : nothing}`;
  }
}
