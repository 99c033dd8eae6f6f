// <zac-workspace-settings>: owners set the workspace's locale, currency and time zone, and the
// whole console re-renders in the new language and money forms.
import { expect, fixture, html } from '@open-wc/testing';
import type { ZacWorkspaceSettings } from '../src/components/workspace-settings.js';
import { defineConsoleElements } from '../src/define.js';
import { formatCents } from '../src/format.js';
import {
  chooseLanguage,
  currentLanguage,
  setWorkspaceLocale,
  loadLanguage,
} from '../src/i18n/index.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
const VIEWER = { ...OWNER, role: 'VIEWER' };
const US = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

async function mounted(fake: FakeClient, user = OWNER) {
  const el = await fixture<ZacWorkspaceSettings>(
    html`<zac-workspace-settings .client=${fake} .user=${user}></zac-workspace-settings>`,
  );
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  const field = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  return { el, root, field };
}

function choose(select: HTMLSelectElement | HTMLInputElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event(select instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('workspace settings', () => {
  it("saves the owner's choice and switches the console to Spanish with pesos", async () => {
    const fake = new FakeClient()
      .on('query WorkspaceSettings', () => ({ workspaceSettings: US }))
      .on('UpdateWorkspaceSettings', ({ input }) => ({ updateWorkspaceSettings: input }));
    const { el, root, field } = await mounted(fake);
    const save = field<HTMLButtonElement>('[data-action="save-workspace"]');
    expect(save.disabled, 'nothing to save yet').to.equal(true);
    choose(field<HTMLSelectElement>('#ws-locale'), 'es-MX');
    choose(field<HTMLSelectElement>('#ws-currency'), 'MXN');
    choose(field<HTMLInputElement>('#ws-zone'), 'America/Mexico_City');
    await el.updateComplete;
    expect(field('[data-workspace-sample]').textContent).to.contain('$1,234.56');
    field<HTMLFormElement>('form').requestSubmit();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(fake.requests.at(-1)?.variables).to.deep.equal({
      input: { locale: 'es-MX', currency: 'MXN', timeZone: 'America/Mexico_City' },
    });
    expect(currentLanguage()).to.equal('es');
    expect(formatCents(123456)).to.equal('$1,234.56');
    expect(root.querySelector('h2')?.textContent).to.equal('Idioma, moneda y zona horaria');
    expect(root.querySelector('[role="status"]')?.textContent).to.contain(
      'Ajustes del espacio de trabajo guardados.',
    );
    const currency = field<HTMLSelectElement>('#ws-currency');
    expect(currency.selectedOptions[0]?.textContent).to.match(/peso mexicano \(MXN\)/i);
  });

  it('shows the refusal in words and keeps the form as it was typed', async () => {
    const fake = new FakeClient()
      .on('query WorkspaceSettings', () => ({ workspaceSettings: US }))
      .on('UpdateWorkspaceSettings', () => {
        throw refusal('TIME_ZONE_UNKNOWN', '"Mars/Base" is not an IANA time zone.', 'timeZone');
      });
    const { el, root, field } = await mounted(fake);
    choose(field<HTMLInputElement>('#ws-zone'), 'Mars/Base');
    await el.updateComplete;
    field<HTMLFormElement>('form').requestSubmit();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('Mars/Base');
    expect(field<HTMLInputElement>('#ws-zone').value).to.equal('Mars/Base');
    expect(currentLanguage()).to.equal('en');
  });

  it('lets a viewer read the settings but not change them', async () => {
    const fake = new FakeClient().on('query WorkspaceSettings', () => ({
      workspaceSettings: { locale: 'es-MX', currency: 'MXN', timeZone: 'America/Mexico_City' },
    }));
    const { root, field } = await mounted(fake, VIEWER);
    expect(field<HTMLSelectElement>('#ws-locale').disabled).to.equal(true);
    expect(field<HTMLSelectElement>('#ws-locale').value).to.equal('es-MX');
    expect(field<HTMLInputElement>('#ws-zone').disabled).to.equal(true);
    expect(root.querySelector('[data-action="save-workspace"]')).to.equal(null);
    expect(root.textContent).to.contain('Owners change these.');
  });
});
