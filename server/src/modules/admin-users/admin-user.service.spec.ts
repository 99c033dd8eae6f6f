import { createHash } from 'node:crypto';
import { AdminSessionEntity, AdminUserEntity, WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRole, RequestContext } from '../../context.js';
import { createConsoleContext } from '../../console-context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { hashPassword, verifyPassword } from './password-hash.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';

let fixture: SeededServices;
let services: HubServices;
let workspaceId: string;
let ownerId: string;
/** The first owner acting in the console. */
let owner: RequestContext;
let minutes = 0;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:admin-users-spec' });
  services = fixture.services;
  workspaceId = fixture.ctx.workspaceId;
  const created = await services.adminUsers.ensureOwner(workspaceId, {
    email: 'Owner@JuniperLane.example',
    password: OWNER_PASSWORD,
  });
  expect(created).toEqual({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
  const row = await fixture.db.dataSource.manager.findOneByOrFail(AdminUserEntity, {
    email: OWNER_EMAIL,
  });
  ownerId = row.id;
  owner = as('OWNER', ownerId);
});

afterAll(() => fixture?.close());

function as(role: ConsoleRole, userId: string | null = null): RequestContext {
  return createConsoleContext(services, workspaceId, userId ? `user:${userId}` : 'api_key:spec', {
    role,
    userId,
  });
}

/** Moves the clock on by whole minutes, past the sign-in throttle's refill of earlier tests. */
function later(by = 2): Date {
  minutes += by;
  const now = new Date(NOW.getTime() + minutes * 60_000);
  fixture.setNow(now);
  return now;
}

async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  return operation.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );
}

/** The reasons announced (CredentialRevocations) for the end of one credential. */
function announcementsFor(kind: 'session' | 'user', id: string): string[] {
  const heard: string[] = [];
  services.credentialRevocations.watch([{ kind, id }], (revocation) =>
    heard.push(revocation.reason),
  );
  return heard;
}

