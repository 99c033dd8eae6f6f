import { LitElement, css, html, nothing } from 'lit';
import {
  describePasswordLink,
  setPasswordWithLink,
  tokenFromLocation,
  type PasswordLinkInfo,
} from '../api/password-links.js';
import { errorMessage, formatTime } from '../format.js';
import { LanguageController, t, type MessageKey } from '../i18n/index.js';
import { href } from '../router.js';
import { base } from '../styles.js';

const MIN_PASSWORD_LENGTH = 12;

/** A translated sentence whose `{name}` slots hold templates, in the sentence's word order. */
function fill(message: string, parts: Record<string, unknown>): unknown[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
}

/** A message as the hub said it, or this console's own (a key, said in the current language). */
type Said = string | { key: MessageKey; params?: Record<string, string | number> };
const said = (message: Said) =>
  typeof message === 'string' ? message : t(message.key, message.params);

/**
 * Where a one-time link (an invitation, a password reset) lands, signed in or not: it says whose
 * link it is, takes the new password twice, and sends the person to sign in with it. The token
 * comes from the URL's fragment and is removed from the address bar at once (history, screen
 * sharing), kept only in memory.
 */
export class ZacSetPasswordPage extends LitElement {
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
      .card {
        width: min(100%, 400px);
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
    _link: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _done: { state: true },
  };

  declare _link: PasswordLinkInfo | null;
  declare _error: Said;
  declare _busy: boolean;
  declare _done: boolean;
  private token = '';

  constructor() {
    super();
    this._link = null;
    this._error = '';
    this._busy = false;
    this._done = false;
    // Not a ConsolePage (no shell around it): it follows a language switch itself.
    new LanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = tokenFromLocation(location.hash);
    if (location.hash) history.replaceState(null, '', location.pathname);
    if (!this.token) {
      this._error = { key: 'account.setPassword.noToken' };
      return;
    }
    describePasswordLink(this.token).then(
      (link) => (this._link = link),
      (error: unknown) => (this._error = errorMessage(error)),
    );
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const password = String(data.get('password') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    if (password.length < MIN_PASSWORD_LENGTH) {
      this._error = { key: 'account.setPassword.tooShort', params: { count: MIN_PASSWORD_LENGTH } };
      return;
    }
    if (password !== confirm) {
      this._error = { key: 'account.setPassword.differ' };
      return;
    }
    this._busy = true;
    this._error = '';
    try {
      await setPasswordWithLink(this.token, password);
      this.token = '';
      this._done = true;
    } catch (error) {
      this._error = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private form(link: PasswordLinkInfo) {
    return html`<form @submit=${this.submit} novalidate>
      <p data-link-for>
        ${fill(
          t(
            link.purpose === 'INVITE' ? 'account.setPassword.invited' : 'account.setPassword.reset',
          ),
          { email: html`<strong>${link.email}</strong>` },
        )}
        <span class="muted"
          >${t('account.setPassword.worksUntil', { time: formatTime(link.expiresAt) })}</span
        >
      </p>
      <div class="field">
        <label for="password"
          >${t('account.setPassword.new', { count: MIN_PASSWORD_LENGTH })}</label
        >
        <input id="password" name="password" type="password" autocomplete="new-password" />
      </div>
      <div class="field">
        <label for="confirm">${t('account.setPassword.again')}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" />
      </div>
      <button type="submit" ?disabled=${this._busy}>
        ${this._busy ? t('account.setPassword.saving') : t('account.setPassword.set')}
      </button>
    </form>`;
  }

  override render() {
    return html`<main>
      <div class="card" aria-labelledby="title">
        <h1 id="title">${t('account.setPassword.title')}</h1>
        ${this._error ? html`<p class="error" role="alert" data-error>${said(this._error)}</p>` : nothing}
        ${
          this._done
            ? html`<p class="notice" role="status" data-done>
                ${fill(t('account.setPassword.done'), {
                  signIn: html`<a href=${href('/sign-in')}>${t('account.setPassword.signIn')}</a>`,
                })}
              </p>`
            : this._link
              ? this.form(this._link)
              : nothing
        }
      </div>
    </main>`;
  }
}
