import { css, html, nothing } from 'lit';
import type { AdminRole } from '../api/auth.js';
import { errorMessage, formatTime } from '../format.js';
import { t } from '../i18n/index.js';
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

  declare _passwordError: string;
  declare _passwordNotice: string;
  declare _busy: boolean;
  declare _people: AccountPerson[] | null;
  declare _peopleError: unknown;
  /** The link issued last (invitation or reset), shown once. */
  declare _issued: IssuedPasswordLink | null;
  declare _inviteError: string;

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
      this._passwordError = 'Enter your current password.';
      return;
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      this._passwordError = `The new password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
      return;
    }
    if (newPassword !== confirm) {
      this._passwordError = 'The new password and its confirmation differ.';
      return;
    }
    this._busy = true;
    this._passwordError = '';
    try {
      await this.client.request(CHANGE_MY_PASSWORD, { input: { currentPassword, newPassword } });
      form.reset();
      this._passwordNotice =
        'Your password is changed. Your other sessions were signed out; this one stays.';
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
      this._inviteError = 'Enter their email and name.';
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
    const what = issued.user.invitedAt ? 'Invitation' : 'Password reset link';
    return html`<div class="notice" role="status" data-issued-link>
      <p>
        ${what} for ${issued.user.email}, valid until ${formatTime(issued.expiresAt)}
        ${
          issued.emailed
            ? html`— emailed to them (see the <a href="/admin/outbox">Outbox</a> when the hub
                catches mail).`
            : html`— <strong>not emailed</strong> (the hub cannot send email): pass it on yourself.`
        }
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
      'No console users.',
    );
    if (state !== nothing) return state;
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Last sign-in</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${(this._people ?? []).map(
            (p) =>
              html`<tr data-person=${p.email}>
                <td>${p.name} <span class="muted">${p.email}</span></td>
                <td>${p.role}</td>
                <td>
                  ${
                    p.invitedAt
                      ? html`<span class="badge">Invited</span>`
                      : p.lastSignInAt
                        ? formatTime(p.lastSignInAt)
                        : html`<span class="muted">never</span>`
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
                          ${p.invitedAt ? 'New invitation link' : 'Password reset link'}
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
              Signed in as <strong>${user.name || user.email}</strong> (${user.email}),
              ${user.role.toLowerCase()}.
            </p>`
          : nothing
      }
      <form class="card" data-form="change-password" @submit=${this.changePassword} novalidate>
        <h2>Change your password</h2>
        ${
          this._passwordError
            ? html`<p class="error" role="alert" data-error>${this._passwordError}</p>`
            : nothing
        }
        ${
          this._passwordNotice
            ? html`<p class="notice" role="status" data-notice>${this._passwordNotice}</p>`
            : nothing
        }
        <div class="field">
          <label for="current">Current password</label>
          <input id="current" name="current" type="password" autocomplete="current-password" />
        </div>
        <div class="field">
          <label for="new">New password (at least ${MIN_PASSWORD_LENGTH} characters)</label>
          <input id="new" name="new" type="password" autocomplete="new-password" />
        </div>
        <div class="field">
          <label for="confirm">New password again</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" />
        </div>
        <button type="submit" ?disabled=${this._busy}>Change password</button>
      </form>
      ${
        this.isOwner
          ? html`<h2>People</h2>
              ${this._issued ? this.issuedLink(this._issued) : nothing}
              ${
                this._inviteError
                  ? html`<p class="error" role="alert" data-invite-error>${this._inviteError}</p>`
                  : nothing
              }
              <form class="card" data-form="invite" @submit=${this.invite} novalidate>
                <h3>Invite someone</h3>
                <p class="muted">
                  They get a one-time link (72 hours) to choose their own password.
                </p>
                <div class="field">
                  <label for="invite-email">Email</label>
                  <input id="invite-email" name="email" type="email" autocomplete="off" />
                </div>
                <div class="field">
                  <label for="invite-name">Name</label>
                  <input id="invite-name" name="name" autocomplete="off" />
                </div>
                <div class="field">
                  <label for="invite-role">Role</label>
                  <select id="invite-role" name="role">
                    <option value="VIEWER">Viewer: reads everything, changes nothing</option>
                    <option value="ADMIN">Admin: everything but people and keys</option>
                    <option value="OWNER">Owner: everything</option>
                  </select>
                </div>
                <button type="submit" ?disabled=${this._busy}>Invite</button>
              </form>
              ${this.people()}`
          : nothing
      }`;
  }
}
