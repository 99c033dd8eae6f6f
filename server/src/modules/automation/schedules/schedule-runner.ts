import type { MissedTickPolicy } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { describeCron, dueTicks } from '../../../engines/automation/cron.js';
import { dateInZone } from '../../../engines/automation/tick-dates.js';
import { DomainError } from '../../../errors.js';
import { silentLogger, type Logger } from '../../../logger.js';
import type { Clock } from '../../../runtime/clock.js';
import type { PlaybookBook } from '../../../runtime/playbook-book.js';
import type { RunLauncher } from '../../../runtime/run-launcher.js';
import type { AuditService } from '../../audit/audit.service.js';

export interface ScheduleRunnerDeps {
  dataSource: DataSource;
  clock: Clock;
  audit: AuditService;
  launcher: Pick<RunLauncher, 'launch'>;
  playbooks: PlaybookBook;
  /** A tick at most this late still runs as scheduled (config.automation). */
  graceSeconds: number;
  /**
   * Passes shared by several processes (BullMQ with REDIS_URL) instead of this process's own
   * timer: `start`, `wake` and `stop` go to it.
   */
  sharedPasses?: SharedSchedulePasses | undefined;
}

/** Who decides when passes happen, across processes (queue/bull-schedule-passes.ts). */
export interface SharedSchedulePasses {
  start(pass: () => Promise<number>): Promise<void>;
  wake(): void;
  stop(): Promise<void>;
}

/** What one pass did, schedule by schedule (for tests and the log). */
export interface TickPass {
  schedules: ScheduleTickOutcome[];
}

export interface ScheduleTickOutcome {
  scheduleId: string;
  /** Runs started (or found: the same idempotency key returns the same run), oldest tick first. */
  launched: Array<{ tick: string; runId: string; late: boolean }>;
  /** Launches refused before anything was written (agent disabled, input invalid). */
  refused: Array<{ tick: string; errorCode: string; message: string }>;
  /** Ticks older than the grace period that started no run. */
  skipped: number;
  /** Whether this pass moved the schedule on (false: another process did first). */
  advanced: boolean;
  nextTickAt: string | null;
}

/** The loop never sleeps longer than this, so schedules saved by other processes are seen. */
export const MAX_SLEEP_MS = 30_000;
/** Pause after a pass that left a schedule due (its launch failed): retried, not spun on. */
const RETRY_MS = 1_000;
/** Due schedules read per query; a pass keeps reading until none is due. */
const BATCH = 50;
const ACTOR = 'system:scheduler';

interface DueRow {
  id: string;
  workspace_id: string;
  cron: string;
  time_zone: string | null;
  workspace_time_zone: string;
  missed_tick_policy: MissedTickPolicy;
  input: Record<string, unknown> | null;
  next_tick_at: Date | string;
  scenario_key: string;
  agent_key: string;
}

interface PlannedLaunch {
  tick: Date;
  late: boolean;
}

/**
 * Starts schedules' runs when their ticks come, in every workspace.
 *
 * Exactly one run per tick, however many hub processes share the database: for each due
 * schedule the runner launches first, with the idempotency key `schedule:<id>:<tick>` (the same
 * key returns the same run, in any process), and only then moves `next_tick_at` on with a
 * compare-and-set on its old value. A process that dies between the two leaves the tick due; the
 * next pass, here or elsewhere, launches it again and gets the same run. Of processes racing on
 * one tick, only the winner of the compare-and-set writes the audit entries about it.
 *
 * A tick up to `graceSeconds` late runs as scheduled. Older ones were missed (the hub was down):
 * RUN_ONCE starts one run for the latest of them, marked late, SKIP starts none; both audit how
 * many were skipped and move on to the first tick after now. A refused launch (agent disabled,
 * input no longer valid) is audited and the schedule still moves on, or it would retry forever.
 */
export class ScheduleRunner {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private pass: Promise<void> | undefined;
  private wakeRequested = false;
  private logger: Logger = silentLogger;

  constructor(private readonly deps: ScheduleRunnerDeps) {}

