// <zac-language-picker>: the console's language on this browser; "Workspace default" follows the
// workspace's locale (see ../i18n/index.ts).
import { LitElement, css, html } from 'lit';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  LanguageController,
  chooseLanguage,
  languageOverride,
  t,
  type Language,
} from '../i18n/index.js';
import { base } from '../styles.js';

export class ZacLanguagePicker extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        color: inherit;
        max-width: 100%;
      }
      label {
        font-weight: 400;
      }
      select {
        padding: 0.2rem 0.35rem;
        min-width: 0;
        flex: 1;
      }
    `,
  ];

  constructor() {
    super();
    new LanguageController(this);
  }

  private onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    chooseLanguage(value ? (value as Language) : null);
  }

  override render() {
    const chosen = languageOverride();
    return html`<label for="language">${t('language.label')}</label>
      <select id="language" data-language @change=${this.onChange}>
        <option value="" ?selected=${chosen === null}>${t('language.workspace')}</option>
        ${LANGUAGES.map(
          (language) =>
            html`<option value=${language} lang=${language} ?selected=${language === chosen}>
              ${LANGUAGE_NAMES[language]}
            </option>`,
        )}
      </select>`;
  }
}
