import {
  OutboundAttemptEntity,
  OutboundDeliveryEntity,
  WebhookSubscriptionEntity,
  type OutboundDeliveryStatus,
} from '@zactonics/db';
import type { LookupAddress } from 'node:dns';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import {
  newWebhookSecret,
  webhookSecretHint,
} from '../../../engines/automation/standard-webhooks.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { failPendingDeliveries, type WebhookDispatcher } from './webhook-dispatcher.js';
import { testRunEventData } from './webhook-emissions.js';
import { isWebhookEventType, type WebhookEventType } from './webhook-event-types.js';
import { rowsOf, WebhookEvents } from './webhook-events.js';
import { checkWebhookUrl } from './webhook-url.js';

/** A subscription as the console sees it: never the secret, only a hint of it. */
export type WebhookSubscriptionView = Omit<WebhookSubscriptionEntity, 'secret'> & {
  secretHint: string;
};

/** One attempt as the console reads it. */
export interface DeliveryAttemptView {
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** A delivery with its attempts, oldest first (loaded with the page, so listing costs 2 reads). */
export type OutboundDeliveryView = OutboundDeliveryEntity & { attemptLog: DeliveryAttemptView[] };

export interface WebhookSubscriptionInput {
  url: string;
  description?: string | null;
  eventTypes: readonly WebhookEventType[];
}

/** Absent or null: unchanged. */
export interface WebhookSubscriptionUpdate {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly WebhookEventType[] | null;
  enabled?: boolean | null;
}

export interface DeliveryQuery {
  first: number;
  status?: OutboundDeliveryStatus | null;
}

export interface WebhookSubscriptionServiceOptions {
  /** How hosts are resolved when a URL is checked (tests pass their own). */
  resolve?: (host: string) => Promise<LookupAddress[]>;
}

/** As many as an unpaged list is priced at (UNPAGED_LIST_SIZE): a listing's cost stays true. */
export const MAX_SUBSCRIPTIONS_PER_WORKSPACE = 20;
const MAX_DESCRIPTION_CHARS = 500;
const MAX_DELIVERIES_LISTED = 100;
/** Attempts listed per delivery: a long-failing one shows its latest. */
const MAX_ATTEMPTS_LISTED = 50;
const DELIVERY_ID = /^msg_[A-Za-z0-9]{16,64}$/;

/**
 * The workspace's outbound webhook subscriptions: created (the signing secret shown once),
 * changed, deleted, and their deliveries read, redelivered and tested. Only owners and admins
 * change anything; every change is audited (never the secret, and only the URL's origin, since a
 * receiver's path may itself be a credential). The event cache of this process is dropped with
 * each change, so the next event sees it.
 */
export class WebhookSubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dispatcher: WebhookDispatcher,
    private readonly options: WebhookSubscriptionServiceOptions = {},
  ) {}

  async list(ctx: RequestContext): Promise<WebhookSubscriptionView[]> {
    const rows = await this.dataSource
      .getRepository(WebhookSubscriptionEntity)
      .createQueryBuilder('s')
      .addSelect('s.secret')
      .where('s.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return rows.map(viewOf);
  }

  /** A new subscription and its signing secret, returned this once. */
  async create(
    ctx: RequestContext,
    input: WebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionView; secret: string }> {
    requireWriter(ctx);
    const url = await this.checkUrl(input.url);
    const eventTypes = eventTypesOf(input.eventTypes);
    const description = descriptionOf(input.description);
    const secret = newWebhookSecret();
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (tx) => {
      // One at a time per workspace, so the cap holds under concurrent creates.
      await tx.query('SELECT id FROM workspace WHERE id = $1 FOR UPDATE', [ctx.workspaceId]);
      const count = await tx.count(WebhookSubscriptionEntity, {
        where: { workspaceId: ctx.workspaceId },
      });
      if (count >= MAX_SUBSCRIPTIONS_PER_WORKSPACE) {
        throw new DomainError(
          'INVALID_INPUT',
          `A workspace has at most ${MAX_SUBSCRIPTIONS_PER_WORKSPACE} webhook subscriptions; delete one first.`,
          { reason: 'TOO_MANY' },
        );
      }
      const row = await tx.save(
        tx.create(WebhookSubscriptionEntity, {
          workspaceId: ctx.workspaceId,
          url,
          description,
          eventTypes,
          secret,
          enabled: true,
          disabledReason: null,
          consecutiveFailures: 0,
          failingSince: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.record(tx, ctx, 'webhook_subscription.create', row.id, {
        receiver: originOf(url),
        eventTypes,
        description,
      });
      return row;
    });
    WebhookEvents.forget(this.dataSource, ctx.workspaceId);
    return { subscription: viewOf(created), secret };
  }

  /** Changes what is given; enabling again starts its health afresh (no failures counted). */
  async update(
    ctx: RequestContext,
    id: string,
    input: WebhookSubscriptionUpdate,
  ): Promise<WebhookSubscriptionView> {
    requireWriter(ctx);
    const url =
      input.url === null || input.url === undefined ? null : await this.checkUrl(input.url);
    const eventTypes =
      input.eventTypes === null || input.eventTypes === undefined
        ? null
        : eventTypesOf(input.eventTypes);
    const now = this.clock.now();
    const updated = await this.dataSource.transaction(async (tx) => {
      const row = await this.lock(tx, ctx, id);
      const changes: Record<string, unknown> = {};
      if (url !== null && url !== row.url) {
        row.url = url;
        changes.receiver = originOf(url);
      }
      if (eventTypes !== null) {
        row.eventTypes = eventTypes;
        changes.eventTypes = eventTypes;
      }
      if (input.description !== undefined) {
        row.description = descriptionOf(input.description);
        changes.description = row.description;
      }
      if (input.enabled === true && !row.enabled) {
        Object.assign(row, {
          enabled: true,
          disabledReason: null,
          consecutiveFailures: 0,
          failingSince: null,
        });
        changes.enabled = true;
      } else if (input.enabled === false && row.enabled) {
        Object.assign(row, { enabled: false, disabledReason: null });
        changes.enabled = false;
        await failPendingDeliveries(
          tx,
          row.id,
          'Not sent: the subscription was disabled by a person.',
        );
      }
      row.updatedAt = now;
      await tx.save(row);
      await this.record(tx, ctx, 'webhook_subscription.update', row.id, changes);
      return row;
    });
    WebhookEvents.forget(this.dataSource, ctx.workspaceId);
    return viewOf(updated);
  }

  /** Deletes the subscription with its deliveries and their attempts. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireWriter(ctx);
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lock(tx, ctx, id);
      await tx.delete(WebhookSubscriptionEntity, { id: row.id });
      await this.record(tx, ctx, 'webhook_subscription.delete', row.id, {
        receiver: originOf(row.url),
        eventTypes: row.eventTypes,
      });
    });
    WebhookEvents.forget(this.dataSource, ctx.workspaceId);
    return true;
  }

  /** The subscription's latest deliveries, newest first, each with its attempts. */
  async deliveries(
    ctx: RequestContext,
    subscriptionId: string,
    query: DeliveryQuery,
  ): Promise<OutboundDeliveryView[]> {
    if (!Number.isInteger(query.first) || query.first < 0 || query.first > MAX_DELIVERIES_LISTED) {
      throw new DomainError('INVALID_INPUT', `first must be 0 to ${MAX_DELIVERIES_LISTED}.`, {
        field: 'first',
      });
    }
    if (query.first === 0 || !isId(subscriptionId)) return [];
    const rows = await this.dataSource.getRepository(OutboundDeliveryEntity).find({
      where: {
        workspaceId: ctx.workspaceId,
        subscriptionId,
        ...(query.status ? { status: query.status } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.first,
    });
    return this.withAttempts(this.dataSource.manager, rows);
  }

  /**
   * Sends a delivered or failed event again, with the same webhook-id (receivers deduplicate by
   * it), as a new round of attempts starting now; answers after the first attempt.
   */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<OutboundDeliveryView> {
    requireWriter(ctx);
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const delivery = DELIVERY_ID.test(deliveryId)
        ? await tx.findOne(OutboundDeliveryEntity, {
            where: { id: deliveryId, workspaceId: ctx.workspaceId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!delivery) throw deliveryNotFound(deliveryId);
      if (delivery.status === 'PENDING') {
        throw new DomainError(
          'WEBHOOK_DELIVERY_PENDING',
          'This delivery is still being attempted; it can be redelivered once it is delivered or failed.',
          { deliveryId, nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null },
        );
      }
      const subscription = await this.lock(tx, ctx, delivery.subscriptionId);
      if (!subscription.enabled) throw subscriptionDisabled(subscription.id);
      await tx.update(
        OutboundDeliveryEntity,
        { id: delivery.id },
        { status: 'PENDING', attempts: 0, nextAttemptAt: now, deliveredAt: null },
      );
      await this.record(tx, ctx, 'webhook_delivery.redeliver', delivery.id, {
        subscriptionId: subscription.id,
        eventType: delivery.eventType,
        previousStatus: delivery.status,
      });
    });
    await this.dispatcher.attemptNow(deliveryId);
    return this.deliveryView(deliveryId);
  }

  /**
   * Sends the subscription a run.succeeded-shaped sample marked `"test": true` (whatever event
   * types it has) and answers after the first attempt, with the receiver's status.
   */
  async sendTest(ctx: RequestContext, subscriptionId: string): Promise<OutboundDeliveryView> {
    requireWriter(ctx);
    const deliveryId = await this.dataSource.transaction(async (tx) => {
      const subscription = await this.lock(tx, ctx, subscriptionId);
      if (!subscription.enabled) throw subscriptionDisabled(subscription.id);
      const [row] = rowsOf<{ id: string }>(
        await tx.query(
          `INSERT INTO outbound_delivery (id, subscription_id, workspace_id, event_type, payload)
           VALUES ('msg_' || replace(gen_random_uuid()::text, '-', ''), $1, $2, 'run.succeeded',
                   jsonb_build_object('type', 'run.succeeded', 'timestamp', $3::text,
                                      'data', $4::jsonb))
           RETURNING id`,
          [
            subscription.id,
            ctx.workspaceId,
            this.clock.now().toISOString(),
            JSON.stringify(testRunEventData()),
          ],
        ),
      );
      const id = (row as { id: string }).id;
      await this.record(tx, ctx, 'webhook_subscription.test', subscription.id, {
        deliveryId: id,
      });
      return id;
    });
    await this.dispatcher.attemptNow(deliveryId);
    return this.deliveryView(deliveryId);
  }

  private async deliveryView(deliveryId: string): Promise<OutboundDeliveryView> {
    const row = await this.dataSource.manager.findOneByOrFail(OutboundDeliveryEntity, {
      id: deliveryId,
    });
    const [view] = await this.withAttempts(this.dataSource.manager, [row]);
    return view as OutboundDeliveryView;
  }

  private async withAttempts(
    manager: EntityManager,
    deliveries: OutboundDeliveryEntity[],
  ): Promise<OutboundDeliveryView[]> {
    if (deliveries.length === 0) return [];
    const attempts = await manager.find(OutboundAttemptEntity, {
      where: { deliveryId: In(deliveries.map((delivery) => delivery.id)) },
      order: { id: 'ASC' },
    });
    const byDelivery = new Map<string, OutboundAttemptEntity[]>();
    for (const attempt of attempts) {
      const list = byDelivery.get(attempt.deliveryId) ?? [];
      list.push(attempt);
      byDelivery.set(attempt.deliveryId, list);
    }
    return deliveries.map((delivery) =>
      Object.assign(delivery, {
        attemptLog: (byDelivery.get(delivery.id) ?? [])
          .slice(-MAX_ATTEMPTS_LISTED)
          .map((attempt): DeliveryAttemptView => ({
            at: attempt.attemptedAt,
            statusCode: attempt.statusCode,
            error: attempt.error,
            durationMs: attempt.durationMs,
          })),
      }),
    );
  }

  private async lock(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<WebhookSubscriptionEntity> {
    const row = isId(id)
      ? await tx
          .getRepository(WebhookSubscriptionEntity)
          .createQueryBuilder('s')
          .addSelect('s.secret')
          .where('s.id = :id AND s.workspace_id = :workspaceId', {
            id,
            workspaceId: ctx.workspaceId,
          })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!row) {
      throw new DomainError(
        'WEBHOOK_SUBSCRIPTION_NOT_FOUND',
        `No webhook subscription with id "${id}".`,
        { subscriptionId: id },
      );
    }
    return row;
  }

  private checkUrl(url: string): Promise<string> {
    return checkWebhookUrl(
      url,
      { allowPrivateNetworks: this.dispatcher.allowsPrivateNetworks },
      this.options.resolve,
    );
  }

  private record(
    tx: EntityManager,
    ctx: RequestContext,
    action: string,
    targetId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      ctx.workspaceId,
      {
        actor: ctx.actor,
        action,
        targetType: action.startsWith('webhook_delivery')
          ? 'outbound_delivery'
          : 'webhook_subscription',
        targetId,
        data,
      },
      tx,
    );
  }
}

function viewOf(row: WebhookSubscriptionEntity): WebhookSubscriptionView {
  const { secret, ...rest } = row;
  return { ...rest, secretHint: webhookSecretHint(secret) };
}

/** Only owners and admins change subscriptions (defence in depth behind the operation rules). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change webhook subscriptions.`,
    );
  }
}

function eventTypesOf(types: readonly WebhookEventType[]): WebhookEventType[] {
  const unique = [...new Set(types)];
  if (unique.length === 0) {
    throw new DomainError('INVALID_INPUT', 'eventTypes must name at least one event type.', {
      field: 'eventTypes',
      reason: 'EMPTY',
    });
  }
  const unknown = unique.find((type) => !isWebhookEventType(type));
  if (unknown !== undefined) {
    throw new DomainError('INVALID_INPUT', `"${String(unknown)}" is not a webhook event type.`, {
      field: 'eventTypes',
      reason: 'UNKNOWN',
    });
  }
  return unique;
}

function descriptionOf(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (text.length > MAX_DESCRIPTION_CHARS) {
    throw new DomainError(
      'INVALID_INPUT',
      `description is ${text.length} characters; the limit is ${MAX_DESCRIPTION_CHARS}.`,
      { field: 'description', reason: 'TOO_LONG' },
    );
  }
  return text;
}

/** Where events go, without the path or query (which may carry the receiver's own token). */
function originOf(url: string): string {
  return new URL(url).origin;
}

function deliveryNotFound(deliveryId: string): DomainError {
  return new DomainError(
    'WEBHOOK_DELIVERY_NOT_FOUND',
    `No webhook delivery with id "${deliveryId.slice(0, 100)}".`,
    { deliveryId: deliveryId.slice(0, 100) },
  );
}

function subscriptionDisabled(subscriptionId: string): DomainError {
  return new DomainError(
    'WEBHOOK_SUBSCRIPTION_DISABLED',
    'The subscription is disabled; enable it (updateWebhookSubscription with enabled: true) first.',
    { subscriptionId },
  );
}
