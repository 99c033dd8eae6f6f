import { randomUUID } from 'node:crypto';
import {
  AgentEntity,
  InboundDeliveryEntity,
  ScenarioEntity,
  WebhookEndpointEntity,
} from '@zactonics/db';
import type { ErrorCode } from '@zactonics/schema';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import {
  verifyWebhook,
  type WebhookSignatureHeaders,
} from '../../../engines/automation/standard-webhooks.js';
import { DomainError } from '../../../errors.js';
import { consumeOrWait, type LimiterStore } from '../../../rate-limits/index.js';
import type { Clock } from '../../../runtime/clock.js';
import type { RunLauncher } from '../../../runtime/run-launcher.js';
import { isId } from '../../ids.js';
import { unwrapWebhookPayload } from './webhook-payload.js';

/** What the route answers: 202 with the delivery and its run, or a refusal in the JSON error shape. */
export type InboundAnswer =
  | { status: 202; body: { deliveryId: string; runId: string } }
  | {
      status: 400 | 401 | 404 | 409 | 413 | 429;
      errorCode: ErrorCode;
      message: string;
      details?: Record<string, unknown>;
      /** For 429: the Retry-After header. */
      retryAfterSeconds?: number;
    };

type Refusal = Exclude<InboundAnswer, { status: 202 }>;

export interface InboundRequest {
  endpointId: string;
  headers: WebhookSignatureHeaders;
  /** The raw body; null when it was larger than the limit (and not read past it). */
  body: Buffer | null;
}

export interface InboundWebhookReceiverOptions {
  dataSource: DataSource;
  launcher: RunLauncher;
  clock: Clock;
  /** How far webhook-timestamp may be from the clock, either way (HUB_WEBHOOK_TOLERANCE_SECONDS). */
  toleranceSeconds: number;
  /** The largest body read, in bytes (64 KiB). */
  maxBodyBytes?: number;
  /**
   * Requests per minute per endpoint (default 60) and the most at once (default 30): `burst`
   * requests per fixed window of `burst` / `requestsPerMinute` minutes (30 per 30 s).
   */
  requestsPerMinute?: number;
  burst?: number;
  /** Where the counts live: this process, or Redis for every process. */
  rateLimits: LimiterStore;
  /** Rejected deliveries kept per endpoint, newest first (default 500). */
  rejectedKept?: number;
}

export const INBOUND_WEBHOOK_MAX_BODY_BYTES = 64 * 1024;
/** The hub's launch idempotency key holds 200 characters; "webhook:<uuid>:" takes 45 of them. */
const MESSAGE_ID_MAX = 150;
/** What a stored rejection keeps of what the sender wrote (the table's CHECKs). */
const STORED_TEXT_MAX = 200;
const STORED_ERROR_MAX = 2000;

/** An endpoint as a delivery needs it: its secret, its scenario and agent. */
interface ReceivingEndpoint {
  id: string;
  workspaceId: string;
  enabled: boolean;
  secret: string;
  scenarioKey: string;
  agentKey: string;
}

/**
 * Receives POST /hooks/<endpoint id>: checks the endpoint, the body's size, the Standard Webhooks
 * signature and timestamp, the JSON and the scenario's input, refuses replays, and starts the
 * endpoint's scenario through the one launcher. An accepted delivery's row is written in the
 * run's own transaction (the run, its TRIGGER step, its audit entry and the delivery commit
 * together or not at all); a webhook-id is accepted once per endpoint (the launch idempotency key
 * and a partial unique index both say so). Every refusal once the endpoint is known is logged as
 * a REJECTED delivery, keeping the latest `rejectedKept` per endpoint.
 */
export class InboundWebhookReceiver {
  readonly maxBodyBytes: number;
  private readonly limiter: RateLimiterAbstract;
  private readonly rejectedKept: number;

  constructor(private readonly options: InboundWebhookReceiverOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? INBOUND_WEBHOOK_MAX_BODY_BYTES;
    const perMinute = options.requestsPerMinute ?? 60;
    const burst = options.burst ?? 30;
    this.limiter = options.rateLimits.limiter({
      name: 'inbound-webhooks',
      points: burst,
      windowSeconds: Math.max(1, Math.round((burst * 60) / perMinute)),
      // An id never seen is counted too: in memory, bounded, least recently used dropped first.
      maxKeysInMemory: 10_000,
    });
    this.rejectedKept = options.rejectedKept ?? 500;
  }

