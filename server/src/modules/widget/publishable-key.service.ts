import { randomBytes } from 'node:crypto';
import { PublishableKeyEntity } from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import { normalizeOrigin } from './access/index.js';

/** What a request made with a publishable key may act as. */
export interface PublishableKeyPrincipal {
  keyId: string;
  workspaceId: string;
  allowedOrigins: readonly string[];
}

const CACHE_TTL_MS = 5_000;
const MAX_ORIGINS = 50;

/**
 * Publishable keys (`pk_...`): the widget's key, bound to a workspace and its allowed origins.
 * Looked up on every widget request, so verified keys are cached for a few seconds; a revoked
 * key or a removed origin stops working within that window (and at once in this process).
 */
export class PublishableKeyService {
  private readonly cache = new Map<
    string,
    { principal: PublishableKeyPrincipal; expires: number }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  static generate(): string {
    return `pk_live_${randomBytes(18).toString('hex')}`;
  }

  list(ctx: RequestContext): Promise<PublishableKeyEntity[]> {
    return this.dataSource.manager.find(PublishableKeyEntity, {
      where: { workspaceId: ctx.workspaceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async create(
    ctx: RequestContext,
    command: { name: string; allowedOrigins: readonly string[]; key?: string },
  ): Promise<PublishableKeyEntity> {
    const name = command.name.trim();
    if (name.length < 1 || name.length > 200) {
      throw new DomainError('INVALID_INPUT', 'name must be 1 to 200 characters.');
    }
    const key = await this.dataSource.manager.save(
      this.dataSource.manager.create(PublishableKeyEntity, {
        workspaceId: ctx.workspaceId,
        key: command.key ?? PublishableKeyService.generate(),
        name,
        allowedOrigins: canonicalOrigins(command.allowedOrigins),
      }),
    );
    await this.audit.record(ctx.workspaceId, {
      actor: ctx.actor,
      action: 'publishable_key.create',
      targetType: 'publishable_key',
      targetId: key.id,
      data: { name, allowedOrigins: key.allowedOrigins },
    });
    return key;
  }

  async setAllowedOrigins(
    ctx: RequestContext,
    id: string,
    allowedOrigins: readonly string[],
  ): Promise<PublishableKeyEntity> {
    const key = await this.get(ctx, id);
    const before = key.allowedOrigins;
    key.allowedOrigins = canonicalOrigins(allowedOrigins);
    await this.dataSource.manager.update(
      PublishableKeyEntity,
      { id: key.id },
      { allowedOrigins: key.allowedOrigins },
    );
    this.cache.delete(key.key);
    await this.audit.record(ctx.workspaceId, {
      actor: ctx.actor,
      action: 'publishable_key.set_origins',
      targetType: 'publishable_key',
      targetId: key.id,
      data: { before, after: key.allowedOrigins },
    });
    return key;
  }

  async revoke(ctx: RequestContext, id: string): Promise<PublishableKeyEntity> {
    const key = await this.get(ctx, id);
    if (key.revokedAt) return key;
    key.revokedAt = this.clock.now();
    await this.dataSource.manager.update(
      PublishableKeyEntity,
      { id: key.id },
      { revokedAt: key.revokedAt },
    );
    this.cache.delete(key.key);
    await this.audit.record(ctx.workspaceId, {
      actor: ctx.actor,
      action: 'publishable_key.revoke',
      targetType: 'publishable_key',
      targetId: key.id,
    });
    return key;
  }

  /** The key's principal, or KEY_INVALID (unknown, malformed or revoked). */
  async authenticate(plainKey: unknown): Promise<PublishableKeyPrincipal> {
    if (typeof plainKey !== 'string' || !/^pk_[A-Za-z0-9_]{16,100}$/.test(plainKey)) {
      throw keyInvalid();
    }
    const now = this.clock.now().getTime();
    const cached = this.cache.get(plainKey);
    if (cached && cached.expires > now) return cached.principal;
    const row = await this.dataSource.manager.findOneBy(PublishableKeyEntity, {
      key: plainKey,
      revokedAt: IsNull(),
    });
    if (!row) {
      this.cache.delete(plainKey);
      throw keyInvalid();
    }
    const principal = {
      keyId: row.id,
      workspaceId: row.workspaceId,
      allowedOrigins: row.allowedOrigins,
    };
    this.cache.set(plainKey, { principal, expires: now + CACHE_TTL_MS });
    return principal;
  }

  /**
   * The demo storefront's key: `configured` (HUB_DEMO_PUBLISHABLE_KEY) or the workspace's first
   * "Demo storefront" key, created when missing; `origins` (the hub's own) are added to it, since
   * the port may differ from one start to the next.
   */
  async ensureDemoKey(
    workspaceId: string,
    origins: readonly string[],
    configured: string | undefined,
  ): Promise<string> {
    const manager = this.dataSource.manager;
    const existing = await manager.findOne(PublishableKeyEntity, {
      where: configured
        ? { workspaceId, key: configured }
        : { workspaceId, name: DEMO_KEY_NAME, revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const wanted = canonicalOrigins(origins);
    if (!existing) {
      await manager.insert(PublishableKeyEntity, {
        workspaceId,
        key: configured ?? PublishableKeyService.generate(),
        name: DEMO_KEY_NAME,
        allowedOrigins: wanted,
      });
      return this.ensureDemoKey(workspaceId, origins, configured);
    }
    const missing = wanted.filter((origin) => !existing.allowedOrigins.includes(origin));
    if (missing.length > 0) {
      await manager.update(
        PublishableKeyEntity,
        { id: existing.id },
        { allowedOrigins: [...existing.allowedOrigins, ...missing] },
      );
      this.cache.delete(existing.key);
    }
    return existing.key;
  }

  private async get(ctx: RequestContext, id: string): Promise<PublishableKeyEntity> {
    const key = isId(id)
      ? await this.dataSource.manager.findOneBy(PublishableKeyEntity, {
          id,
          workspaceId: ctx.workspaceId,
        })
      : null;
    if (!key) {
      throw new DomainError('PUBLISHABLE_KEY_NOT_FOUND', `No publishable key with id "${id}".`);
    }
    return key;
  }
}

export const DEMO_KEY_NAME = 'Demo storefront';

function canonicalOrigins(origins: readonly string[]): string[] {
  if (origins.length > MAX_ORIGINS) {
    throw new DomainError('INVALID_INPUT', `A key takes at most ${MAX_ORIGINS} allowed origins.`);
  }
  return [...new Set(origins.map((origin) => normalizeOrigin(origin)))];
}

function keyInvalid() {
  return new DomainError(
    'KEY_INVALID',
    'The widget key is not valid: check data-key (pk_...) in the script tag.',
    { http: { status: 401 } },
  );
}
