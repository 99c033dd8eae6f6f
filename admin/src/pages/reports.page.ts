// The Reports area (/admin/reports/<tab>): the financial statements with their comparisons, and
// the trends with the forecast, the ratios against the industry, and the filing packages to
// prepare and download; one tab each. Tabs follow the ARIA tabs pattern (arrow keys, Home, End)
// like the Finance area; the address names the open tab so it can be linked and reloaded.
import { css, html, type TemplateResult } from 'lit';
import { ConsolePage } from '../page.js';
import { href } from '../router.js';
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

export function reportsSection(value: string | undefined): ReportsSection {
  return REPORTS_SECTIONS.find((s) => s.key === value)?.key ?? 'statements';
}

export class ZacReportsPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        border-bottom: 1px solid var(--zac-admin-border);
        margin-bottom: 1rem;
      }
      [role='tab'] {
        background: transparent;
        color: var(--zac-admin-fg);
        border: 1px solid transparent;
        border-bottom: none;
        border-radius: 6px 6px 0 0;
        padding: 0.45rem 0.85rem;
        margin-bottom: -1px;
      }
      [role='tab']:hover {
        background: var(--zac-admin-subtle);
      }
      [role='tab'][aria-selected='true'] {
        background: var(--zac-admin-bg);
        border-color: var(--zac-admin-border);
        color: var(--zac-admin-primary);
        font-weight: 600;
      }
      [role='tabpanel']:focus-visible {
        outline-offset: 4px;
      }
      @media (max-width: 600px) {
        [role='tab'] {
          padding: 0.4rem 0.55rem;
          font-size: 0.9rem;
        }
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    section: {},
    _tab: { state: true },
  };

  /** The tab the address names (the router's second segment). */
  declare section: string | undefined;
  declare _tab: ReportsSection;

  constructor() {
    super();
    this.section = undefined;
    this._tab = 'statements';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('section')) this._tab = reportsSection(this.section);
  }

  /** Opens a tab; the address follows without a navigation (the focus stays on the tab). */
  select(tab: ReportsSection, focus = false): void {
    this._tab = tab;
    const path = href(`/reports/${tab}`);
    if (location.pathname.startsWith(href('/reports')) && location.pathname !== path) {
      // Another tab's query (a period) does not carry over.
      history.replaceState(null, '', path);
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
      );
    }
  }

  private onKey(event: KeyboardEvent): void {
    const keys = REPORTS_SECTIONS.map((s) => s.key);
    const at = keys.indexOf(this._tab);
    const next: Record<string, number> = {
      ArrowRight: (at + 1) % keys.length,
      ArrowLeft: (at - 1 + keys.length) % keys.length,
      Home: 0,
      End: keys.length - 1,
    };
    const index = next[event.key];
    if (index === undefined) return;
    event.preventDefault();
    this.select(keys[index] as ReportsSection, true);
  }

  private panel(tab: ReportsSection): TemplateResult {
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

  override render() {
    return html`<h1>Reports</h1>
      <div role="tablist" aria-label="Reports sections" @keydown=${this.onKey}>
        ${REPORTS_SECTIONS.map(
          (s) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${s.key}`}
              aria-controls=${`panel-${s.key}`}
              aria-selected=${s.key === this._tab ? 'true' : 'false'}
              tabindex=${s.key === this._tab ? 0 : -1}
              @click=${() => this.select(s.key)}
            >
              ${s.label}
            </button>`,
        )}
      </div>
      <section
        role="tabpanel"
        id=${`panel-${this._tab}`}
        aria-labelledby=${`tab-${this._tab}`}
        tabindex="0"
      >
        ${this.panel(this._tab)}
      </section>`;
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
