import type { DataSource, EntityManager } from 'typeorm';
import { nextRetryDelayMs } from '../../../engines/automation/retry-schedule.js';
import { webhookHeaders } from '../../../engines/automation/standard-webhooks.js';
import { silentLogger, type Logger } from '../../../logger.js';
import type { Clock } from '../../../runtime/clock.js';
import type { AuditService } from '../../audit/audit.service.js';
import { rowsOf, WebhookEvents } from './webhook-events.js';
import { postWebhook, type WebhookAnswer } from './webhook-sender.js';

export interface WebhookDispatcherOptions {
  /** Per attempt, the whole exchange (HUB_WEBHOOK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** A subscription failing without a break this long... (HUB_WEBHOOK_DISABLE_AFTER_HOURS) */
  disableAfterHours?: number;
  /** ...and at least this many attempts in a row is disabled. */
  disableAfterFailures?: number;
  /** Receivers on loopback or private addresses (see webhook-url.ts). */
  allowPrivateNetworks?: boolean;
  /** How often the loop looks for due deliveries when nothing wakes it. */
  pollMs?: number;
  /** Sends in flight at once, per process. */
  concurrency?: number;
  /** The retry jitter's random source, [0, 1). */
  random?: () => number;
}

/** What one `dispatchDue` did. */
export interface DispatchSummary {
  attempted: number;
  delivered: number;
  /** Failed attempts with another one scheduled. */
  retrying: number;
  /** Failed attempts that were the last (the delivery is FAILED). */
  failed: number;
}

/** A delivery claimed for one attempt, with what sending it needs. */
interface ClaimedDelivery {
  id: string;
  workspace_id: string;
  subscription_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
}

type AttemptOutcome = 'DELIVERED' | 'RETRYING' | 'FAILED';

const HOUR_MS = 3_600_000;
/** How long past its timeout a claimed attempt stays claimed (a process that died mid-send). */
const LEASE_MARGIN_MS = 60_000;
export const SYSTEM_WEBHOOKS_ACTOR = 'system:webhooks';

/**
 * Sends the outbox (outbound_delivery) to the receivers. Each attempt starts with a claim: one
 * UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) that moves the delivery's due time
 * to a lease, so of several hub processes on one database exactly one sends a given attempt
 * (the same statement works on PGlite). The answer is then recorded in one transaction: the
 * attempt, the delivery (DELIVERED, or the next attempt by the retry schedule, or FAILED after
 * the last) and the subscription's health, which disables a subscription that keeps failing.
 *
 * `start()` runs it in the background: at once when this process emitted an event (after its
 * transaction committed), else every `pollMs`, with at most `concurrency` sends in flight.
 */
