// <zac-embed-snippet>: the exact <script> tag a shop pastes for each active publishable key, a
// copy button, and a live preview of the widget with the chosen accent, corner and language (a
// frame of the hub's /widget-preview page, which loads the real /widget.js: the widget is a
// singleton script, so it cannot run twice inside the console itself).
import { LitElement, css, html, nothing } from 'lit';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';

export interface EmbedKey {
  id: string;
  name: string;
  key: string;
  revokedAt?: unknown;
}

export interface EmbedOptions {
  accent: string;
  position: 'right' | 'left';
  /** '' leaves the language to the visitor's browser. */
  locale: '' | 'en' | 'es';
}

/** The widget's own defaults (widget/README.md): a tag with them needs no data attribute. */
export const WIDGET_DEFAULTS: EmbedOptions = { accent: '#1d4ed8', position: 'right', locale: '' };

/**
 * The tag as docs/WIDGET.md shows it, with only the options that differ from the widget's
 * defaults, in the widget README's attribute order.
 */
export function scriptTag(hubOrigin: string, key: string, options: EmbedOptions): string {
  const attributes = [`src="${hubOrigin}/widget.js"`, `data-key="${key}"`];
  if (options.position !== WIDGET_DEFAULTS.position) {
    attributes.push(`data-position="${options.position}"`);
  }
  if (options.accent.toLowerCase() !== WIDGET_DEFAULTS.accent) {
    attributes.push(`data-accent="${options.accent.toLowerCase()}"`);
  }
  if (options.locale) attributes.push(`data-locale="${options.locale}"`);
  return `<script ${attributes.join(' ')} async></script>`;
}

/** The hub page the preview frame shows. */
export function previewUrl(key: string, options: EmbedOptions): string {
  const query = new URLSearchParams({ key, position: options.position });
  query.set('accent', options.accent.toLowerCase());
  if (options.locale) query.set('locale', options.locale);
  return `/widget-preview?${query.toString()}`;
}

/** Writes text to the clipboard; falls back to a selected textarea where the API is refused. */
export async function copyText(text: string, scratchParent: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'visually-hidden';
    scratchParent.appendChild(scratch);
    scratch.select();
    try {
      // Deprecated but still the only synchronous fallback where the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      scratch.remove();
    }
  }
}

export class ZacEmbedSnippet extends LitElement {
  static override styles = [
    base,
    css`
      .options {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0 1rem;
      }
      input[type='color'] {
        width: 4rem;
        height: 2.2rem;
        padding: 0.15rem;
      }
      .snippet {
        border-top: 1px solid var(--zac-admin-border);
        padding-top: 0.75rem;
        margin-top: 0.75rem;
      }
      .snippet h3 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      pre {
        margin: 0 0 0.5rem;
      }
      iframe {
        display: block;
        width: 100%;
        height: 560px;
        border: 1px dashed var(--zac-admin-input-border);
        border-radius: 8px;
        background: var(--zac-admin-subtle);
      }
    `,
  ];
  static override properties = {
    keys: { attribute: false },
    hubOrigin: { type: String },
    _options: { state: true },
    _copied: { state: true },
    _previewKey: { state: true },
  };

  declare keys: EmbedKey[];
  /** Where the hub is reached from the shop (the console's own origin unless told). */
  declare hubOrigin: string;
  declare _options: EmbedOptions;
  /** The key whose copy just finished, and how. */
  declare _copied: { id: string; ok: boolean } | null;
  declare _previewKey: string;

  constructor() {
    super();
    new LanguageController(this);
    this.keys = [];
    this.hubOrigin = location.origin;
    this._options = { ...WIDGET_DEFAULTS };
    this._copied = null;
    this._previewKey = '';
  }

  private get activeKeys(): EmbedKey[] {
    return this.keys.filter((k) => !k.revokedAt);
  }

  private set(change: Partial<EmbedOptions>): void {
    this._options = { ...this._options, ...change };
  }

  private async copy(key: EmbedKey): Promise<void> {
    const ok = await copyText(scriptTag(this.hubOrigin, key.key, this._options), this.renderRoot);
    this._copied = { id: key.id, ok };
  }

