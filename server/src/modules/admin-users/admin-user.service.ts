import { createHash, randomBytes } from 'node:crypto';
import {
  ADMIN_ROLES,
  AdminSessionEntity,
  AdminUserEntity,
  WorkspaceEntity,
  type AdminRole,
} from '@zactonics/db';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { LimiterStore } from '../../rate-limits/index.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import type { CredentialRevocations } from './credential-revocations.js';
import { requireOwner } from './operation-access.js';
import {
  generatePassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  prepareVerificationDummy,
  spendVerificationTime,
  verifyPassword,
} from './password-hash.js';
import { SignInFailureLog } from './sign-in-failure-log.js';
import { SignInThrottle, type SignInLimits } from './sign-in-throttle.js';

/** A signed-in console user, as a request acts. The role is read fresh on every request. */
export interface SessionPrincipal {
  sessionId: string;
  userId: string;
  workspaceId: string;
  role: AdminRole;
  expiresAt: Date;
}

export interface SignInResult {
  user: AdminUserEntity;
  /** The cookie's value; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

export interface AdminUserServiceOptions {
  /** A session lasts this long after sign-in (absolute, not extended by activity). */
  sessionHours: number;
  /** Failed sign-ins allowed per address, email and address, and email (DEFAULT_SIGN_IN_LIMITS). */
  signInLimits?: SignInLimits | undefined;
  /** Where the throttle counts failures: this process, or Redis for every process. */
  rateLimits: LimiterStore;
}

export interface CreateAdminUserCommand {
  email: string;
  name: string;
  role: AdminRole;
  password: string;
}

/** last_seen_at is written at most this often per session: activity, not a write per request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;
/** No address is longer; longer input is cut to this before it becomes a throttle key. */
const MAX_EMAIL_LENGTH = 254;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Console users and their sessions: argon2id passwords, sign-in throttled on failures (per
 * address, per email and address, per email: sign-in-throttle.ts), sessions as 256-bit random
 * tokens stored hashed, and the owner-only management of users (the workspace always keeps at
 * least one owner). Every change is audited; the end of a session or a user is announced
 * (CredentialRevocations) so sockets holding it close.
 */
