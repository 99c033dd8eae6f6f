import { css, html, nothing } from 'lit';
import { DASHBOARD, type Dashboard } from './dashboard.operations.js';
import { formatDuration, formatPercent, formatUsd } from '../format.js';
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
  return `${count} failed on an unavailable tool (not counted)`;
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
    const kpis: [string, string, string?][] = [
      ['Runs', String(runs)],
      [
        'Success rate',
        judged ? formatPercent(succeeded / judged) : '—',
        unavailable ? unavailableNote(unavailable) : undefined,
      ],
      ['Escalations', String(d.escalations)],
      ['Handoffs', String(d.handoffs)],
      ['Median duration (slowest agent)', formatDuration(median)],
      ['p95 duration (slowest agent)', formatDuration(p95)],
      ['Cost', formatUsd(cost)],
      ['Open approvals', String(d.openApprovals)],
    ];
    const days = daysBetween(this.range.from, this.range.to);
    const perDay = d.agents.map((a) => ({
      label: a.agentName,
      values: days.map(
        (day) => d.runsPerDay.find((r) => r.day === day && r.agentKey === a.agentKey)?.runs ?? 0,
      ),
    }));
    return html`<ul class="kpis" aria-label="Key figures">
        ${kpis.map(
          ([label, value, note]) =>
            html`<li class="card kpi" data-kpi=${label}>
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
                  caption="Runs per day, by agent"
                  labels-heading="Day"
                  .labels=${days.map((day) => day.slice(5))}
                  .series=${perDay}
                ></zac-stacked-bars>
              </section>`
            : html`<section class="card empty-chart" data-chart="runs" data-empty>
                <h2>Runs per day, by agent</h2>
                <p class="muted">
                  No runs in the last ${this._period} days. Start one from Scenarios, or open the
                  demo storefront's chat.
                </p>
              </section>`
        }
        ${
          cost > 0
            ? html`<section class="card" data-chart="cost">
                <zac-stacked-bars
                  caption="Model cost per agent (USD)"
                  labels-heading="Agent"
                  .labels=${d.agents.map((a) => a.agentName)}
                  .series=${[{ label: 'Cost (USD)', values: d.agents.map((a) => a.costUsd) }]}
                  .format=${(v: number) => formatUsd(v)}
                ></zac-stacked-bars>
              </section>`
            : html`<section class="card empty-chart" data-chart="cost" data-empty>
                <h2>Model cost per agent</h2>
                <p class="muted">
                  No model cost in this period: runs on the offline provider are free. With a model
                  provider configured, each agent's cost shows here.
                </p>
              </section>`
        }
      </div>
      <h2>Per agent</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Runs</th>
              <th scope="col">Success rate</th>
              <th scope="col">Median</th>
              <th scope="col">p95</th>
              <th scope="col">Tokens in / out</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            ${d.agents.map(
              (a) =>
                html`<tr>
                  <th scope="row">${a.agentName}</th>
                  <td>${a.runs}</td>
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
                  <td>${a.inputTokens} / ${a.outputTokens}</td>
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
      <div class="field">
        <label for="period">Period</label>
        <select
          id="period"
          @change=${(e: Event) => this.pick(Number((e.target as HTMLSelectElement).value) as Period)}
        >
          ${PERIODS.map(
            (p) => html`<option value=${p} ?selected=${p === this._period}>Last ${p} days</option>`,
          )}
        </select>
      </div>
      ${state !== nothing ? state : this._data ? this.body(this._data) : nothing}`;
  }
}