export class WebhookDispatcher {
  private readonly timeoutMs: number;
  private readonly disableAfterMs: number;
  private readonly disableAfterFailures: number;
  private readonly allowPrivateNetworks: boolean;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly random: () => number;
  private logger: Logger = silentLogger;

  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | null = null;
  private wakeAgain = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopListening: (() => void) | undefined;
  private stopping: Promise<void> | null = null;
  /** The soonest retry this process scheduled: the loop looks then rather than at its next poll. */
  private soonestRetry: number | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    options: WebhookDispatcherOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.disableAfterMs = (options.disableAfterHours ?? 120) * HOUR_MS;
    this.disableAfterFailures = options.disableAfterFailures ?? 5;
    this.allowPrivateNetworks = options.allowPrivateNetworks ?? false;
    this.pollMs = options.pollMs ?? 5_000;
    this.concurrency = options.concurrency ?? 4;
    this.random = options.random ?? Math.random;
  }

  /** Whether receivers on private addresses may be called (the subscription service checks URLs by it). */
  get allowsPrivateNetworks(): boolean {
    return this.allowPrivateNetworks;
  }

  /**
   * Sends every delivery due at `now` (one attempt each), `concurrency` at a time, and returns
   * what came of them. A failed attempt is due again only later (5 s at the earliest), so this
   * ends.
   */
  async dispatchDue(now: Date = this.clock.now()): Promise<DispatchSummary> {
    const summary: DispatchSummary = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
    for (;;) {
      const claimed = await this.claim(now, this.concurrency, null);
      const outcomes = await Promise.all(claimed.map((delivery) => this.attempt(delivery, now)));
      for (const outcome of outcomes) {
        summary.attempted += 1;
        if (outcome === 'DELIVERED') summary.delivered += 1;
        else if (outcome === 'RETRYING') summary.retrying += 1;
        else summary.failed += 1;
      }
      if (claimed.length < this.concurrency) return summary;
    }
  }

  /**
   * Makes one attempt at a PENDING delivery now, if it is due and nobody else is sending it
   * (redelivery and test events answer with the receiver's status at once). Returns whether an
   * attempt was made.
   */
  async attemptNow(deliveryId: string): Promise<boolean> {
    const now = this.clock.now();
    const [claimed] = await this.claim(now, 1, deliveryId);
    if (!claimed) return false;
    await this.attempt(claimed, now);
    return true;
  }

  /** Starts sending in the background (see the class comment); problems go to `logger`. */
  start(logger: Logger = silentLogger): void {
    if (this.running) return;
    this.running = true;
    this.logger = logger;
    this.stopping = null;
    this.stopListening = WebhookEvents.onCommitted(this.dataSource, () => this.wake());
    this.schedule(0);
  }

  /** Looks for due deliveries at once (an event was emitted, a send finished). */
  wake(): void {
    if (!this.running) return;
    if (this.pumping) this.wakeAgain = true;
    else this.schedule(0);
  }

  /** Stops looking for work and resolves once the sends in flight have been recorded. */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.running = false;
    clearTimeout(this.timer);
    this.stopListening?.();
    this.stopListening = undefined;
    this.stopping = (async () => {
      await this.pumping;
      await Promise.allSettled([...this.inFlight]);
    })();
    return this.stopping;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.pumping = this.pump().finally(() => {
        this.pumping = null;
        if (!this.running) return;
        const again = this.wakeAgain;
        this.wakeAgain = false;
        this.schedule(again ? 0 : this.nextLookInMs());
      });
    }, delayMs);
    this.timer.unref();
  }

  /** Until the next poll, or until the soonest retry this process scheduled if that is sooner. */
  private nextLookInMs(): number {
    const now = this.clock.now().getTime();
    if (this.soonestRetry !== null && this.soonestRetry <= now) this.soonestRetry = null;
    if (this.soonestRetry === null) return this.pollMs;
    return Math.min(this.pollMs, this.soonestRetry - now);
  }

  /** Fills the free send slots with due deliveries; each finished send wakes the loop again. */
  private async pump(): Promise<void> {
    try {
      while (this.running) {
        const free = this.concurrency - this.inFlight.size;
        if (free <= 0) return;
        const now = this.clock.now();
        const claimed = await this.claim(now, free, null);
        for (const delivery of claimed) {
          const sending = this.attempt(delivery, now)
            .catch((error: unknown) => this.logger.error('webhook delivery failed', error))
            .finally(() => {
              this.inFlight.delete(sending);
              this.wake();
            });
          this.inFlight.add(sending);
        }
        if (claimed.length < free) return;
      }
    } catch (error) {
      this.logger.error('webhook dispatch failed', error);
    }
  }

  /**
   * Claims up to `limit` due deliveries (or the one named) of enabled subscriptions by moving
   * their due time to the end of a lease; two claims never return the same row.
   */
  private async claim(now: Date, limit: number, deliveryId: string | null) {
    const leaseUntil = new Date(now.getTime() + this.timeoutMs + LEASE_MARGIN_MS);
    const rows = rowsOf<ClaimedDelivery>(
      await this.dataSource.query(
        `UPDATE outbound_delivery d SET next_attempt_at = $2
           FROM webhook_subscription s
          WHERE s.id = d.subscription_id
            AND d.id IN (
              SELECT d2.id FROM outbound_delivery d2
                JOIN webhook_subscription s2 ON s2.id = d2.subscription_id
               WHERE d2.status = 'PENDING' AND s2.enabled
                 AND (d2.next_attempt_at IS NULL OR d2.next_attempt_at <= $1)
                 AND ($4::text IS NULL OR d2.id = $4)
               ORDER BY d2.next_attempt_at NULLS FIRST, d2.created_at
               LIMIT $3
               FOR UPDATE OF d2 SKIP LOCKED)
        RETURNING d.id, d.workspace_id, d.subscription_id, d.payload, d.attempts, s.url, s.secret`,
        [now, leaseUntil, limit, deliveryId],
      ),
    );
    return rows.map((row) => ({ ...row, leaseUntil }));
  }

  private async attempt(
    delivery: ClaimedDelivery & { leaseUntil: Date },
    now: Date,
  ): Promise<AttemptOutcome> {
    const body = webhookBody(delivery.payload);
    const answer = await postWebhook({
      url: delivery.url,
      body,
      headers: webhookHeaders(delivery.secret, { id: delivery.id, timestamp: now, body }),
      timeoutMs: this.timeoutMs,
      allowPrivateNetworks: this.allowPrivateNetworks,
    });
    return this.record(delivery, now, answer);
  }

  /** The attempt, the delivery's next state and the subscription's health, in one transaction. */
  private async record(
    delivery: ClaimedDelivery & { leaseUntil: Date },
    now: Date,
    answer: WebhookAnswer,
  ): Promise<AttemptOutcome> {
    const attempts = delivery.attempts + 1;
    const retryInMs = answer.delivered ? null : nextRetryDelayMs(attempts, this.random);
    const outcome: AttemptOutcome = answer.delivered
      ? 'DELIVERED'
      : retryInMs === null
        ? 'FAILED'
        : 'RETRYING';
    const error = answer.error === null ? null : answer.error.slice(0, 1000);
    const disabled = await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO outbound_attempt
           (delivery_id, workspace_id, attempted_at, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [delivery.id, delivery.workspace_id, now, answer.statusCode, error, answer.durationMs],
      );
      // Only while the claim is still this one's (a lease that ran out was claimed again).
      const updated = rowsOf<{ id: string }>(
        await tx.query(
          `UPDATE outbound_delivery
              SET attempts = attempts + 1, last_status_code = $3, last_error = $4,
                  status = $5, next_attempt_at = $6, delivered_at = $7
            WHERE id = $1 AND status = 'PENDING' AND next_attempt_at = $2
          RETURNING id`,
          [
            delivery.id,
            delivery.leaseUntil,
            answer.statusCode,
            error,
            outcome === 'RETRYING' ? 'PENDING' : outcome,
            retryInMs === null ? null : new Date(now.getTime() + retryInMs),
            answer.delivered ? now : null,
          ],
        ),
      );
      if (updated.length === 0) return null;
      if (answer.delivered) {
        await tx.query(
          `UPDATE webhook_subscription SET consecutive_failures = 0, failing_since = NULL
            WHERE id = $1 AND (consecutive_failures <> 0 OR failing_since IS NOT NULL)`,
          [delivery.subscription_id],
        );
        return null;
      }
      return this.countFailure(tx, delivery.subscription_id, now, error);
    });
    if (disabled) WebhookEvents.forget(this.dataSource, disabled.workspaceId);
    if (retryInMs !== null) {
      const due = now.getTime() + retryInMs;
      this.soonestRetry = Math.min(this.soonestRetry ?? due, due);
    }
    return outcome;
  }

  /**
   * One more failure in a row; disables the subscription when it has failed without a break for
   * `disableAfterHours` and at least `disableAfterFailures` times, failing its pending deliveries.
   */
  private async countFailure(
    tx: EntityManager,
    subscriptionId: string,
    now: Date,
    lastError: string | null,
  ): Promise<{ workspaceId: string } | null> {
    const [health] = rowsOf<{
      consecutive_failures: number;
      failing_since: Date;
      enabled: boolean;
      workspace_id: string;
    }>(
      await tx.query(
        `UPDATE webhook_subscription
            SET consecutive_failures = consecutive_failures + 1,
                failing_since = COALESCE(failing_since, $2)
          WHERE id = $1
        RETURNING consecutive_failures, failing_since, enabled, workspace_id`,
        [subscriptionId, now],
      ),
    );
    if (!health?.enabled) return null;
    const failingForMs = now.getTime() - new Date(health.failing_since).getTime();
    if (health.consecutive_failures < this.disableAfterFailures) return null;
    if (failingForMs < this.disableAfterMs) return null;
    const reason = disabledReason(
      health.consecutive_failures,
      new Date(health.failing_since),
      now,
      lastError,
    );
    await tx.query(
      `UPDATE webhook_subscription SET enabled = false, disabled_reason = $2, updated_at = $3
        WHERE id = $1`,
      [subscriptionId, reason, now],
    );
    await failPendingDeliveries(tx, subscriptionId, 'Not sent: the subscription was disabled.');
    await this.audit.record(
      health.workspace_id,
      {
        actor: SYSTEM_WEBHOOKS_ACTOR,
        action: 'webhook_subscription.disable',
        targetType: 'webhook_subscription',
        targetId: subscriptionId,
        data: {
          reason,
          consecutiveFailures: health.consecutive_failures,
          failingSince: new Date(health.failing_since).toISOString(),
        },
      },
      tx,
    );
    this.logger.info(`Webhook subscription ${subscriptionId} disabled: ${reason}`);
    return { workspaceId: health.workspace_id };
  }
}

