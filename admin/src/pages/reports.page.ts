// The Reports area (/admin/reports/<tab>): the financial statements with their comparisons, and
// the trends with the forecast, the ratios against the industry, and the filing packages to
// prepare and download; one tab each (tabs and address: ../tabbed-page.ts).
import { html, type TemplateResult } from 'lit';
import { TabbedConsolePage } from '../tabbed-page.js';
import { ZacRatioCard } from './reports/ratio-card.js';
import { ZacReportChart } from './reports/report-chart.js';
import { ZacReportsDownloads } from './reports/reports-downloads.js';
import { ZacReportsRatios } from './reports/reports-ratios.js';
import { ZacReportsStatements } from './reports/reports-statements.js';
import { ZacReportsTrends } from './reports/reports-trends.js';
import { ZacStatementTable } from './reports/statement-table.js';

export const REPORTS_SECTIONS = [
  { key: 'statements', label: 'Statements' },
  { key: 'trends', label: 'Trends' },
  { key: 'ratios', label: 'Ratios' },
  { key: 'downloads', label: 'Downloads' },
] as const;

export type ReportsSection = (typeof REPORTS_SECTIONS)[number]['key'];

export class ZacReportsPage extends TabbedConsolePage<ReportsSection> {
  protected readonly heading = 'Reports';
  protected readonly basePath = '/reports';
  protected readonly sections = REPORTS_SECTIONS;

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
