import { ScenarioEntity, type MissedTickPolicy } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import {
  canonicalTimeZone,
  describeCron,
  nextFireTime,
  nextFireTimes,
  parseCron,
} from '../../../engines/automation/cron.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import type { PlaybookBook } from '../../../runtime/playbook-book.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { workspaceTimeZone } from '../../tax/workspace-calendar.js';

/** A schedule as the console reads it: the row with its scenario, agent and zone resolved. */
export interface ScheduleView {
  id: string;
  scenarioKey: string;
  scenarioTitle: string;
  agentKey: string;
  cron: string;
  /** The zone its ticks are computed in: its own, else the workspace's. */
  timeZone: string;
  /** True when it has no zone of its own and follows the workspace's. */
  followsWorkspaceTimeZone: boolean;
  enabled: boolean;
  missedTickPolicy: MissedTickPolicy;
  input: Record<string, unknown> | null;
  /** The cron in words, e.g. "At 07:00, only on Monday". */
  description: string;
  nextTickAt: Date | null;
  lastTickAt: Date | null;
  lastRunId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleSave {
  scenarioKey: string;
  cron: string;
  /** Null, absent or empty: the workspace's zone (followed if it changes). */
  timeZone?: string | null;
  enabled?: boolean | null;
  missedTickPolicy?: MissedTickPolicy | null;
  /** Null or absent: derived from each tick (the playbook), else the scenario's sample input. */
  input?: Record<string, unknown> | null;
}

export interface SchedulePreview {
  description: string;
  timeZone: string;
  nextFireTimes: Date[];
}

/** At most this many fire times in one answer (a preview, a schedule's next ones). */
export const MAX_FIRE_TIMES = 50;
/** A schedule's own input is stored with it; a run's input has its own limits at launch. */
const MAX_INPUT_BYTES = 32 * 1024;

interface ScheduleRow {
  id: string;
  cron: string;
  time_zone: string | null;
  workspace_time_zone: string;
  enabled: boolean;
  missed_tick_policy: MissedTickPolicy;
  input: Record<string, unknown> | null;
  next_tick_at: Date | string | null;
  last_tick_at: Date | string | null;
  last_run_id: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  scenario_key: string;
  scenario_title: string;
  agent_key: string;
}

const SELECT_VIEW = `
  SELECT s.id, s.cron, s.time_zone, w.time_zone AS workspace_time_zone, s.enabled,
         s.missed_tick_policy, s.input, s.next_tick_at, s.last_tick_at, s.last_run_id,
         s.created_at, s.updated_at, sc.key AS scenario_key, sc.title AS scenario_title,
         a.key AS agent_key
    FROM schedule s
    JOIN workspace w ON w.id = s.workspace_id
    JOIN scenario sc ON sc.id = s.scenario_id
    JOIN agent a ON a.id = sc.agent_id`;

/**
 * Schedules in the console: listed, previewed, saved (one per scenario: saving upserts by
 * scenario key) and deleted. Every save computes the tick the schedule waits for from the clock,
 * so an edit never leaves a stale or missed tick behind, and wakes the runner (`onChange`) so a
 * new first tick is not slept through.
 */
export class ScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly playbooks: PlaybookBook,
    /** Called after every save and delete (the runner's wake-up). */
    private readonly onChange: () => void = () => undefined,
  ) {}

  async list(ctx: RequestContext): Promise<ScheduleView[]> {
    const rows = (await this.dataSource.query(
      `${SELECT_VIEW} WHERE s.workspace_id = $1 ORDER BY a.key, sc.position, sc.key`,
      [ctx.workspaceId],
    )) as ScheduleRow[];
    return rows.map(toView);
  }

  /** One schedule of the caller's workspace; SCHEDULE_NOT_FOUND otherwise. */
  async get(ctx: RequestContext, id: string): Promise<ScheduleView> {
    const rows = isId(id)
      ? ((await this.dataSource.query(`${SELECT_VIEW} WHERE s.id = $1 AND s.workspace_id = $2`, [
          id,
          ctx.workspaceId,
        ])) as ScheduleRow[])
      : [];
    const row = rows[0];
    if (!row) throw scheduleNotFound(id);
    return toView(row);
  }

  /** The cron in words and its next fire times from now, in `timeZone` or the workspace's. */
  async preview(
    ctx: RequestContext,
    cron: string,
    timeZone: string | null | undefined,
    count: number,
  ): Promise<SchedulePreview> {
    const parsed = checkCron(cron);
    const zone =
      checkTimeZone(timeZone) ?? (await workspaceTimeZone(this.dataSource, ctx.workspaceId));
    return {
      description: describeCron(parsed),
      timeZone: zone,
      nextFireTimes: nextFireTimes(parsed, zone, this.clock.now(), checkCount(count)),
    };
  }

  /** The schedule's next fire times from now; none while it is disabled. */
  nextFireTimes(schedule: ScheduleView, count: number): Date[] {
    if (!schedule.enabled) return [];
    return nextFireTimes(schedule.cron, schedule.timeZone, this.clock.now(), checkCount(count));
  }

  /** Creates or replaces the scenario's schedule. Owners and admins only; audited. */
  async save(ctx: RequestContext, request: ScheduleSave): Promise<ScheduleView> {
    requireWriter(ctx);
    const cron = checkCron(request.cron);
    const ownZone = checkTimeZone(request.timeZone);
    const scenario = await this.dataSource.manager.findOneBy(ScenarioEntity, {
      workspaceId: ctx.workspaceId,
      key: request.scenarioKey,
    });
    if (!scenario) {
      throw new DomainError(
        'SCENARIO_NOT_FOUND',
        `No scenario with key "${request.scenarioKey}".`,
        {
          scenarioKey: request.scenarioKey,
        },
      );
    }
    const input = request.input ? this.checkInput(scenario.key, request.input) : null;
    const enabled = request.enabled ?? true;
    const missedTickPolicy = request.missedTickPolicy ?? 'RUN_ONCE';
    const zone = ownZone ?? (await workspaceTimeZone(this.dataSource, ctx.workspaceId));
    // From now: ticks before the save belong to the schedule as it was, not to this one.
    const nextTickAt = enabled ? nextFireTime(cron, zone, this.clock.now()) : null;
    const id = await this.dataSource.transaction(async (tx) => {
      const [saved] = (await tx.query(
        `INSERT INTO schedule
           (workspace_id, scenario_id, cron, time_zone, enabled, missed_tick_policy, input, next_tick_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
         ON CONFLICT ON CONSTRAINT uq_schedule_workspace_scenario DO UPDATE SET
           cron = EXCLUDED.cron, time_zone = EXCLUDED.time_zone, enabled = EXCLUDED.enabled,
           missed_tick_policy = EXCLUDED.missed_tick_policy, input = EXCLUDED.input,
           next_tick_at = EXCLUDED.next_tick_at, updated_at = now()
         RETURNING id, (xmax = 0) AS inserted`,
        [
          ctx.workspaceId,
          scenario.id,
          cron,
          ownZone,
          enabled,
          missedTickPolicy,
          input === null ? null : JSON.stringify(input),
          nextTickAt,
        ],
      )) as Array<{ id: string; inserted: boolean }>;
      if (!saved) throw new Error('schedule upsert returned no row');
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: saved.inserted ? 'schedule.create' : 'schedule.update',
          targetType: 'schedule',
          targetId: saved.id,
          data: {
            scenarioKey: scenario.key,
            cron,
            timeZone: ownZone,
            enabled,
            missedTickPolicy,
            hasInput: input !== null,
            nextTickAt: nextTickAt?.toISOString() ?? null,
          },
        },
        tx,
      );
      return saved.id;
    });
    this.onChange();
    return this.get(ctx, id);
  }

  /** Deletes a schedule of the caller's workspace (its runs stay). Owners and admins; audited. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireWriter(ctx);
    if (!isId(id)) throw scheduleNotFound(id);
    await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `DELETE FROM schedule s USING scenario sc
          WHERE s.id = $1 AND s.workspace_id = $2 AND sc.id = s.scenario_id
          RETURNING sc.key AS scenario_key, s.cron`,
        [id, ctx.workspaceId],
      )) as [Array<{ scenario_key: string; cron: string }>, number];
      const deleted = rows[0];
      if (!deleted) throw scheduleNotFound(id);
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'schedule.delete',
          targetType: 'schedule',
          targetId: id,
          data: { scenarioKey: deleted.scenario_key, cron: deleted.cron },
        },
        tx,
      );
    });
    this.onChange();
    return true;
  }

  /** The schedule's own input, checked now by the scenario's schema rather than at every tick. */
  private checkInput(scenarioKey: string, input: Record<string, unknown>): Record<string, unknown> {
    if (JSON.stringify(input).length > MAX_INPUT_BYTES) {
      throw new DomainError('INVALID_INPUT', `input is larger than ${MAX_INPUT_BYTES} bytes.`, {
        field: 'input',
      });
    }
    let schema;
    try {
      schema = this.playbooks.forScenario(scenarioKey).input;
    } catch {
      return input; // a scenario without a playbook: the launcher has nothing to check it by
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`,
      );
      throw new DomainError(
        'INVALID_INPUT',
        `Invalid input for "${scenarioKey}": ${problems.join('; ')}`,
        { field: 'input', problems },
      );
    }
    return input;
  }
}

function toView(row: ScheduleRow): ScheduleView {
  return {
    id: row.id,
    scenarioKey: row.scenario_key,
    scenarioTitle: row.scenario_title,
    agentKey: row.agent_key,
    cron: row.cron,
    timeZone: row.time_zone ?? row.workspace_time_zone,
    followsWorkspaceTimeZone: row.time_zone === null,
    enabled: row.enabled,
    missedTickPolicy: row.missed_tick_policy,
    input: row.input,
    description: describeCron(row.cron),
    nextTickAt: dateOrNull(row.next_tick_at),
    lastTickAt: dateOrNull(row.last_tick_at),
    lastRunId: row.last_run_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function dateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

function checkCron(cron: string): string {
  const parsed = parseCron(cron);
  if (!parsed.ok) throw new DomainError(parsed.errorCode, parsed.message, { cron });
  return parsed.cron;
}

/** The zone's canonical name; null for none given (the workspace's); TIME_ZONE_UNKNOWN else. */
function checkTimeZone(timeZone: string | null | undefined): string | null {
  if (timeZone === null || timeZone === undefined || timeZone.trim() === '') return null;
  const zone = canonicalTimeZone(timeZone);
  if (!zone) {
    throw new DomainError('TIME_ZONE_UNKNOWN', `"${timeZone}" is not an IANA time zone.`, {
      timeZone,
    });
  }
  return zone;
}

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_FIRE_TIMES) {
    throw new DomainError('INVALID_INPUT', `count must be from 1 to ${MAX_FIRE_TIMES}.`, {
      field: 'count',
    });
  }
  return count;
}

function scheduleNotFound(id: string): DomainError {
  return new DomainError('SCHEDULE_NOT_FOUND', `No schedule with id "${id}".`, { id });
}

/** Only owners and admins change schedules (defence in depth behind the operation rules). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(`Your role (${String(ctx.role).toLowerCase()}) cannot change schedules.`);
  }
}
