// The Tax area (/admin/tax/<tab>): economic nexus per state, sales tax owed per jurisdiction with
// quotes and the return to prepare, Schedule C deductions, the owner's estimated-tax plan and the
// compliance calendar; every figure with why it is what it is (tabs and address:
// ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';
import { TabbedConsolePage, type TabSection } from '../tabbed-page.js';
import { ZacTaxCalendar } from './tax/tax-calendar.js';
import { ZacTaxDeductions } from './tax/tax-deductions.js';
import { ZacTaxEstimated } from './tax/tax-estimated.js';
import { ZacTaxNexus } from './tax/tax-nexus.js';
import { ZacTaxQuote } from './tax/tax-quote.js';
import { ZacTaxSales } from './tax/tax-sales.js';

/** The tabs, each label a catalogue key (shown in the current language). */
export const TAX_SECTIONS = [
  { key: 'nexus', labelKey: 'tax.tabNexus' },
  { key: 'sales-tax', labelKey: 'tax.tabSalesTax' },
  { key: 'deductions', labelKey: 'tax.tabDeductions' },
  { key: 'estimated', labelKey: 'tax.tabEstimated' },
  { key: 'calendar', labelKey: 'tax.tabCalendar' },
] as const;

export type TaxSection = (typeof TAX_SECTIONS)[number]['key'];

export class ZacTaxPage extends TabbedConsolePage<TaxSection> {
  protected readonly heading = 'Tax';
  protected readonly basePath = '/tax';
  /** Read at each render, so a language switch relabels the tabs. */
  protected get sections(): readonly TabSection<TaxSection>[] {
    return TAX_SECTIONS.map((s) => ({ key: s.key, label: t(s.labelKey) }));
  }

  protected panel(tab: TaxSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'nexus':
        return html`<zac-tax-nexus .client=${c} .user=${u}></zac-tax-nexus>`;
      case 'sales-tax':
        return html`<zac-tax-sales .client=${c} .user=${u}></zac-tax-sales>`;
      case 'deductions':
        return html`<zac-tax-deductions .client=${c} .user=${u}></zac-tax-deductions>`;
      case 'estimated':
        return html`<zac-tax-estimated .client=${c} .user=${u}></zac-tax-estimated>`;
      case 'calendar':
        return html`<zac-tax-calendar .client=${c} .user=${u}></zac-tax-calendar>`;
      default:
        return tab satisfies never;
    }
  }
}

/** The Tax area's tags, registered with the console's (see ../define.ts). */
export const TAX_TAGS: Record<string, CustomElementConstructor> = {
  'zac-tax-page': ZacTaxPage,
  'zac-tax-nexus': ZacTaxNexus,
  'zac-tax-sales': ZacTaxSales,
  'zac-tax-quote': ZacTaxQuote,
  'zac-tax-deductions': ZacTaxDeductions,
  'zac-tax-estimated': ZacTaxEstimated,
  'zac-tax-calendar': ZacTaxCalendar,
};