  /** One pass over every workspace's due schedules at `now`. */
  async tick(now: Date = this.deps.clock.now()): Promise<TickPass> {
    const schedules: ScheduleTickOutcome[] = [];
    const seen = new Set<string>();
    for (;;) {
      const due = (await this.deps.dataSource.query(
        `SELECT s.id, s.workspace_id, s.cron, s.time_zone, w.time_zone AS workspace_time_zone,
                s.missed_tick_policy, s.input, s.next_tick_at, sc.key AS scenario_key,
                a.key AS agent_key
           FROM schedule s
           JOIN workspace w ON w.id = s.workspace_id
           JOIN scenario sc ON sc.id = s.scenario_id
           JOIN agent a ON a.id = sc.agent_id
          WHERE s.enabled AND s.next_tick_at <= $1
          ORDER BY s.next_tick_at, s.id
          LIMIT ${BATCH}`,
        [now],
      )) as DueRow[];
      // A schedule still due after its turn failed to move on (an error, or another process
      // re-armed it in the past); it waits for the next pass rather than looping here.
      const fresh = due.filter((row) => !seen.has(row.id));
      for (const row of fresh) {
        seen.add(row.id);
        try {
          schedules.push(await this.runDue(row, now));
        } catch (error) {
          this.logger.error(`schedule ${row.id} tick failed; retried next pass`, error);
        }
      }
      if (due.length < BATCH || fresh.length === 0) return { schedules };
    }
  }

  /** Starts the loop: a pass now, then one whenever the earliest tick comes (at most 30 s). */
  start(logger: Logger = silentLogger): void {
    if (this.running) return;
    this.logger = logger;
    this.running = true;
    const shared = this.deps.sharedPasses;
    if (shared) {
      shared
        .start(async () => {
          await this.tick();
          return this.untilNextTick();
        })
        .catch((error: unknown) => logger.error('schedule passes did not start', error));
      return;
    }
    this.sleep(0);
  }

  /** Stops the loop and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.deps.sharedPasses?.stop();
    await this.pass;
  }

  /** A schedule changed here: look again now rather than at the end of the current sleep. */
  wake(): void {
    // Shared passes are woken from any process: the one saving a schedule may be an API process.
    if (this.deps.sharedPasses) return this.deps.sharedPasses.wake();
    if (!this.running) return;
    if (this.pass) this.wakeRequested = true;
    else this.sleep(0);
  }

