import { AdminSessionEntity, AdminUserEntity, CaughtEmailEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRole, RequestContext } from '../../context.js';
import { createConsoleContext } from '../../console-context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { DEFAULT_MAIL_FROM } from '../leads/mail/mail-config.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const OWNER_PASSWORD = 'correct horse battery staple';
const ORIGIN = 'http://hub.example';

let fixture: SeededServices;
let services: HubServices;
let workspaceId: string;
let owner: RequestContext;
let minutes = 0;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: NOW,
    actor: 'api_key:account-spec',
    mail: { smtpUrl: undefined, from: DEFAULT_MAIL_FROM, catcher: true },
  });
  services = fixture.services;
  workspaceId = fixture.ctx.workspaceId;
  await services.adminUsers.ensureOwner(workspaceId, {
    email: 'owner@juniperlane.example',
    password: OWNER_PASSWORD,
  });
  const row = await fixture.db.dataSource.manager.findOneByOrFail(AdminUserEntity, {
    email: 'owner@juniperlane.example',
  });
  owner = as('OWNER', row.id);
});

afterAll(() => fixture?.close());

function as(role: ConsoleRole, userId: string | null, sessionId: string | null = null) {
  return {
    ...createConsoleContext(services, workspaceId, userId ? `user:${userId}` : 'api_key:spec', {
      role,
      userId,
    }),
    sessionId,
    clientAddress: '203.0.113.9',
    origin: ORIGIN,
  };
}

/** Past the sign-in throttle's windows of earlier tests. */
function later(by = 20): void {
  minutes += by;
  fixture.setNow(new Date(NOW.getTime() + minutes * 60_000));
}

async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  return operation.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );
}

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

let count = 0;
/** A new signed-in user: the user, its password, and two sessions (this tab and another). */
async function signedInUser(role: ConsoleRole) {
  count += 1;
  const email = `person${count}@juniperlane.example`;
  const password = `first password ${count}`;
  const user = await services.adminUsers.create(owner, {
    email,
    name: `P${count}`,
    role,
    password,
  });
  const here = await services.adminUsers.signIn(email, password, '203.0.113.9');
  const there = await services.adminUsers.signIn(email, password, '198.51.100.7');
  const principal = await services.adminUsers.authenticateSession(here.token);
  return { user, email, password, here, there, ctx: as(role, user.id, principal.sessionId) };
}

describe('changing your own password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    later();
    const p = await signedInUser('VIEWER');
    await services.accounts.changeOwnPassword(p.ctx, p.password, 'a brand new password');

    await expect(services.adminUsers.authenticateSession(p.here.token)).resolves.toMatchObject({
      userId: p.user.id,
    });
    expect((await refusal(services.adminUsers.authenticateSession(p.there.token))).errorCode).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await refusal(services.adminUsers.signIn(p.email, p.password, '203.0.113.9'))).errorCode,
    ).toBe('INVALID_CREDENTIALS');
    await expect(
      services.adminUsers.signIn(p.email, 'a brand new password', '203.0.113.9'),
    ).resolves.toMatchObject({ user: { id: p.user.id } });
    const events = await services.auditLog.list(owner, {
      actions: ['admin_user.change_password'],
      first: 5,
      offset: 0,
    });
    expect(events.items[0]).toMatchObject({
      actor: `user:${p.user.id}`,
      targetId: p.user.id,
      data: { sessionsEnded: 1 },
    });
  });

  it('refuses a wrong current password with WRONG_CURRENT_PASSWORD and changes nothing', async () => {
    later();
    const p = await signedInUser('ADMIN');
    const error = await refusal(
      services.accounts.changeOwnPassword(p.ctx, 'not my password', 'another new password'),
    );
    expect([error.errorCode, error.details.field]).toEqual([
      'WRONG_CURRENT_PASSWORD',
      'currentPassword',
    ]);
    await expect(services.adminUsers.authenticateSession(p.there.token)).resolves.toBeTruthy();
    await expect(
      services.adminUsers.signIn(p.email, p.password, '203.0.113.9'),
    ).resolves.toBeTruthy();
  });

  it('counts wrong current passwords in the sign-in throttle (RATE_LIMITED after 10)', async () => {
    later();
    const p = await signedInUser('ADMIN');
    const codes: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      const error = await refusal(
        services.accounts.changeOwnPassword(p.ctx, `guess ${i}`, 'another new password'),
      );
      codes.push(error.errorCode);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('WRONG_CURRENT_PASSWORD'));
    expect(codes[10]).toBe('RATE_LIMITED');
  });

  it('refuses a new password shorter than 12 characters, and an API key', async () => {
    later();
    const p = await signedInUser('OWNER');
    expect(
      (await refusal(services.accounts.changeOwnPassword(p.ctx, p.password, 'short'))).errorCode,
    ).toBe('PASSWORD_TOO_SHORT');
    expect(
      (await refusal(services.accounts.changeOwnPassword(as('OWNER', null), 'a', 'b'.repeat(12))))
        .errorCode,
    ).toBe('FORBIDDEN');
  });
});

