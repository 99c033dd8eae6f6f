import { css, html, nothing } from 'lit';
import type { AdminRole } from '../api/auth.js';
import {
  ADMIN_USERS,
  API_KEYS,
  CREATE_ADMIN_USER,
  CREATE_API_KEY,
  CREATE_PUBLISHABLE_KEY,
  PUBLISHABLE_KEYS,
  REMOVE_ADMIN_USER,
  REVOKE_API_KEY,
  REVOKE_PUBLISHABLE_KEY,
  SET_ORIGINS,
  SET_ROLE,
  type AdminUser,
  type ApiKey,
  type PublishableKey,
} from './settings.operations.js';
import { errorMessage, formatTime } from '../format.js';
import { t } from '../i18n/index.js';
import { stackingTable } from '../styles.js';
import { ConsolePage } from '../page.js';

// Most powerful first (the role pickers' order).
const ROLES: readonly AdminRole[] = ['OWNER', 'ADMIN', 'VIEWER'];
/** The role a picker's value names (a select only offers ROLES). */
const roleOf = (value: FormDataEntryValue | null): AdminRole =>
  ROLES.find((role) => role === value) ?? 'VIEWER';

/** A role in words of the current language. */
const roleWords = (role: AdminRole) => t(`settings.role${role}`);

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export class ZacSettingsPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    stackingTable,
    css`
      section.card {
        margin-bottom: 1rem;
      }
      textarea {
        min-height: 4rem;
      }
      code.secret {
        display: block;
        padding: 0.5rem;
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
        word-break: break-all;
      }
      /* A key is one long word: it breaks anywhere rather than run out of a phone's width. */
      td code {
        word-break: break-all;
      }
      td input,
      td select {
        max-width: 14rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _pks: { state: true },
    _apiKeys: { state: true },
    _users: { state: true },
    _origins: { state: true },
    _plainKey: { state: true },
    _error: { state: true },
    _status: { state: true },
  };

  declare _pks: PublishableKey[] | null;
  declare _apiKeys: ApiKey[] | null;
  declare _users: AdminUser[] | null;
  declare _origins: Record<string, string>;
  declare _plainKey: string;
  declare _error: string;
  declare _status: string;

  constructor() {
    super();
    this._pks = null;
    this._apiKeys = null;
    this._users = null;
    this._origins = {};
    this._plainKey = '';
    this._error = '';
    this._status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const { publishableKeys } = await this.client.request(PUBLISHABLE_KEYS);
      this._pks = publishableKeys;
      this._origins = Object.fromEntries(
        publishableKeys.map((k) => [k.id, k.allowedOrigins.join('\n')]),
      );
      if (this.isOwner) {
        const [{ apiKeys }, { adminUsers }] = await Promise.all([
          this.client.request(API_KEYS),
          this.client.request(ADMIN_USERS),
        ]);
        this._apiKeys = apiKeys;
        this._users = adminUsers;
      }
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  /** Runs a change, shows the outcome, and reloads. */
  private async change(done: string, work: () => Promise<unknown>): Promise<void> {
    this._error = '';
    this._status = '';
    try {
      await work();
      this._status = done;
      await this.load();
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  private createPk(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const origins = lines(String(data.get('origins') ?? ''));
    if (!name || origins.length === 0) {
      this._error = t('settings.pkMissing');
      return;
    }
    void this.change(t('settings.pkCreated'), async () => {
      await this.client.request(CREATE_PUBLISHABLE_KEY, {
        input: { name, allowedOrigins: origins },
      });
      form.reset();
    });
  }

  private createApiKey(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) {
      this._error = t('settings.skMissing');
      return;
    }
    void this.change(t('settings.skCreated'), async () => {
      const { createApiKey } = await this.client.request(CREATE_API_KEY, { name });
      this._plainKey = createApiKey.plainKey;
      form.reset();
    });
  }

  private createUser(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
      role: roleOf(data.get('role')),
    };
    if (!input.name || !input.email || input.password.length < 12) {
      this._error = t('settings.userMissing');
      return;
    }
    void this.change(t('settings.userAdded', { email: input.email }), async () => {
      await this.client.request(CREATE_ADMIN_USER, { input });
      form.reset();
    });
  }

  private publishableKeys() {
    const keys = this._pks;
    return html`<section class="card" aria-labelledby="pk-title">
      <h2 id="pk-title">${t('settings.pkTitle')}</h2>
      ${
        keys === null
          ? html`<p class="state" role="status">${t('state.loading')}</p>`
          : keys.length === 0
            ? html`<p class="state">${t('settings.pkNone')}</p>`
            : html`<div class="table-wrap">
                <table class="stack">
                  <thead>
                    <tr>
                      <th scope="col">${t('settings.nameAndKey')}</th>
                      <th scope="col">${t('settings.origins')}</th>
                      <th scope="col">${t('settings.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${keys.map(
                      (k) =>
                        html`<tr data-pk=${k.id}>
                          <td>
                            <strong>${k.name}</strong><br /><code>${k.key}</code>
                            ${k.revokedAt ? html`<br /><span class="badge">${t('settings.revoked')}</span>` : nothing}
                          </td>
                          <td>
                            <label class="visually-hidden" for="origins-${k.id}"
                              >${t('settings.originsOf', { name: k.name })}</label
                            >
                            <textarea
                              id="origins-${k.id}"
                              .value=${this._origins[k.id] ?? ''}
                              ?disabled=${!this.canWrite || Boolean(k.revokedAt)}
                              @input=${(e: Event) =>
                                (this._origins = {
                                  ...this._origins,
                                  [k.id]: (e.target as HTMLTextAreaElement).value,
                                })}
                            ></textarea>
                          </td>
                          <td>
                            <button
                              type="button"
                              ?disabled=${!this.canWrite || Boolean(k.revokedAt)}
                              @click=${() =>
                                this.change(t('settings.originsSaved'), () =>
                                  this.client.request(SET_ORIGINS, {
                                    id: k.id,
                                    allowedOrigins: lines(this._origins[k.id] ?? ''),
                                  }),
                                )}
                            >
                              ${t('settings.saveOrigins')}
                            </button>
                            <button
                              type="button"
                              class="danger"
                              ?disabled=${!this.canWrite || Boolean(k.revokedAt)}
                              @click=${() =>
                                this.change(t('settings.pkRevoked'), () =>
                                  this.client.request(REVOKE_PUBLISHABLE_KEY, { id: k.id }),
                                )}
                            >
                              ${t('settings.revoke')}
                            </button>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      ${
        this.canWrite
          ? html`<form @submit=${this.createPk} novalidate aria-label=${t('settings.pkNew')}>
              <h3>${t('settings.pkNew')}</h3>
              <div class="row">
                <div class="field">
                  <label for="pk-name">${t('settings.name')}</label
                  ><input id="pk-name" name="name" />
                </div>
                <div class="field">
                  <label for="pk-origins">${t('settings.originsHint')}</label>
                  <textarea id="pk-origins" name="origins"></textarea>
                </div>
                <div class="field">
                  <button type="submit">${t('settings.pkCreate')}</button>
                </div>
              </div>
            </form>`
          : nothing
      }
    </section>`;
  }

  private secretKeys() {
    const keys = this._apiKeys ?? [];
    return html`<section class="card" aria-labelledby="sk-title">
      <h2 id="sk-title">${t('settings.skTitle')}</h2>
      ${
        this._plainKey
          ? html`<div class="notice" role="status">
              <p>${t('settings.skCopyNow')}</p>
              <code class="secret" data-plain-key>${this._plainKey}</code>
              <button type="button" class="secondary" @click=${() => (this._plainKey = '')}>
                ${t('settings.skCopied')}
              </button>
            </div>`
          : nothing
      }
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">${t('settings.name')}</th>
              <th scope="col">${t('settings.prefix')}</th>
              <th scope="col">${t('settings.lastUsed')}</th>
              <th scope="col">${t('settings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${keys.map(
              (k) =>
                html`<tr>
                  <td>${k.name}</td>
                  <td data-label=${t('settings.prefix')}><code>${k.displayPrefix}…</code></td>
                  <td data-label=${t('settings.lastUsed')}>${formatTime(k.lastUsedAt)}</td>
                  <td>
                    ${
                      k.revokedAt
                        ? html`<span class="badge"
                            >${t('settings.revokedAt', { time: formatTime(k.revokedAt) })}</span
                          >`
                        : html`<button
                            type="button"
                            class="danger"
                            @click=${() =>
                              this.change(t('settings.skRevoked'), () =>
                                this.client.request(REVOKE_API_KEY, { id: k.id }),
                              )}
                          >
                            ${t('settings.revokeNamed', { name: k.name })}
                          </button>`
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <form class="row" @submit=${this.createApiKey} novalidate aria-label=${t('settings.skNew')}>
        <div class="field">
          <label for="sk-name">${t('settings.skName')}</label><input id="sk-name" name="name" />
        </div>
        <div class="field">
          <button type="submit">${t('settings.skCreate')}</button>
        </div>
      </form>
    </section>`;
  }

  private users() {
    const users = this._users ?? [];
    return html`<section class="card" aria-labelledby="users-title">
      <h2 id="users-title">${t('settings.usersTitle')}</h2>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">${t('settings.user')}</th>
              <th scope="col">${t('settings.role')}</th>
              <th scope="col">${t('settings.lastSignIn')}</th>
              <th scope="col">${t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${users.map(
              (u) =>
                html`<tr data-user-row=${u.email}>
                  <td>${u.name}<br /><span class="muted">${u.email}</span></td>
                  <td>
                    <label class="visually-hidden" for="role-${u.id}"
                      >${t('settings.roleOf', { email: u.email })}</label
                    >
                    <select
                      id="role-${u.id}"
                      @change=${(e: Event) =>
                        this.change(t('settings.roleChanged'), () =>
                          this.client.request(SET_ROLE, {
                            id: u.id,
                            role: roleOf((e.target as HTMLSelectElement).value),
                          }),
                        )}
                    >
                      ${ROLES.map((r) => html`<option value=${r} ?selected=${r === u.role}>${roleWords(r)}</option>`)}
                    </select>
                  </td>
                  <td data-label=${t('settings.lastSignIn')}>${formatTime(u.lastSignInAt)}</td>
                  <td>
                    <button
                      type="button"
                      class="danger"
                      ?disabled=${u.id === this.user?.id}
                      @click=${() =>
                        this.change(t('settings.userRemoved'), () =>
                          this.client.request(REMOVE_ADMIN_USER, { id: u.id }),
                        )}
                    >
                      ${t('settings.removeUser', { email: u.email })}
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <form @submit=${this.createUser} novalidate aria-label=${t('settings.newUser')}>
        <h3>${t('settings.addUserTitle')}</h3>
        <div class="row">
          <div class="field">
            <label for="u-name">${t('settings.name')}</label><input id="u-name" name="name" />
          </div>
          <div class="field">
            <label for="u-email">${t('settings.email')}</label
            ><input id="u-email" name="email" type="email" />
          </div>
          <div class="field">
            <label for="u-password"
              >${t('settings.password')}
              <span class="hint">${t('settings.passwordHint')}</span></label
            ><input id="u-password" name="password" type="password" autocomplete="new-password" />
          </div>
          <div class="field">
            <label for="u-role">${t('settings.role')}</label>
            <select id="u-role" name="role">
              ${ROLES.map((r) => html`<option value=${r} ?selected=${r === 'VIEWER'}>${roleWords(r)}</option>`)}
            </select>
          </div>
          <div class="field">
            <button type="submit" data-action="add-user">${t('settings.addUser')}</button>
          </div>
        </div>
      </form>
    </section>`;
  }

  /** The workspace's JSON lines export (GET /exports/workspace.jsonl, owners only). */
  private workspaceData() {
    return html`<section class="card" aria-labelledby="export-title">
      <h2 id="export-title">${t('settings.exportTitle')}</h2>
      <p class="muted">${t('settings.exportText')}</p>
      <p><a href="/exports/workspace.jsonl" download>${t('settings.exportLink')}</a></p>
    </section>`;
  }

  override render() {
    return html`<h1>${t('page.settings')}</h1>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <p role="status" class="muted">${this._status}</p>
      ${this.publishableKeys()}
      <zac-embed-snippet .keys=${this._pks ?? []}></zac-embed-snippet>
      <zac-workspace-settings .client=${this.client} .user=${this.user}></zac-workspace-settings>
      <zac-budget-settings .client=${this.client} .user=${this.user}></zac-budget-settings>
      ${
        this.isOwner
          ? html`${this.secretKeys()} ${this.users()} ${this.workspaceData()}`
          : html`<p class="notice">${t('settings.ownersOnly')}</p>`
      }`;
  }
}