/** Lets the pub/sub deliver what was published. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

let userCount = 0;
async function newUser(role: ConsoleRole, password = 'a long enough password') {
  userCount += 1;
  const user = await services.adminUsers.create(owner, {
    email: `person${userCount}@juniperlane.example`,
    name: `Person ${userCount}`,
    role,
    password,
  });
  return { ...user, password };
}

describe('password hashing', () => {
  it('stores argon2id hashes that verify only the same password', async () => {
    const hash = await hashPassword('correct horse battery staple');

    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery staple')).toBe(false);
  });

  it('salts every hash: the same password never hashes the same twice', async () => {
    expect(await hashPassword('same password here')).not.toBe(
      await hashPassword('same password here'),
    );
  });
});

describe('ensureOwner', () => {
  it('creates nobody once the workspace has a console user', async () => {
    expect(
      await services.adminUsers.ensureOwner(workspaceId, {
        email: 'someone@else.example',
        password: 'another long password',
      }),
    ).toBeUndefined();
    expect(
      await fixture.db.dataSource.manager.countBy(AdminUserEntity, {
        email: 'someone@else.example',
      }),
    ).toBe(0);
  });

  it('generates owner@<slug>.example with a random password when none is configured', async () => {
    const other = await fixture.db.dataSource.manager.save(
      fixture.db.dataSource.manager.create(WorkspaceEntity, {
        slug: 'second-shop',
        name: 'Second',
      }),
    );

    const created = await services.adminUsers.ensureOwner(other.id);

    expect(created?.email).toBe('owner@second-shop.example');
    expect(created?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    later();
    const signedIn = await services.adminUsers.signIn(
      'owner@second-shop.example',
      created?.password ?? '',
      '10.0.0.9',
    );
    expect(signedIn.user).toMatchObject({ workspaceId: other.id, role: 'OWNER' });
    const audit = (await fixture.db.dataSource.query(
      `SELECT actor, action, data->>'source' AS source FROM audit_event
        WHERE workspace_id = $1 AND action = 'admin_user.create'`,
      [other.id],
    )) as unknown[];
    expect(audit).toEqual([{ actor: 'system', action: 'admin_user.create', source: 'generated' }]);
  });
});

describe('signIn', () => {
  it('opens a session: a 256-bit token, stored only as its SHA-256, expiring after 12 hours', async () => {
    const now = later();

    const result = await services.adminUsers.signIn(
      ' OWNER@juniperlane.example ',
      OWNER_PASSWORD,
      '10.0.0.1',
    );

    expect(result.user).toMatchObject({ id: ownerId, email: OWNER_EMAIL, role: 'OWNER' });
    expect(result.user).not.toHaveProperty('passwordHash');
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.expiresAt).toEqual(new Date(now.getTime() + 12 * 3_600_000));
    const session = await fixture.db.dataSource.manager.findOneByOrFail(AdminSessionEntity, {
      tokenHash: createHash('sha256').update(result.token).digest('hex'),
    });
    expect(session).toMatchObject({ userId: ownerId, workspaceId, revokedAt: null });
    const user = await fixture.db.dataSource.manager.findOneByOrFail(AdminUserEntity, {
      id: ownerId,
    });
    expect(user.lastSignInAt).toEqual(now);
    const [audit] = (await fixture.db.dataSource.query(
      `SELECT actor, target_id FROM audit_event WHERE action = 'admin_user.sign_in' AND target_id = $1`,
      [session.id],
    )) as Array<{ actor: string }>;
    expect(audit?.actor).toBe(`user:${ownerId}`);
  });

  it('answers a wrong password and an unknown email alike: INVALID_CREDENTIALS', async () => {
    later();

    const wrong = await refusal(
      services.adminUsers.signIn(OWNER_EMAIL, 'not the password at all', '10.0.0.2'),
    );
    const unknown = await refusal(
      services.adminUsers.signIn('nobody@juniperlane.example', OWNER_PASSWORD, '10.0.0.2'),
    );

    for (const error of [wrong, unknown]) {
      expect(error.errorCode).toBe('INVALID_CREDENTIALS');
      expect(error.message).toBe('Wrong email or password.');
    }
  });

  it('spends the hashing time on an unknown email too', async () => {
    later();
    const time = async (email: string) => {
      const started = performance.now();
      await refusal(services.adminUsers.signIn(email, 'wrong password here', '10.0.0.3'));
      return performance.now() - started;
    };
    await time('warm-up@juniperlane.example');

    const known = await time(OWNER_EMAIL);
    const unknown = await time('nobody@juniperlane.example');

    // One argon2id verification (tens of ms) either way; a skipped hash would take ~1 ms.
    expect(unknown).toBeGreaterThan(known / 3);
  });

  it('allows 10 failures per email and address, then RATE_LIMITED there even with the right password; not from elsewhere', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(
        (await refusal(services.adminUsers.signIn(OWNER_EMAIL, 'guess number one', '10.0.0.4')))
          .errorCode,
      ).toBe('INVALID_CREDENTIALS');
    }

    const limited = await refusal(
      services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.0.4'),
    );

    expect(limited.errorCode).toBe('RATE_LIMITED');
    expect(limited.details.retryAfterSeconds).toBeGreaterThan(800);
    // The owner at another address is not locked out by this one's failures.
    await expect(
      services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.0.5'),
    ).resolves.toMatchObject({ user: { id: ownerId } });
  });

  it('counts only failures: signing in many times is never limited', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.0.6');
    }

    await expect(
      services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.0.6'),
    ).resolves.toMatchObject({ user: { id: ownerId } });
  });

  it('audits failed sign-ins of existing users, one row per address and batch with the attempts', async () => {
    const viewer = await newUser('VIEWER');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await refusal(services.adminUsers.signIn(viewer.email, 'not the password', '10.0.0.7'));
    }

    await services.adminUsers.flushFailedSignIns();

    expect(
      await fixture.db.dataSource.query(
        `SELECT actor, data FROM audit_event
          WHERE action = 'admin_user.sign_in_failed' AND target_id = $1`,
        [viewer.id],
      ),
    ).toEqual([{ actor: 'anonymous', data: { clientAddress: '10.0.0.7', attempts: 3 } }]);
  });
});

describe('sessions', () => {
  it('authenticates as the user with its current role, and slides last_seen_at', async () => {
    later();
    const { token } = await services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.1.1');
    const seen = later(5);

    const principal = await services.adminUsers.authenticateSession(token);

    expect(principal).toMatchObject({ userId: ownerId, workspaceId, role: 'OWNER' });
    const session = await fixture.db.dataSource.manager.findOneByOrFail(AdminSessionEntity, {
      id: principal.sessionId,
    });
    expect(session.lastSeenAt).toEqual(seen);
  });

  it('expires at the end of the session: SESSION_EXPIRED', async () => {
    later();
    const { token, expiresAt } = await services.adminUsers.signIn(
      OWNER_EMAIL,
      OWNER_PASSWORD,
      '10.0.1.2',
    );

    fixture.setNow(new Date(expiresAt.getTime() - 1));
    await expect(services.adminUsers.authenticateSession(token)).resolves.toMatchObject({
      userId: ownerId,
    });
    fixture.setNow(expiresAt);
    const error = await refusal(services.adminUsers.authenticateSession(token));

    expect(error.errorCode).toBe('SESSION_EXPIRED');
    expect(error.message).toBe('Your session expired; sign in again.');
    minutes += 12 * 60;
  });

  it('ends at sign-out, announced to its holders; unknown and malformed tokens are UNAUTHENTICATED', async () => {
    later();
    const { token } = await services.adminUsers.signIn(OWNER_EMAIL, OWNER_PASSWORD, '10.0.1.3');
    const heard = announcementsFor(
      'session',
      (await services.adminUsers.authenticateSession(token)).sessionId,
    );

    await services.adminUsers.signOut(token);

    await settled();
    expect(heard).toEqual(['Signed out.']);

    for (const attempt of [token, 'x'.repeat(43), 'short', undefined]) {
      const error = await refusal(services.adminUsers.authenticateSession(attempt));
      expect(error.errorCode).toBe('UNAUTHENTICATED');
      expect(error.message).toBe('Sign in to continue.');
    }
  });

  it("applies a role change to a signed-in user's next request", async () => {
    later();
    const admin = await newUser('ADMIN');
    const { token } = await services.adminUsers.signIn(admin.email, admin.password, '10.0.1.4');

    await services.adminUsers.setRole(owner, admin.id, 'VIEWER');

    expect((await services.adminUsers.authenticateSession(token)).role).toBe('VIEWER');
  });
});

describe('console users (owner only)', () => {
  it('creates a user with a lower-case email and an argon2id hash, audited', async () => {
    const user = await services.adminUsers.create(owner, {
      email: 'Maya@JuniperLane.example',
      name: ' Maya ',
      role: 'ADMIN',
      password: 'twelve chars',
    });

    expect(user).toMatchObject({ email: 'maya@juniperlane.example', name: 'Maya', role: 'ADMIN' });
    expect(user).not.toHaveProperty('passwordHash');
    const [row] = (await fixture.db.dataSource.query(
      'SELECT password_hash FROM admin_user WHERE id = $1',
      [user.id],
    )) as Array<{ password_hash: string }>;
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    const [audit] = (await fixture.db.dataSource.query(
      `SELECT actor, data FROM audit_event WHERE action = 'admin_user.create' AND target_id = $1`,
      [user.id],
    )) as Array<{ actor: string; data: unknown }>;
    expect(audit).toEqual({
      actor: `user:${ownerId}`,
      data: { email: 'maya@juniperlane.example', name: 'Maya', role: 'ADMIN' },
    });
  });

  it('refuses short passwords, taken emails and bad roles', async () => {
    const input = { email: 'new@juniperlane.example', name: 'New', role: 'ADMIN' as const };

    expect(
      (await refusal(services.adminUsers.create(owner, { ...input, password: 'elevenchars' })))
        .errorCode,
    ).toBe('PASSWORD_TOO_SHORT');
    expect(
      (
        await refusal(
          services.adminUsers.create(owner, {
            ...input,
            email: 'OWNER@juniperlane.example',
            password: 'long enough password',
          }),
        )
      ).errorCode,
    ).toBe('ADMIN_EMAIL_TAKEN');
    expect(
      (
        await refusal(
          services.adminUsers.create(owner, {
            ...input,
            role: 'ROOT' as never,
            password: 'long enough password',
          }),
        )
      ).errorCode,
    ).toBe('INVALID_INPUT');
  });

  it('refuses admins and viewers: FORBIDDEN', async () => {
    for (const role of ['ADMIN', 'VIEWER'] as const) {
      const ctx = as(role);
      for (const attempt of [
        services.adminUsers.list(ctx),
        services.adminUsers.create(ctx, {
          email: 'x@juniperlane.example',
          name: 'X',
          role: 'OWNER',
          password: 'long enough password',
        }),
        services.adminUsers.setRole(ctx, ownerId, 'VIEWER'),
        services.adminUsers.remove(ctx, ownerId),
      ]) {
        expect((await refusal(attempt)).errorCode).toBe('FORBIDDEN');
      }
    }
  });

  it('never leaves the workspace without an owner, and nobody removes themselves', async () => {
    expect((await refusal(services.adminUsers.setRole(owner, ownerId, 'ADMIN'))).errorCode).toBe(
      'LAST_OWNER',
    );
    expect((await refusal(services.adminUsers.remove(as('OWNER'), ownerId))).errorCode).toBe(
      'LAST_OWNER',
    );
    expect((await refusal(services.adminUsers.remove(owner, ownerId))).errorCode).toBe(
      'CANNOT_REMOVE_SELF',
    );

    const second = await newUser('OWNER');
    await services.adminUsers.setRole(owner, second.id, 'VIEWER');
    expect((await refusal(services.adminUsers.remove(as('OWNER'), ownerId))).errorCode).toBe(
      'LAST_OWNER',
    );
    await services.adminUsers.setRole(owner, second.id, 'OWNER');

    // With another owner, the first may step down.
    const demoted = await services.adminUsers.setRole(as('OWNER', second.id), ownerId, 'ADMIN');
    expect(demoted.role).toBe('ADMIN');
    await services.adminUsers.setRole(as('OWNER', second.id), ownerId, 'OWNER');
    const owners = await fixture.db.dataSource.manager.countBy(AdminUserEntity, {
      workspaceId,
      role: 'OWNER',
    });
    expect(owners).toBe(2);
  });

  it('removes a user and ends its sessions at once', async () => {
    later();
    const viewer = await newUser('VIEWER');
    const { token } = await services.adminUsers.signIn(viewer.email, viewer.password, '10.0.2.1');
    const heard = announcementsFor('user', viewer.id);

    expect(await services.adminUsers.remove(owner, viewer.id)).toBe(true);

    await settled();
    expect(heard).toEqual(['Your console access was removed.']);

    expect((await refusal(services.adminUsers.authenticateSession(token))).errorCode).toBe(
      'UNAUTHENTICATED',
    );
    expect((await refusal(services.adminUsers.remove(owner, viewer.id))).errorCode).toBe(
      'ADMIN_USER_NOT_FOUND',
    );
    expect(await services.adminUsers.list(owner)).not.toContainEqual(
      expect.objectContaining({ id: viewer.id }),
    );
  });
});
