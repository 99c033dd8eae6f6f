// <zac-budget-state>: the dashboard's card of this month's cost budgets, one bar per budget
// (the workspace's first, then each agent's), coloured by status.
import { css, html, nothing } from 'lit';
import { errorMessage } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage } from '../page.js';
import { COST_BUDGETS, type CostBudget } from './budget.operations.js';
import { budgetConsequence, budgetFigures, budgetScope, statusWords } from './budget-words.js';

export class ZacBudgetState extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.6rem;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.25rem 1rem;
      }
      .track {
        height: 0.6rem;
        border-radius: 999px;
        background: var(--zac-admin-border);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--zac-admin-ok);
      }
      [data-status='WARNING'] .fill {
        background: var(--zac-admin-warn);
      }
      [data-status='EXHAUSTED'] .fill {
        background: var(--zac-admin-danger);
      }
      .muted {
        color: var(--zac-admin-muted);
        font-size: 0.9rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _budgets: { state: true },
    _error: { state: true },
  };

  declare _budgets: CostBudget[] | null;
  declare _error: unknown;

  constructor() {
    super();
    this._budgets = null;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this._budgets = (await this.client.request(COST_BUDGETS)).costBudgets;
    } catch (error) {
      this._error = error;
    }
  }

  private bar(b: CostBudget) {
    return html`<li data-budget=${b.agent?.key ?? 'workspace'} data-status=${b.status}>
      <div class="line">
        <strong>${budgetScope(b)}</strong>
        <span>${budgetFigures(b)} · ${statusWords(b.status)}</span>
      </div>
      <div
        class="track"
        role="meter"
        aria-label=${t('budgets.used', { scope: budgetScope(b) })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.min(b.percent, 100)}
        aria-valuetext=${budgetFigures(b)}
      >
        <div class="fill" style=${`width: ${Math.min(b.percent, 100)}%`}></div>
      </div>
      ${b.status === 'EXHAUSTED' ? html`<p class="muted">${budgetConsequence(b)}</p>` : nothing}
    </li>`;
  }

  override render() {
    const month = this._budgets?.[0]?.month;
    return html`<section class="card" aria-labelledby="budget-state-title">
      <h2 id="budget-state-title">
        ${t('budgets.stateTitle')}${month ? html` <span class="muted">(${month})</span>` : nothing}
      </h2>
      ${
        this._error
          ? html`<p class="error" role="alert">${errorMessage(this._error)}</p>`
          : this._budgets === null
            ? html`<p class="state" role="status">${t('state.loading')}</p>`
            : this._budgets.length === 0
              ? html`<p class="state">${t('budgets.stateNone')}</p>`
              : html`<ul>
                  ${this._budgets.map((b) => this.bar(b))}
                </ul>`
      }
    </section>`;
  }
}
