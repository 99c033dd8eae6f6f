// <zac-workspace-settings>: the workspace's locale (the console's language and its number and
// date forms), the currency the shop's money is shown in, and the time zone its months and due
// dates follow. Owners change them; a save re-renders the whole console in the new forms.
import { css, html, nothing } from 'lit';
import { errorMessage } from '../format.js';
import { formatLocale, setWorkspaceLocale, t } from '../i18n/index.js';
import { ConsolePage } from '../page.js';
import { UPDATE_WORKSPACE_SETTINGS, WORKSPACE_SETTINGS } from './workspace-settings.operations.js';

interface Settings {
  locale: string;
  currency: string;
  timeZone: string;
}

/** Locales the console has words for (English, Spanish), in the regions a small shop is likely in. */
const LOCALES = [
  'en-US',
  'en-CA',
  'en-GB',
  'en-AU',
  'es-MX',
  'es-US',
  'es-ES',
  'es-CO',
  'es-AR',
  'es-CL',
  'es-PE',
];
/** Two-decimal currencies (amounts are kept in cents: the hub refuses JPY and the like). */
const CURRENCIES = ['USD', 'CAD', 'MXN', 'EUR', 'GBP', 'AUD', 'COP', 'ARS', 'PEN', 'GTQ', 'DOP'];

/** The given list, with `current` in it when an owner set another value through the API. */
const withCurrent = (values: readonly string[], current: string | undefined) =>
  current && !values.includes(current) ? [current, ...values] : values;

function displayName(type: 'language' | 'currency', code: string): string {
  try {
    return new Intl.DisplayNames([formatLocale()], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "$1,234.56 · 4 de diciembre de 2026, 14:05": how amounts and times read with `draft`. Times
 * stay in this browser's zone, as everywhere in the console; the workspace's zone is its calendar.
 */
function sample(draft: Settings): string {
  try {
    const money = new Intl.NumberFormat(draft.locale, {
      style: 'currency',
      currency: draft.currency,
    }).format(1234.56);
    const when = new Date().toLocaleString(draft.locale, { dateStyle: 'long', timeStyle: 'short' });
    return `${money} · ${when}`;
  } catch {
    return '';
  }
}

export class ZacWorkspaceSettings extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0.5rem 1rem;
        align-items: end;
      }
      form .field {
        margin: 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _saved: { state: true },
    _draft: { state: true },
    _error: { state: true },
    _status: { state: true },
  };

  declare _saved: Settings | null;
  declare _draft: Settings | null;
  declare _error: string;
  declare _status: string;

  /** Every IANA zone the runtime knows, for the time zone field's suggestions. */
  private readonly zones = Intl.supportedValuesOf('timeZone');

  constructor() {
    super();
    this._saved = null;
    this._draft = null;
    this._error = '';
    this._status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const { workspaceSettings } = await this.client.request(WORKSPACE_SETTINGS);
      this._saved = workspaceSettings;
      this._draft = { ...workspaceSettings };
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  private edit(field: keyof Settings, value: string): void {
    if (this._draft) this._draft = { ...this._draft, [field]: value };
    this._status = '';
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this._draft) return;
    this._error = '';
    this._status = '';
    try {
      const { updateWorkspaceSettings } = await this.client.request(UPDATE_WORKSPACE_SETTINGS, {
        input: { ...this._draft, timeZone: this._draft.timeZone.trim() },
      });
      this._saved = updateWorkspaceSettings;
      this._draft = { ...updateWorkspaceSettings };
      // Every page re-renders in the new language and number forms.
      setWorkspaceLocale(updateWorkspaceSettings.locale, updateWorkspaceSettings.currency);
      this._status = t('settings.wsSaved');
    } catch (error) {
      this._error = errorMessage(error);
    }
  }

  override render() {
    const draft = this._draft;
    const readOnly = !this.isOwner;
    const changed =
      draft !== null &&
      this._saved !== null &&
      (['locale', 'currency', 'timeZone'] as const).some((f) => draft[f] !== this._saved?.[f]);
    return html`<section class="card" aria-labelledby="ws-title">
      <h2 id="ws-title">${t('settings.wsTitle')}</h2>
      <p class="muted">${t('settings.wsIntro')}</p>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        draft
          ? html`<form @submit=${this.save} aria-labelledby="ws-title" data-workspace-settings>
                <div class="field">
                  <label for="ws-locale">${t('settings.wsLocale')}</label>
                  <select
                    id="ws-locale"
                    name="locale"
                    ?disabled=${readOnly}
                    @change=${(e: Event) => this.edit('locale', (e.target as HTMLSelectElement).value)}
                  >
                    ${withCurrent(LOCALES, draft.locale).map(
                      (code) =>
                        html`<option value=${code} ?selected=${code === draft.locale}>
                          ${displayName('language', code)} (${code})
                        </option>`,
                    )}
                  </select>
                </div>
                <div class="field">
                  <label for="ws-currency">${t('settings.wsCurrency')}</label>
                  <select
                    id="ws-currency"
                    name="currency"
                    ?disabled=${readOnly}
                    @change=${(e: Event) =>
                      this.edit('currency', (e.target as HTMLSelectElement).value)}
                  >
                    ${withCurrent(CURRENCIES, draft.currency).map(
                      (code) =>
                        html`<option value=${code} ?selected=${code === draft.currency}>
                          ${displayName('currency', code)} (${code})
                        </option>`,
                    )}
                  </select>
                </div>
                <div class="field">
                  <label for="ws-zone">${t('settings.wsTimeZone')}</label>
                  <input
                    id="ws-zone"
                    name="timeZone"
                    list="ws-zones"
                    autocomplete="off"
                    spellcheck="false"
                    .value=${draft.timeZone}
                    ?disabled=${readOnly}
                    @input=${(e: Event) => this.edit('timeZone', (e.target as HTMLInputElement).value)}
                  />
                  <datalist id="ws-zones">
                    ${this.zones.map((zone) => html`<option value=${zone}></option>`)}
                  </datalist>
                </div>
                ${
                  readOnly
                    ? nothing
                    : html`<div class="field">
                        <button type="submit" ?disabled=${!changed} data-action="save-workspace">
                          ${t('settings.wsSave')}
                        </button>
                      </div>`
                }
              </form>
              <p class="muted" data-workspace-sample>
                ${t('settings.wsSample', { sample: sample(draft) })}
              </p>
              <p class="muted">
                ${readOnly ? t('settings.wsOwnersOnly') : t('settings.wsCurrencyNote')}
              </p>`
          : nothing
      }
      <p role="status" class="muted">${this._status}</p>
    </section>`;
  }
}
