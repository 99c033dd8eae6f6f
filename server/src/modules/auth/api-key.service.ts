import { createHash, randomBytes } from 'node:crypto';
import { ApiKeyEntity } from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';

export interface ApiKeyPrincipal {
  apiKeyId: string;
  workspaceId: string;
  scopes: string[];
}

const CACHE_TTL_MS = 10_000;

/**
 * Secret keys: created here, stored as SHA-256 digests, verified on every request. Verified keys
 * are cached for a few seconds so a busy client costs one digest, not one query, per request;
 * a revoked key stops working within that window.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, { principal: ApiKeyPrincipal; expires: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

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
    const principal = { apiKeyId: row.id, workspaceId: row.workspaceId, scopes: row.scopes };
    this.cache.set(hash, { principal, expires: now + CACHE_TTL_MS });
    return principal;
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function unauthenticated(message: string) {
  return new DomainError('UNAUTHENTICATED', message, { http: { status: 401 } });
}
