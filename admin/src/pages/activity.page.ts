import { html, nothing } from 'lit';
import type { Subscription } from '../api/client.js';
import {
  AGENT_LIST,
  RUN_STATUSES,
  RUN_UPDATED,
  RUNS,
  type RunStatus,
  type RunSummary,
} from '../api/operations.js';
import { csvDownload } from '../components/csv-download.js';
import { errorCodeInWords, formatDuration, formatTime, formatUsd, statusLabel } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';
import { stackingTable } from '../styles.js';

/** A run as the list shows it: who started it comes with the list, not with live updates. */
type ListedRun = RunSummary & { startedBy?: string };

/** How long a finished run took, in words; '—' while it has not finished. */
function runDuration(run: RunSummary): string {
  if (!run.startedAt || !run.finishedAt) return '—';
  return formatDuration(Date.parse(run.finishedAt) - Date.parse(run.startedAt));
}

/** Recent runs, kept current by runUpdated, filtered by agent and status. */
export class ZacActivityPage extends ConsolePage {
  // On a phone each run reads as a block of named lines, not a table to scroll sideways.
  static override styles = [...ConsolePage.styles, stackingTable];
  static override properties = {
    ...ConsolePage.properties,
    _runs: { state: true },
    _agents: { state: true },
    _agent: { state: true },
    _status: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _live: { state: true },
  };

  declare _runs: ListedRun[];
  declare _agents: { key: string; name: string }[];
  declare _agent: string;
  declare _status: RunStatus | '';
  declare _loading: boolean;
  declare _error: unknown;
  declare _live: boolean;
  private subscription: Subscription | undefined;

  constructor() {
    super();
    this._runs = [];
    this._agents = [];
    this._agent = '';
    this._status = '';
    this._loading = true;
    this._error = null;
    this._live = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.subscription = this.client.subscribe(
      RUN_UPDATED,
      {},
      {
        next: ({ runUpdated }) => {
          this._live = true;
          const known = this._runs.find((r) => r.id === runUpdated.id);
          this._runs = [
            { ...known, ...runUpdated },
            ...this._runs.filter((r) => r.id !== runUpdated.id),
          ].slice(0, 200);
        },
        error: () => (this._live = false),
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscription?.unsubscribe();
  }

  private async load(): Promise<void> {
    try {
      const [{ runs }, { agents }] = await Promise.all([
        this.client.request(RUNS, { first: 50, offset: 0 }),
        this.client.request(AGENT_LIST),
      ]);
      this._runs = runs.items;
      this._agents = agents;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  override render() {
    const shown = this._runs.filter(
      (r) =>
        (!this._agent || r.agent.key === this._agent) &&
        (!this._status || r.status === this._status),
    );
    const state = loadState(
      { loading: this._loading, error: this._error, empty: shown.length === 0 },
      t('runs.empty'),
    );
    return html`<h1>${t('page.activity')}</h1>
      <div class="row">
        <div class="field">
          <label for="agent-filter">${t('runs.agent')}</label>
          <select
            id="agent-filter"
            @change=${(e: Event) => (this._agent = (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t('runs.allAgents')}</option>
            ${this._agents.map((a) => html`<option value=${a.key}>${a.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="status-filter">${t('common.status')}</label>
          <select
            id="status-filter"
            @change=${(e: Event) =>
              (this._status = (e.target as HTMLSelectElement).value as RunStatus | '')}
          >
            <option value="">${t('runs.allStatuses')}</option>
            ${RUN_STATUSES.map((s) => html`<option value=${s}>${statusLabel(s)}</option>`)}
          </select>
        </div>
        <p class="muted" role="status">${this._live ? t('runs.live') : ''}</p>
        ${csvDownload('runs', { agent: this._agent, status: this._status })}
      </div>
      ${
        state !== nothing
          ? state
          : html`<div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">${t('runs.started')}</th>
                    <th scope="col">${t('runs.agent')}</th>
                    <th scope="col">${t('runs.scenario')}</th>
                    <th scope="col">${t('common.status')}</th>
                    <th scope="col">${t('runs.startedBy')}</th>
                    <th scope="col">${t('runs.duration')}</th>
                    <th scope="col">${t('runs.cost')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (r) =>
                      html`<tr data-run=${r.id}>
                        <td class="when">
                          <a href=${href(`/runs/${r.id}`)} title=${t('runs.runId', { id: r.id })}
                            >${formatTime(r.createdAt)}</a
                          >
                        </td>
                        <td data-label=${t('runs.agent')}>${r.agent.name}</td>
                        <td data-label=${t('runs.scenario')}>${r.scenario?.title ?? '—'}</td>
                        <td data-label=${t('common.status')}>
                          <span class="badge" data-status=${r.status}
                            >${statusLabel(r.status)}</span
                          >
                          ${
                            r.errorCode
                              ? html`<div class="muted" data-error-code=${r.errorCode}>
                                  ${errorCodeInWords(r.errorCode)}
                                </div>`
                              : nothing
                          }
                        </td>
                        <td
                          data-label=${t('runs.startedBy')}
                          data-trigger=${r.trigger}
                          data-started-by
                        >
                          ${r.startedBy ?? r.triggerSummary}
                        </td>
                        <td data-label=${t('runs.duration')} data-duration>${runDuration(r)}</td>
                        <td data-label=${t('runs.cost')}>${formatUsd(r.costUsd)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }
}
