import { createHash, randomBytes } from 'node:crypto';
import { ApiKeyEntity } from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import type { ConsoleRole, RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { CredentialRevocations } from '../admin-users/credential-revocations.js';
import { requireOwner } from '../admin-users/operation-access.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';

export interface ApiKeyPrincipal {
  apiKeyId: string;
  workspaceId: string;
  scopes: string[];
  /** What the key acts as in the console schema (see roleOfScopes). */
  role: ConsoleRole;
}

/** Keys made in the console (createApiKey) act as ADMIN. */
export const CONSOLE_KEY_SCOPES: readonly string[] = ['admin'];

/**
 * `*` is the workspace's root key (the one created on first start or set with
 * HUB_BOOTSTRAP_API_KEY, and every key from before roles existed): it keeps full power, OWNER.
 * `admin` keys act as ADMIN; anything else may only read (VIEWER).
 */
export function roleOfScopes(scopes: readonly string[]): ConsoleRole {
  if (scopes.includes('*')) return 'OWNER';
  if (scopes.includes('admin')) return 'ADMIN';
  return 'VIEWER';
}

const CACHE_TTL_MS = 10_000;

/**
 * Secret keys: created here, stored as SHA-256 digests, verified on every request. Verified keys
 * are cached for a few seconds so a busy client costs one digest, not one query, per request.
 * A revocation is announced (CredentialRevocations): every process hearing it drops the key from
 * its cache and closes the sockets opened with it; a process that misses the notice stops
 * accepting the key within the cache window.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, { principal: ApiKeyPrincipal; expires: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit?: AuditService,
    private readonly revocations?: CredentialRevocations,
  ) {
    revocations?.onRevoked((revocation) => {
      if (revocation.kind !== 'api_key') return;
      for (const [hash, { principal }] of this.cache) {
        if (principal.apiKeyId === revocation.id) this.cache.delete(hash);
      }
    });
  }

  static generateSecretKey(): string {
    return `sk_live_${randomBytes(24).toString('base64url').replace(/[-]/g, '_')}`;
  }

  /** Stores a key for the workspace (generated unless given) and returns the plain key once. */
  async create(workspaceId: string, name: string, plainKey = ApiKeyService.generateSecretKey()) {
    await this.dataSource.manager.insert(ApiKeyEntity, {
      workspaceId,
      name,
      displayPrefix: plainKey.slice(0, 12),
      keyHash: digest(plainKey),
      scopes: ['*'],
    });
    return plainKey;
  }

  /** The workspace's keys, newest first; the console never sees a key's hash or plain text. */
  list(ctx: RequestContext): Promise<ApiKeyEntity[]> {
    return this.dataSource.manager.find(ApiKeyEntity, {
      where: { workspaceId: ctx.workspaceId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** A new ADMIN key for the caller's workspace; the plain key is returned this once only. */
  async createForConsole(
    ctx: RequestContext,
    name: string,
  ): Promise<{ apiKey: ApiKeyEntity; plainKey: string }> {
    requireOwner(ctx);
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 200) {
      throw new DomainError('INVALID_INPUT', 'name must be 1 to 200 characters.');
    }
    const plainKey = ApiKeyService.generateSecretKey();
    const apiKey = await this.dataSource.transaction(async (tx) => {
      const row = await tx.save(
        tx.create(ApiKeyEntity, {
          workspaceId: ctx.workspaceId,
          name: trimmed,
          displayPrefix: plainKey.slice(0, 12),
          keyHash: digest(plainKey),
          scopes: [...CONSOLE_KEY_SCOPES],
          createdAt: this.clock.now(),
        }),
      );
      await this.audit?.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'api_key.create',
          targetType: 'api_key',
          targetId: row.id,
          data: { name: trimmed, displayPrefix: row.displayPrefix, scopes: row.scopes },
        },
        tx,
      );
      return row;
    });
    return { apiKey, plainKey };
  }

  /** The key stops working at once, and sockets opened with it close (4403). */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyEntity> {
    requireOwner(ctx);
    const key = isId(id)
      ? await this.dataSource.manager.findOneBy(ApiKeyEntity, { id, workspaceId: ctx.workspaceId })
      : null;
    if (!key) throw new DomainError('API_KEY_NOT_FOUND', 'No such API key.');
    if (!key.revokedAt) {
      key.revokedAt = this.clock.now();
      await this.dataSource.transaction(async (tx) => {
        await tx.update(ApiKeyEntity, { id: key.id }, { revokedAt: key.revokedAt });
        await this.audit?.record(
          ctx.workspaceId,
          { actor: ctx.actor, action: 'api_key.revoke', targetType: 'api_key', targetId: key.id },
          tx,
        );
      });
    }
    this.cache.delete(key.keyHash);
    await this.revocations?.revoke({
      kind: 'api_key',
      id: key.id,
      reason: 'The API key was revoked.',
    });
    return key;
  }

  async exists(plainKey: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ApiKeyEntity, { keyHash: digest(plainKey) });
  }

  async countForWorkspace(workspaceId: string): Promise<number> {
    return this.dataSource.manager.countBy(ApiKeyEntity, { workspaceId, revokedAt: IsNull() });
  }

  /** Resolves `Authorization: Bearer sk_...` to its workspace, or throws UNAUTHENTICATED. */
  async authenticate(authorization: unknown): Promise<ApiKeyPrincipal> {
    const key =
      typeof authorization === 'string'
        ? /^Bearer\s+(sk_\S+)$/i.exec(authorization.trim())?.[1]
        : undefined;
    if (!key) {
      throw unauthenticated('An API key is required: send "Authorization: Bearer sk_...".');
    }
    const hash = digest(key);
    const now = this.clock.now().getTime();
    const cached = this.cache.get(hash);
    if (cached && cached.expires > now) return cached.principal;

    const row = await this.dataSource.manager.findOneBy(ApiKeyEntity, {
      keyHash: hash,
      revokedAt: IsNull(),
    });
    if (!row) {
      this.cache.delete(hash);
      throw unauthenticated('The API key is not valid.');
    }
    const principal = {
      apiKeyId: row.id,
      workspaceId: row.workspaceId,
      scopes: row.scopes,
      role: roleOfScopes(row.scopes),
    };
    this.cache.set(hash, { principal, expires: now + CACHE_TTL_MS });
    // Refreshed with the cache: "last used" is accurate to the cache's few seconds.
    await this.dataSource.manager.update(
      ApiKeyEntity,
      { id: row.id },
      { lastUsedAt: new Date(now) },
    );
    return principal;
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function unauthenticated(message: string) {
  return new DomainError('UNAUTHENTICATED', message, { http: { status: 401 } });
}
