import { RunEntity, type HubDatabase, type RunStatus } from '@zactonics/db';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { HubServices } from '../services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const LEASE_MS = 30_000;

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: NOW,
    actor: 'api_key:recovery-spec',
    runLeaseMs: LEASE_MS,
  });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

function msAgo(ms: number): Date {
  return new Date(NOW.getTime() - ms);
}

/**
 * A run left by a process that crashed while executing it: the row says RUNNING (or another
 * status) with whatever heartbeat the dead process last wrote.
 */
async function runLeftAs(status: RunStatus, heartbeatAt: Date | null): Promise<string> {
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
  });
  await db.dataSource.query(
    `UPDATE run SET status = $2, heartbeat_at = $3, started_at = $4, locked_by = 'dead-worker'
      WHERE id = $1`,
    [run.id, status, heartbeatAt, msAgo(LEASE_MS * 4)],
  );
  return run.id;
}

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

async function stepKinds(runId: string): Promise<string[]> {
  return (await services.runs.steps(ctx, runId)).map((s) => s.kind);
}

describe('RunRecovery.failOrphanedRuns', () => {
  it('fails a RUNNING run silent for longer than the lease with RUN_INTERRUPTED', async () => {
    const stale = await runLeftAs('RUNNING', msAgo(LEASE_MS + 1_000));
    const silent = await runLeftAs('RUNNING', null);

    const failed = await services.recovery.failOrphanedRuns();

    expect([...failed].sort()).toEqual([stale, silent].sort());
    for (const runId of [stale, silent]) {
      expect(await reload(runId)).toMatchObject({
        status: 'FAILED',
        errorCode: 'RUN_INTERRUPTED',
        finishedAt: NOW,
        lockedBy: null,
      });
      expect(await stepKinds(runId)).toEqual(['TRIGGER', 'FAILED']);
    }
  });

  it('leaves alone a RUNNING run that beat within the lease, even exactly one lease ago', async () => {
    const fresh = await runLeftAs('RUNNING', msAgo(1_000));
    const boundary = await runLeftAs('RUNNING', msAgo(LEASE_MS));

    const failed = await services.recovery.failOrphanedRuns();

    expect(failed).not.toContain(fresh);
    expect(failed).not.toContain(boundary);
    for (const runId of [fresh, boundary]) {
      expect((await reload(runId)).status).toBe('RUNNING');
      expect(await stepKinds(runId)).toEqual(['TRIGGER']);
    }
  });

  it('leaves alone queued runs and runs waiting for a human, however old', async () => {
    const queued = await runLeftAs('QUEUED', null);
    const waiting = await runLeftAs('WAITING_FOR_HUMAN', msAgo(LEASE_MS * 100));

    const failed = await services.recovery.failOrphanedRuns();

    expect(failed).not.toContain(queued);
    expect(failed).not.toContain(waiting);
    expect((await reload(queued)).status).toBe('QUEUED');
    expect((await reload(waiting)).status).toBe('WAITING_FOR_HUMAN');
  });

  it('fails an orphan once: a second sweep finds nothing and writes no second terminal step', async () => {
    const stale = await runLeftAs('RUNNING', msAgo(LEASE_MS * 2));
    expect(await services.recovery.failOrphanedRuns()).toContain(stale);

    const second = await services.recovery.failOrphanedRuns();

    expect(second).not.toContain(stale);
    expect(await stepKinds(stale)).toEqual(['TRIGGER', 'FAILED']);
  });
});

describe('RunRecovery.runnableRunIds', () => {
  it('lists queued runs and runs a person resumed, oldest first, never one an executor holds', async () => {
    // Created in one order, aged in another: the list must follow age, not insertion or id.
    const ageInMinutes = [2, 5, 1, 4, 3];
    const runnable: Array<{ runId: string; age: number }> = [];
    for (const age of ageInMinutes) runnable.push({ runId: await runLeftAs('QUEUED', null), age });
    const running = { runId: await runLeftAs('RUNNING', msAgo(1_000)), age: 6 };
    const resumed = { runId: await runLeftAs('RUNNING', msAgo(1_000)), age: 7 };
    await db.dataSource.query('UPDATE run SET locked_by = NULL WHERE id = $1', [resumed.runId]);
    runnable.push(resumed);
    for (const { runId, age } of [...runnable, running]) {
      await db.dataSource.query('UPDATE run SET created_at = $2 WHERE id = $1', [
        runId,
        msAgo(age * 60_000),
      ]);
    }
    const mine = new Set([...runnable, running].map((r) => r.runId));

    const listed = (await services.recovery.runnableRunIds()).filter((id) => mine.has(id));

    const oldestFirst = [...runnable].sort((a, b) => b.age - a.age).map((r) => r.runId);
    expect(listed).toEqual(oldestFirst);
  });
});

describe('RunRecovery.failIfOrphaned (a stalled queue job taken over)', () => {
  it("fails the run when its worker's lease has expired, once", async () => {
    const stale = await runLeftAs('RUNNING', msAgo(LEASE_MS + 1));

    expect(await services.recovery.failIfOrphaned(stale)).toBe(true);
    expect(await services.recovery.failIfOrphaned(stale)).toBe(false);

    expect(await reload(stale)).toMatchObject({ status: 'FAILED', errorCode: 'RUN_INTERRUPTED' });
    expect(await stepKinds(stale)).toEqual(['TRIGGER', 'FAILED']);
  });

  it('leaves a run whose worker still beats within the lease, and a queued one', async () => {
    const alive = await runLeftAs('RUNNING', msAgo(1_000));
    const queued = await runLeftAs('QUEUED', null);

    expect(await services.recovery.failIfOrphaned(alive)).toBe(false);
    expect(await services.recovery.failIfOrphaned(queued)).toBe(false);

    expect((await reload(alive)).status).toBe('RUNNING');
    expect((await reload(queued)).status).toBe('QUEUED');
  });
});

describe('RunRecovery.requeueWaitingRuns', () => {
  it('hands the queue the runs waiting longer than a lease, and none waiting less or running', async () => {
    const lost = await runLeftAs('QUEUED', null);
    const resumedLongAgo = await runLeftAs('RUNNING', msAgo(LEASE_MS * 3));
    const justQueued = await runLeftAs('QUEUED', null);
    const running = await runLeftAs('RUNNING', msAgo(LEASE_MS * 3));
    await db.dataSource.query('UPDATE run SET locked_by = NULL WHERE id = $1', [resumedLongAgo]);
    await db.dataSource.query('UPDATE run SET created_at = $2 WHERE id = ANY($1)', [
      [lost, resumedLongAgo, running],
      msAgo(LEASE_MS * 3),
    ]);
    await db.dataSource.query('UPDATE run SET created_at = $2 WHERE id = $1', [
      justQueued,
      msAgo(LEASE_MS - 1_000),
    ]);
    const requeued: string[] = [];

    await services.recovery.requeueWaitingRuns({ requeue: async (id) => void requeued.push(id) });

    expect(requeued).toEqual(expect.arrayContaining([lost, resumedLongAgo]));
    expect(requeued).not.toContain(justQueued);
    expect(requeued).not.toContain(running);
  });
});