/**
 * The request body: the stored envelope written out in a fixed order (type, timestamp, data).
 * jsonb keeps no key order of its own, so the same delivery is the same bytes on every attempt.
 */
export function webhookBody(payload: Record<string, unknown>): string {
  return JSON.stringify({ type: payload.type, timestamp: payload.timestamp, data: payload.data });
}

/** Marks a subscription's PENDING deliveries FAILED (it was disabled), keeping their last error. */
export async function failPendingDeliveries(
  tx: EntityManager,
  subscriptionId: string,
  why: string,
): Promise<void> {
  await tx.query(
    `UPDATE outbound_delivery
        SET status = 'FAILED', next_attempt_at = NULL, last_error = COALESCE(last_error, $2)
      WHERE subscription_id = $1 AND status = 'PENDING'`,
    [subscriptionId, why],
  );
}

function disabledReason(
  failures: number,
  failingSince: Date,
  now: Date,
  lastError: string | null,
): string {
  const hours = (now.getTime() - failingSince.getTime()) / HOUR_MS;
  const span =
    hours >= 48 ? `${Math.floor(hours / 24)} days` : `${Math.max(1, Math.floor(hours))} hours`;
  return (
    `Disabled by the hub: every attempt failed for ${span} (${failures} in a row since ` +
    `${failingSince.toISOString()})${lastError ? `; the last: ${lastError.slice(0, 300)}` : ''}. ` +
    'Fix the receiver, then enable the subscription again.'
  );
}
