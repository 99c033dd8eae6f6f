import { VisitorEntity, WorkspaceEntity } from '@zactonics/db';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../errors.js';
import { consumeOrRefuse, type LimiterStore } from '../../rate-limits/index.js';
import type { Clock } from '../../runtime/clock.js';
import { proveIdentity, VisitorTokens } from './access/index.js';
import type { PublishableKeyPrincipal } from './publishable-key.service.js';
import type { WidgetIdentitySecretService } from './widget-identity-secret.service.js';

/** Who is chatting: the visitor a valid token names, in the key's workspace. */
export interface VisitorPrincipal {
  visitorId: string;
  workspaceId: string;
  identified: boolean;
}

export interface VisitorIdentity {
  id: string;
  email?: string | null | undefined;
  name?: string | null | undefined;
  hash?: string | null | undefined;
}

/**
 * Visitor sessions: who a widget visitor is. Issues and verifies the signed visitor tokens, and
 * creates the visitor (anonymous, or the shop's user when its server vouched for the identity).
 * Nothing here reads or writes a conversation.
 */
export class VisitorSessionService {
  /** Visitor token signers per workspace (their secret never changes, so cached for good). */
  private readonly tokenSigners = new Map<string, VisitorTokens>();
  private readonly sessionRate: RateLimiterAbstract;

  constructor(
    private readonly deps: {
      dataSource: DataSource;
      clock: Clock;
      identitySecrets: WidgetIdentitySecretService;
      /** New sessions per minute from one address with one key (a fixed one-minute window). */
      sessionsPerMinute: number;
      /** Where the count lives: this process, or Redis for every process. */
      rateLimits: LimiterStore;
    },
  ) {
    this.sessionRate = deps.rateLimits.limiter({
      name: 'widget-sessions',
      points: deps.sessionsPerMinute,
      windowSeconds: 60,
    });
  }

  /**
   * A visitor token: the current visitor's (refreshed) when `currentToken` is valid for this key
   * and no identity is given; a verified user's when the identity carries the shop's HMAC;
   * otherwise a new anonymous visitor. An identity without a hash is kept as a hint (name, email)
   * on a new anonymous visitor: unverified, it must not open that user's history. An email counts
   * as the user's only when the hash covers it too (access/identity-hash.ts); otherwise it is a
   * hint that never reaches the customer's memory.
   */
  async startSession(
    key: PublishableKeyPrincipal,
    request: { currentToken?: unknown; identity?: VisitorIdentity | null; clientAddress: string },
  ): Promise<{ token: string; identified: boolean; visitorId: string }> {
    const tokens = await this.tokensOf(key.workspaceId);
    const identity = request.identity ?? null;
    if (identity) validateIdentity(identity);
    if (!identity && request.currentToken) {
      const current = await this.tryVerify(key, request.currentToken);
      if (current) return { ...current, token: this.issue(tokens, key, current) };
    }
    await consumeOrRefuse(this.sessionRate, `${key.keyId}:${request.clientAddress}`, 'new chats');

    const visitor = identity?.hash
      ? await this.verifiedVisitor(key, identity, identity.hash)
      : await this.anonymousVisitor(key, identity);
    const principal = {
      visitorId: visitor.id,
      workspaceId: key.workspaceId,
      identified: visitor.externalUserId !== null,
    };
    return { ...principal, token: this.issue(tokens, key, principal) };
  }

  /**
   * The visitor a token names, or VISITOR_TOKEN_INVALID: also for a token of another workspace,
   * or one issued through another publishable key (a token works only with the key it came from).
   */
  async authenticate(key: PublishableKeyPrincipal, token: unknown): Promise<VisitorPrincipal> {
    const tokens = await this.tokensOf(key.workspaceId);
    const claims = tokens.verify(token);
    if (claims.workspaceId !== key.workspaceId || claims.keyId !== key.keyId) {
      throw new DomainError(
        'VISITOR_TOKEN_INVALID',
        'This visitor token was issued for another widget key; start a new visitor session.',
        { http: { status: 401 } },
      );
    }
    return {
      visitorId: claims.visitorId,
      workspaceId: claims.workspaceId,
      identified: claims.identified,
    };
  }