export class AdminUserService {
  private readonly throttle: SignInThrottle;
  private readonly failures: SignInFailureLog;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly revocations: CredentialRevocations,
    private readonly options: AdminUserServiceOptions,
  ) {
    this.throttle = new SignInThrottle(options.rateLimits, options.signInLimits);
    this.failures = new SignInFailureLog(audit);
    // The first unknown email must not pay for making the dummy hash (a timing tell).
    void prepareVerificationDummy();
  }

  /**
   * Checks the password and opens a session, or throws INVALID_CREDENTIALS (unknown email,
   * wrong password, disabled user: one answer for all, in the same time) or RATE_LIMITED.
   */
  async signIn(email: string, password: string, clientAddress: string): Promise<SignInResult> {
    const normalized = normalizeEmail(email);
    const throttleKey = normalized.slice(0, MAX_EMAIL_LENGTH);
    await this.throttle.attempt(throttleKey, clientAddress);
    // Emails are unique per workspace: on a hub with several workspaces the first user (oldest
    // first) whose password matches is the one signing in.
    const candidates = await this.dataSource.manager
      .createQueryBuilder(AdminUserEntity, 'u')
      .addSelect('u.passwordHash')
      // An invited user who has not chosen a password yet has none to sign in with.
      .where('u.email = :email AND u.disabledAt IS NULL AND u.invitedAt IS NULL', {
        email: normalized,
      })
      .orderBy('u.createdAt', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
    if (candidates.length === 0) {
      await spendVerificationTime(password);
      throw invalidCredentials();
    }
    let user: AdminUserEntity | undefined;
    for (const candidate of candidates) {
      if (await verifyPassword(candidate.passwordHash, password)) {
        user = candidate;
        break;
      }
    }
    if (!user) {
      // Recorded in the background: a write here would make a known email slower to refuse.
      for (const candidate of candidates) {
        this.failures.note(candidate.workspaceId, candidate.id, clientAddress);
      }
      throw invalidCredentials();
    }
    await this.throttle.succeeded(throttleKey, clientAddress);

    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3_600_000);
    const signedIn = user;
    await this.dataSource.transaction(async (tx) => {
      const session = await tx.save(
        tx.create(AdminSessionEntity, {
          workspaceId: signedIn.workspaceId,
          userId: signedIn.id,
          tokenHash: digest(token),
          createdAt: now,
          expiresAt,
          lastSeenAt: now,
        }),
      );
      await tx.update(AdminUserEntity, { id: signedIn.id }, { lastSignInAt: now });
      await this.audit.record(
        signedIn.workspaceId,
        {
          actor: `user:${signedIn.id}`,
          action: 'admin_user.sign_in',
          targetType: 'admin_session',
          targetId: session.id,
          data: { clientAddress, expiresAt: expiresAt.toISOString() },
        },
        tx,
      );
    });
    return { user: withoutHash({ ...signedIn, lastSignInAt: now }), token, expiresAt };
  }

  /**
   * Whether `password` is the signed-in user's own, counted by the sign-in throttle like a
   * sign-in (a stolen session cannot guess the password faster than the sign-in form). Throws
   * RATE_LIMITED when the throttle refuses; a failure is audited like a failed sign-in.
   */
  async confirmPassword(
    user: { id: string; workspaceId: string; email: string },
    password: string,
    clientAddress: string,
  ): Promise<boolean> {
    const throttleKey = normalizeEmail(user.email).slice(0, MAX_EMAIL_LENGTH);
    await this.throttle.attempt(throttleKey, clientAddress);
    const stored = await this.dataSource.manager
      .createQueryBuilder(AdminUserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id AND u.workspaceId = :workspaceId', user)
      .getOne();
    if (!stored || !(await verifyPassword(stored.passwordHash, password))) {
      this.failures.note(user.workspaceId, user.id, clientAddress);
      return false;
    }
    await this.throttle.succeeded(throttleKey, clientAddress);
    return true;
  }

  /**
   * The session's user, or UNAUTHENTICATED (unknown, revoked, user removed or disabled) or
   * SESSION_EXPIRED. Activity moves `last_seen_at` (at most once a minute).
   */
  async authenticateSession(token: unknown): Promise<SessionPrincipal> {
    if (typeof token !== 'string' || !TOKEN.test(token)) throw signInRequired();
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(AdminSessionEntity, { tokenHash: digest(token) });
    if (!session || session.revokedAt) throw signInRequired();
    const user = await manager.findOneBy(AdminUserEntity, {
      id: session.userId,
      workspaceId: session.workspaceId,
    });
    if (!user || user.disabledAt) throw signInRequired();
    const now = this.clock.now();
    if (session.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError('SESSION_EXPIRED', 'Your session expired; sign in again.', {
        http: { status: 401 },
      });
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
      await manager.update(AdminSessionEntity, { id: session.id }, { lastSeenAt: now });
    }
    return {
      sessionId: session.id,
      userId: user.id,
      workspaceId: user.workspaceId,
      role: user.role,
      expiresAt: session.expiresAt,
    };
  }

  /** Ends the session the token names; unknown or already ended tokens are a no-op. */
  async signOut(token: unknown): Promise<void> {
    if (typeof token !== 'string' || !TOKEN.test(token)) return;
    const session = await this.dataSource.manager.findOneBy(AdminSessionEntity, {
      tokenHash: digest(token),
      revokedAt: IsNull(),
    });
    if (!session) return;
    await this.dataSource.transaction(async (tx) => {
      await tx.update(AdminSessionEntity, { id: session.id }, { revokedAt: this.clock.now() });
      await this.audit.record(
        session.workspaceId,
        {
          actor: `user:${session.userId}`,
          action: 'admin_user.sign_out',
          targetType: 'admin_session',
          targetId: session.id,
        },
        tx,
      );
    });
    await this.revocations.revoke({ kind: 'session', id: session.id, reason: 'Signed out.' });
  }

  /** Writes the failed sign-ins noted so far to the audit log (they are written in batches). */
  flushFailedSignIns(): Promise<void> {
    return this.failures.flush();
  }

  /** The signed-in user; null for an API key. */
  async me(ctx: Pick<RequestContext, 'workspaceId' | 'userId'>): Promise<AdminUserEntity | null> {
    if (!ctx.userId) return null;
    return this.dataSource.manager.findOneBy(AdminUserEntity, {
      id: ctx.userId,
      workspaceId: ctx.workspaceId,
    });
  }

  async get(ctx: RequestContext, id: string): Promise<AdminUserEntity> {
    const user = isId(id)
      ? await this.dataSource.manager.findOneBy(AdminUserEntity, {
          id,
          workspaceId: ctx.workspaceId,
        })
      : null;
    if (!user) throw new DomainError('ADMIN_USER_NOT_FOUND', 'No such console user.');
    return user;
  }

  async list(ctx: RequestContext): Promise<AdminUserEntity[]> {
    requireOwner(ctx);
    return this.dataSource.manager.find(AdminUserEntity, {
      where: { workspaceId: ctx.workspaceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async create(ctx: RequestContext, command: CreateAdminUserCommand): Promise<AdminUserEntity> {
    requireOwner(ctx);
    const email = normalizeEmail(command.email);
    if (!EMAIL.test(email) || email.length > 254) {
      throw new DomainError('INVALID_INPUT', 'email must be an email address.');
    }
    const name = command.name.trim();
    if (name.length < 1 || name.length > 200) {
      throw new DomainError('INVALID_INPUT', 'name must be 1 to 200 characters.');
    }
    assertRole(command.role);
    assertPasswordShape(command.password);
    const passwordHash = await hashPassword(command.password);
    try {
      return await this.dataSource.transaction(async (tx) => {
        const taken = await tx.existsBy(AdminUserEntity, { workspaceId: ctx.workspaceId, email });
        if (taken) throw emailTaken(email);
        const user = await tx.save(
          tx.create(AdminUserEntity, {
            workspaceId: ctx.workspaceId,
            email,
            name,
            role: command.role,
            passwordHash,
            createdAt: this.clock.now(),
          }),
        );
        await this.audit.record(
          ctx.workspaceId,
          {
            actor: ctx.actor,
            action: 'admin_user.create',
            targetType: 'admin_user',
            targetId: user.id,
            data: { email, name, role: user.role },
          },
          tx,
        );
        return withoutHash(user);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken(email);
      throw error;
    }
  }

  /** Changes a user's role; takes effect on that user's next request. Never leaves no owner. */
  async setRole(ctx: RequestContext, id: string, role: AdminRole): Promise<AdminUserEntity> {
    requireOwner(ctx);
    assertRole(role);
    const user = await this.get(ctx, id);
    if (user.role === role) return user;
    await this.dataSource.transaction(async (tx) => {
      if (user.role === 'OWNER') await assertAnotherOwner(tx, ctx.workspaceId, user.id);
      await tx.update(AdminUserEntity, { id: user.id }, { role });
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'admin_user.set_role',
          targetType: 'admin_user',
          targetId: user.id,
          data: { before: user.role, after: role },
        },
        tx,
      );
    });
    return { ...user, role };
  }

  /** Deletes a user and its sessions. Not yourself, and never the last owner. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    requireOwner(ctx);
    const user = await this.get(ctx, id);
    if (user.id === ctx.userId) {
      throw new DomainError('CANNOT_REMOVE_SELF', 'You cannot remove yourself.');
    }
    await this.dataSource.transaction(async (tx) => {
      if (user.role === 'OWNER') await assertAnotherOwner(tx, ctx.workspaceId, user.id);
      await tx.delete(AdminUserEntity, { id: user.id });
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'admin_user.remove',
          targetType: 'admin_user',
          targetId: user.id,
          data: { email: user.email, role: user.role },
        },
        tx,
      );
    });
    await this.revocations.revoke({
      kind: 'user',
      id: user.id,
      reason: 'Your console access was removed.',
    });
    return true;
  }

  /**
   * At start: a workspace without any console user gets its first OWNER, from the configured
   * email and password, else `owner@<slug>.example` and/or a generated password. Returns the
   * credentials when this call created the owner (to print once), else undefined.
   */
  async ensureOwner(
    workspaceId: string,
    configured: { email?: string | undefined; password?: string | undefined } = {},
  ): Promise<{ email: string; password: string } | undefined> {
    return this.dataSource.transaction(async (tx) => {
      // The workspace row's lock keeps two processes starting together from both creating one.
      const workspace = await tx
        .createQueryBuilder(WorkspaceEntity, 'w')
        .setLock('pessimistic_write')
        .where('w.id = :workspaceId', { workspaceId })
        .getOneOrFail();
      if (await tx.existsBy(AdminUserEntity, { workspaceId })) return undefined;
      const email = normalizeEmail(configured.email ?? `owner@${workspace.slug}.example`);
      const password = configured.password ?? generatePassword();
      assertPasswordShape(password);
      const user = await tx.save(
        tx.create(AdminUserEntity, {
          workspaceId,
          email,
          name: 'Owner',
          role: 'OWNER',
          passwordHash: await hashPassword(password),
          createdAt: this.clock.now(),
        }),
      );
      await this.audit.record(
        workspaceId,
        {
          actor: 'system',
          action: 'admin_user.create',
          targetType: 'admin_user',
          targetId: user.id,
          data: {
            email,
            role: 'OWNER',
            source: configured.email ? 'HUB_ADMIN_EMAIL' : 'generated',
          },
        },
        tx,
      );
      return { email, password };
    });
  }
}

async function assertAnotherOwner(tx: EntityManager, workspaceId: string, userId: string) {
  // Locking the owners serializes concurrent demotions/removals: two owners demoting each
  // other at once cannot both succeed.
  const owners = await tx
    .createQueryBuilder(AdminUserEntity, 'u')
    .setLock('pessimistic_write')
    .where('u.workspaceId = :workspaceId AND u.role = :role', { workspaceId, role: 'OWNER' })
    .getMany();
  if (!owners.some((owner) => owner.id !== userId && !owner.disabledAt)) {
    throw new DomainError(
      'LAST_OWNER',
      'The workspace must keep at least one owner: make someone else owner first.',
    );
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function assertRole(role: unknown): asserts role is AdminRole {
  if (!(ADMIN_ROLES as readonly unknown[]).includes(role)) {
    throw new DomainError('INVALID_INPUT', `role must be one of ${ADMIN_ROLES.join(', ')}.`);
  }
}

export function assertPasswordShape(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError(
      'PASSWORD_TOO_SHORT',
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError(
      'INVALID_INPUT',
      `The password must be at most ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
}

export function withoutHash(user: AdminUserEntity): AdminUserEntity {
  const copy = { ...user } as Partial<AdminUserEntity>;
  delete copy.passwordHash;
  return copy as AdminUserEntity;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}

function invalidCredentials() {
  return new DomainError('INVALID_CREDENTIALS', 'Wrong email or password.', {
    http: { status: 401 },
  });
}

function signInRequired() {
  return new DomainError('UNAUTHENTICATED', 'Sign in to continue.', { http: { status: 401 } });
}

export function emailTaken(email: string): DomainError {
  return new DomainError('ADMIN_EMAIL_TAKEN', `A console user with the email ${email} exists.`);
}
