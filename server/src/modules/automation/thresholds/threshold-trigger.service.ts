import {
  ScenarioEntity,
  ThresholdCrossingEntity,
  ThresholdTriggerEntity,
  type ThresholdTriggerCondition,
} from '@zactonics/db';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import {
  THRESHOLD_CONDITIONS,
  describeThreshold,
  parseThresholdRule,
  type ThresholdCondition,
  type ThresholdRule,
} from '../../../engines/automation/thresholds.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import type { ThresholdMonitor } from './threshold-monitor.service.js';

// The engine's conditions and the database's are one list.
const SAME_CONDITIONS: [ThresholdCondition, ThresholdTriggerCondition] extends [
  ThresholdTriggerCondition,
  ThresholdCondition,
]
  ? true
  : never = true;
void SAME_CONDITIONS;

/** A trigger as the console shows it. */
export interface ThresholdTriggerView {
  id: string;
  condition: ThresholdCondition;
  params: Record<string, unknown>;
  description: string;
  scenarioKey: string;
  agentKey: string;
  enabled: boolean;
  armedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SaveThresholdTriggerCommand {
  /** Absent: a new trigger. */
  id?: string | null | undefined;
  condition: ThresholdCondition;
  /** Validated per condition; absent keys take their defaults. */
  params?: Record<string, unknown> | null | undefined;
  scenarioKey: string;
  enabled?: boolean | null | undefined;
}

/**
 * Threshold triggers as the owner manages them: listed, saved (created or changed, parameters
 * validated per condition) and deleted, each write audited. Saving a trigger that must be armed
 * (new, enabled again, condition or parameters changed) arms it at once: what is already over
 * its line is recorded as its baseline, without runs, and shown with it.
 */
export class ThresholdTriggerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly monitor: ThresholdMonitor,
  ) {}

  /** The workspace's triggers, oldest first. */
  async list(ctx: RequestContext): Promise<ThresholdTriggerView[]> {
    return this.views(ctx.workspaceId, null);
  }

  /** A trigger's crossings, newest first (`first` at most 100). */
  async crossings(
    ctx: RequestContext,
    triggerId: string,
    first: number,
  ): Promise<ThresholdCrossingEntity[]> {
    if (!isId(triggerId)) return [];
    return this.dataSource.manager.find(ThresholdCrossingEntity, {
      where: { workspaceId: ctx.workspaceId, triggerId },
      order: { crossedAt: 'DESC', subject: 'ASC' },
      take: Math.min(Math.max(first, 0), 100),
    });
  }

  async save(
    ctx: RequestContext,
    command: SaveThresholdTriggerCommand,
  ): Promise<ThresholdTriggerView> {
    requireWriter(ctx);
    const rule = validRule(command.condition, command.params);
    const scenario = await this.dataSource.manager.findOneBy(ScenarioEntity, {
      workspaceId: ctx.workspaceId,
      key: command.scenarioKey,
    });
    if (!scenario) {
      throw new DomainError(
        'SCENARIO_NOT_FOUND',
        `No scenario with key "${command.scenarioKey}".`,
        {
          scenarioKey: command.scenarioKey,
        },
      );
    }
    const enabled = command.enabled ?? true;
    const id = await this.dataSource.transaction((tx) =>
      command.id
        ? this.updateWithin(tx, ctx, command.id, rule, scenario, enabled)
        : this.createWithin(tx, ctx, rule, scenario, enabled),
    );
    const [saved] = await this.views(ctx.workspaceId, id);
    if (saved?.enabled && saved.armedAt === null) {
      // Armed now so the answer shows the baseline. Arming starts no run; should it fail, the
      // trigger stays unarmed and the monitor's next evaluation arms it.
      await this.monitor.evaluateOne(ctx.workspaceId, id).catch(() => null);
      const [armed] = await this.views(ctx.workspaceId, id);
      if (armed) return armed;
    }
    if (!saved) throw notFound(id);
    return saved;
  }

  /** Deletes a trigger and its crossings (their runs stay). */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireWriter(ctx);
    await this.dataSource.transaction(async (tx) => {
      const trigger = await this.lockWithin(tx, ctx.workspaceId, id);
      await tx.delete(ThresholdTriggerEntity, { id: trigger.id });
      await this.record(tx, ctx, 'threshold_trigger.delete', trigger.id, {
        condition: trigger.condition,
        params: trigger.params,
      });
    });
    return true;
  }

  private async createWithin(
    tx: EntityManager,
    ctx: RequestContext,
    rule: ThresholdRule,
    scenario: ScenarioEntity,
    enabled: boolean,
  ): Promise<string> {
    const now = this.clock.now();
    const trigger = await tx.save(
      tx.create(ThresholdTriggerEntity, {
        workspaceId: ctx.workspaceId,
        condition: rule.condition,
        params: rule.params,
        scenarioId: scenario.id,
        enabled,
        armedAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.record(tx, ctx, 'threshold_trigger.create', trigger.id, {
      condition: rule.condition,
      params: rule.params,
      scenarioKey: scenario.key,
      enabled,
    });
    return trigger.id;
  }

  private async updateWithin(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
    rule: ThresholdRule,
    scenario: ScenarioEntity,
    enabled: boolean,
  ): Promise<string> {
    const trigger = await this.lockWithin(tx, ctx.workspaceId, id);
    const now = this.clock.now();
    const conditionChanged = trigger.condition !== rule.condition;
    const lineMoved = conditionChanged || !isDeepStrictEqual(trigger.params, rule.params);
    // What was over the old line, or while nobody watched, is the new baseline, not news.
    const rearm = enabled && (lineMoved || !trigger.enabled);
    if (conditionChanged) {
      // Another condition's subjects mean nothing to this one: their crossings end here.
      await tx.query(
        'UPDATE threshold_crossing SET cleared_at = $2 WHERE trigger_id = $1 AND cleared_at IS NULL',
        [trigger.id, now],
      );
    }
    await tx.update(
      ThresholdTriggerEntity,
      { id: trigger.id },
      {
        condition: rule.condition,
        params: rule.params,
        scenarioId: scenario.id,
        enabled,
        armedAt: rearm ? null : trigger.armedAt,
        updatedAt: now,
      },
    );
    await this.record(tx, ctx, 'threshold_trigger.update', trigger.id, {
      condition: rule.condition,
      params: rule.params,
      scenarioKey: scenario.key,
      enabled,
      rearmed: rearm,
    });
    return trigger.id;
  }

  private async lockWithin(
    tx: EntityManager,
    workspaceId: string,
    id: string,
  ): Promise<ThresholdTriggerEntity> {
    const trigger = isId(id)
      ? await tx.findOne(ThresholdTriggerEntity, {
          where: { workspaceId, id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!trigger) throw notFound(id);
    return trigger;
  }

  private async views(workspaceId: string, id: string | null): Promise<ThresholdTriggerView[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.condition, t.params, t.enabled, t.armed_at, t.created_at, t.updated_at,
              s.key AS scenario_key, a.key AS agent_key
         FROM threshold_trigger t
         JOIN scenario s ON s.id = t.scenario_id
         JOIN agent a ON a.id = s.agent_id
        WHERE t.workspace_id = $1 AND ($2::uuid IS NULL OR t.id = $2::uuid)
        ORDER BY t.created_at, t.id`,
      [workspaceId, id],
    )) as Array<{
      id: string;
      condition: ThresholdCondition;
      params: Record<string, unknown>;
      enabled: boolean;
      armed_at: Date | null;
      created_at: Date;
      updated_at: Date;
      scenario_key: string;
      agent_key: string;
    }>;
    return rows.map((row) => {
      const parsed = parseThresholdRule(row.condition, row.params);
      return {
        id: row.id,
        condition: row.condition,
        params: row.params,
        description: parsed.ok ? describeThreshold(parsed.rule) : row.condition,
        scenarioKey: row.scenario_key,
        agentKey: row.agent_key,
        enabled: row.enabled,
        armedAt: row.armed_at ? new Date(row.armed_at) : null,
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
      };
    });
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
      { actor: ctx.actor, action, targetType: 'threshold_trigger', targetId, data },
      tx,
    );
  }
}

/** The condition's parameters parsed with their defaults; INVALID_INPUT lists every problem. */
function validRule(
  condition: ThresholdCondition,
  params: Record<string, unknown> | null | undefined,
): ThresholdRule {
  if (!THRESHOLD_CONDITIONS.includes(condition)) {
    throw new DomainError('INVALID_INPUT', `Unknown threshold condition "${String(condition)}".`, {
      field: 'condition',
    });
  }
  const parsed = parseThresholdRule(condition, params ?? {});
  if (!parsed.ok) {
    throw new DomainError(
      'INVALID_INPUT',
      `Invalid parameters for ${condition}: ${parsed.problems.join('; ')}`,
      { field: 'params', problems: parsed.problems },
    );
  }
  return parsed.rule;
}

/** Only owners and admins change triggers (defence in depth behind the operation rules). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change threshold triggers.`,
    );
  }
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No threshold trigger with id "${id}".`, { id });
}
