import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import type { ZacAccountPage } from '../src/pages/account.page.js';
import type { ZacOutboxPage } from '../src/pages/outbox.page.js';
import type { CaughtEmail } from '../src/pages/outbox.operations.js';
import type { ZacSetPasswordPage } from '../src/pages/set-password.page.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();

const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };
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

describe('<zac-account-page>', () => {
  it('lets a viewer change their password and says the other sessions ended', async () => {
    const client = new FakeClient().on('changeMyPassword', () => ({
      changeMyPassword: { id: 'u2' },
    }));
    const el = await fixture<ZacAccountPage>(
      html`<zac-account-page .client=${client} .user=${VIEWER}></zac-account-page>`,
    );
    const root = shadow(el);
    fill(root, {
      current: 'old password here',
      new: 'a new password!',
      confirm: 'a new password!',
    });
    submit(root.querySelector('form[data-form=change-password]') as HTMLFormElement);
    await settle(el);

    expect(client.requests.at(-1)?.variables).to.deep.equal({
      input: { currentPassword: 'old password here', newPassword: 'a new password!' },
    });
    expect(root.querySelector('[data-notice]')?.textContent).to.contain(
      'other sessions were signed out',
    );
    // A viewer sees no people section.
    expect(root.querySelector('form[data-form=invite]')).to.equal(null);
  });

  it('checks the confirmation before asking the hub, and shows a wrong current password', async () => {
    const client = new FakeClient().on('changeMyPassword', () => {
      throw refusal('WRONG_CURRENT_PASSWORD', 'The current password is not right.');
    });
    const el = await fixture<ZacAccountPage>(
      html`<zac-account-page .client=${client} .user=${VIEWER}></zac-account-page>`,
    );
    const root = shadow(el);
    const form = root.querySelector('form[data-form=change-password]') as HTMLFormElement;
    fill(root, { current: 'x', new: 'a new password!', confirm: 'another one!!' });
    submit(form);
    await settle(el);
    expect(root.querySelector('[data-error]')?.textContent).to.contain('differ');
    expect(client.requests).to.have.length(0);

    fill(root, { confirm: 'a new password!' });
    submit(form);
    await settle(el);
    expect(root.querySelector('[data-error]')?.textContent).to.contain(
      'The current password is not right.',
    );
  });

  it('lets an owner invite someone and shows the link once, saying whether it was emailed', async () => {
    const rosa = {
      id: 'u3',
      email: 'rosa@example.com',
      name: 'Rosa',
      role: 'ADMIN',
      invitedAt: '2026-11-26T15:00:00.000Z',
      lastSignInAt: null,
    };
    let people: Array<{
      id: string;
      email: string;
      name: string;
      role: string;
      invitedAt: string | null;
      lastSignInAt: string | null;
    }> = [{ ...OWNER, invitedAt: null, lastSignInAt: '2026-11-26T14:00:00.000Z' }];
    const client = new FakeClient()
      .on('AccountPeople', () => ({ adminUsers: people }))
      .on('inviteAdminUser', () => {
        people = [...people, rosa];
        return {
          inviteAdminUser: {
            link: 'http://hub.example/admin/set-password#token=abc',
            emailed: false,
            expiresAt: '2026-11-29T15:00:00.000Z',
            user: rosa,
          },
        };
      });
    const el = await fixture<ZacAccountPage>(
      html`<zac-account-page .client=${client} .user=${OWNER}></zac-account-page>`,
    );
    await settle(el);
    const root = shadow(el);
    fill(root, { 'invite-email': 'rosa@example.com', 'invite-name': 'Rosa' });
    (root.querySelector('#invite-role') as HTMLSelectElement).value = 'ADMIN';
    submit(root.querySelector('form[data-form=invite]') as HTMLFormElement);
    await settle(el);

    const issued = root.querySelector('[data-issued-link]');
    expect(issued?.querySelector('[data-link]')?.textContent).to.equal(
      'http://hub.example/admin/set-password#token=abc',
    );
    expect(issued?.textContent).to.contain('not emailed');
    expect(root.querySelector('tr[data-person="rosa@example.com"]')?.textContent).to.contain(
      'Invited',
    );
  });
});

