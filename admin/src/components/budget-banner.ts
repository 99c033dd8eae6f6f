// <zac-budget-banner>: the shell's banner while a cost budget is at its warning or spent. It
// reads the budgets when shown and again when the page changes (`page`), so a budget reached by
// a run appears at the next navigation; nothing is shown while every budget is OK.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { ConsoleClient } from '../api/client.js';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';
import { COST_BUDGETS, type CostBudget } from './budget.operations.js';
import { budgetConsequence, budgetFigures, budgetScope } from './budget-words.js';

/** "Workspace, $5.00 of $5.00 (100%)." */
const detail = (b: CostBudget) =>
  t('budgets.bannerDetail', { scope: budgetScope(b), figures: budgetFigures(b) });

export class ZacBudgetBanner extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 0.5rem;
      }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    page: {},
    _alerts: { state: true },
  };

  declare client: ConsoleClient;
  declare page: string;
  declare _alerts: CostBudget[];

  constructor() {
    super();
    this.page = '';
    this._alerts = [];
    new LanguageController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('page') || changed.has('client')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.client) return;
    try {
      const { costBudgets } = await this.client.request(COST_BUDGETS);
      this._alerts = costBudgets.filter((b) => b.status !== 'OK');
    } catch {
      // The banner is a reminder, not a page: a failed read leaves the last one shown.
    }
  }

  override render() {
    if (this._alerts.length === 0) return nothing;
    return html`${this._alerts.map((b) =>
      b.status === 'EXHAUSTED'
        ? html`<p class="error" role="alert" data-budget-banner=${b.agent?.key ?? 'workspace'}>
            <strong>${t('budgets.bannerReached')}</strong> ${detail(b)} ${budgetConsequence(b)}
          </p>`
        : html`<p class="notice" role="status" data-budget-banner=${b.agent?.key ?? 'workspace'}>
            <strong>${t('budgets.bannerWarning')}</strong> ${detail(b)}
          </p>`,
    )}`;
  }
}
