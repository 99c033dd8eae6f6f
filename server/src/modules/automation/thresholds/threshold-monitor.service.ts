import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import {
  baselineDetail,
  crossingDiff,
  describeThreshold,
  parseThresholdRule,
  thresholdRunInput,
  type OverLine,
  type ThresholdCondition,
  type ThresholdRule,
} from '../../../engines/automation/thresholds.js';
import { DomainError } from '../../../errors.js';
import type { DataChanges, DataTopic } from '../../../events/data-changes.js';
import { silentLogger, type Logger } from '../../../logger.js';
import type { Clock } from '../../../runtime/clock.js';
import type { PlaybookBook } from '../../../runtime/playbook-book.js';
import type { RunLauncher } from '../../../runtime/run-launcher.js';
import { ThresholdReadings, type ThresholdReadingSources } from './threshold-readings.js';

/** The data each condition is measured on: a change to it re-evaluates the condition. */
export const CONDITION_TOPICS: Readonly<Record<ThresholdCondition, readonly DataTopic[]>> = {
  INVOICE_OVERDUE: ['invoices'],
  NEXUS_EXPOSURE: ['sales'],
  CASH_BELOW_FLOOR: ['ledger'],
  NEGATIVE_SENTIMENT_SPIKE: ['messages'],
};

/** Who starts a crossing's run, in the TRIGGER step and the audit log. */
export const THRESHOLD_ACTOR = 'system:threshold-monitor';

/** Every 15 minutes: conditions that become true (or stop being true) as time passes. */
export const SWEEP_EVERY_MS = 15 * 60_000;

/**
 * A crossing whose run had not started this long after it opened was left by a process that
 * stopped between the two: the next evaluation starts it (its idempotency key keeps it one run).
 * Younger ones belong to the evaluation that opened them.
 */
const ORPHAN_AFTER_MS = 60_000;

/** What one trigger's evaluation changed. */
export interface ThresholdEvaluation {
  triggerId: string;
  condition: ThresholdCondition;
  /** True when this evaluation armed the trigger: what it opened is its baseline, no runs. */
  armed: boolean;
  opened: string[];
  cleared: string[];
  /** Runs started by this evaluation (one per crossing opened, or left without its run). */
  runIds: string[];
}

interface TriggerRow {
  id: string;
  workspaceId: string;
  condition: ThresholdCondition;
  params: Record<string, unknown>;
  scenarioKey: string;
  agentKey: string;
}

interface OpenedCrossing {
  id: string;
  subject: string;
  detail: string;
}

export interface ThresholdMonitorDeps {
  dataSource: DataSource;
  clock: Clock;
  launcher: RunLauncher;
  /** A scenario's dated input for a day (scheduledInput), for scenarios the engine leaves. */
  playbooks: PlaybookBook;
  dataChanges: DataChanges;
  sources: Omit<ThresholdReadingSources, 'dataSource'>;
}

/**
 * Watches threshold triggers. `evaluate` measures the triggers that watch the given topics and
 * records, per subject, when it crosses its line and when it comes back (hysteresis: one open
 * crossing per trigger and subject, a partial unique index). The evaluation that inserts a
 * crossing, and only that one, starts its run, with the idempotency key `threshold:<crossing>`;
 * so evaluating ten times, in one process or several, starts at most one run per crossing.
 *
 * A trigger not yet armed (created, enabled again, its condition changed, or seeded) is armed by
 * its first evaluation: what is over the line then is recorded as its baseline, without runs,
 * so arming never floods the shop with runs for what was already true.
 *
 * Started (HUB_AUTOMATION on), it evaluates on data changes (DataChanges, coalesced) and sweeps
 * every trigger at start and every 15 minutes: an invoice becomes overdue, a nexus window rolls
 * and a burst of messages ages out with time alone, without any write.
 */
export class ThresholdMonitor {
  private readonly inFlight = new Set<Promise<unknown>>();
  private unsubscribe: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private logger: Logger = silentLogger;

  constructor(private readonly deps: ThresholdMonitorDeps) {}

  /** Evaluates the workspace's enabled triggers that watch any of `topics` (all without). */
  async evaluate(
    workspaceId: string,
    topics?: readonly DataTopic[],
  ): Promise<ThresholdEvaluation[]> {
    const triggers = (await this.triggers(workspaceId, null)).filter(
      (t) => !topics || CONDITION_TOPICS[t.condition].some((topic) => topics.includes(topic)),
    );
    const readings = this.readings(workspaceId);
    const results: ThresholdEvaluation[] = [];
    for (const trigger of triggers) results.push(await this.evaluateTrigger(trigger, readings));
    return results;
  }

  /** Evaluates one trigger (e.g. to arm it as it is saved); null when it is disabled or gone. */
  async evaluateOne(workspaceId: string, triggerId: string): Promise<ThresholdEvaluation | null> {
    const [trigger] = await this.triggers(workspaceId, triggerId);
    return trigger ? this.evaluateTrigger(trigger, this.readings(workspaceId)) : null;
  }

