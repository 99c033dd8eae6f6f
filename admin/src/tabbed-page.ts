// A console page of tabs whose open tab the address names (/admin/<area>/<tab>), so a tab can be
// linked and reloaded: the Finance and Reports areas. Tabs follow the ARIA tabs pattern (arrow
// keys, Home, End; one tab stop).
import { css, html, type TemplateResult } from 'lit';
import { t, translated } from './i18n/index.js';
import { ConsolePage } from './page.js';
import { href } from './router.js';

export interface TabSection<Key extends string> {
  key: Key;
  label: string;
}

export abstract class TabbedConsolePage<Key extends string> extends ConsolePage {
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
  declare _tab: Key;

  /** The area's heading, its path under /admin ('/finance') and its tabs, the first the default. */
  protected abstract readonly heading: string;
  protected abstract readonly basePath: string;
  protected abstract readonly sections: readonly TabSection<Key>[];
  protected abstract panel(tab: Key): TemplateResult;

  constructor() {
    super();
    this.section = undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('section') || this._tab === undefined) {
      this._tab =
        this.sections.find((s) => s.key === this.section)?.key ?? (this.sections[0]?.key as Key);
    }
  }

  /** Opens a tab; the address follows without a navigation (the focus stays on the tab). */
  select(tab: Key, focus = false): void {
    this._tab = tab;
    const path = href(`${this.basePath}/${tab}`);
    if (location.pathname.startsWith(href(this.basePath)) && location.pathname !== path) {
      // Another tab's query (a Reports period) does not carry over.
      history.replaceState(null, '', path);
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
      );
    }
  }

  private onKey(event: KeyboardEvent): void {
    const keys = this.sections.map((s) => s.key);
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
    this.select(keys[index] as Key, true);
  }

  override render() {
    // The area's name in the current language (its key is its path: page.finance).
    const heading = translated(`page${this.basePath.replace('/', '.')}`, this.heading);
    return html`<h1>${heading}</h1>
      <div role="tablist" aria-label=${t('app.sections', { heading })} @keydown=${this.onKey}>
        ${this.sections.map(
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
