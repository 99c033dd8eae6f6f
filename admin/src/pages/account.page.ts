import { css, html, nothing } from 'lit';
import type { AdminRole } from '../api/auth.js';
import { errorMessage, formatTime } from '../format.js';
import { t, type MessageKey } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import {
  ACCOUNT_PEOPLE,
  CHANGE_MY_PASSWORD,
  INVITE_ADMIN_USER,
  ISSUE_PASSWORD_RESET,
  type AccountPerson,
  type IssuedPasswordLink,
} from './account.operations.js';

const MIN_PASSWORD_LENGTH = 12;

/**
 * A translated sentence whose `{name}` slots hold templates (a link, a <strong>), as parts Lit
 * renders in the sentence's own word order. t() leaves a slot it got no value for as `{name}`.
 */
function fill(message: string, parts: Record<string, unknown>): unknown[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
}

/** A message as the hub said it, or this console's own (a key, said in the current language). */
type Said = string | { key: MessageKey; params?: Record<string, string | number> };
const said = (message: Said) =>
  typeof message === 'string' ? message : t(message.key, message.params);

/** "owner" in the sign-in line, "OWNER" in the people table, in the current language. */
const ROLE_WORDS: Record<AdminRole, { word: MessageKey; code: MessageKey }> = {
  OWNER: { word: 'account.roleWord.OWNER', code: 'account.roleCode.OWNER' },
  ADMIN: { word: 'account.roleWord.ADMIN', code: 'account.roleCode.ADMIN' },
  VIEWER: { word: 'account.roleWord.VIEWER', code: 'account.roleCode.VIEWER' },
};
const roleWord = (role: AdminRole) => t(ROLE_WORDS[role].word);
const roleCode = (role: AdminRole) => t(ROLE_WORDS[role].code);

/**
 * Your account: change your password (every role), and for owners the people of the workspace:
 * invite someone (they choose their own password through a one-time link) or give someone a
 * password reset link. A link is shown once, to pass on when it could not be emailed.
 */
