import { randomBytes } from 'node:crypto';
import { WorkspaceEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import type { Clock } from '../../runtime/clock.js';
import { requireOwner } from '../admin-users/operation-access.js';
import type { AuditService } from '../audit/audit.service.js';

/** What anyone with console access may know of the secret: never the secret itself. */
export interface IdentitySecretStatus {
  /** When it last changed; null while it is the one made with the workspace. */
  rotatedAt: Date | null;
  /** Until when the secret it replaced still verifies identities; null when none does. */
  previousSecretValidUntil: Date | null;
}

export interface RotatedIdentitySecret extends IdentitySecretStatus {
  /** Shown this once: the hub never returns it again. */
  secret: string;
}

const HOUR_MS = 60 * 60 * 1000;
/** Other processes see a rotation within this long (this one at once). */
const CACHE_TTL_MS = 5_000;

/**
 * The widget identity secret, with which a shop's server signs its signed-in customers'
 * identities (access/identity-hash.ts). Whoever holds it can claim to be any customer, so only
 * an owner obtains it, once, by rotating it; the console shows everyone else only when it
 * changed. The replaced secret keeps verifying for a grace period, so the shop's servers can
 * switch without signing anyone out.
 */
export class WidgetIdentitySecretService {
  private readonly cache = new Map<string, { secrets: readonly string[]; expires: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly graceHours: number,
  ) {}

  static generate(): string {
    return `whsec_${randomBytes(32).toString('hex')}`;
  }

  async status(ctx: RequestContext): Promise<IdentitySecretStatus> {
    const row = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: ctx.workspaceId,
    });
    return this.statusOf(row);
  }

  /** A new secret, returned this once; the old one verifies for the grace period. Owners only. */
  async rotate(ctx: RequestContext): Promise<RotatedIdentitySecret> {
    requireOwner(ctx);
    const secret = WidgetIdentitySecretService.generate();
    const now = this.clock.now();
    const status = await this.dataSource.transaction(async (tx) => {
      const row = await tx.findOneOrFail(WorkspaceEntity, {
        where: { id: ctx.workspaceId },
        select: { id: true, widgetIdentitySecret: true },
        lock: { mode: 'pessimistic_write' },
      });
      const graceEnds =
        this.graceHours > 0 ? new Date(now.getTime() + this.graceHours * HOUR_MS) : null;
      await tx.update(
        WorkspaceEntity,
        { id: row.id },
        {
          widgetIdentitySecret: secret,
          widgetIdentitySecretRotatedAt: now,
          widgetIdentityPreviousSecret: graceEnds ? row.widgetIdentitySecret : null,
          widgetIdentityPreviousSecretExpiresAt: graceEnds,
        },
      );
      const status = { rotatedAt: now, previousSecretValidUntil: graceEnds };
      // Never the secret: the audit log is readable by every console user.
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'widget_identity_secret.rotate',
          targetType: 'workspace',
          targetId: ctx.workspaceId,
          data: { previousSecretValidUntil: graceEnds?.toISOString() ?? null },
        },
        tx,
      );
      return status;
    });
    this.cache.delete(ctx.workspaceId);
    return { ...status, secret };
  }

  /** The secrets that verify identities now: the current one, then the replaced one in its grace. */
  async verifying(workspaceId: string): Promise<readonly string[]> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(workspaceId);
    if (cached && cached.expires > now) return cached.secrets;
    const row = await this.dataSource.manager.findOneOrFail(WorkspaceEntity, {
      where: { id: workspaceId },
      select: {
        id: true,
        widgetIdentitySecret: true,
        widgetIdentityPreviousSecret: true,
        widgetIdentityPreviousSecretExpiresAt: true,
      },
    });
    const previousValid =
      row.widgetIdentityPreviousSecret !== null &&
      row.widgetIdentityPreviousSecretExpiresAt !== null &&
      row.widgetIdentityPreviousSecretExpiresAt.getTime() > now;
    const secrets = previousValid
      ? [row.widgetIdentitySecret, row.widgetIdentityPreviousSecret as string]
      : [row.widgetIdentitySecret];
    // Cached no longer than the grace period has left, so an expired secret stops at once.
    const expires = Math.min(
      now + CACHE_TTL_MS,
      previousValid ? (row.widgetIdentityPreviousSecretExpiresAt as Date).getTime() : Infinity,
    );
    this.cache.set(workspaceId, { secrets, expires });
    return secrets;
  }

  private statusOf(row: WorkspaceEntity): IdentitySecretStatus {
    const validUntil = row.widgetIdentityPreviousSecretExpiresAt;
    return {
      rotatedAt: row.widgetIdentitySecretRotatedAt,
      previousSecretValidUntil:
        validUntil && validUntil.getTime() > this.clock.now().getTime() ? validUntil : null,
    };
  }
}
