import { LitElement, css, html, nothing } from 'lit';
import { signIn, signInMessage } from '../api/auth.js';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';

/** The sign-in form; fires `zac-signed-in` with the user once the hub set the session cookie. */
export class ZacSignInPage extends LitElement {
  static override styles = [
    base,
    css`
      main {
        min-height: 100vh;
        display: grid;
        place-items: center;
        background: var(--zac-admin-subtle);
        padding: 1rem;
      }
      form {
        width: min(100%, 380px);
      }
      input {
        width: 100%;
      }
      button {
        width: 100%;
        margin-top: 0.5rem;
      }
    `,
  ];
  static override properties = {
    notice: { type: String },
    _error: { state: true },
    _busy: { state: true },
  };

  declare notice: string;
  declare _error: string;
  declare _busy: boolean;

  constructor() {
    super();
    this.notice = '';
    this._error = '';
    this._busy = false;
    new LanguageController(this);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      this._error = t('signIn.missing');
      return;
    }
    this._busy = true;
    this._error = '';
    try {
      const user = await signIn(email, password);
      this.dispatchEvent(
        new CustomEvent('zac-signed-in', { detail: user, bubbles: true, composed: true }),
      );
    } catch (error) {
      this._error = signInMessage(error);
      const field = this.renderRoot.querySelector<HTMLInputElement>('#password');
      if (field) {
        field.value = '';
        field.focus();
      }
    } finally {
      this._busy = false;
    }
  }

  override render() {
    return html`<main>
      <form class="card" @submit=${this.submit} novalidate aria-labelledby="title">
        <h1 id="title">${t('signIn.title')}</h1>
        ${
          this.notice && !this._error
            ? html`<p class="notice" role="status" data-notice>${this.notice}</p>`
            : nothing
        }
        ${
          this._error
            ? html`<p class="error" role="alert" data-error id="sign-in-error">${this._error}</p>`
            : nothing
        }
        <div class="field">
          <label for="email">${t('signIn.email')}</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">${t('signIn.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby=${this._error ? 'sign-in-error' : nothing}
          />
        </div>
        <button type="submit" ?disabled=${this._busy}>
          ${this._busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <p class="muted" data-forgot>${t('signIn.forgot')}</p>
        <p class="muted" data-demo-hint>${t('signIn.demoHint')} <a href="/demo">/demo</a>.</p>
        <zac-language-picker></zac-language-picker>
      </form>
    </main>`;
  }
}
