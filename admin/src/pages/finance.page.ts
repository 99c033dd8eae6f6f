// The Finance area (/admin/finance/<tab>): the review queue, bank imports, receivables,
// reminders and the cash-flow report, one tab each (tabs and address: ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { TabbedConsolePage } from '../tabbed-page.js';

export const FINANCE_SECTIONS = [
  { key: 'review', label: 'Review queue' },
  { key: 'imports', label: 'Bank imports' },
  { key: 'receivables', label: 'Receivables' },
  { key: 'reminders', label: 'Reminders' },
  { key: 'cash-flow', label: 'Cash flow' },
] as const;

export type FinanceSection = (typeof FINANCE_SECTIONS)[number]['key'];

export class ZacFinancePage extends TabbedConsolePage<FinanceSection> {
  protected readonly heading = 'Finance';
  protected readonly basePath = '/finance';
  protected readonly sections = FINANCE_SECTIONS;

  protected panel(tab: FinanceSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'review':
        return html`<zac-finance-review-queue .client=${c} .user=${u}></zac-finance-review-queue>`;
      case 'imports':
        return html`<zac-finance-imports .client=${c} .user=${u}></zac-finance-imports>`;
      case 'receivables':
        return html`<zac-finance-receivables .client=${c} .user=${u}></zac-finance-receivables>`;
      case 'reminders':
        return html`<zac-finance-reminders .client=${c} .user=${u}></zac-finance-reminders>`;
      case 'cash-flow':
        return html`<zac-finance-cash-flow .client=${c} .user=${u}></zac-finance-cash-flow>`;
      default:
        return tab satisfies never;
    }
  }
}
