// <zac-scenario-grid>: every scenario as a card, grouped by agent: what it does, how its latest
// run went and how long it took, whether the hub can run it today, and the buttons to run it
// (`zac-scenario-open`, the page opens its form) or all of an agent's (`zac-agent-run-all`).
import { LitElement, css, html, nothing } from 'lit';
import { formatDuration, statusLabel } from '../format.js';
import { LanguageController, t } from '../i18n/index.js';
import { href } from '../router.js';
import { base } from '../styles.js';

export interface GridRun {
  id: string;
  status: string;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface GridScenarioCard {
  key: string;
  title: string;
  description: string;
  available: boolean;
  unavailableReason?: string | null;
  lastRun?: GridRun | null;
}

export interface GridAgentGroup {
  key: string;
  name: string;
  enabled: boolean;
  scenarios: GridScenarioCard[];
}

export type ScenarioOpenEvent = CustomEvent<{ agentKey: string; scenarioKey: string }>;
export type AgentRunAllEvent = CustomEvent<{ agentKey: string }>;

/** A finished run's duration; null while it runs or before it started. */
export function runDurationMs(run: GridRun | null | undefined): number | null {
  if (!run?.startedAt || !run.finishedAt) return null;
  return Math.max(0, Date.parse(run.finishedAt) - Date.parse(run.startedAt));
}

export class ZacScenarioGrid extends LitElement {
  static override styles = [
    base,
    css`
      section + section {
        margin-top: 1.5rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        margin-bottom: 0.6rem;
      }
      h2 {
        margin: 0;
        font-size: 1.15rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: 0.75rem;
      }
      li.card {
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
        min-width: 0;
      }
      li[data-available='false'] {
        border-style: dashed;
      }
      h3 {
        margin: 0;
        font-size: 1rem;
      }
      .description {
        margin: 0;
        flex: 1;
        font-size: 0.9rem;
      }
      .last {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        font-size: 0.85rem;
      }
      .reason {
        margin: 0;
        font-size: 0.85rem;
        color: var(--zac-admin-warn-fg);
      }
      .badge[data-status='UNAVAILABLE'] {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
      }
    `,
  ];
  static override properties = {
    agents: { attribute: false },
    canWrite: { type: Boolean },
  };

  declare agents: GridAgentGroup[];
  declare canWrite: boolean;

  constructor() {
    super();
    new LanguageController(this);
    this.agents = [];
    this.canWrite = false;
  }

  private emit(name: string, detail: Record<string, string>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private card(agent: GridAgentGroup, scenario: GridScenarioCard) {
    const run = scenario.lastRun;
    const duration = runDurationMs(run);
    const headingId = `scenario-${scenario.key}`;
    return html`<li
      class="card"
      data-scenario=${scenario.key}
      data-available=${scenario.available ? 'true' : 'false'}
      aria-labelledby=${headingId}
    >
      <h3 id=${headingId}>${scenario.title}</h3>
      <p class="description muted">${scenario.description}</p>
      ${
        scenario.available
          ? nothing
          : html`<p class="reason" data-unavailable>
              <span class="badge" data-status="UNAVAILABLE">${t('scenarios.notAvailable')}</span>
              ${scenario.unavailableReason ?? ''}
            </p>`
      }
      <div class="last" data-last-run>
        ${
          run
            ? html`<span class="muted">${t('scenarios.lastRun')}</span>
                <a href=${href(`/runs/${run.id}`)} data-last-run-link
                  ><span class="badge" data-status=${run.status}
                    >${statusLabel(run.status)}</span
                  ></a
                >
                ${duration === null ? nothing : html`<span data-duration>${formatDuration(duration)}</span>`}`
            : html`<span class="muted">${t('scenarios.notRunYet')}</span>`
        }
      </div>
      <div>
        <button
          type="button"
          data-action="open"
          aria-describedby=${headingId}
          ?disabled=${!this.canWrite || !scenario.available}
          @click=${() => this.emit('zac-scenario-open', { agentKey: agent.key, scenarioKey: scenario.key })}
        >
          ${t('scenarios.run')}
        </button>
      </div>
    </li>`;
  }

  override render() {
    return html`${this.agents.map((agent) => {
      const runnable = agent.scenarios.filter((s) => s.available).length;
      const headingId = `agent-${agent.key}`;
      return html`<section data-agent=${agent.key} aria-labelledby=${headingId}>
        <header>
          <h2 id=${headingId}>
            ${agent.name}
            ${agent.enabled ? nothing : html`<span class="badge" data-status="disabled">${t('scenarios.disabled')}</span>`}
          </h2>
          <button
            type="button"
            data-action="run-all"
            ?disabled=${!this.canWrite || !agent.enabled || runnable === 0}
            @click=${() => this.emit('zac-agent-run-all', { agentKey: agent.key })}
          >
            ${t('scenarios.runAll', { count: runnable })}
          </button>
        </header>
        <ul>
          ${agent.scenarios.map((scenario) => this.card(agent, scenario))}
        </ul>
      </section>`;
    })}`;
  }
}
