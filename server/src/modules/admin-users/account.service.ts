import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  AdminCredentialLinkEntity,
  AdminSessionEntity,
  AdminUserEntity,
  WorkspaceEntity,
  type AdminCredentialLinkPurpose,
  type AdminRole,
} from '@zactonics/db';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Mailer } from '../leads/mail/smtp-mailer.js';
import {
  assertPasswordShape,
  assertRole,
  EMAIL,
  emailTaken,
  isUniqueViolation,
  normalizeEmail,
  withoutHash,
  type AdminUserService,
} from './admin-user.service.js';
import type { CredentialRevocations } from './credential-revocations.js';
import { forbidden, requireOwner } from './operation-access.js';
import { generatePassword, hashPassword } from './password-hash.js';

/** How long a one-time link works: an invitation waits for a person, a reset is urgent. */
export const LINK_LIFETIME_HOURS: Readonly<Record<AdminCredentialLinkPurpose, number>> = {
  INVITE: 72,
  RESET: 1,
};

/** Where the console's "choose a password" page is; the token travels in the fragment. */
export const SET_PASSWORD_PATH = '/admin/set-password';

export interface AccountServiceOptions {
  /** Sends invitations and reset links; null when the hub cannot send email. */
  mailer: Mailer | null;
  mailFrom: string;
  /** HUB_PUBLIC_URL: links start with it when set, else with the request's own origin. */
  publicUrl?: string | undefined;
}

export interface InviteCommand {
  email: string;
  name: string;
  role: AdminRole;
}

