import {
  InboundDeliveryEntity,
  ScenarioEntity,
  WebhookEndpointEntity,
  AgentEntity,
} from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
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
import { endpointUrl } from './endpoint-url.js';

/** What the console shows of an endpoint: never its secret, only a hint of it. */
export interface WebhookEndpointView {
  id: string;
  name: string;
  scenarioKey: string;
  agentKey: string;
  /** Absolute: where the other system posts (see endpoint-url.ts). */
  url: string;
  enabled: boolean;
  /** "whsec_…last4" */
  secretHint: string;
  createdAt: Date;
  updatedAt: Date;
  lastDeliveryAt: Date | null;
}

/** An endpoint with its signing secret: the answer of create and rotate, the only two. */
export interface WebhookEndpointWithSecretView {
  endpoint: WebhookEndpointView;
  secret: string;
}

const NAME_MAX = 100;
const DELIVERIES_MAX = 100;

/**
 * The console's side of inbound webhook endpoints: list, create, rotate the secret, rename,
 * enable or disable, delete, and each endpoint's latest deliveries. Owners and admins change
 * them; every change is audited (never with the secret). Receiving requests is
 * InboundWebhookReceiver's job.
 */
export class WebhookEndpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    /** HUB_PUBLIC_URL: endpoint URLs start with it when set. */
    private readonly publicUrl: string | undefined,
  ) {}

  async list(ctx: RequestContext): Promise<WebhookEndpointView[]> {
    const rows = await this.rows(this.dataSource.manager, ctx.workspaceId);
    return rows.map((row) => this.view(ctx, row));
  }

  /** A new endpoint for one of the workspace's scenarios, with its secret (shown this once). */
  async create(
    ctx: RequestContext,
    input: { name: string; scenarioKey: string },
  ): Promise<WebhookEndpointWithSecretView> {
    requireWriter(ctx);
    const name = endpointName(input.name);
    const secret = newWebhookSecret();
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      const scenario = await tx.findOneBy(ScenarioEntity, {
        workspaceId: ctx.workspaceId,
        key: input.scenarioKey,
      });
      if (!scenario) {
        throw new DomainError(
          'SCENARIO_NOT_FOUND',
          `No scenario with key "${input.scenarioKey}".`,
          {
            scenarioKey: input.scenarioKey,
          },
        );
      }
      const saved = await tx.save(
        tx.create(WebhookEndpointEntity, {
          workspaceId: ctx.workspaceId,
          name,
          scenarioId: scenario.id,
          secret,
          enabled: true,
          createdAt: now,
          updatedAt: now,
          lastDeliveryAt: null,
        }),
      );
      await this.record(tx, ctx, 'webhook_endpoint.create', saved.id, {
        name,
        scenarioKey: scenario.key,
      });
      return saved.id;
    });
    return { endpoint: await this.get(ctx, id), secret };
  }

  /**
   * A new secret, returned this once; the old one stops verifying at once (an endpoint has one
   * secret: the sender switches when it is told the new one).
   */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointWithSecretView> {
    requireWriter(ctx);
    const secret = newWebhookSecret();
    await this.dataSource.transaction(async (tx) => {
      await this.owned(tx, ctx, id);
      await tx.update(WebhookEndpointEntity, { id }, { secret, updatedAt: this.clock.now() });
      await this.record(tx, ctx, 'webhook_endpoint.rotate_secret', id, {});
    });
    return { endpoint: await this.get(ctx, id), secret };
  }

  /** Renames, enables or disables (a disabled endpoint answers 404, like an unknown one). */
  async update(
    ctx: RequestContext,
    id: string,
    patch: { name?: string | null | undefined; enabled?: boolean | null | undefined },
  ): Promise<WebhookEndpointView> {
    requireWriter(ctx);
    const changes: Partial<Pick<WebhookEndpointEntity, 'name' | 'enabled'>> = {};
    if (patch.name !== undefined && patch.name !== null) changes.name = endpointName(patch.name);
    if (patch.enabled !== undefined && patch.enabled !== null) changes.enabled = patch.enabled;
    await this.dataSource.transaction(async (tx) => {
      await this.owned(tx, ctx, id);
      if (Object.keys(changes).length === 0) return;
      await tx.update(WebhookEndpointEntity, { id }, { ...changes, updatedAt: this.clock.now() });
      await this.record(tx, ctx, 'webhook_endpoint.update', id, { ...changes });
    });
    return this.get(ctx, id);
  }

  /** Deletes the endpoint and its delivery log; the runs it started stay. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireWriter(ctx);
    await this.dataSource.transaction(async (tx) => {
      const endpoint = await this.owned(tx, ctx, id);
      await tx.delete(WebhookEndpointEntity, { id });
      await this.record(tx, ctx, 'webhook_endpoint.delete', id, { name: endpoint.name });
    });
    return true;
  }

  /** The endpoint's latest deliveries, newest first (1..100). */
  async deliveries(
    ctx: RequestContext,
    endpointId: string,
    first: number,
  ): Promise<InboundDeliveryEntity[]> {
    if (!isId(endpointId)) return [];
    return this.dataSource.manager.find(InboundDeliveryEntity, {
      where: { workspaceId: ctx.workspaceId, endpointId },
      order: { receivedAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(1, Math.trunc(first)), DELIVERIES_MAX),
    });
  }

  private async get(ctx: RequestContext, id: string): Promise<WebhookEndpointView> {
    const [row] = await this.rows(this.dataSource.manager, ctx.workspaceId, id);
    if (!row) throw notFound(id);
    return this.view(ctx, row);
  }

  /** The workspace's endpoint, locked for the change; WEBHOOK_ENDPOINT_NOT_FOUND otherwise. */
  private async owned(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<WebhookEndpointEntity> {
    const endpoint = isId(id)
      ? await tx.findOne(WebhookEndpointEntity, {
          where: { id, workspaceId: ctx.workspaceId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!endpoint) throw notFound(id);
    return endpoint;
  }

  private rows(manager: EntityManager, workspaceId: string, id?: string): Promise<EndpointRow[]> {
    const query = manager
      .createQueryBuilder(WebhookEndpointEntity, 'e')
      .innerJoin(ScenarioEntity, 's', 's.id = e.scenario_id')
      .innerJoin(AgentEntity, 'a', 'a.id = s.agent_id')
      .select([
        'e.id AS id',
        'e.name AS name',
        'e.enabled AS enabled',
        'e.secret AS secret',
        'e.created_at AS created_at',
        'e.updated_at AS updated_at',
        'e.last_delivery_at AS last_delivery_at',
        's.key AS scenario_key',
        'a.key AS agent_key',
      ])
      .where('e.workspace_id = :workspaceId', { workspaceId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (id !== undefined) {
      if (!isId(id)) return Promise.resolve([]);
      query.andWhere('e.id = :id', { id });
    }
    return query.getRawMany<EndpointRow>();
  }

  private view(ctx: RequestContext, row: EndpointRow): WebhookEndpointView {
    return {
      id: row.id,
      name: row.name,
      scenarioKey: row.scenario_key,
      agentKey: row.agent_key,
      url: endpointUrl(row.id, { publicUrl: this.publicUrl, requestOrigin: ctx.origin }),
      enabled: row.enabled,
      secretHint: webhookSecretHint(row.secret),
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      lastDeliveryAt: row.last_delivery_at === null ? null : new Date(row.last_delivery_at),
    };
  }

  /** Audited with the change, never with the secret (every console user reads the audit log). */
  private record(
    tx: EntityManager,
    ctx: RequestContext,
    action: string,
    targetId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      ctx.workspaceId,
      { actor: ctx.actor, action, targetType: 'webhook_endpoint', targetId, data },
      tx,
    );
  }
}

interface EndpointRow {
  id: string;
  name: string;
  enabled: boolean;
  secret: string;
  created_at: Date | string;
  updated_at: Date | string;
  last_delivery_at: Date | string | null;
  scenario_key: string;
  agent_key: string;
}

/** Only owners and admins change endpoints (defence in depth behind the operation rules). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change webhook endpoints.`,
    );
  }
}

function endpointName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > NAME_MAX) {
    throw new DomainError('INVALID_INPUT', `name must be 1 to ${NAME_MAX} characters.`, {
      field: 'name',
    });
  }
  return name;
}

export function webhookEndpointNotFound(id: string): DomainError {
  return new DomainError(
    'WEBHOOK_ENDPOINT_NOT_FOUND',
    'No such webhook endpoint in this workspace.',
    {
      id,
    },
  );
}
const notFound = webhookEndpointNotFound;
