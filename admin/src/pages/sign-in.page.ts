import { LitElement, css, html, nothing } from 'lit';
import { signIn, signInMessage } from '../api/auth.js';
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
        background: #f3f4f6;
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
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      this._error = 'Enter your email and password.';
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
        <h1 id="title">Sign in to the console</h1>
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
          <label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">Password</label>
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
          ${this._busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p class="muted" data-forgot>
          Forgot your password? An owner can give you a reset link from their Account page; the
          owner of a self-hosted hub resets theirs with the reset-password command (see
          docs/SECURITY.md).
        </p>
        <p class="muted" data-demo-hint>
          See the demo storefront with the chat widget at <a href="/demo">/demo</a>.
        </p>
      </form>
    </main>`;
  }
}