export class ZacAccountPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form.card {
        max-width: 32rem;
      }
      input:not([type='checkbox']) {
        width: 100%;
      }
      .link {
        word-break: break-all;
        font-family: ui-monospace, monospace;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _passwordError: { state: true },
    _passwordNotice: { state: true },
    _busy: { state: true },
    _people: { state: true },
    _peopleError: { state: true },
    _issued: { state: true },
    _inviteError: { state: true },
  };

  declare _passwordError: Said;
  declare _passwordNotice: Said;
  declare _busy: boolean;
  declare _people: AccountPerson[] | null;
  declare _peopleError: unknown;
  /** The link issued last (invitation or reset), shown once. */
  declare _issued: IssuedPasswordLink | null;
  declare _inviteError: Said;

  constructor() {
    super();
    this._passwordError = '';
    this._passwordNotice = '';
    this._busy = false;
    this._people = null;
    this._peopleError = null;
    this._issued = null;
    this._inviteError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isOwner) void this.loadPeople();
  }

  private async loadPeople(): Promise<void> {
    try {
      this._people = (await this.client.request(ACCOUNT_PEOPLE, {})).adminUsers;
      this._peopleError = null;
    } catch (error) {
      this._peopleError = error;
    }
  }

  private async changePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const currentPassword = String(data.get('current') ?? '');
    const newPassword = String(data.get('new') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    this._passwordNotice = '';
    if (!currentPassword) {
      this._passwordError = { key: 'account.enterCurrent' };
      return;
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      this._passwordError = { key: 'account.tooShort', params: { count: MIN_PASSWORD_LENGTH } };
      return;
    }
    if (newPassword !== confirm) {
      this._passwordError = { key: 'account.differ' };
      return;
    }
    this._busy = true;
    this._passwordError = '';
    try {
      await this.client.request(CHANGE_MY_PASSWORD, { input: { currentPassword, newPassword } });
      form.reset();
      this._passwordNotice = { key: 'account.changed' };
    } catch (error) {
      this._passwordError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const name = String(data.get('name') ?? '').trim();
    const role = String(data.get('role') ?? 'VIEWER') as AdminRole;
    if (!email || !name) {
      this._inviteError = { key: 'account.enterEmailAndName' };
      return;
    }
    this._busy = true;
    this._inviteError = '';
    try {
      const { inviteAdminUser } = await this.client.request(INVITE_ADMIN_USER, {
        input: { email, name, role },
      });
      this._issued = inviteAdminUser;
      form.reset();
      await this.loadPeople();
    } catch (error) {
      this._inviteError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async reset(person: AccountPerson): Promise<void> {
    this._busy = true;
    this._inviteError = '';
    try {
      const { issuePasswordReset } = await this.client.request(ISSUE_PASSWORD_RESET, {
        userId: person.id,
      });
      this._issued = issuePasswordReset;
    } catch (error) {
      this._inviteError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private issuedLink(issued: IssuedPasswordLink) {
    const invitation = Boolean(issued.user.invitedAt);
    const key: MessageKey = issued.emailed
      ? invitation
        ? 'account.invitationEmailed'
        : 'account.resetEmailed'
      : invitation
        ? 'account.invitationNotEmailed'
        : 'account.resetNotEmailed';
    return html`<div class="notice" role="status" data-issued-link>
      <p>
        ${fill(t(key), {
          email: issued.user.email,
          time: formatTime(issued.expiresAt),
          outbox: html`<a href="/admin/outbox">${t('account.outbox')}</a>`,
          notEmailed: html`<strong>${t('account.notEmailed')}</strong>`,
        })}
      </p>
      <p class="link" data-link>${issued.link}</p>
    </div>`;
  }

  private people() {
    const state = loadState(
      {
        loading: this._people === null && !this._peopleError,
        error: this._peopleError,
        empty: this._people?.length === 0,
      },
      t('account.noUsers'),
    );
    if (state !== nothing) return state;
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('account.person')}</th>
            <th scope="col">${t('account.role')}</th>
            <th scope="col">${t('account.lastSignIn')}</th>
            <th scope="col"><span class="visually-hidden">${t('account.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${(this._people ?? []).map(
            (p) =>
              html`<tr data-person=${p.email}>
                <td>${p.name} <span class="muted">${p.email}</span></td>
                <td>${roleCode(p.role)}</td>
                <td>
                  ${
                    p.invitedAt
                      ? html`<span class="badge">${t('account.invited')}</span>`
                      : p.lastSignInAt
                        ? formatTime(p.lastSignInAt)
                        : html`<span class="muted">${t('account.never')}</span>`
                  }
                </td>
                <td>
                  ${
                    p.id === this.user?.id
                      ? nothing
                      : html`<button
                          type="button"
                          class="secondary"
                          data-action="reset"
                          ?disabled=${this._busy}
                          @click=${() => this.reset(p)}
                        >
                          ${p.invitedAt ? t('account.newInvitationLink') : t('account.resetLink')}
                        </button>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const user = this.user;
    return html`<h1>${t('page.account')}</h1>
      ${
        user
          ? html`<p data-account>
              ${fill(t('account.signedInAs'), {
                name: html`<strong>${user.name || user.email}</strong>`,
                email: user.email,
                role: roleWord(user.role),
              })}
            </p>`
          : nothing
      }
      <form class="card" data-form="change-password" @submit=${this.changePassword} novalidate>
        <h2>${t('account.changeTitle')}</h2>
        ${
          this._passwordError
            ? html`<p class="error" role="alert" data-error>${said(this._passwordError)}</p>`
            : nothing
        }
        ${
          this._passwordNotice
            ? html`<p class="notice" role="status" data-notice>${said(this._passwordNotice)}</p>`
            : nothing
        }
        <div class="field">
          <label for="current">${t('account.current')}</label>
          <input id="current" name="current" type="password" autocomplete="current-password" />
        </div>
        <div class="field">
          <label for="new">${t('account.new', { count: MIN_PASSWORD_LENGTH })}</label>
          <input id="new" name="new" type="password" autocomplete="new-password" />
        </div>
        <div class="field">
          <label for="confirm">${t('account.again')}</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" />
        </div>
        <button type="submit" ?disabled=${this._busy}>${t('account.change')}</button>
      </form>
      ${
        this.isOwner
          ? html`<h2>${t('account.people')}</h2>
              ${this._issued ? this.issuedLink(this._issued) : nothing}
              ${
                this._inviteError
                  ? html`<p class="error" role="alert" data-invite-error>
                      ${said(this._inviteError)}
                    </p>`
                  : nothing
              }
              <form class="card" data-form="invite" @submit=${this.invite} novalidate>
                <h3>${t('account.inviteTitle')}</h3>
                <p class="muted">${t('account.inviteHint')}</p>
                <div class="field">
                  <label for="invite-email">${t('account.email')}</label>
                  <input id="invite-email" name="email" type="email" autocomplete="off" />
                </div>
                <div class="field">
                  <label for="invite-name">${t('account.name')}</label>
                  <input id="invite-name" name="name" autocomplete="off" />
                </div>
                <div class="field">
                  <label for="invite-role">${t('account.role')}</label>
                  <select id="invite-role" name="role">
                    <option value="VIEWER">${t('account.roleViewer')}</option>
                    <option value="ADMIN">${t('account.roleAdmin')}</option>
                    <option value="OWNER">${t('account.roleOwner')}</option>
                  </select>
                </div>
                <button type="submit" ?disabled=${this._busy}>${t('account.invite')}</button>
              </form>
              ${this.people()}`
          : nothing
      }`;
  }
}
