// The Content area (/admin/content/<tab>): what the shop's topics are doing (rising topics, search
// interest, gaps in the blog, headlines and the feeds behind them), the blog drafts and their live
// SEO and readability (/admin/content/drafts/<id> opens one), the social posts made from them, and
// the editorial calendar. Tabs and address: ../tabbed-page.ts.
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';
import { TabbedConsolePage, type TabSection } from '../tabbed-page.js';
import { ZacContentCalendar } from './content/content-calendar.js';
import { ZacContentDraftEditor } from './content/content-draft-editor.js';
import { ZacContentDrafts } from './content/content-drafts.js';
import { ZacContentSocial } from './content/content-social.js';
import { ZacContentTrends } from './content/content-trends.js';

export const CONTENT_SECTIONS = [
  { key: 'trends', label: 'Trends' },
  { key: 'drafts', label: 'Drafts' },
  { key: 'social', label: 'Social' },
  { key: 'calendar', label: 'Calendar' },
] as const;

const TAB_LABELS = {
  trends: 'content.tab.trends',
  drafts: 'content.tab.drafts',
  social: 'content.tab.social',
  calendar: 'content.tab.calendar',
} as const;

export type ContentSection = (typeof CONTENT_SECTIONS)[number]['key'];

export class ZacContentPage extends TabbedConsolePage<ContentSection> {
  static override properties = {
    ...TabbedConsolePage.properties,
    itemId: {},
  };

  /** The draft the address names (/content/drafts/<id>); '' lists the drafts. */
  declare itemId: string;

  protected readonly heading = 'Content';
  protected readonly basePath = '/content';
  /** The tabs, named in the current language at each render. */
  protected get sections(): readonly TabSection<ContentSection>[] {
    return CONTENT_SECTIONS.map((s) => ({ key: s.key, label: t(TAB_LABELS[s.key]) }));
  }

  constructor() {
    super();
    this.itemId = '';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A link to a draft opens the Drafts tab even when another tab was picked since the address
    // last named a section (picking a tab does not tell the shell).
    if (changed.has('itemId') && this.itemId) this._tab = 'drafts';
  }

  /** Another tab, or the Drafts tab itself, leaves the open draft (the list comes back). */
  override select(tab: ContentSection, focus = false): void {
    this.itemId = '';
    super.select(tab, focus);
  }

  protected panel(tab: ContentSection): TemplateResult {
    const c = this.client;
    const u = this.user;
    switch (tab) {
      case 'trends':
        return html`<zac-content-trends .client=${c} .user=${u}></zac-content-trends>`;
      case 'drafts':
        return this.itemId
          ? html`<zac-content-draft-editor
              .client=${c}
              .user=${u}
              .itemId=${this.itemId}
            ></zac-content-draft-editor>`
          : html`<zac-content-drafts .client=${c} .user=${u}></zac-content-drafts>`;
      case 'social':
        return html`<zac-content-social .client=${c} .user=${u}></zac-content-social>`;
      case 'calendar':
        return html`<zac-content-calendar .client=${c} .user=${u}></zac-content-calendar>`;
      default:
        return tab satisfies never;
    }
  }
}

/** The Content area's tags, registered with the console's (see ../define.ts). */
export const CONTENT_TAGS: Record<string, CustomElementConstructor> = {
  'zac-content-page': ZacContentPage,
  'zac-content-calendar': ZacContentCalendar,
  'zac-content-drafts': ZacContentDrafts,
  'zac-content-draft-editor': ZacContentDraftEditor,
  'zac-content-social': ZacContentSocial,
  'zac-content-trends': ZacContentTrends,
};
