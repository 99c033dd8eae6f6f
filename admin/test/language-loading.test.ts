// The Spanish catalogue is not in the app's first chunk: it loads when Spanish is first chosen,
// and what rendered in English meanwhile re-renders in Spanish when it arrives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineConsoleElements } from '../src/define.js';
import { LANGUAGE_CHANGE_EVENT, chooseLanguage, t } from '../src/i18n/index.js';

defineConsoleElements();

afterEach(() => {
  chooseLanguage(null);
  localStorage.clear();
});

describe('loading a language', () => {
  it('shows English until the Spanish catalogue arrives, then re-renders in Spanish', async () => {
    const toggle = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<zac-theme-toggle></zac-theme-toggle>`,
    );
    const label = () => toggle.shadowRoot?.querySelector('label')?.textContent?.trim();
    const heard: string[] = [];
    const listen = () => heard.push(t('theme.label'));
    window.addEventListener(LANGUAGE_CHANGE_EVENT, listen);
    chooseLanguage('es');
    // Announced at once, in words still English: the catalogue is on its way.
    expect(heard).to.deep.equal(['Theme']);
    await waitUntil(() => heard.length === 2, 'the Spanish catalogue never arrived');
    window.removeEventListener(LANGUAGE_CHANGE_EVENT, listen);
    expect(heard[1]).to.equal('Tema');
    await toggle.updateComplete;
    expect(label()).to.equal('Tema');
    expect(document.documentElement.lang).to.equal('es');
  });
});
