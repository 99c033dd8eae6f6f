// <zac-budget-settings>: the monthly model-cost budgets in Settings. One for the workspace and
// at most one per agent; saving a scope that has a budget changes it. Viewers read only.
import { css, html, nothing } from 'lit';
import { errorMessage } from '../format.js';
import { t, type MessageKey } from '../i18n/index.js';
import { ConsolePage } from '../page.js';
import {
  COST_BUDGET_AGENTS,
  COST_BUDGETS,
  DELETE_COST_BUDGET,
  SAVE_COST_BUDGET,
  type CostBudget,
} from './budget.operations.js';
import {
  POLICIES,
  budgetFigures,
  budgetScope,
  formatLimit,
  policyWords,
  statusWords,
} from './budget-words.js';

/** A message as the hub said it, or this console's own (a key, said in the current language). */
type Said = string | { key: MessageKey; params?: Record<string, string | number> };
const said = (message: Said) =>
  typeof message === 'string' ? message : t(message.key, message.params);

type Policy = CostBudget['policy'];

interface AgentChoice {
  id: string;
  name: string;
}

/**
 * "12.5" (or "12,5", as a Spanish-speaking user may write it) -> 1250 cents; null for anything
 * that is not a positive amount with at most 2 decimals.
 */
export function dollarsToCents(text: string): number | null {
  const match = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}

export class ZacBudgetSettings extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
        gap: 0.5rem 1rem;
        align-items: end;
      }
      form .field {
        margin: 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _budgets: { state: true },
    _agents: { state: true },
    _error: { state: true },
    _message: { state: true },
    _busy: { state: true },
  };

  declare _budgets: CostBudget[] | null;
  declare _agents: AgentChoice[];
  declare _error: Said | null;
  declare _message: Said | null;
  declare _busy: boolean;

  constructor() {
    super();
    this._budgets = null;
    this._agents = [];
    this._error = null;
    this._message = null;
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [{ costBudgets }, { agents }] = await Promise.all([
        this.client.request(COST_BUDGETS),
        this.client.request(COST_BUDGET_AGENTS),
      ]);
      this._budgets = costBudgets;
      this._agents = agents.map((a) => ({ id: a.id, name: a.name }));
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const limitCents = dollarsToCents(String(data.get('limit') ?? ''));
    if (limitCents === null) {
      this._error = { key: 'budgets.badLimit' };
      return;
    }
    const agentId = String(data.get('scope') ?? '');
    this._busy = true;
    this._error = null;
    this._message = null;
    try {
      await this.client.request(SAVE_COST_BUDGET, {
        input: {
          agentId: agentId || null,
          limitCents,
          policy: String(data.get('policy')) as Policy,
          warnPercent: Number(data.get('warnPercent')),
        },
      });
      this._message = { key: 'budgets.saved' };
      await this.load();
    } catch (error) {
      this._error = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async deleteBudget(budget: CostBudget): Promise<void> {
    this._error = null;
    this._message = null;
    try {
      await this.client.request(DELETE_COST_BUDGET, { id: budget.id });
      this._message = { key: 'budgets.removed', params: { scope: budgetScope(budget) } };
      await this.load();
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  private table(budgets: CostBudget[]) {
    if (budgets.length === 0) return html`<p class="state">${t('budgets.none')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('budgets.budget')}</th>
            <th scope="col">${t('budgets.monthlyLimit')}</th>
            <th scope="col">${t('budgets.atFull')}</th>
            <th scope="col">${t('budgets.warnAt')}</th>
            <th scope="col">${t('budgets.thisMonth')}</th>
            <th scope="col">${t('budgets.status')}</th>
            ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">${t('budgets.actions')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${budgets.map(
            (b) =>
              html`<tr data-budget=${b.agent?.key ?? 'workspace'}>
                <th scope="row">${budgetScope(b)}</th>
                <td>${formatLimit(b.limitCents)}</td>
                <td>${policyWords(b.policy)}</td>
                <td>${t('budgets.percent', { percent: b.warnPercent })}</td>
                <td>${budgetFigures(b)}</td>
                <td data-status=${b.status}>${statusWords(b.status)}</td>
                ${
                  this.canWrite
                    ? html`<td>
                        <button
                          type="button"
                          data-action="delete-budget"
                          @click=${() => this.deleteBudget(b)}
                        >
                          ${t('budgets.remove')}
                        </button>
                      </td>`
                    : nothing
                }
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private form() {
    if (!this.canWrite) return nothing;
    return html`<form
      @submit=${(e: SubmitEvent) => this.save(e)}
      aria-label=${t('budgets.setBudget')}
    >
      <div class="field">
        <label for="budget-scope">${t('budgets.budgetFor')}</label>
        <select id="budget-scope" name="scope">
          <option value="">${t('budgets.wholeWorkspace')}</option>
          ${this._agents.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="budget-limit">${t('budgets.limitUsd')}</label>
        <input id="budget-limit" name="limit" inputmode="decimal" required placeholder="25.00" />
      </div>
      <div class="field">
        <label for="budget-policy">${t('budgets.atFull')}</label>
        <select id="budget-policy" name="policy">
          ${POLICIES.map((p) => html`<option value=${p}>${policyWords(p)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="budget-warn">${t('budgets.warnAtPercent')}</label>
        <input
          id="budget-warn"
          name="warnPercent"
          type="number"
          min="1"
          max="99"
          value="80"
          required
        />
      </div>
      <div class="field">
        <button type="submit" ?disabled=${this._busy}>${t('budgets.save')}</button>
      </div>
    </form>`;
  }

  override render() {
    return html`<section class="card" aria-labelledby="budgets-title">
      <h2 id="budgets-title">${t('budgets.title')}</h2>
      <p>${t('budgets.intro')}</p>
      ${this._error ? html`<p class="error" role="alert">${said(this._error)}</p>` : nothing}
      ${this._message ? html`<p class="notice" role="status">${said(this._message)}</p>` : nothing}
      ${
        this._budgets === null
          ? this._error
            ? nothing
            : html`<p class="state" role="status">${t('state.loading')}</p>`
          : this.table(this._budgets)
      }
      ${this.form()}
    </section>`;
  }
}