const MAIL: CaughtEmail = {
  id: 'm1',
  messageId: '<1@juniperlane.example>',
  fromAddress: 'Juniper Lane Goods <hello@juniperlane.example>',
  toAddress: 'priya@brightdesk.example',
  subject: 'Following up on BrightDesk',
  textBody: 'Hi Priya,\n\n<script>alert(1)</script> Thanks for your visit.',
  htmlBody: '<p>Hi <b>Priya</b></p><script>parent.document.title = "pwned"</script>',
  headers: {
    From: 'Juniper Lane Goods <hello@juniperlane.example>',
    To: 'priya@brightdesk.example',
  },
  confidential: false,
  sentAt: '2026-11-26T15:00:00.000Z',
};

describe('<zac-outbox-page>', () => {
  it('lists caught mail newest first and opens one as the recipient reads it, safely', async () => {
    const client = new FakeClient().on('caughtEmails', () => ({
      caughtEmails: { delivery: 'CATCHER', totalItems: 1, items: [MAIL] },
    }));
    const el = await fixture<ZacOutboxPage>(
      html`<zac-outbox-page .client=${client} .user=${VIEWER}></zac-outbox-page>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('[data-delivery=CATCHER]')).to.not.equal(null);
    const row = root.querySelector('tr[data-mail=m1]') as HTMLElement;
    expect(row.querySelector('[data-to]')?.textContent).to.equal('priya@brightdesk.example');
    (row.querySelector('[data-action=open]') as HTMLButtonElement).click();
    await settle(el);

    const body = root.querySelector('[data-body]') as HTMLElement;
    expect(body.textContent).to.contain('<script>alert(1)</script> Thanks for your visit.');
    expect(body.querySelector('script')).to.equal(null);
    const frame = root.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).to.equal('');
    expect(root.querySelector('[data-headers]')?.textContent).to.contain(
      'priya@brightdesk.example',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(document.title).to.not.equal('pwned');
  });

  it('says when the hub cannot send email at all', async () => {
    const client = new FakeClient().on('caughtEmails', () => ({
      caughtEmails: { delivery: 'NONE', totalItems: 0, items: [] },
    }));
    const el = await fixture<ZacOutboxPage>(
      html`<zac-outbox-page .client=${client} .user=${VIEWER}></zac-outbox-page>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('[data-delivery=NONE]')?.textContent).to.contain(
      'HUB_SMTP_URL',
    );
  });
});

describe('<zac-set-password-page>', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    history.replaceState(null, '', '/');
  });

  it('takes the token from the fragment, hides it, and sets the password once', async () => {
    const calls: Array<{ path: string; body: unknown }> = [];
    window.fetch = (async (path: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as unknown;
      calls.push({ path, body });
      const answer =
        path === '/auth/password-link'
          ? { email: 'rosa@example.com', purpose: 'INVITE', expiresAt: '2026-11-29T15:00:00.000Z' }
          : { user: { id: 'u3', email: 'rosa@example.com', name: 'Rosa', role: 'ADMIN' } };
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as typeof fetch;
    history.replaceState(null, '', '/admin/set-password#token=tok-123');

    const el = await fixture<ZacSetPasswordPage>(
      html`<zac-set-password-page></zac-set-password-page>`,
    );
    await settle(el);
    expect(location.hash).to.equal('');
    const root = shadow(el);
    expect(root.querySelector('[data-link-for]')?.textContent).to.contain('rosa@example.com');
    fill(root, { password: 'rosa picks this', confirm: 'rosa picks this' });
    submit(root.querySelector('form') as HTMLFormElement);
    await settle(el);

    expect(calls).to.deep.equal([
      { path: '/auth/password-link', body: { token: 'tok-123' } },
      { path: '/auth/set-password', body: { token: 'tok-123', password: 'rosa picks this' } },
    ]);
    expect(root.querySelector('[data-done]')?.textContent).to.contain('Your password is set');
  });

  it('says a used or expired link does not work', async () => {
    window.fetch = (async () =>
      new Response(
        JSON.stringify({
          errors: [
            {
              message: 'This link does not work: it was used, replaced by a newer one, or expired.',
              extensions: { errorCode: 'PASSWORD_LINK_INVALID' },
            },
          ],
        }),
        { status: 400 },
      )) as typeof fetch;
    history.replaceState(null, '', '/admin/set-password#token=used');
    const el = await fixture<ZacSetPasswordPage>(
      html`<zac-set-password-page></zac-set-password-page>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('[data-error]')?.textContent).to.contain('does not work');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });
});
