// The Finance area (/admin/finance/<tab>): the review queue, bank imports, receivables,
// reminders and the cash-flow report, one tab each (tabs and address: ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { t, type MessageKey } from '../i18n/index.js';
import { TabbedConsolePage, type TabSection } from '../tabbed-page.js';

/** The tabs in their order, each with the English label and the key of its words. */
export const FINANCE_SECTIONS = [
  { key: 'review', label: 'Review queue', message: 'finance.tab.review' },
  { key: 'imports', label: 'Bank imports', message: 'finance.tab.imports' },
  { key: 'receivables', label: 'Receivables', message: 'finance.tab.receivables' },
  { key: 'reminders', label: 'Reminders', message: 'finance.tab.reminders' },
  { key: 'cash-flow', label: 'Cash flow', message: 'finance.tab.cashFlow' },
] as const satisfies readonly { key: string; label: string; message: MessageKey }[];

export type FinanceSection = (typeof FINANCE_SECTIONS)[number]['key'];

export class ZacFinancePage extends TabbedConsolePage<FinanceSection> {
  protected readonly heading = 'Finance';
  protected readonly basePath = '/finance';

  /** The tabs with their labels in the current language (read at every render). */
  protected get sections(): readonly TabSection<FinanceSection>[] {
    return FINANCE_SECTIONS.map((s) => ({ key: s.key, label: t(s.message) }));
  }

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