  /** The shop's user, created or updated: its server's HMAC vouches for the identity. */
  private async verifiedVisitor(
    key: PublishableKeyPrincipal,
    identity: VisitorIdentity,
    hash: string,
  ): Promise<VisitorEntity> {
    const proof = proveIdentity(
      identity,
      hash,
      await this.deps.identitySecrets.verifying(key.workspaceId),
    );
    if (!proof) {
      throw new DomainError(
        'IDENTITY_INVALID',
        "The identity's hash does not match: compute it on your server as the HMAC-SHA256, with the workspace's widget identity secret, of the user id and a line feed and the email (or of the user id alone).",
        { http: { status: 401 } },
      );
    }
    const manager = this.deps.dataSource.manager;
    const email = emailOf(identity);
    const emailVerified = proof.emailVerified && email !== null;
    // A verified email is replaced only by another verified one; a hint never overwrites it.
    await manager.query(
      `INSERT INTO visitor (workspace_id, publishable_key_id, external_user_id, email, email_verified, name, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (workspace_id, external_user_id) WHERE external_user_id IS NOT NULL
       DO UPDATE SET email = CASE WHEN EXCLUDED.email_verified OR NOT visitor.email_verified
                                  THEN coalesce(EXCLUDED.email, visitor.email)
                                  ELSE visitor.email END,
                     email_verified = visitor.email_verified OR EXCLUDED.email_verified,
                     name = coalesce(EXCLUDED.name, visitor.name), last_seen_at = EXCLUDED.last_seen_at`,
      [
        key.workspaceId,
        key.keyId,
        identity.id,
        email,
        emailVerified,
        nameOf(identity),
        this.deps.clock.now(),
      ],
    );
    return manager.findOneByOrFail(VisitorEntity, {
      workspaceId: key.workspaceId,
      externalUserId: identity.id,
    });
  }

  /** A new anonymous visitor; an unverified identity is kept only as a hint. */
  private anonymousVisitor(
    key: PublishableKeyPrincipal,
    identity: VisitorIdentity | null,
  ): Promise<VisitorEntity> {
    const manager = this.deps.dataSource.manager;
    return manager.save(
      manager.create(VisitorEntity, {
        workspaceId: key.workspaceId,
        publishableKeyId: key.keyId,
        externalUserId: null,
        email: identity ? emailOf(identity) : null,
        emailVerified: false,
        name: identity ? nameOf(identity) : null,
        leadId: null,
        lastSeenAt: this.deps.clock.now(),
      }),
    );
  }

  private issue(tokens: VisitorTokens, key: PublishableKeyPrincipal, visitor: VisitorPrincipal) {
    return tokens.issue({
      workspaceId: visitor.workspaceId,
      keyId: key.keyId,
      visitorId: visitor.visitorId,
      identified: visitor.identified,
    });
  }

  private async tryVerify(
    key: PublishableKeyPrincipal,
    token: unknown,
  ): Promise<VisitorPrincipal | null> {
    try {
      return await this.authenticate(key, token);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  private async tokensOf(workspaceId: string): Promise<VisitorTokens> {
    const cached = this.tokenSigners.get(workspaceId);
    if (cached) return cached;
    const row = await this.deps.dataSource.manager.findOneOrFail(WorkspaceEntity, {
      where: { id: workspaceId },
      select: { id: true, visitorTokenSecret: true },
    });
    const tokens = new VisitorTokens(row.visitorTokenSecret, this.deps.clock);
    this.tokenSigners.set(workspaceId, tokens);
    return tokens;
  }
}

function validateIdentity(identity: VisitorIdentity): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(identity.id)) {
    throw new DomainError(
      'INVALID_INPUT',
      'identity.id must be 1 to 200 visible ASCII characters.',
    );
  }
  if (identity.email != null && !/^[^\s@]{1,200}@[^\s@]{1,200}$/.test(identity.email.trim())) {
    throw new DomainError('INVALID_INPUT', 'identity.email must be an email address.');
  }
  if (identity.name != null && identity.name.length > 200) {
    throw new DomainError('INVALID_INPUT', 'identity.name must be at most 200 characters.');
  }
}

const emailOf = (identity: VisitorIdentity) => identity.email?.trim().toLowerCase() || null;
const nameOf = (identity: VisitorIdentity) => identity.name?.trim() || null;
