import {
  ConversationEntity,
  ConversationMessageEntity,
  LeadEntity,
  VisitorEntity,
  WorkspaceEntity,
} from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { PubSub } from '../../events/pub-sub.js';
import type { Clock } from '../../runtime/clock.js';
import { guardInput } from '../../runtime/guardrails/index.js';
import type { FeedSource } from '../conversations/conversation-feed.js';
import type { ConversationMessageService } from '../conversations/conversation-message.service.js';
import type { HandoffService } from '../conversations/handoff.service.js';
import type { LeadService } from '../leads/lead.service.js';
import type { BookingService, BookingView } from '../meetings/booking.service.js';
import { localTime } from '../meetings/free-slots.js';
import type { RunService } from '../runs/run.service.js';
import { assertWithinRate, RateLimiter } from '../../rate-limits/index.js';
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

export interface VisitorLimits {
  visitorMessagesPerMinute: number;
  sessionsPerMinute: number;
}

export interface MeetingSlotView {
  id: string;
  start: Date;
  end: Date;
  label: string;
  hostName: string;
}

/** The agent that answers the widget's chat. */
export const WIDGET_AGENT_KEY = 'support';
const MEETING_MINUTES = 30;
const SLOTS_OFFERED = 6;

export const visitorTopic = (visitorId: string) => `visitor:${visitorId}`;

/**
 * Everything a widget visitor can do, and nothing more: open a session, chat in their own
 * conversation, rate replies, ask for a person, leave their details and book a meeting when
 * the lead is hot. Every method takes the visitor the token names; nothing takes an id of a
 * conversation, lead or booking from the client, so another visitor's data cannot be named.
 */
export class VisitorService {
  /** Visitor token signers per workspace (their secret never changes, so cached for good). */
  private readonly tokenSigners = new Map<string, VisitorTokens>();
  private readonly messageRate: RateLimiter;
  private readonly sessionRate: RateLimiter;