describe('invitations', () => {
  it('creates a pending user who cannot sign in, and mails a one-time link (caught)', async () => {
    const invited = await services.accounts.invite(owner, {
      email: 'Rosa@JuniperLane.example',
      name: 'Rosa',
      role: 'ADMIN',
    });
    expect(invited).toMatchObject({
      user: { email: 'rosa@juniperlane.example', role: 'ADMIN' },
      emailed: true,
    });
    expect(invited.link).toMatch(/^http:\/\/hub\.example\/admin\/set-password#token=[\w-]{43}$/);
    expect(invited.expiresAt.getTime() - fixture.services.clock.now().getTime()).toBe(
      72 * 3_600_000,
    );

    const mail = await fixture.db.dataSource.manager.findOneByOrFail(CaughtEmailEntity, {
      toAddress: 'rosa@juniperlane.example',
    });
    expect(mail).toMatchObject({
      subject: "You're invited to the Juniper Lane Goods console",
      confidential: true,
    });
    expect(mail.textBody).toContain(invited.link);
    // Confidential: an admin's Outbox does not list it, an owner's does.
    const adminView = await services.caughtEmails.list(as('ADMIN', null), { first: 50, offset: 0 });
    expect(adminView.items.map((m) => m.id)).not.toContain(mail.id);
    expect(await services.caughtEmails.get(as('ADMIN', null), mail.id)).toBeNull();
    const ownerView = await services.caughtEmails.list(owner, { first: 50, offset: 0 });
    expect(ownerView.items.map((m) => m.id)).toContain(mail.id);

    const signIn = refusal(
      services.adminUsers.signIn('rosa@juniperlane.example', 'x'.repeat(12), '192.0.2.1'),
    );
    expect((await signIn).errorCode).toBe('INVALID_CREDENTIALS');

    const token = tokenOf(invited.link);
    await expect(services.accounts.describeLink(token)).resolves.toMatchObject({
      email: 'rosa@juniperlane.example',
      purpose: 'INVITE',
    });
    await services.accounts.completeWithLink(token, 'rosa chose this one');
    await expect(
      services.adminUsers.signIn('rosa@juniperlane.example', 'rosa chose this one', '192.0.2.1'),
    ).resolves.toMatchObject({ user: { email: 'rosa@juniperlane.example' } });
    // Single use.
    expect(
      (await refusal(services.accounts.completeWithLink(token, 'again and again'))).errorCode,
    ).toBe('PASSWORD_LINK_INVALID');
  });

  it('refuses an email that is already a user, and is for owners only', async () => {
    expect(
      (
        await refusal(
          services.accounts.invite(owner, {
            email: 'owner@juniperlane.example',
            name: 'Again',
            role: 'VIEWER',
          }),
        )
      ).errorCode,
    ).toBe('ADMIN_EMAIL_TAKEN');
    expect(
      (
        await refusal(
          services.accounts.invite(as('ADMIN', null), {
            email: 'new@juniperlane.example',
            name: 'New',
            role: 'VIEWER',
          }),
        )
      ).errorCode,
    ).toBe('FORBIDDEN');
  });
});

describe('password resets', () => {
  it('a reset link sets a new password once and ends every session of the user', async () => {
    later();
    const p = await signedInUser('ADMIN');
    const reset = await services.accounts.issuePasswordReset(owner, p.user.id);
    expect(reset.expiresAt.getTime() - services.clock.now().getTime()).toBe(3_600_000);
    await services.accounts.completeWithLink(tokenOf(reset.link), 'reset to this one');

    for (const session of [p.here, p.there]) {
      expect(
        (await refusal(services.adminUsers.authenticateSession(session.token))).errorCode,
      ).toBe('UNAUTHENTICATED');
    }
    await expect(
      services.adminUsers.signIn(p.email, 'reset to this one', '203.0.113.9'),
    ).resolves.toBeTruthy();
    const sessions = await fixture.db.dataSource.manager.countBy(AdminSessionEntity, {
      userId: p.user.id,
    });
    expect(sessions).toBe(3);
  });

  it('refuses an expired link, a replaced link and a malformed token alike', async () => {
    later();
    const p = await signedInUser('VIEWER');
    const first = await services.accounts.issuePasswordReset(owner, p.user.id);
    const second = await services.accounts.issuePasswordReset(owner, p.user.id);
    expect(
      (await refusal(services.accounts.completeWithLink(tokenOf(first.link), 'replaced link pw')))
        .errorCode,
    ).toBe('PASSWORD_LINK_INVALID');
    later(61);
    expect(
      (await refusal(services.accounts.completeWithLink(tokenOf(second.link), 'expired link pw')))
        .errorCode,
    ).toBe('PASSWORD_LINK_INVALID');
    expect(
      (await refusal(services.accounts.completeWithLink('not-a-token', 'whatever password')))
        .errorCode,
    ).toBe('PASSWORD_LINK_INVALID');
    await expect(
      services.adminUsers.signIn(p.email, p.password, '203.0.113.9'),
    ).resolves.toBeTruthy();
  });
});
