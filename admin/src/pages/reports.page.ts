// The Reports area (/admin/reports/<tab>): the financial statements with their comparisons, and
// the trends with the forecast, the ratios against the industry, and the filing packages to
// prepare and download; one tab each (tabs and address: ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { t, type MessageKey } from '../i18n/index.js';
import { TabbedConsolePage, type TabSection } from '../tabbed-page.js';
import { ZacRatioCard } from './reports/ratio-card.js';
import { ZacReportChart } from './reports/report-chart.js';
import { ZacReportsDownloads } from './reports/reports-downloads.js';
import { ZacReportsRatios } from './reports/reports-ratios.js';
import { ZacReportsStatements } from './reports/reports-statements.js';
import { ZacReportsTrends } from './reports/reports-trends.js';
import { ZacStatementTable } from './reports/statement-table.js';

/** The tabs in their order, each with the English label and the key of its words. */
export const REPORTS_SECTIONS = [
  { key: 'statements', label: 'Statements', message: 'reports.tab.statements' },
  { key: 'trends', label: 'Trends', message: 'reports.tab.trends' },
  { key: 'ratios', label: 'Ratios', message: 'reports.tab.ratios' },
  { key: 'downloads', label: 'Downloads', message: 'reports.tab.downloads' },
] as const satisfies readonly { key: string; label: string; message: MessageKey }[];

export type ReportsSection = (typeof REPORTS_SECTIONS)[number]['key'];

export class ZacReportsPage extends TabbedConsolePage<ReportsSection> {
  protected readonly heading = 'Reports';
  protected readonly basePath = '/reports';

  /** The tabs with their labels in the current language (read at every render). */
  protected get sections(): readonly TabSection<ReportsSection>[] {
    return REPORTS_SECTIONS.map((s) => ({ key: s.key, label: t(s.message) }));
  }

  protected panel(tab: ReportsSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'statements':
        return html`<zac-reports-statements .client=${c} .user=${u}></zac-reports-statements>`;
      case 'trends':
        return html`<zac-reports-trends .client=${c} .user=${u}></zac-reports-trends>`;
      case 'ratios':
        return html`<zac-reports-ratios .client=${c} .user=${u}></zac-reports-ratios>`;
      case 'downloads':
        return html`<zac-reports-downloads .client=${c} .user=${u}></zac-reports-downloads>`;
      default:
        return tab satisfies never;
    }
  }
}

/** The Reports area's tags, registered with the console's (see ../define.ts). */
export const REPORTS_TAGS: Record<string, CustomElementConstructor> = {
  'zac-reports-page': ZacReportsPage,
  'zac-reports-statements': ZacReportsStatements,
  'zac-statement-table': ZacStatementTable,
  'zac-reports-trends': ZacReportsTrends,
  'zac-report-chart': ZacReportChart,
  'zac-reports-ratios': ZacReportsRatios,
  'zac-ratio-card': ZacRatioCard,
  'zac-reports-downloads': ZacReportsDownloads,
};