  /**
   * Before the body is read: a malformed id is unknown (404), and each endpoint id has its
   * rate (429). Rate-limited requests are not logged: writing a row for each would turn the
   * flood the limit holds back into database writes. Null: go on.
   */
  async admit(endpointId: string): Promise<Refusal | null> {
    if (!isId(endpointId)) return endpointNotFound();
    const seconds = await consumeOrWait(this.limiter, endpointId.toLowerCase());
    if (seconds === null) return null;
    return {
      status: 429,
      errorCode: 'RATE_LIMITED',
      message: `Too many requests on this endpoint; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
      details: { retryAfterSeconds: seconds },
      retryAfterSeconds: seconds,
    };
  }

  async receive(request: InboundRequest): Promise<InboundAnswer> {
    if (!isId(request.endpointId)) return endpointNotFound();
    const endpoint = await this.endpoint(request.endpointId);
    // Unknown and disabled look the same to the sender; only a known one is logged.
    if (!endpoint) return endpointNotFound();
    const messageId = request.headers.id?.trim() || null;
    const refuse = (refusal: Refusal, eventType: string | null = null) =>
      this.reject(endpoint, messageId, eventType, refusal);
    if (!endpoint.enabled) return refuse(endpointNotFound());

    if (request.body === null) {
      return refuse({
        status: 413,
        errorCode: 'REQUEST_TOO_LARGE',
        message: `The payload is larger than ${this.maxBodyBytes / 1024} KiB.`,
      });
    }
    const verification = verifyWebhook(
      endpoint.secret,
      request.headers,
      request.body,
      this.options.clock.now(),
      this.options.toleranceSeconds,
    );
    if (!verification.ok) return refuse(signatureRefusal(verification.reason));
    // Verified, so the headers are there.
    const id = messageId as string;
    if (id.length > MESSAGE_ID_MAX) {
      return refuse(invalidInput([`webhook-id: at most ${MESSAGE_ID_MAX} characters`]));
    }

    const payload = unwrapWebhookPayload(request.body);
    if (!payload.ok) {
      return refuse(
        payload.reason === 'INVALID_JSON'
          ? {
              status: 400,
              errorCode: 'INVALID_JSON',
              message: `The payload is not valid JSON: ${payload.problem}`,
              details: { problems: [payload.problem] },
            }
          : invalidInput([payload.problem]),
      );
    }
    const { input, eventType } = payload;

    const earlier = await this.acceptedRunOf(endpoint.id, id);
    if (earlier !== undefined) return refuse(replayed(earlier), eventType);

    return this.launch(endpoint, id, eventType, input);
  }

  /** Starts the run; its delivery row is written in the run's transaction. */
  private async launch(
    endpoint: ReceivingEndpoint,
    messageId: string,
    eventType: string | null,
    input: Record<string, unknown>,
  ): Promise<InboundAnswer> {
    const deliveryId = randomUUID();
    const receivedAt = this.options.clock.now();
    let run;
    try {
      run = await this.options.launcher.launch({
        workspaceId: endpoint.workspaceId,
        actor: `webhook:${endpoint.id}`,
        agent: { key: endpoint.agentKey },
        scenarioKey: endpoint.scenarioKey,
        input,
        trigger: { kind: 'WEBHOOK', endpointId: endpoint.id, deliveryId, eventType },
        idempotencyKey: `webhook:${endpoint.id}:${messageId}`,
        join: {
          afterCreate: async (tx, created) => {
            await tx.insert(InboundDeliveryEntity, {
              id: deliveryId,
              endpointId: endpoint.id,
              workspaceId: endpoint.workspaceId,
              messageId,
              eventType,
              status: 'ACCEPTED',
              errorCode: null,
              error: null,
              runId: created.id,
              receivedAt,
            });
            await tx.update(
              WebhookEndpointEntity,
              { id: endpoint.id },
              { lastDeliveryAt: receivedAt },
            );
            return null;
          },
        },
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.reject(endpoint, messageId, eventType, launchRefusal(error));
    }
    // The launch handed back an earlier run: the same webhook-id won a race a moment ago.
    if (run.triggerDetail.deliveryId !== deliveryId) {
      return this.reject(endpoint, messageId, eventType, replayed(run.id));
    }
    return { status: 202, body: { deliveryId, runId: run.id } };
  }

  /** Logs the refusal as a REJECTED delivery (pruned to the latest few) and returns it. */
  private async reject(
    endpoint: ReceivingEndpoint,
    messageId: string | null,
    eventType: string | null,
    refusal: Refusal,
  ): Promise<Refusal> {
    await this.options.dataSource.transaction(async (tx) => {
      await tx.insert(InboundDeliveryEntity, {
        endpointId: endpoint.id,
        workspaceId: endpoint.workspaceId,
        messageId: messageId === null ? null : messageId.slice(0, STORED_TEXT_MAX),
        eventType: eventType === null ? null : eventType.slice(0, STORED_TEXT_MAX),
        status: 'REJECTED',
        errorCode: refusal.errorCode,
        error: refusal.message.slice(0, STORED_ERROR_MAX),
        runId: null,
        receivedAt: this.options.clock.now(),
      });
      await this.prune(tx, endpoint.id);
    });
    return refusal;
  }

  /** Keeps the latest `rejectedKept` rejected deliveries of the endpoint; accepted ones all stay. */
  private async prune(tx: EntityManager, endpointId: string): Promise<void> {
    await tx.query(
      `DELETE FROM inbound_delivery WHERE id IN (
         SELECT id FROM inbound_delivery
          WHERE endpoint_id = $1 AND status = 'REJECTED'
          ORDER BY received_at DESC, id DESC
         OFFSET $2)`,
      [endpointId, this.rejectedKept],
    );
  }

  /** The run of the ACCEPTED delivery with this webhook-id (null when its run is gone), if any. */
  private async acceptedRunOf(endpointId: string, messageId: string) {
    const accepted = await this.options.dataSource.manager.findOne(InboundDeliveryEntity, {
      where: { endpointId, messageId, status: 'ACCEPTED' },
      select: { id: true, runId: true },
    });
    return accepted ? accepted.runId : undefined;
  }

  private async endpoint(id: string): Promise<ReceivingEndpoint | null> {
    const row = await this.options.dataSource.manager
      .createQueryBuilder(WebhookEndpointEntity, 'e')
      .innerJoin(ScenarioEntity, 's', 's.id = e.scenario_id')
      .innerJoin(AgentEntity, 'a', 'a.id = s.agent_id')
      .select([
        'e.id AS id',
        'e.workspace_id AS workspace_id',
        'e.enabled AS enabled',
        'e.secret AS secret',
        's.key AS scenario_key',
        'a.key AS agent_key',
      ])
      .where('e.id = :id', { id })
      .getRawOne<{
        id: string;
        workspace_id: string;
        enabled: boolean;
        secret: string;
        scenario_key: string;
        agent_key: string;
      }>();
    if (!row) return null;
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      enabled: row.enabled,
      secret: row.secret,
      scenarioKey: row.scenario_key,
      agentKey: row.agent_key,
    };
  }
}

/** Unknown, malformed and disabled endpoints all answer this: the sender learns nothing more. */
function endpointNotFound(): Refusal {
  return {
    status: 404,
    errorCode: 'WEBHOOK_ENDPOINT_NOT_FOUND',
    message: 'No such webhook endpoint.',
  };
}

function signatureRefusal(reason: 'MISSING_HEADERS' | 'EXPIRED' | 'BAD_SIGNATURE'): Refusal {
  switch (reason) {
    case 'EXPIRED':
      return {
        status: 401,
        errorCode: 'WEBHOOK_TIMESTAMP_EXPIRED',
        message: "The webhook-timestamp is too far from the hub's clock.",
      };
    case 'MISSING_HEADERS':
      return {
        status: 401,
        errorCode: 'WEBHOOK_SIGNATURE_INVALID',
        message:
          'The webhook-id, webhook-timestamp (whole seconds) and webhook-signature headers are required.',
      };
    case 'BAD_SIGNATURE':
      return {
        status: 401,
        errorCode: 'WEBHOOK_SIGNATURE_INVALID',
        message: "No v1 signature in webhook-signature matches the endpoint's secret.",
      };
  }
}

function invalidInput(problems: string[]): Refusal {
  return {
    status: 400,
    errorCode: 'INVALID_INPUT',
    message: `Invalid payload: ${problems.join('; ')}`,
    details: { problems },
  };
}

function replayed(runId: string | null): Refusal {
  return {
    status: 409,
    errorCode: 'WEBHOOK_REPLAYED',
    message: 'This webhook-id was accepted before; nothing new was started.',
    details: runId ? { runId } : {},
  };
}

/** The launcher's refusals, as the sender reads them. */
function launchRefusal(error: DomainError): Refusal {
  switch (error.errorCode) {
    case 'INVALID_INPUT': {
      const problems = Array.isArray(error.details.problems)
        ? error.details.problems.map(String)
        : [error.message];
      return invalidInput(problems);
    }
    // Another caller took this webhook's idempotency key first (an API run given it by hand).
    case 'IDEMPOTENCY_KEY_REUSED':
      return replayed(null);
    default:
      // AGENT_DISABLED and the like: the hub's state refuses it now; the sender may retry later.
      return { status: 409, errorCode: error.errorCode, message: error.message };
  }
}
