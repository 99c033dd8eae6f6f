// The Account page and the one-time link's page in Spanish, and back to English.
import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { ZacAccountPage } from '../src/pages/account.page.js';
import type { ZacSetPasswordPage } from '../src/pages/set-password.page.js';
import { FakeClient } from './fake-client.js';
import { text } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER: SignedInUser = { id: 'u1', email: 'olga@example.com', name: 'Olga', role: 'OWNER' };

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

function fill(root: ShadowRoot, values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    (root.querySelector(`#${id}`) as HTMLInputElement).value = value;
  }
}

function submit(form: HTMLFormElement): void {
  form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
}

const ROSA = {
  id: 'u3',
  email: 'rosa@example.com',
  name: 'Rosa',
  role: 'ADMIN',
  invitedAt: '2026-11-26T15:00:00.000Z',
  lastSignInAt: null,
};

describe('the Account pages in Spanish', () => {
  beforeEach(() => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
  });

  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('shows the account, the password form and the people in Spanish, then English again', async () => {
    const client = new FakeClient()
      .on('AccountPeople', () => ({
        adminUsers: [
          { ...OWNER, invitedAt: null, lastSignInAt: '2026-11-26T14:00:00.000Z' },
          { ...ROSA, invitedAt: null, lastSignInAt: null, role: 'VIEWER' },
        ],
      }))
      .on('inviteAdminUser', () => ({
        inviteAdminUser: {
          link: 'http://hub.example/admin/set-password#token=abc',
          emailed: false,
          expiresAt: '2026-11-29T15:00:00.000Z',
          user: ROSA,
        },
      }));
    const el = await fixture<ZacAccountPage>(
      html`<zac-account-page .client=${client} .user=${OWNER}></zac-account-page>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(text(root.querySelector('h1'))).to.equal('Cuenta');
    expect(text(root.querySelector('[data-account]'))).to.equal(
      'Sesión iniciada como Olga (olga@example.com), propietario.',
    );
    expect(text(root.querySelector('form[data-form=change-password] h2'))).to.equal(
      'Cambia tu contraseña',
    );
    expect(text(root.querySelector('label[for=new]'))).to.equal(
      'Nueva contraseña (al menos 12 caracteres)',
    );
    expect(text(root.querySelector('form[data-form=change-password] button'))).to.equal(
      'Cambiar contraseña',
    );
    expect(text(root.querySelector('form[data-form=invite] h3'))).to.equal('Invitar a alguien');
    expect([...root.querySelectorAll('#invite-role option')].map((o) => text(o))).to.deep.equal([
      'Lector: ve todo, no cambia nada',
      'Administrador: todo menos personas y claves',
      'Propietario: todo',
    ]);
    const headers = [...root.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers.slice(0, 3)).to.deep.equal(['Persona', 'Rol', 'Último inicio de sesión']);
    const rosa = root.querySelector('tr[data-person="rosa@example.com"]');
    expect(text(rosa?.querySelectorAll('td')[1])).to.equal('Lector');
    expect(text(rosa?.querySelectorAll('td')[2])).to.equal('nunca');
    expect(text(rosa?.querySelector('button'))).to.equal('Enlace para restablecer la contraseña');

    // The checks before asking the hub speak Spanish too.
    fill(root, { current: 'x', new: 'corta' });
    submit(root.querySelector('form[data-form=change-password]') as HTMLFormElement);
    await settle(el);
    expect(text(root.querySelector('[data-error]'))).to.equal(
      'La nueva contraseña debe tener al menos 12 caracteres.',
    );

    fill(root, { 'invite-email': 'rosa@example.com', 'invite-name': 'Rosa' });
    submit(root.querySelector('form[data-form=invite]') as HTMLFormElement);
    await settle(el);
    const issued = text(root.querySelector('[data-issued-link] p'));
    expect(issued).to.match(/^Invitación para rosa@example\.com, válida hasta 29 nov/);
    expect(issued).to.contain(
      'no se envió por correo (el hub no puede enviar correo); pásasela tú.',
    );
    expect(text(root.querySelector('[data-issued-link] strong'))).to.equal(
      'no se envió por correo',
    );

    chooseLanguage('en');
    await settle(el);
    expect(text(root.querySelector('[data-account]'))).to.equal(
      'Signed in as Olga (olga@example.com), owner.',
    );
    expect(text(root.querySelector('[data-issued-link] p'))).to.match(
      /^Invitation for rosa@example\.com, valid until Nov 29.* — not emailed \(the hub cannot send email\): pass it on yourself\.$/,
    );
    expect(text(rosa?.querySelectorAll('td')[1])).to.equal('VIEWER');
    // The console's own check is said again in the new language.
    expect(text(root.querySelector('[data-error]'))).to.equal(
      'The new password must be at least 12 characters.',
    );
  });

  it('says whose link it is and sets the password, in Spanish', async () => {
    const realFetch = window.fetch;
    window.fetch = (async (path: string) => {
      const answer =
        path === '/auth/password-link'
          ? { email: 'rosa@example.com', purpose: 'INVITE', expiresAt: '2026-11-29T15:00:00.000Z' }
          : { user: { id: 'u3', email: 'rosa@example.com', name: 'Rosa', role: 'ADMIN' } };
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as typeof fetch;
    try {
      history.replaceState(null, '', '/admin/set-password#token=tok-123');
      const el = await fixture<ZacSetPasswordPage>(
        html`<zac-set-password-page></zac-set-password-page>`,
      );
      await settle(el);
      const root = shadow(el);
      expect(text(root.querySelector('h1'))).to.equal('Elige tu contraseña');
      expect(text(root.querySelector('[data-link-for]'))).to.match(
        /^Te invitaron a la consola como rosa@example\.com\. Elige tu contraseña\. El enlace funciona una sola vez, hasta el 29 nov/,
      );
      expect(text(root.querySelector('label[for=confirm]'))).to.equal('Repítela');
      expect(text(root.querySelector('button[type=submit]'))).to.equal('Guardar contraseña');

      fill(root, { password: 'rosa picks this', confirm: 'another one!!!' });
      submit(root.querySelector('form') as HTMLFormElement);
      await settle(el);
      expect(text(root.querySelector('[data-error]'))).to.equal(
        'Las dos contraseñas no coinciden.',
      );

      chooseLanguage('en');
      await settle(el);
      expect(text(root.querySelector('h1'))).to.equal('Choose your password');
      expect(text(root.querySelector('button[type=submit]'))).to.equal('Set password');
      expect(text(root.querySelector('[data-error]'))).to.equal('The two passwords differ.');
      chooseLanguage('es');

      fill(root, { password: 'rosa picks this', confirm: 'rosa picks this' });
      submit(root.querySelector('form') as HTMLFormElement);
      await settle(el);
      expect(text(root.querySelector('[data-done]'))).to.equal(
        'Tu contraseña quedó guardada. Inicia sesión con ella.',
      );
      expect(text(root.querySelector('[data-done] a'))).to.equal('Inicia sesión');
    } finally {
      window.fetch = realFetch;
    }
  });
});
