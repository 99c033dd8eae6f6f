// The Tax area (/admin/tax/<tab>): economic nexus per state, Schedule C deductions with why each
// figure is what it is, and (as their APIs land) sales tax, the estimated-tax plan and the
// compliance calendar; one tab each (tabs and address: ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { TabbedConsolePage } from '../tabbed-page.js';
import { ZacTaxDeductions } from './tax/tax-deductions.js';
import { ZacTaxNexus } from './tax/tax-nexus.js';

export const TAX_SECTIONS = [
  { key: 'nexus', label: 'Nexus' },
  { key: 'deductions', label: 'Deductions' },
] as const;

export type TaxSection = (typeof TAX_SECTIONS)[number]['key'];

export class ZacTaxPage extends TabbedConsolePage<TaxSection> {
  protected readonly heading = 'Tax';
  protected readonly basePath = '/tax';
  protected readonly sections = TAX_SECTIONS;

  protected panel(tab: TaxSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'nexus':
        return html`<zac-tax-nexus .client=${c} .user=${u}></zac-tax-nexus>`;
      case 'deductions':
        return html`<zac-tax-deductions .client=${c} .user=${u}></zac-tax-deductions>`;
      default:
        return tab satisfies never;
    }
  }
}

/** The Tax area's tags, registered with the console's (see ../define.ts). */
export const TAX_TAGS: Record<string, CustomElementConstructor> = {
  'zac-tax-page': ZacTaxPage,
  'zac-tax-nexus': ZacTaxNexus,
  'zac-tax-deductions': ZacTaxDeductions,
};