  override render() {
    const keys = this.activeKeys;
    const previewKey = keys.find((k) => k.id === this._previewKey) ?? keys[0];
    return html`<section class="card" aria-labelledby="embed-title" data-embed>
      <h2 id="embed-title">${t('embed.title')}</h2>
      ${
        keys.length === 0
          ? html`<p class="state">${t('embed.none')}</p>`
          : html`<p>${t('embed.intro')}</p>
              <div class="options">
                <div class="field">
                  <label for="embed-accent">${t('embed.accent')}</label>
                  <input
                    id="embed-accent"
                    type="color"
                    .value=${this._options.accent}
                    @change=${(e: Event) => this.set({ accent: (e.target as HTMLInputElement).value })}
                  />
                </div>
                <div class="field">
                  <label for="embed-position">${t('embed.position')}</label>
                  <select
                    id="embed-position"
                    @change=${(e: Event) =>
                      this.set({
                        position:
                          (e.target as HTMLSelectElement).value === 'left' ? 'left' : 'right',
                      })}
                  >
                    <option value="right" ?selected=${this._options.position === 'right'}>
                      ${t('embed.right')}
                    </option>
                    <option value="left" ?selected=${this._options.position === 'left'}>
                      ${t('embed.left')}
                    </option>
                  </select>
                </div>
                <div class="field">
                  <label for="embed-locale">${t('embed.locale')}</label>
                  <select
                    id="embed-locale"
                    @change=${(e: Event) => {
                      const value = (e.target as HTMLSelectElement).value;
                      this.set({ locale: value === 'en' || value === 'es' ? value : '' });
                    }}
                  >
                    <option value="" ?selected=${this._options.locale === ''}>
                      ${t('embed.localeBrowser')}
                    </option>
                    <option value="en" lang="en" ?selected=${this._options.locale === 'en'}>
                      English
                    </option>
                    <option value="es" lang="es" ?selected=${this._options.locale === 'es'}>
                      Español
                    </option>
                  </select>
                </div>
              </div>
              ${keys.map((key) => this.snippet(key))}
              ${previewKey ? this.preview(keys, previewKey) : nothing}`
      }
    </section>`;
  }

  private snippet(key: EmbedKey) {
    const tag = scriptTag(this.hubOrigin, key.key, this._options);
    const copied = this._copied?.id === key.id ? this._copied : null;
    return html`<div class="snippet" data-snippet=${key.id}>
      <h3 id="tag-${key.id}">${t('embed.tagFor', { name: key.name })}</h3>
      <pre aria-labelledby="tag-${key.id}"><code data-tag>${tag}</code></pre>
      <button
        type="button"
        class="secondary"
        data-action="copy"
        aria-describedby="copied-${key.id}"
        @click=${() => this.copy(key)}
      >
        ${t('embed.copy')}
      </button>
      <span
        id="copied-${key.id}"
        role="status"
        class=${copied?.ok === false ? 'field-error' : 'muted'}
        >${copied ? t(copied.ok ? 'embed.copied' : 'embed.copyFailed') : ''}</span
      >
    </div>`;
  }

  private preview(keys: EmbedKey[], shown: EmbedKey) {
    return html`<div class="snippet">
      <h3>${t('embed.preview')}</h3>
      ${
        keys.length > 1
          ? html`<div class="field">
              <label for="embed-preview-key">${t('embed.previewKey')}</label>
              <select
                id="embed-preview-key"
                @change=${(e: Event) => (this._previewKey = (e.target as HTMLSelectElement).value)}
              >
                ${keys.map(
                  (k) =>
                    html`<option value=${k.id} ?selected=${k.id === shown.id}>${k.name}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <p class="muted">${t('embed.previewOrigin', { origin: location.origin })}</p>
      <!-- Same-origin page under its own CSP; the sandbox still keeps it from navigating the console. -->
      <iframe
        data-preview
        title=${t('embed.previewTitle', { name: shown.name })}
        src=${previewUrl(shown.key, this._options)}
        sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"
        loading="lazy"
      ></iframe>
    </div>`;
  }
}
