// <zac-theme-toggle>: system / light / dark, remembered on this browser (see ../theme/theme.ts).
import { LitElement, css, html } from 'lit';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';
import { chooseTheme, storedThemeChoice, type ThemeChoice } from '../theme/theme.js';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export class ZacThemeToggle extends LitElement {
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
  static override properties = { _choice: { state: true } };

  declare _choice: ThemeChoice;

  constructor() {
    super();
    new LanguageController(this);
    this._choice = storedThemeChoice();
  }

  private onChange(event: Event): void {
    this._choice = (event.target as HTMLSelectElement).value as ThemeChoice;
    chooseTheme(this._choice);
  }

  override render() {
    return html`<label for="theme">${t('theme.label')}</label>
      <select id="theme" data-theme-choice @change=${this.onChange}>
        ${CHOICES.map(
          (choice) =>
            html`<option value=${choice} ?selected=${choice === this._choice}>
              ${t(`theme.${choice}`)}
            </option>`,
        )}
      </select>`;
  }
}