/** A one-time link as its issuer gets it: to send on, when it could not be emailed. */
export interface IssuedLink {
  user: AdminUserEntity;
  link: string;
  expiresAt: Date;
  /** Whether the link was emailed to the user (or caught by the development mail catcher). */
  emailed: boolean;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A console user's credentials after their account exists: changing one's own password, an
 * owner's invitations and password resets (one-time links, only their SHA-256 stored), and
 * choosing a password with such a link. Every change is audited; a changed password ends the
 * user's other sessions (announced through CredentialRevocations so their sockets close).
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    /** Null in a command-line script: no hub process holds sockets open there. */
    private readonly revocations: CredentialRevocations | null,
    /** Null in a command-line script, which never checks a current password. */
    private readonly adminUsers: AdminUserService | null,
    private readonly options: AccountServiceOptions,
  ) {}

  /**
   * Changes the signed-in user's password. The current one must be given (checked through the
   * sign-in throttle: WRONG_CURRENT_PASSWORD, or RATE_LIMITED); the new one follows the rules of
   * user creation. Every other session of the user ends; the one making the change stays.
   */
  async changeOwnPassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<AdminUserEntity> {
    if (!ctx.userId || !this.adminUsers) {
      throw forbidden('Only a signed-in person can change their password (not an API key).');
    }
    const user = await this.dataSource.manager.findOneBy(AdminUserEntity, {
      id: ctx.userId,
      workspaceId: ctx.workspaceId,
    });
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    assertPasswordShape(newPassword);
    const confirmed = await this.adminUsers.confirmPassword(
      user,
      currentPassword,
      ctx.clientAddress ?? 'unknown',
    );
    if (!confirmed) {
      throw new DomainError('WRONG_CURRENT_PASSWORD', 'The current password is not right.', {
        field: 'currentPassword',
      });
    }
    const passwordHash = await hashPassword(newPassword);
    const ended = await this.dataSource.transaction(async (tx) => {
      await tx.update(AdminUserEntity, { id: user.id }, { passwordHash });
      const ended = await this.endSessions(tx, user.id, ctx.sessionId ?? null);
      await this.revokeLinks(tx, user.id);
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'admin_user.change_password',
          targetType: 'admin_user',
          targetId: user.id,
          data: { sessionsEnded: ended.length },
        },
        tx,
      );
      return ended;
    });
    await this.announce(ended, 'Your password was changed; sign in again.');
    return user;
  }

  /**
   * Owners only: adds a console user who chooses their own password through a one-time link
   * (72 h), emailed to them when the hub can send email, and returned to the owner either way.
   * The user cannot sign in until they have chosen one.
   */
  async invite(ctx: RequestContext, command: InviteCommand): Promise<IssuedLink> {
    requireOwner(ctx);
    const email = normalizeEmail(command.email);
    if (!EMAIL.test(email) || email.length > 254) {
      throw new DomainError('INVALID_INPUT', 'email must be an email address.', { field: 'email' });
    }
    const name = command.name.trim();
    if (name.length < 1 || name.length > 200) {
      throw new DomainError('INVALID_INPUT', 'name must be 1 to 200 characters.', {
        field: 'name',
      });
    }
    assertRole(command.role);
    // Nobody knows this password: the account opens only through the invitation's link.
    const passwordHash = await hashPassword(generatePassword());
    const now = this.clock.now();
    let issued: { user: AdminUserEntity; token: string; expiresAt: Date };
    try {
      issued = await this.dataSource.transaction(async (tx) => {
        if (await tx.existsBy(AdminUserEntity, { workspaceId: ctx.workspaceId, email })) {
          throw emailTaken(email);
        }
        const user = await tx.save(
          tx.create(AdminUserEntity, {
            workspaceId: ctx.workspaceId,
            email,
            name,
            role: command.role,
            passwordHash,
            createdAt: now,
            invitedAt: now,
          }),
        );
        const link = await this.issueLink(tx, user, 'INVITE', ctx.actor);
        await this.audit.record(
          ctx.workspaceId,
          {
            actor: ctx.actor,
            action: 'admin_user.invite',
            targetType: 'admin_user',
            targetId: user.id,
            data: { email, name, role: user.role, expiresAt: link.expiresAt.toISOString() },
          },
          tx,
        );
        return { user: withoutHash(user), ...link };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken(email);
      throw error;
    }
    return this.deliver(ctx, issued, 'INVITE');
  }

  /**
   * Owners only: a one-time link (1 h) for a user to choose a new password, emailed to them when
   * the hub can send email and returned to the owner. Using it ends all of the user's sessions.
   * A pending invitation gets a fresh invitation link instead.
   */
  async issuePasswordReset(ctx: RequestContext, userId: string): Promise<IssuedLink> {
    requireOwner(ctx);
    const user = await this.adminUsers?.get(ctx, userId);
    if (!user) throw new DomainError('ADMIN_USER_NOT_FOUND', 'No such console user.');
    const purpose: AdminCredentialLinkPurpose = user.invitedAt ? 'INVITE' : 'RESET';
    const issued = await this.dataSource.transaction(async (tx) => {
      const link = await this.issueLink(tx, user, purpose, ctx.actor);
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'admin_user.issue_password_link',
          targetType: 'admin_user',
          targetId: user.id,
          data: { purpose, expiresAt: link.expiresAt.toISOString() },
        },
        tx,
      );
      return { user, ...link };
    });
    return this.deliver(ctx, issued, purpose);
  }

  /**
   * The command-line reset of a self-hosted hub (scripts/reset-password.ts): a one-time reset
   * link for the user with this email, in the only workspace or the one named. No mail.
   */
  async issueResetLinkFor(
    email: string,
    workspace: string | undefined,
    baseUrl: string,
  ): Promise<{ user: AdminUserEntity; link: string; expiresAt: Date }> {
    const user = await this.userByEmail(email, workspace);
    const purpose: AdminCredentialLinkPurpose = user.invitedAt ? 'INVITE' : 'RESET';
    return this.dataSource.transaction(async (tx) => {
      const { token, expiresAt } = await this.issueLink(tx, user, purpose, 'cli');
      await this.audit.record(
        user.workspaceId,
        {
          actor: 'cli',
          action: 'admin_user.issue_password_link',
          targetType: 'admin_user',
          targetId: user.id,
          data: { purpose, expiresAt: expiresAt.toISOString() },
        },
        tx,
      );
      return { user, link: linkFor(baseUrl, token), expiresAt };
    });
  }

  /**
   * The command-line reset with the new password itself (read from stdin or the environment):
   * sets it and ends all of the user's sessions and links.
   */
  async setPasswordFor(
    email: string,
    workspace: string | undefined,
    password: string,
  ): Promise<{ user: AdminUserEntity; sessionsEnded: number }> {
    assertPasswordShape(password);
    const user = await this.userByEmail(email, workspace);
    const passwordHash = await hashPassword(password);
    const ended = await this.dataSource.transaction(async (tx) => {
      await tx.update(AdminUserEntity, { id: user.id }, { passwordHash, invitedAt: null });
      const ended = await this.endSessions(tx, user.id, null);
      await this.revokeLinks(tx, user.id);
      await this.audit.record(
        user.workspaceId,
        {
          actor: 'cli',
          action: 'admin_user.reset_password',
          targetType: 'admin_user',
          targetId: user.id,
          data: { source: 'command line', sessionsEnded: ended.length },
        },
        tx,
      );
      return ended;
    });
    await this.announce(ended, 'Your password was reset; sign in again.');
    return { user, sessionsEnded: ended.length };
  }

  /**
   * Chooses a password with a one-time link: PASSWORD_LINK_INVALID for any token that is unknown,
   * used, replaced or expired (one answer for all). Accepts a pending invitation; ends every
   * session of the user. Returns the user, who then signs in with the new password.
   */
  async completeWithLink(token: unknown, newPassword: string): Promise<AdminUserEntity> {
    if (typeof token !== 'string' || !TOKEN.test(token)) throw linkInvalid();
    assertPasswordShape(newPassword);
    const tokenHash = digest(token);
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    const { user, ended } = await this.dataSource.transaction(async (tx) => {
      const link = await tx
        .createQueryBuilder(AdminCredentialLinkEntity, 'l')
        .setLock('pessimistic_write')
        .where('l.tokenHash = :tokenHash', { tokenHash })
        .getOne();
      // The index found it by digest; comparing the digests again in constant time costs nothing.
      if (
        !link ||
        !timingSafeEqual(Buffer.from(link.tokenHash), Buffer.from(tokenHash)) ||
        link.usedAt ||
        link.revokedAt ||
        link.expiresAt.getTime() <= now.getTime()
      ) {
        throw linkInvalid();
      }
      const user = await tx.findOneBy(AdminUserEntity, {
        id: link.userId,
        workspaceId: link.workspaceId,
      });
      if (!user || user.disabledAt) throw linkInvalid();
      await tx.update(AdminCredentialLinkEntity, { id: link.id }, { usedAt: now });
      await tx.update(AdminUserEntity, { id: user.id }, { passwordHash, invitedAt: null });
      const ended = await this.endSessions(tx, user.id, null);
      await this.revokeLinks(tx, user.id);
      await this.audit.record(
        user.workspaceId,
        {
          actor: `user:${user.id}`,
          action:
            link.purpose === 'INVITE' ? 'admin_user.accept_invite' : 'admin_user.reset_password',
          targetType: 'admin_user',
          targetId: user.id,
          data: { linkId: link.id, sessionsEnded: ended.length },
        },
        tx,
      );
      return { user: { ...user, invitedAt: null }, ended };
    });
    await this.announce(ended, 'Your password was reset; sign in again.');
    return user;
  }

  /** What a one-time link would let its holder do, without using it (the console's page). */
  async describeLink(
    token: unknown,
  ): Promise<{ email: string; purpose: AdminCredentialLinkPurpose; expiresAt: Date }> {
    if (typeof token !== 'string' || !TOKEN.test(token)) throw linkInvalid();
    const link = await this.dataSource.manager.findOneBy(AdminCredentialLinkEntity, {
      tokenHash: digest(token),
      usedAt: IsNull(),
      revokedAt: IsNull(),
    });
    if (!link || link.expiresAt.getTime() <= this.clock.now().getTime()) throw linkInvalid();
    const user = await this.dataSource.manager.findOneBy(AdminUserEntity, { id: link.userId });
    if (!user || user.disabledAt) throw linkInvalid();
    return { email: user.email, purpose: link.purpose, expiresAt: link.expiresAt };
  }

  private async userByEmail(email: string, workspace: string | undefined) {
    const qb = this.dataSource.manager
      .createQueryBuilder(AdminUserEntity, 'u')
      .innerJoin(WorkspaceEntity, 'w', 'w.id = u.workspaceId')
      .where('u.email = :email', { email: normalizeEmail(email) });
    if (workspace) qb.andWhere('(w.slug = :workspace OR w.id::text = :workspace)', { workspace });
    const users = await qb.getMany();
    if (users.length === 0) {
      throw new DomainError(
        'ADMIN_USER_NOT_FOUND',
        `No console user has the email ${normalizeEmail(email)}${workspace ? ` in ${workspace}` : ''}.`,
      );
    }
    if (users.length > 1) {
      throw new DomainError(
        'INVALID_INPUT',
        `${users.length} workspaces have a console user with that email: name one with --workspace.`,
      );
    }
    return users[0] as AdminUserEntity;
  }

  /** A new link for the user; any earlier unused one stops working (one live link a user). */
  private async issueLink(
    tx: EntityManager,
    user: AdminUserEntity,
    purpose: AdminCredentialLinkPurpose,
    createdBy: string,
  ): Promise<{ token: string; expiresAt: Date }> {
    await this.revokeLinks(tx, user.id);
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_HOURS[purpose] * 3_600_000);
    await tx.insert(AdminCredentialLinkEntity, {
      workspaceId: user.workspaceId,
      userId: user.id,
      purpose,
      tokenHash: digest(token),
      createdBy,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  private async revokeLinks(tx: EntityManager, userId: string): Promise<void> {
    await tx.update(
      AdminCredentialLinkEntity,
      { userId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }

  /** Ends the user's live sessions except `keep`; returns the ids it ended. */
  private async endSessions(
    tx: EntityManager,
    userId: string,
    keep: string | null,
  ): Promise<string[]> {
    const live = await tx.findBy(AdminSessionEntity, {
      userId,
      revokedAt: IsNull(),
      ...(keep ? { id: Not(keep) } : {}),
    });
    if (live.length > 0) {
      await tx.update(
        AdminSessionEntity,
        live.map((s) => s.id),
        { revokedAt: this.clock.now() },
      );
    }
    return live.map((s) => s.id);
  }

  /** After commit: the ended sessions' sockets close, on every process. */
  private async announce(sessionIds: string[], reason: string): Promise<void> {
    if (!this.revocations) return;
    for (const id of sessionIds) await this.revocations.revoke({ kind: 'session', id, reason });
  }

  private async deliver(
    ctx: RequestContext,
    issued: { user: AdminUserEntity; token: string; expiresAt: Date },
    purpose: AdminCredentialLinkPurpose,
  ): Promise<IssuedLink> {
    const base = this.options.publicUrl ?? ctx.origin ?? '';
    const link = linkFor(base, issued.token);
    const { user, expiresAt } = issued;
    let emailed = false;
    if (this.options.mailer) {
      const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
        id: user.workspaceId,
      });
      try {
        await this.options.mailer.send({
          workspaceId: user.workspaceId,
          from: this.options.mailFrom,
          to: user.email,
          confidential: true,
          ...linkEmail(purpose, workspace.name, user.name, link),
        });
        emailed = true;
      } catch {
        // The owner still holds the link (returned below) and can pass it on another way.
        emailed = false;
      }
    }
    return { user, link, expiresAt, emailed };
  }
}

function linkEmail(
  purpose: AdminCredentialLinkPurpose,
  shop: string,
  name: string,
  link: string,
): { subject: string; text: string } {
  switch (purpose) {
    case 'INVITE':
      return {
        subject: `You're invited to the ${shop} console`,
        text: `Hello ${name},\n\nYou have been invited to the ${shop} console. Choose your password here (the link works once, for ${LINK_LIFETIME_HOURS.INVITE} hours):\n\n${link}\n\nIf you did not expect this, you can ignore this email.\n`,
      };
    case 'RESET':
      return {
        subject: `Reset your ${shop} console password`,
        text: `Hello ${name},\n\nChoose a new password for the ${shop} console here (the link works once, for ${LINK_LIFETIME_HOURS.RESET} hour):\n\n${link}\n\nUsing it signs you out everywhere. If you did not ask for this, you can ignore this email: your password stays as it is.\n`,
      };
    default:
      return purpose satisfies never;
  }
}

/** The token rides in the fragment: browsers never send it to a server or in a Referer. */
export function linkFor(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${SET_PASSWORD_PATH}#token=${token}`;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function linkInvalid(): DomainError {
  return new DomainError(
    'PASSWORD_LINK_INVALID',
    'This link does not work: it was used, replaced by a newer one, or expired. Ask an owner for a new one.',
    { http: { status: 400 } },
  );
}