  /** Every workspace's enabled triggers; a workspace that fails is logged, the others go on. */
  async sweep(): Promise<void> {
    const rows = (await this.deps.dataSource.query(
      'SELECT DISTINCT workspace_id FROM threshold_trigger WHERE enabled',
    )) as Array<{ workspace_id: string }>;
    for (const row of rows) {
      try {
        await this.evaluate(row.workspace_id);
      } catch (error) {
        this.logger.error(`threshold sweep of workspace ${row.workspace_id} failed`, error);
      }
    }
  }

  /** Listens to data changes, sweeps now and then every `sweepEveryMs`. */
  start(options: { logger?: Logger; sweepEveryMs?: number } = {}): void {
    if (this.unsubscribe) return;
    this.logger = options.logger ?? silentLogger;
    const every = options.sweepEveryMs ?? SWEEP_EVERY_MS;
    this.unsubscribe = this.deps.dataChanges.subscribe(async (workspaceId, topic) => {
      try {
        await this.track(this.evaluate(workspaceId, [topic]));
      } catch (error) {
        this.logger.error(`threshold evaluation of ${topic} in ${workspaceId} failed`, error);
      }
    });
    const sweepThenWait = () => {
      void this.track(this.sweep()).finally(() => {
        if (!this.unsubscribe) return;
        this.timer = setTimeout(sweepThenWait, every);
        this.timer.unref();
      });
    };
    sweepThenWait();
  }

  /** Stops listening and sweeping; resolves when the evaluations under way are done. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.idle();
  }

  /** Resolves when no evaluation started by the monitor itself is under way. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async evaluateTrigger(
    trigger: TriggerRow,
    readings: ThresholdReadings,
  ): Promise<ThresholdEvaluation> {
    const rule = ruleOf(trigger);
    // Measured before the transaction: the readings go through other services' connections,
    // and a transaction must not wait on them (PGlite has one session).
    const over = await readings.overLine(rule);
    const now = this.deps.clock.now();
    const outcome = await this.deps.dataSource.transaction(async (tx) => {
      // Evaluations of one trigger take turns here, across processes; a trigger whose line moved
      // since it was read was measured against the old line: left to the next evaluation.
      const [current] = (await tx.query(
        'SELECT enabled, armed_at, condition, params FROM threshold_trigger WHERE id = $1 FOR UPDATE',
        [trigger.id],
      )) as Array<{
        enabled: boolean;
        armed_at: Date | null;
        condition: ThresholdCondition;
        params: Record<string, unknown>;
      }>;
      const sameLine =
        current?.condition === trigger.condition &&
        isDeepStrictEqual(current.params, trigger.params);
      if (!current?.enabled || !sameLine) return null;
      const open = (await tx.query(
        'SELECT subject FROM threshold_crossing WHERE trigger_id = $1 AND cleared_at IS NULL',
        [trigger.id],
      )) as Array<{ subject: string }>;
      const { opened, cleared } = crossingDiff(
        open.map((row) => row.subject),
        over,
      );
      if (cleared.length > 0) {
        await tx.query(
          `UPDATE threshold_crossing SET cleared_at = $3
            WHERE trigger_id = $1 AND subject = ANY($2::text[]) AND cleared_at IS NULL`,
          [trigger.id, cleared, now],
        );
      }
      const armed = current.armed_at === null;
      const inserted: OpenedCrossing[] = [];
      for (const crossing of opened) {
        const row = await insertCrossing(tx, trigger, crossing, armed, now);
        if (row) inserted.push(row);
      }
      if (armed) {
        await tx.query('UPDATE threshold_trigger SET armed_at = $2 WHERE id = $1', [
          trigger.id,
          now,
        ]);
      }
      return { armed, inserted, cleared };
    });
    const result: ThresholdEvaluation = {
      triggerId: trigger.id,
      condition: trigger.condition,
      armed: outcome?.armed ?? false,
      opened: outcome?.inserted.map((c) => c.subject) ?? [],
      cleared: outcome?.cleared ?? [],
      runIds: [],
    };
    if (!outcome || outcome.armed) return result;
    const description = describeThreshold(rule);
    const day = { date: await readings.today(), zone: await readings.timeZone() };
    const waiting = [...outcome.inserted, ...(await this.orphans(trigger.id, now))];
    for (const crossing of waiting) {
      const runId = await this.startRun(trigger, crossing, description, day);
      if (runId) result.runIds.push(runId);
    }
    return result;
  }

  /** Starts the crossing's run and records it; a refusal is recorded on the crossing instead. */
  private async startRun(
    trigger: TriggerRow,
    crossing: OpenedCrossing,
    condition: string,
    day: { date: string; zone: string },
  ): Promise<string | null> {
    // The crossing's day for the scenarios that deal with a crossing; else what the scenario's
    // playbook runs for a day (as a schedule ticking today would); else its sample input.
    const input =
      thresholdRunInput(trigger.scenarioKey, {
        today: day.date,
        condition,
        detail: crossing.detail,
      }) ?? this.scheduledInput(trigger.scenarioKey, day);
    try {
      const run = await this.deps.launcher.launch({
        workspaceId: trigger.workspaceId,
        actor: THRESHOLD_ACTOR,
        agent: { key: trigger.agentKey },
        scenarioKey: trigger.scenarioKey,
        input: input ?? undefined,
        trigger: {
          kind: 'THRESHOLD',
          thresholdId: trigger.id,
          condition,
          subject: crossing.subject,
        },
        idempotencyKey: `threshold:${crossing.id}`,
      });
      await this.deps.dataSource.query('UPDATE threshold_crossing SET run_id = $2 WHERE id = $1', [
        crossing.id,
        run.id,
      ]);
      return run.id;
    } catch (error) {
      // A refusal (agent disabled, input invalid) is the answer for this crossing: recorded, not
      // retried. Anything else (the database went away) leaves it for the next evaluation.
      if (!(error instanceof DomainError)) throw error;
      await this.deps.dataSource.query(
        'UPDATE threshold_crossing SET run_error = $2 WHERE id = $1',
        [crossing.id, `${error.errorCode}: ${error.message}`],
      );
      return null;
    }
  }

