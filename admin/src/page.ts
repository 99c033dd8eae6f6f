import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { SignedInUser } from './api/auth.js';
import type { ConsoleClient } from './api/client.js';
import { errorMessage } from './format.js';
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
  if (state.loading) return html`<p class="state" role="status">Loading…</p>`;
  if (state.empty) return html`<p class="state">${emptyText}</p>`;
  return nothing;
}
