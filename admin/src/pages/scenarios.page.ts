import { css, html, nothing } from 'lit';
import {
  AGENT_LIST,
  SCENARIOS,
  START_RUN,
  type RunSummary,
  type Scenario,
} from '../api/operations.js';
import { StepLog, watchRunSteps, type RunWatch } from '../components/step-log.js';
import { errorMessage, statusLabel } from '../format.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';

/** Parses the input textarea: a JSON object, or the reason it is not one. */
export function parseInput(text: string): { value: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${errorMessage(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'The input must be a JSON object ({ ... }).' };
  }
  return { value: value as Record<string, unknown> };
}

export class ZacScenariosPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
        gap: 1rem;
      }
      @media (max-width: 1000px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
      textarea {
        min-height: 12rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _agents: { state: true },
    _agentKey: { state: true },
    _scenarios: { state: true },
    _scenarioKey: { state: true },
    _input: { state: true },
    _inputError: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _run: { state: true },
    _runError: { state: true },
    _steps: { state: true },
    _busy: { state: true },
  };

  declare _agents: { key: string; name: string; enabled: boolean }[];
  declare _agentKey: string;
  declare _scenarios: Scenario[];
  declare _scenarioKey: string;
  declare _input: string;
  declare _inputError: string;
  declare _loading: boolean;
  declare _error: unknown;
  declare _run: RunSummary | null;
  declare _runError: string;
  declare _steps: StepLog['steps'];
  declare _busy: boolean;
  private readonly log = new StepLog();
  private watch: RunWatch | undefined;
  /** Counts agent picks, so the scenarios of an agent picked earlier never land after a later pick. */
  private agentPicks = 0;

  constructor() {
    super();
    this._agents = [];
    this._agentKey = '';
    this._scenarios = [];
    this._scenarioKey = '';
    this._input = '';
    this._inputError = '';
    this._loading = true;
    this._error = null;
    this._run = null;
    this._runError = '';
    this._steps = [];
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch?.stop();
  }

  private async load(): Promise<void> {
    try {
      const { agents } = await this.client.request(AGENT_LIST);
      this._agents = agents;
      const first = agents.find((a) => a.enabled) ?? agents[0];
      if (first) await this.pickAgent(first.key);
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private async pickAgent(key: string): Promise<void> {
    const pick = ++this.agentPicks;
    this._agentKey = key;
    this._scenarios = [];
    this._scenarioKey = '';
    try {
      const { scenarios } = await this.client.request(SCENARIOS, {
        agentKey: key,
      });
      if (pick !== this.agentPicks) return;
      this._scenarios = scenarios;
      const first = scenarios[0];
      if (first) this.pickScenario(first.key);
    } catch (error) {
      this._error = error;
    }
  }

  private pickScenario(key: string): void {
    this._scenarioKey = key;
    const scenario = this._scenarios.find((s) => s.key === key);
    this._input = JSON.stringify(scenario?.sampleInput ?? {}, null, 2);
    this._inputError = '';
  }

  private onInput(text: string): void {
    this._input = text;
    const parsed = parseInput(text);
    this._inputError = 'error' in parsed ? parsed.error : '';
  }

  private async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = parseInput(this._input);
    if ('error' in parsed) {
      this._inputError = parsed.error;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#input')?.focus();
      return;
    }
    this._busy = true;
    this._runError = '';
    this.watch?.stop();
    this.log.clear();
    this._steps = [];
    this._run = null;
    try {
      const { startRun } = await this.client.request(START_RUN, {
        input: {
          agentKey: this._agentKey,
          scenarioKey: this._scenarioKey,
          input: parsed.value,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      this._run = startRun;
      this.watch = watchRunSteps(this.client, startRun.id, this.log, {
        changed: () => {
          this._steps = this.log.steps;
          const last = this._steps.at(-1);
          if (this._run && last) this._run = { ...this._run, status: statusOf(last.kind) };
        },
        error: (error) => (this._runError = error.message),
      });
    } catch (error) {
      this._runError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._agents.length === 0 },
      'No agents yet.',
    );
    const scenario = this._scenarios.find((s) => s.key === this._scenarioKey);
    return html`<h1>Scenarios</h1>
      ${
        state !== nothing
          ? state
          : html`<div class="grid">
              <form class="card" @submit=${this.start} novalidate aria-label="Start a scenario">
                <div class="row">
                  <div class="field">
                    <label for="agent">Agent</label>
                    <select
                      id="agent"
                      @change=${(e: Event) => this.pickAgent((e.target as HTMLSelectElement).value)}
                    >
                      ${this._agents.map(
                        (a) =>
                          html`<option value=${a.key} ?selected=${a.key === this._agentKey}>
                            ${a.name}${a.enabled ? '' : ' (disabled)'}
                          </option>`,
                      )}
                    </select>
                  </div>
                  <div class="field">
                    <label for="scenario">Scenario</label>
                    <select
                      id="scenario"
                      @change=${(e: Event) => this.pickScenario((e.target as HTMLSelectElement).value)}
                    >
                      ${this._scenarios.map(
                        (s) =>
                          html`<option value=${s.key} ?selected=${s.key === this._scenarioKey}>
                            ${s.title}
                          </option>`,
                      )}
                    </select>
                  </div>
                </div>
                ${scenario ? html`<p class="muted">${scenario.description}</p>` : nothing}
                <div class="field">
                  <label for="input">Input <span class="hint">(JSON object)</span></label>
                  <textarea
                    id="input"
                    class="code"
                    spellcheck="false"
                    .value=${this._input}
                    aria-invalid=${this._inputError ? 'true' : 'false'}
                    aria-describedby="input-error"
                    @input=${(e: Event) => this.onInput((e.target as HTMLTextAreaElement).value)}
                  ></textarea>
                  <span class="field-error" id="input-error" data-error-for="input"
                    >${this._inputError}</span
                  >
                </div>
                <button
                  type="submit"
                  data-action="start"
                  ?disabled=${this._busy || !this.canWrite || !this._scenarioKey}
                >
                  ${this._busy ? 'Starting…' : 'Start'}
                </button>
                ${this.canWrite ? nothing : html`<p class="muted">Viewers cannot start runs.</p>`}
              </form>
              <section class="card" aria-labelledby="run-title">
                <h2 id="run-title">Run</h2>
                ${
                  this._runError
                    ? html`<p class="error" role="alert">${this._runError}</p>`
                    : nothing
                }
                ${
                  this._run
                    ? html`<p>
                          <span class="badge" data-status=${this._run.status} data-run-status
                            >${statusLabel(this._run.status)}</span
                          >
                          <a href=${href(`/runs/${this._run.id}`)} data-run-link>Open run detail</a>
                        </p>
                        <zac-run-timeline .steps=${this._steps}></zac-run-timeline>`
                    : html`<p class="state">Start a scenario to watch its steps arrive here.</p>`
                }
              </section>
            </div>`
      }`;
  }
}

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