  private scheduledInput(
    scenarioKey: string,
    day: { date: string; zone: string },
  ): Record<string, unknown> | null {
    const playbook = this.deps.playbooks.scenarioKeys().includes(scenarioKey)
      ? this.deps.playbooks.forScenario(scenarioKey)
      : null;
    return (playbook?.scheduledInput?.(day) as Record<string, unknown> | undefined) ?? null;
  }

  /** Open crossings that should have a run and have none, older than ORPHAN_AFTER_MS. */
  private async orphans(triggerId: string, now: Date): Promise<OpenedCrossing[]> {
    return (await this.deps.dataSource.query(
      `SELECT id, subject, detail FROM threshold_crossing
        WHERE trigger_id = $1 AND cleared_at IS NULL AND NOT baseline
          AND run_id IS NULL AND run_error IS NULL AND crossed_at < $2
        ORDER BY crossed_at`,
      [triggerId, new Date(now.getTime() - ORPHAN_AFTER_MS)],
    )) as OpenedCrossing[];
  }

  private async triggers(workspaceId: string, triggerId: string | null): Promise<TriggerRow[]> {
    const rows = (await this.deps.dataSource.query(
      `SELECT t.id, t.workspace_id, t.condition, t.params, s.key AS scenario_key,
              a.key AS agent_key
         FROM threshold_trigger t
         JOIN scenario s ON s.id = t.scenario_id
         JOIN agent a ON a.id = s.agent_id
        WHERE t.workspace_id = $1 AND t.enabled AND ($2::uuid IS NULL OR t.id = $2::uuid)
        ORDER BY t.created_at, t.id`,
      [workspaceId, triggerId],
    )) as Array<{
      id: string;
      workspace_id: string;
      condition: ThresholdCondition;
      params: Record<string, unknown>;
      scenario_key: string;
      agent_key: string;
    }>;
    return rows.map((row) => ({
      id: row.id,
      workspaceId: row.workspace_id,
      condition: row.condition,
      params: row.params,
      scenarioKey: row.scenario_key,
      agentKey: row.agent_key,
    }));
  }

  private readings(workspaceId: string): ThresholdReadings {
    return new ThresholdReadings(
      { ...this.deps.sources, dataSource: this.deps.dataSource },
      workspaceId,
      this.deps.clock.now(),
    );
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }
}

/** The trigger's stored parameters, parsed as saved (they were validated then). */
function ruleOf(trigger: TriggerRow): ThresholdRule {
  const parsed = parseThresholdRule(trigger.condition, trigger.params);
  if (!parsed.ok) {
    throw new Error(
      `threshold trigger ${trigger.id} has invalid params: ${parsed.problems.join('; ')}`,
    );
  }
  return parsed.rule;
}

/**
 * Opens the subject's crossing unless one is open: the partial unique index decides between
 * racing evaluations, and only the one whose row went in gets it back.
 */
async function insertCrossing(
  tx: { query: (sql: string, parameters?: unknown[]) => Promise<unknown> },
  trigger: TriggerRow,
  crossing: OverLine,
  baseline: boolean,
  now: Date,
): Promise<OpenedCrossing | null> {
  const detail = baseline ? baselineDetail(crossing.detail) : crossing.detail;
  const rows = (await tx.query(
    `INSERT INTO threshold_crossing
       (trigger_id, workspace_id, subject, detail, value, baseline, crossed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (trigger_id, subject) WHERE cleared_at IS NULL DO NOTHING
     RETURNING id`,
    [trigger.id, trigger.workspaceId, crossing.subject, detail, crossing.value, baseline, now],
  )) as Array<{ id: string }>;
  const id = rows[0]?.id;
  return id ? { id, subject: crossing.subject, detail: crossing.detail } : null;
}