  constructor(
    private readonly deps: {
      dataSource: DataSource;
      clock: Clock;
      pubSub: PubSub;
      runs: RunService;
      messages: ConversationMessageService;
      handoff: HandoffService;
      leads: LeadService;
      bookings: BookingService;
      identitySecrets: WidgetIdentitySecretService;
      limits: VisitorLimits;
    },
  ) {
    const { clock, limits } = deps;
    this.messageRate = new RateLimiter({
      capacity: limits.visitorMessagesPerMinute,
      refillPerSecond: limits.visitorMessagesPerMinute / 60,
      clock,
    });
    this.sessionRate = new RateLimiter({
      capacity: limits.sessionsPerMinute,
      refillPerSecond: limits.sessionsPerMinute / 60,
      clock,
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
    assertWithinRate(this.sessionRate, `${key.keyId}:${request.clientAddress}`, 'new chats');

    const manager = this.deps.dataSource.manager;
    const now = this.deps.clock.now();
    let visitor: VisitorEntity;
    if (identity?.hash) {
      const proof = proveIdentity(
        identity,
        identity.hash,
        await this.deps.identitySecrets.verifying(key.workspaceId),
      );
      if (!proof) {
        throw new DomainError(
          'IDENTITY_INVALID',
          "The identity's hash does not match: compute it on your server as the HMAC-SHA256, with the workspace's widget identity secret, of the user id and a line feed and the email (or of the user id alone).",
          { http: { status: 401 } },
        );
      }
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
        [key.workspaceId, key.keyId, identity.id, email, emailVerified, nameOf(identity), now],
      );
      visitor = await manager.findOneByOrFail(VisitorEntity, {
        workspaceId: key.workspaceId,
        externalUserId: identity.id,
      });
    } else {
      visitor = await manager.save(
        manager.create(VisitorEntity, {
          workspaceId: key.workspaceId,
          publishableKeyId: key.keyId,
          externalUserId: null,
          email: identity ? emailOf(identity) : null,
          emailVerified: false,
          name: identity ? nameOf(identity) : null,
          leadId: null,
          lastSeenAt: now,
        }),
      );
    }
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

  /** The visitor's latest conversation, or null before their first message. */
  conversation(visitor: VisitorPrincipal): Promise<ConversationEntity | null> {
    return this.deps.dataSource.manager.findOne(ConversationEntity, {
      where: { workspaceId: visitor.workspaceId, visitorId: visitor.visitorId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** What the live feed follows: this visitor's conversation, which starts with their message. */
  feedSource(visitor: VisitorPrincipal): FeedSource {
    return {
      workspaceId: visitor.workspaceId,
      find: () => this.conversation(visitor),
      createdTopic: visitorTopic(visitor.visitorId),
      replies: true,
    };
  }

  /**
   * The visitor writes: their conversation is created on the first message, and the support
   * agent answers in a run. The same `clientMessageId` returns the same message (a retry after
   * a dropped connection does not ask twice).
   */
  async sendMessage(
    ctx: RequestContext,
    visitor: VisitorPrincipal,
    text: string,
    clientMessageId: string,
  ): Promise<ConversationMessageEntity> {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(clientMessageId)) {
      throw new DomainError(
        'INVALID_INPUT',
        'clientMessageId must be 1 to 100 letters, digits, "-" or "_".',
      );
    }
    const idempotencyKey = `widget:${visitor.visitorId}:${clientMessageId}`;
    const earlier = await this.messageOfRun(visitor, idempotencyKey);
    if (earlier) return earlier;
    // Size and emptiness first: an oversized message costs no rate and creates nothing.
    guardInput({ message: text });
    if (text.trim().length === 0) {
      throw new DomainError('INVALID_INPUT', 'The message is empty.');
    }
    assertWithinRate(this.messageRate, visitor.visitorId, 'messages');

    const conversation = await this.conversationFor(visitor);
    const run = await this.deps.runs.start(ctx, {
      agentKey: WIDGET_AGENT_KEY,
      input: { message: text },
      conversationId: conversation.id,
      idempotencyKey,
    });
    const message = await this.deps.dataSource.manager.findOneBy(ConversationMessageEntity, {
      runId: run.id,
      role: 'CUSTOMER',
    });
    if (!message) throw new Error(`run ${run.id} recorded no customer message`);
    return message;
  }

  async rate(
    visitor: VisitorPrincipal,
    messageId: string,
    helpful: boolean,
  ): Promise<ConversationMessageEntity> {
    const conversation = await this.conversation(visitor);
    if (!conversation) {
      throw new DomainError(
        'MESSAGE_NOT_FOUND',
        `No reply with id "${messageId}" in this conversation.`,
      );
    }
    return this.deps.messages.rate(visitor.workspaceId, conversation.id, messageId, helpful);
  }

  /** Asks for a person. Already waiting for one, or with one: nothing changes. */
  async requestHuman(ctx: RequestContext, visitor: VisitorPrincipal): Promise<ConversationEntity> {
    const conversation = await this.conversationFor(visitor);
    if (conversation.handoffState === 'HUMAN_REQUESTED' || conversation.handoffState === 'HUMAN') {
      return conversation;
    }
    return this.deps.handoff.move(ctx, conversation.id, 'request_human');
  }

  /** The lead form: captured, enriched and scored; a hot lead is offered a meeting. */
  async submitLead(
    visitor: VisitorPrincipal,
    input: {
      name: string;
      email: string;
      company?: string | null;
      consent: boolean;
      sourcePage?: string | null;
      pagesViewed?: number | null;
      pricingPageVisits?: number | null;
      minutesOnSite?: number | null;
    },
  ): Promise<LeadEntity> {
    if (!input.consent) {
      throw new DomainError(
        'CONSENT_REQUIRED',
        'Please agree to be contacted so the team can reply.',
      );
    }
    const lead = await this.deps.leads.submit(visitor, {
      name: input.name,
      email: input.email,
      company: input.company ?? undefined,
      consent: true,
      sourcePage: input.sourcePage ?? undefined,
      pagesViewed: input.pagesViewed ?? undefined,
      pricingPageVisits: input.pricingPageVisits ?? undefined,
      minutesOnSite: input.minutesOnSite ?? undefined,
    });
    await this.deps.dataSource.manager.update(
      VisitorEntity,
      { id: visitor.visitorId },
      { leadId: lead.id },
    );
    return lead;
  }

  /** Free slots for the visitor's hot lead, labelled in the visitor's time zone. */
  async meetingSlots(visitor: VisitorPrincipal, timeZone: string): Promise<MeetingSlotView[]> {
    await this.hotLead(visitor);
    const slots = await this.deps.bookings.findSlots(visitor.workspaceId, {
      now: this.deps.clock.now(),
      leadTimeZone: timeZone,
      durationMinutes: MEETING_MINUTES,
      limit: SLOTS_OFFERED,
    });
    return slots.map((slot) => ({
      id: `${slot.member.id}_${slot.start.getTime()}`,
      start: slot.start,
      end: slot.end,
      label: localTime(slot.start, timeZone).label,
      hostName: slot.member.name,
    }));
  }

  async bookMeeting(
    visitor: VisitorPrincipal,
    slotId: string,
    timeZone: string,
  ): Promise<BookingView> {
    const lead = await this.hotLead(visitor);
    const [, memberId, startMs] = /^([0-9a-f-]{36})_(\d{1,15})$/.exec(slotId) ?? [];
    if (!memberId || !startMs) {
      throw new DomainError('INVALID_INPUT', 'slotId is not a slot this widget offered.');
    }
    return this.deps.bookings.book(visitor.workspaceId, {
      now: this.deps.clock.now(),
      memberId,
      start: new Date(Number(startMs)),
      durationMinutes: MEETING_MINUTES,
      leadEmail: lead.email,
      leadName: lead.name,
      leadTimeZone: timeZone,
    });
  }

  private async hotLead(visitor: VisitorPrincipal): Promise<LeadEntity> {
    const row = await this.deps.dataSource.manager.findOneBy(VisitorEntity, {
      id: visitor.visitorId,
    });
    const lead = row?.leadId
      ? await this.deps.dataSource.manager.findOneBy(LeadEntity, { id: row.leadId })
      : null;
    if (!lead || lead.tier !== 'HOT') {
      throw new DomainError(
        'MEETING_NOT_OFFERED',
        'Meetings are offered after the contact form, to leads the sales team follows up first.',
      );
    }
    return lead;
  }

  /** The visitor's conversation, created (once, under the visitor's row lock) when missing. */
  private async conversationFor(visitor: VisitorPrincipal): Promise<ConversationEntity> {
    const created = await this.deps.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(VisitorEntity, {
        where: { id: visitor.visitorId, workspaceId: visitor.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new Error(`visitor ${visitor.visitorId} vanished`);
      const existing = await tx.findOne(ConversationEntity, {
        where: { workspaceId: visitor.workspaceId, visitorId: visitor.visitorId },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      if (existing) return { conversation: existing, isNew: false };
      // Only an email the shop's hash covered reaches the agent's memory of the customer.
      const conversation = await tx.save(
        tx.create(ConversationEntity, {
          workspaceId: visitor.workspaceId,
          visitorId: visitor.visitorId,
          customerEmail: row.externalUserId && row.emailVerified ? row.email : null,
        }),
      );
      return { conversation, isNew: true };
    });
    if (created.isNew) {
      await this.deps.pubSub.publish(visitorTopic(visitor.visitorId), created.conversation.id);
    }
    return created.conversation;
  }

  private async messageOfRun(
    visitor: VisitorPrincipal,
    idempotencyKey: string,
  ): Promise<ConversationMessageEntity | null> {
    const rows = (await this.deps.dataSource.query(
      `SELECT m.id FROM conversation_message m JOIN run r ON r.id = m.run_id
       WHERE r.workspace_id = $1 AND r.idempotency_key = $2 AND m.role = 'CUSTOMER'`,
      [visitor.workspaceId, idempotencyKey],
    )) as { id: string }[];
    const id = rows[0]?.id;
    return id ? this.deps.dataSource.manager.findOneBy(ConversationMessageEntity, { id }) : null;
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
