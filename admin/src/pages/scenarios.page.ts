import { css, html, nothing } from 'lit';
import { START_RUN, type RunStep, type RunSummary } from '../api/operations.js';
import type { AgentRunAllEvent, ScenarioOpenEvent } from '../components/scenario-grid.js';
import type { ScenarioSubmitEvent } from '../components/scenario-form.js';
import { StepLog, watchRunSteps, type RunWatch } from '../components/step-log.js';
import { errorMessage, statusLabel } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';
import { SCENARIO_GRID, type GridAgent, type GridScenario } from './scenarios.operations.js';

// The JSON editor's parser, kept importable from here for the console's older tests.
export { parseInput } from '../components/scenario-schema.js';

/** A run this page started and follows live. */
interface WatchedRun {
  run: RunSummary;
  title: string;
  steps: RunStep[];
  error: string;
}

/**
 * Scenarios: every agent's scenarios as a grid (latest run, duration, whether the hub can run it),
 * a form built from a scenario's input schema to start one, and "run all of this agent", which
 * starts each of its scenarios with its sample input. The runs started here are followed live,
 * side by side.
 */
export class ZacScenariosPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .intro {
        margin-top: 0;
      }
      .live {
        margin: 1rem 0 1.5rem;
      }
      .live-head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
      }
      .live-head h2 {
        margin: 0;
        font-size: 1.15rem;
      }
      .runs {
        list-style: none;
        margin: 0.75rem 0 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
        gap: 0.75rem;
      }
      .runs li {
        min-width: 0;
      }
      /* Several runs side by side: each timeline scrolls within its card. */
      .runs zac-run-timeline {
        display: block;
        max-height: 28rem;
        overflow-y: auto;
      }
      .runs h3 {
        margin: 0 0 0.4rem;
        font-size: 1rem;
      }
      .run-status {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0 0 0.6rem;
      }
      dialog {
        width: min(40rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        border: 1px solid var(--zac-admin-border);
        border-radius: 10px;
        padding: 1.25rem;
        background: var(--zac-admin-bg);
        color: var(--zac-admin-fg);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      dialog h2 {
        margin: 0 0 0.25rem;
        font-size: 1.2rem;
      }
      .dialog-head {
        display: flex;
        justify-content: space-between;
        align-items: start;
        gap: 1rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _agents: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
    _busy: { state: true },
    _startError: { state: true },
    _watched: { state: true },
  };

  declare _agents: GridAgent[];
  declare _loading: boolean;
  declare _error: unknown;
  /** The scenario whose form is open. */
  declare _open: { agent: GridAgent; scenario: GridScenario } | null;
  declare _busy: boolean;
  declare _startError: string;
  declare _watched: WatchedRun[];
  private readonly watches = new Map<string, RunWatch>();

  constructor() {
    super();
    this._agents = [];
    this._loading = true;
    this._error = null;
    this._open = null;
    this._busy = false;
    this._startError = '';
    this._watched = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const watch of this.watches.values()) watch.stop();
    this.watches.clear();
  }

  private async load(): Promise<void> {
    try {
      const { agents } = await this.client.request(SCENARIO_GRID);
      this._agents = agents;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private openForm(event: ScenarioOpenEvent): void {
    const agent = this._agents.find((a) => a.key === event.detail.agentKey);
    const scenario = agent?.scenarios.find((s) => s.key === event.detail.scenarioKey);
    if (!agent || !scenario) return;
    this._open = { agent, scenario };
    this._startError = '';
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  private closeForm(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this._open = null;
  }

  private async submitForm(event: ScenarioSubmitEvent): Promise<void> {
    const open = this._open;
    if (!open) return;
    this._busy = true;
    this._startError = '';
    try {
      await this.start(open.agent, open.scenario, event.detail.input);
      this.closeForm();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('.live')?.scrollIntoView({ block: 'nearest' }),
      );
    } catch (error) {
      this._startError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  /** Starts every available scenario of the agent with its sample input, all at once. */
  private async runAll(event: AgentRunAllEvent): Promise<void> {
    const agent = this._agents.find((a) => a.key === event.detail.agentKey);
    if (!agent) return;
    const runnable = agent.scenarios.filter((s) => s.available);
    const outcomes = await Promise.allSettled(
      runnable.map((scenario) => this.start(agent, scenario, scenario.sampleInput)),
    );
    const refused = outcomes.flatMap((o, i) =>
      o.status === 'rejected' ? [`${runnable[i]?.title}: ${errorMessage(o.reason)}`] : [],
    );
    this._startError = refused.join(' ');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('.live')?.scrollIntoView({ block: 'nearest' }),
    );
  }

  private async start(
    agent: GridAgent,
    scenario: GridScenario,
    input: Record<string, unknown>,
  ): Promise<void> {
    const { startRun } = await this.client.request(START_RUN, {
      input: {
        agentKey: agent.key,
        scenarioKey: scenario.key,
        input,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    const title = `${agent.name}: ${scenario.title}`;
    this._watched = [{ run: startRun, title, steps: [], error: '' }, ...this._watched];
    const log = new StepLog();
    const update = (patch: (w: WatchedRun) => WatchedRun) => {
      this._watched = this._watched.map((w) => (w.run.id === startRun.id ? patch(w) : w));
    };
    this.watches.set(
      startRun.id,
      watchRunSteps(this.client, startRun.id, log, {
        changed: () => {
          const steps = log.steps;
          const last = steps.at(-1);
          update((w) => ({
            ...w,
            steps,
            run: last ? { ...w.run, status: statusOf(last.kind) } : w.run,
          }));
          if (log.finished) void this.refreshGrid();
        },
        error: (error) => update((w) => ({ ...w, error: error.message })),
      }),
    );
  }

  /** The grid's latest runs after a run ends (one query for every card). */
  private async refreshGrid(): Promise<void> {
    try {
      const { agents } = await this.client.request(SCENARIO_GRID);
      this._agents = agents;
    } catch {
      // The cards keep what they showed; the live run itself is on screen.
    }
  }

  private clearFinished(): void {
    const keep = this._watched.filter((w) => !TERMINAL.includes(w.run.status));
    for (const w of this._watched) {
      if (!keep.includes(w)) {
        this.watches.get(w.run.id)?.stop();
        this.watches.delete(w.run.id);
      }
    }
    this._watched = keep;
  }

  private live() {
    if (this._watched.length === 0 && !this._startError) return nothing;
    return html`<section class="live" aria-labelledby="live-title">
      <div class="live-head">
        <h2 id="live-title">${t('scenarios.runsStartedHere')}</h2>
        ${
          this._watched.some((w) => TERMINAL.includes(w.run.status))
            ? html`<button type="button" data-action="clear-finished" @click=${this.clearFinished}>
                ${t('scenarios.clearFinished')}
              </button>`
            : nothing
        }
      </div>
      ${
        this._startError && !this._open
          ? html`<p class="error" role="alert">${this._startError}</p>`
          : nothing
      }
      <ul class="runs">
        ${this._watched.map(
          (w) =>
            html`<li class="card" data-run=${w.run.id}>
              <h3>${w.title}</h3>
              <p class="run-status">
                <span class="badge" data-status=${w.run.status} data-run-status
                  >${statusLabel(w.run.status)}</span
                >
                <a href=${href(`/runs/${w.run.id}`)} data-run-link
                  >${t('scenarios.openRunDetail')}</a
                >
              </p>
              ${w.error ? html`<p class="error" role="alert">${w.error}</p>` : nothing}
              <zac-run-timeline .steps=${w.steps}></zac-run-timeline>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private dialog() {
    const open = this._open;
    return html`<dialog aria-labelledby="form-title" @close=${() => (this._open = null)}>
      ${
        open
          ? html`<div class="dialog-head">
                <div>
                  <h2 id="form-title">${open.scenario.title}</h2>
                  <p class="muted">${open.agent.name}: ${open.scenario.description}</p>
                </div>
                <button type="button" data-action="close" @click=${this.closeForm}>
                  ${t('common.close')}
                </button>
              </div>
              ${
                this._startError
                  ? html`<p class="error" role="alert" data-start-error>${this._startError}</p>`
                  : nothing
              }
              <zac-scenario-form
                .scenario=${open.scenario}
                ?busy=${this._busy}
                ?disabled=${!this.canWrite}
                @zac-scenario-submit=${this.submitForm}
              ></zac-scenario-form>`
          : nothing
      }
    </dialog>`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._agents.length === 0 },
      t('scenarios.empty'),
    );
    const count = this._agents.reduce((n, a) => n + a.scenarios.length, 0);
    return html`<h1>${t('page.scenarios')}</h1>
      ${
        state !== nothing
          ? state
          : html`<p class="intro muted">
                ${t('scenarios.intro', {
                  count,
                  agents: t('scenarios.agentCount', { count: this._agents.length }),
                })}
              </p>
              ${this.canWrite ? nothing : html`<p class="muted">${t('scenarios.viewers')}</p>`}
              ${this.live()}
              <zac-scenario-grid
                .agents=${this._agents}
                .canWrite=${this.canWrite}
                @zac-scenario-open=${this.openForm}
                @zac-agent-run-all=${this.runAll}
              ></zac-scenario-grid>
              ${this.dialog()}`
      }`;
  }
}

const TERMINAL: readonly string[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

function statusOf(kind: string): RunSummary['status'] {
  switch (kind) {
    case 'COMPLETED':
      return 'SUCCEEDED';
    case 'FAILED':
      return 'FAILED';
    case 'CANCELLED':
      return 'CANCELLED';
    case 'APPROVAL':
      return 'WAITING_FOR_HUMAN';
    default:
      return 'RUNNING';
  }
}