  private sleep(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), ms);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    if (!this.running || this.pass) return;
    let delay = MAX_SLEEP_MS;
    this.pass = (async () => {
      try {
        await this.tick();
        delay = await this.untilNextTick();
      } catch (error) {
        this.logger.error('schedule pass failed', error);
      }
    })();
    await this.pass;
    this.pass = undefined;
    if (!this.running) return;
    const woken = this.wakeRequested;
    this.wakeRequested = false;
    this.sleep(woken ? 0 : delay);
  }

  /** Milliseconds until the earliest enabled tick by the hub's clock, within [0, MAX_SLEEP_MS]. */
  private async untilNextTick(): Promise<number> {
    const [row] = (await this.deps.dataSource.query(
      `SELECT min(next_tick_at) AS next FROM schedule WHERE enabled AND next_tick_at IS NOT NULL`,
    )) as Array<{ next: Date | string | null }>;
    if (!row?.next) return MAX_SLEEP_MS;
    const wait = new Date(row.next).getTime() - this.deps.clock.now().getTime();
    // Still due right after a pass: its launch failed and is retried shortly, not spun on.
    if (wait <= 0) return RETRY_MS;
    return Math.min(wait, MAX_SLEEP_MS);
  }

  private async runDue(row: DueRow, now: Date): Promise<ScheduleTickOutcome> {
    const zone = row.time_zone ?? row.workspace_time_zone;
    const pending = new Date(row.next_tick_at);
    const due = dueTicks(row.cron, zone, pending, now, this.deps.graceSeconds * 1000);
    const planned: PlannedLaunch[] = [
      ...(row.missed_tick_policy === 'RUN_ONCE' && due.missed.latest
        ? [{ tick: due.missed.latest, late: true }]
        : []),
      ...due.onTime.map((tick) => ({ tick, late: false })),
    ];
    const outcome: ScheduleTickOutcome = {
      scheduleId: row.id,
      launched: [],
      refused: [],
      skipped:
        due.missed.count - (row.missed_tick_policy === 'RUN_ONCE' && due.missed.latest ? 1 : 0),
      advanced: false,
      nextTickAt: due.next?.toISOString() ?? null,
    };
    const description = describeCron(row.cron);
    // Launch first: a crash before the compare-and-set below relaunches the same keys.
    for (const { tick, late } of planned) {
      const tickIso = tick.toISOString();
      try {
        const run = await this.deps.launcher.launch({
          workspaceId: row.workspace_id,
          actor: ACTOR,
          agent: { key: row.agent_key },
          scenarioKey: row.scenario_key,
          input: this.inputFor(row, tick, zone),
          trigger: {
            kind: 'SCHEDULE',
            scheduleId: row.id,
            tick: tickIso,
            description,
            ...(late ? { late: true } : {}),
          },
          idempotencyKey: `schedule:${row.id}:${tickIso}`,
        });
        outcome.launched.push({ tick: tickIso, runId: run.id, late });
      } catch (error) {
        // Refused before anything was written: it would be refused again, so the tick is done.
        if (!(error instanceof DomainError)) throw error;
        outcome.refused.push({ tick: tickIso, errorCode: error.errorCode, message: error.message });
      }
    }
    outcome.advanced = await this.advance(row, pending, due, outcome);
    return outcome;
  }

  /**
   * Moves the schedule from the tick it waited for to the first after now, if no other process
   * did first, and audits what this pass did not run (only the winner writes about the ticks).
   */
  private async advance(
    row: DueRow,
    pending: Date,
    due: ReturnType<typeof dueTicks>,
    outcome: ScheduleTickOutcome,
  ): Promise<boolean> {
    const last = outcome.launched.at(-1);
    const lastTick = last?.tick ?? outcome.refused.at(-1)?.tick ?? null;
    return this.deps.dataSource.transaction(async (tx) => {
      const [, changed] = (await tx.query(
        `UPDATE schedule
            SET next_tick_at = $3,
                last_tick_at = COALESCE($4, last_tick_at),
                last_run_id = COALESCE($5, last_run_id)
          WHERE id = $1 AND next_tick_at = $2`,
        [row.id, pending, due.next, lastTick, last?.runId ?? null],
      )) as [unknown, number];
      if (changed !== 1) return false;
      const record = (action: string, data: Record<string, unknown>) =>
        this.deps.audit.record(
          row.workspace_id,
          { actor: ACTOR, action, targetType: 'schedule', targetId: row.id, data },
          tx,
        );
      if (due.missed.count > 0) {
        const ranLate = outcome.launched.find((launch) => launch.late);
        await record('schedule.ticks_missed', {
          scenarioKey: row.scenario_key,
          policy: row.missed_tick_policy,
          missed: due.missed.count,
          missedAtLeast: due.missed.countIsLowerBound,
          skipped: outcome.skipped,
          latestMissedTick: due.missed.latest?.toISOString() ?? null,
          lateRunId: ranLate?.runId ?? null,
        });
      }
      for (const refusal of outcome.refused) {
        await record('schedule.launch_refused', { scenarioKey: row.scenario_key, ...refusal });
      }
      return true;
    });
  }

  /**
   * The run's input: the schedule's own, else what the scenario's playbook derives from the
   * tick's date in the schedule's zone, else none (the launcher takes the scenario's sample).
   */
  private inputFor(row: DueRow, tick: Date, zone: string): Record<string, unknown> | undefined {
    if (row.input) return row.input;
    let playbook;
    try {
      playbook = this.deps.playbooks.forScenario(row.scenario_key);
    } catch {
      return undefined;
    }
    return playbook.scheduledInput?.({ date: dateInZone(tick, zone), zone }) ?? undefined;
  }
}
