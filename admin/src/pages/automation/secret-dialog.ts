// <zac-secret-dialog>: a signing secret the hub answered once (a webhook endpoint or subscription
// created, or its secret rotated), in a modal dialog with a copy button. Closing it forgets the
// secret: the console, like the hub, cannot show it again.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LanguageController, t } from '../../i18n/index.js';
import { base } from '../../styles.js';
import { automationStyles } from './automation.styles.js';

export const SECRET_CLOSED_EVENT = 'zac-secret-closed';

export class ZacSecretDialog extends LitElement {
  static override styles = [
    base,
    automationStyles,
    css`
      .warning {
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    secret: {},
    heading: {},
    usage: {},
  };

  /** The secret; '' keeps the dialog closed. */
  declare secret: string;
  /** The dialog's title; '' titles it "Signing secret". */
  declare heading: string;
  /** One sentence on what the secret is for. */
  declare usage: string;

  constructor() {
    super();
    this.secret = '';
    this.heading = '';
    this.usage = '';
    new LanguageController(this);
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('secret')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.secret && !dialog.open) dialog.showModal();
    if (!this.secret && dialog.open) dialog.close();
  }

  private close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** Esc or Done: the parent drops the secret. */
  private onClose(): void {
    if (this.secret) {
      this.dispatchEvent(new CustomEvent(SECRET_CLOSED_EVENT, { bubbles: true, composed: true }));
    }
  }

  override render() {
    return html`<dialog aria-labelledby="secret-title" @close=${this.onClose} data-secret-dialog>
      <h2 id="secret-title">${this.heading || t('automation.secret.heading')}</h2>
      ${this.usage ? html`<p>${this.usage}</p>` : nothing}
      <code class="secret" data-secret>${this.secret}</code>
      <p class="warning">${t('automation.secret.copyNow')}</p>
      <div class="actions">
        <zac-copy-button
          .text=${this.secret}
          label=${t('automation.secret.copy')}
        ></zac-copy-button>
        <button type="button" data-action="close-secret" @click=${this.close}>
          ${t('automation.secret.done')}
        </button>
      </div>
    </dialog>`;
  }
}
