import { css, html, nothing } from 'lit';
import { AGENTS, type Agent, type AgentOptions } from '../api/operations.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';

export class ZacAgentsPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .grid {
        display: grid;
        grid-template-columns: 260px minmax(0, 1fr);
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li a {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        padding: 0.5rem 0.6rem;
        border-radius: 6px;
        text-decoration: none;
        color: inherit;
      }
      li a[aria-current='page'] {
        background: var(--zac-admin-info-bg);
      }
      li a:hover {
        background: var(--zac-admin-subtle);
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    agentKey: { type: String },
    _agents: { state: true },
    _options: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare agentKey: string;
  declare _agents: Agent[];
  declare _options: AgentOptions;
  declare _loading: boolean;
  declare _error: unknown;

  constructor() {
    super();
    this.agentKey = '';
    this._agents = [];
    this._options = { models: [], tools: [] };
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const data = await this.client.request(AGENTS);
      this._agents = data.agents;
      this._options = data.agentOptions;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private onSaved(agent: Agent): void {
    this._agents = this._agents.map((a) => (a.key === agent.key ? agent : a));
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._agents.length === 0 },
      t('agents.none'),
    );
    const key = this.agentKey || this._agents[0]?.key;
    const agent = this._agents.find((a) => a.key === key) ?? null;
    return html`<h1>${t('page.agents')}</h1>
      ${
        state !== nothing
          ? state
          : html`<div class="grid">
              <nav class="card" aria-label=${t('agents.nav')}>
                <ul>
                  ${this._agents.map(
                    (a) =>
                      html`<li>
                        <a
                          href=${href(`/agents/${a.key}`)}
                          aria-current=${a.key === key ? 'page' : nothing}
                          data-agent=${a.key}
                          ><span>${a.name}</span
                          ><span class="badge" data-status=${a.enabled ? 'enabled' : 'disabled'}
                            >${a.enabled ? t('agents.enabled') : t('agents.disabled')}</span
                          ></a
                        >
                      </li>`,
                  )}
                </ul>
              </nav>
              <section class="card" aria-labelledby="agent-title">
                ${
                  agent
                    ? html`<h2 id="agent-title">${agent.name}</h2>
                        <p class="muted">${agent.description}</p>
                        <zac-agent-editor
                          .client=${this.client}
                          .agent=${agent}
                          .options=${this._options}
                          ?readonly=${!this.canWrite}
                          @zac-agent-saved=${(e: CustomEvent<Agent>) => this.onSaved(e.detail)}
                        ></zac-agent-editor>`
                    : html`<h2 id="agent-title">${t('agents.noSuchAgent')}</h2>`
                }
              </section>
            </div>`
      }`;
  }
}
