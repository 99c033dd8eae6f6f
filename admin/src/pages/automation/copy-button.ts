// <zac-copy-button>: copies a text (an endpoint's URL, a secret) to the clipboard and says so; where
// the browser refuses the clipboard it says to select the text instead.
import { LitElement, css, html } from 'lit';
import { LanguageController, t } from '../../i18n/index.js';
import { base } from '../../styles.js';

export class ZacCopyButton extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      button {
        padding: 0.2rem 0.6rem;
        font-size: 0.85rem;
      }
      span {
        font-size: 0.85rem;
        color: var(--zac-admin-ok);
      }
      span.failed {
        color: var(--zac-admin-danger);
      }
    `,
  ];
  static override properties = {
    text: {},
    label: {},
    _said: { state: true },
    _failed: { state: true },
  };

  /** What is copied. */
  declare text: string;
  /** The button's accessible name, e.g. "Copy the URL of Website leads"; '' names it "Copy". */
  declare label: string;
  /** What the last copy did, said until it fades. */
  declare _said: '' | 'copied' | 'refused';
  declare _failed: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.text = '';
    this.label = '';
    this._said = '';
    this._failed = false;
    new LanguageController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private async copy(): Promise<void> {
    clearTimeout(this.timer);
    try {
      await navigator.clipboard.writeText(this.text);
      this._failed = false;
      this._said = 'copied';
    } catch {
      this._failed = true;
      this._said = 'refused';
    }
    this.timer = setTimeout(() => (this._said = ''), 4000);
  }

  override render() {
    return html`<button
        type="button"
        class="secondary"
        aria-label=${this.label || t('automation.copy')}
        data-action="copy"
        @click=${this.copy}
      >
        ${t('automation.copy')}
      </button>
      <span role="status" class=${this._failed ? 'failed' : ''}
        >${
          this._said === 'copied'
            ? t('automation.copied')
            : this._said === 'refused'
              ? t('automation.copyRefused')
              : ''
        }</span
      >`;
  }
}
