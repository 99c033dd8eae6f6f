import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { SignedInUser } from './api/auth.js';
import type { ConsoleClient } from './api/client.js';
import { errorMessage } from './format.js';
import { LanguageController, t } from './i18n/index.js';
import { base } from './styles.js';

/** What every console page receives from the shell: the client and who is signed in. */
export class ConsolePage extends LitElement {
  static override styles = [base];
  static override properties = {
    client: { attribute: false },
    user: { attribute: false },
  };

  declare client: ConsoleClient;
  declare user: SignedInUser | null;

  constructor() {
    super();
    this.user = null;
    // A language switch re-renders every page in the new language (and number forms).
    new LanguageController(this);
  }

  /**
   * A table too wide for a phone scrolls inside its own `.table-wrap`, not the page; keyboard
   * users reach that scroll only if the wrapper takes focus, so every wrapper does.
   */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    for (const wrap of this.renderRoot.querySelectorAll('.table-wrap:not([tabindex])')) {
      wrap.setAttribute('tabindex', '0');
    }
  }

  /** VIEWERs read only: controls that change things are disabled for them. */
  get canWrite(): boolean {
    return this.user?.role === 'OWNER' || this.user?.role === 'ADMIN';
  }

  get isOwner(): boolean {
    return this.user?.role === 'OWNER';
  }
}

/** The three states every list shows before its content. */
export function loadState(
  state: { loading: boolean; error: unknown; empty: boolean },
  emptyText: string,
): TemplateResult | typeof nothing {
  if (state.error) {
    return html`<p class="error" role="alert">${errorMessage(state.error)}</p>`;
  }
  if (state.loading) return html`<p class="state" role="status">${t('state.loading')}</p>`;
  if (state.empty) return html`<p class="state">${emptyText}</p>`;
  return nothing;
}
