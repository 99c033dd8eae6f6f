// The console's theme, language and number forms, in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import { defineConsoleElements } from '../src/define.js';
import { ConsoleError } from '../src/api/client.js';
import {
  errorMessage,
  formatCents,
  formatDuration,
  formatPercent,
  formatUsd,
  statusLabel,
} from '../src/format.js';
import { en } from '../src/i18n/en.js';
import {
  cataloguesForTest,
  loadLanguage,
  chooseLanguage,
  currentLanguage,
  setWorkspaceLocale,
  t,
} from '../src/i18n/index.js';
import { $ } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('the message catalogues', () => {
  it('give Spanish every English key, in the same form, with the same placeholders and no empty text', async () => {
    const spanish = (await cataloguesForTest()).es as Record<string, unknown>;
    const missing: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const translation = spanish[key];
      if (translation === undefined) {
        missing.push(key);
        continue;
      }
      expect(typeof translation, key).to.equal(typeof english);
      const englishForms = forms(english);
      const spanishForms = forms(translation);
      expect(spanishForms.length, key).to.equal(englishForms.length);
      spanishForms.forEach((form, i) => {
        expect(form.trim(), key).not.to.equal('');
        // A singular may leave its count unsaid ("Último día" for "Last 1 day").
        const expected = placeholders(englishForms[i] ?? '').filter(
          (name) => !(typeof english !== 'string' && i === 0 && name === 'count'),
        );
        expect(
          placeholders(form).filter(
            (name) => !(typeof english !== 'string' && i === 0 && name === 'count'),
          ),
          key,
        ).to.deep.equal(expected);
      });
    }
    expect(missing).to.deep.equal([]);
    expect(Object.keys(spanish).filter((key) => !(key in en))).to.deep.equal([]);
  });

  it('fill in parameters and pick the plural form by count in each language', () => {
    expect(t('embed.tagFor', { name: 'Storefront' })).to.equal('Script tag for Storefront');
    expect(t('embed.keys', { count: 1 })).to.equal('1 active key');
    expect(t('embed.keys', { count: 1200 })).to.equal('1,200 active keys');
    chooseLanguage('es');
    expect(currentLanguage()).to.equal('es');
    expect(t('embed.keys', { count: 1 })).to.equal('1 clave activa');
    expect(t('embed.keys', { count: 3 })).to.equal('3 claves activas');
  });
});

describe('number and money forms', () => {
  it('follow the workspace locale and currency, and a language override keeps the region', () => {
    expect(formatCents(123456)).to.equal('$1,234.56');
    expect(formatPercent(0.125)).to.equal('12.5%');
    expect(formatDuration(1500)).to.equal('1.5 s');
    setWorkspaceLocale('de-DE', 'EUR');
    expect(formatCents(123456)).to.equal('1.234,56\u00a0€');
    expect(formatDuration(1500)).to.equal('1,5 s');
    // Model costs stay dollars whatever the shop's currency.
    expect(formatUsd(0.0012)).to.equal('0,0012\u00a0$');
    setWorkspaceLocale('en-US', 'USD');
    chooseLanguage('es');
    // Spanish in a US shop: es-US, still dollars.
    expect(formatCents(123456)).to.equal('$1,234.56');
    expect(formatPercent(0.125)).to.equal('12.5%');
  });
});

describe('statuses and errors in words', () => {
  it("name statuses and refusals in the current language, keeping the hub's detail", () => {
    const refusal = new ConsoleError([
      {
        message: 'limitCents must be a whole number of cents.',
        extensions: { errorCode: 'INVALID_INPUT' },
      },
    ]);
    expect(statusLabel('WAITING_FOR_HUMAN')).to.equal('waiting for a person');
    expect(errorMessage(refusal)).to.equal('limitCents must be a whole number of cents.');
    chooseLanguage('es');
    expect(statusLabel('WAITING_FOR_HUMAN')).to.equal('esperando a una persona');
    expect(statusLabel('SOMETHING_NEW')).to.equal('something new');
    expect(errorMessage(refusal)).to.equal(
      'Parte de los datos no era válida. (limitCents must be a whole number of cents.)',
    );
    expect(errorMessage(new Error('network down'))).to.equal('network down');
  });
});

describe('<zac-theme-toggle>', () => {
  it('applies the chosen theme to <html>, remembers it, and forgets it for "System"', async () => {
    const toggle = await fixture<HTMLElement>(html`<zac-theme-toggle></zac-theme-toggle>`);
    const select = $<HTMLSelectElement>(toggle, 'select');
    expect(select.value).to.equal('system');
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset['theme']).to.equal('dark');
    expect(localStorage.getItem('zac-admin-theme')).to.equal('dark');
    select.value = 'light';
    select.dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset['theme']).to.equal('light');
    select.value = 'system';
    select.dispatchEvent(new Event('change'));
    expect(localStorage.getItem('zac-admin-theme')).to.equal(null);
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(document.documentElement.dataset['theme']).to.equal(system);
  });

  it('re-renders its label when the language changes', async () => {
    const toggle = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<zac-theme-toggle></zac-theme-toggle>`,
    );
    const label = () => $(toggle, 'label').textContent?.trim();
    expect(label()).to.equal('Theme');
    const picker = await fixture<HTMLElement>(html`<zac-language-picker></zac-language-picker>`);
    const select = $<HTMLSelectElement>(picker, 'select');
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await toggle.updateComplete;
    expect(label()).to.equal('Tema');
    expect(document.documentElement.lang).to.equal('es');
    expect(localStorage.getItem('zac-admin-language')).to.equal('es');
  });
});
