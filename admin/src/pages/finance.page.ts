// The Finance area (/admin/finance/<section>): the review queue, bank imports, receivables,
// reminders and the cash-flow report, one tab each. Tabs follow the ARIA tabs pattern (arrow
// keys, Home, End); the address names the open tab so it can be linked and reloaded.
import { css, html, type TemplateResult } from 'lit';
import { ConsolePage } from '../page.js';
import { href } from '../router.js';

export const FINANCE_SECTIONS = [
  { key: 'review', label: 'Review queue' },
  { key: 'imports', label: 'Bank imports' },
  { key: 'receivables', label: 'Receivables' },
  { key: 'reminders', label: 'Reminders' },
  { key: 'cash-flow', label: 'Cash flow' },
] as const;

export type FinanceSection = (typeof FINANCE_SECTIONS)[number]['key'];

export function financeSection(value: string | undefined): FinanceSection {
  return FINANCE_SECTIONS.find((s) => s.key === value)?.key ?? 'review';
}

export class ZacFinancePage extends ConsolePage {
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
  declare _tab: FinanceSection;

  constructor() {
    super();
    this.section = undefined;
    this._tab = 'review';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('section')) this._tab = financeSection(this.section);
  }

  /** Opens a tab; the address follows without a navigation (the focus stays on the tab). */
  select(tab: FinanceSection, focus = false): void {
    this._tab = tab;
    const path = href(`/finance/${tab}`);
    if (location.pathname.startsWith(href('/finance')) && location.pathname !== path) {
      history.replaceState(null, '', path);
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
      );
    }
  }

  private onKey(event: KeyboardEvent): void {
    const keys = FINANCE_SECTIONS.map((s) => s.key);
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
    this.select(keys[index] as FinanceSection, true);
  }

  private panel(tab: FinanceSection): TemplateResult {
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

  override render() {
    return html`<h1>Finance</h1>
      <div role="tablist" aria-label="Finance sections" @keydown=${this.onKey}>
        ${FINANCE_SECTIONS.map(
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
