import type { RunStepEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00Z'),
    actor: 'api_key:stream-spec',
  });
});

afterAll(() => fixture?.close());

/** A queued run (never executed: the fixture's queue is not started) with `extra` more steps. */
async function runWithSteps(extra: number) {
  const { services, ctx } = fixture;
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
  });
  for (let i = 0; i < extra; i++) {
    await services.journal.append(run.id, { kind: 'REASONING', title: `step ${i + 2}` });
  }
  return run;
}

async function drain(stream: AsyncIterableIterator<RunStepEntity>, seen: RunStepEntity[] = []) {
  for await (const step of stream) seen.push(step);
  return seen;
}

describe('RunStream', () => {
  it('delivers a terminal step committed while the replay was being read', async () => {
    const { services, ctx } = fixture;
    const run = await runWithSteps(2);
    const stream = await services.runStream.open(ctx, run.id, 0);

    // The replay has been read (steps 1-3) and the client holds step 1 when the run finishes.
    const first = await stream.next();
    expect(first.value?.seq).toBe(1);
    await services.journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });

    const rest = await drain(stream);
    expect(rest.map((s) => [s.seq, s.kind])).toEqual([
      [2, 'REASONING'],
      [3, 'REASONING'],
      [4, 'CANCELLED'],
    ]);
  });

  it('streams live steps after the replay, without duplicates, and completes after the terminal one', async () => {
    const { services, ctx } = fixture;
    const run = await runWithSteps(1);
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen: RunStepEntity[] = [];
    const reading = drain(stream, seen);
    await services.journal.append(run.id, { kind: 'TOOL_CALL', title: 'live 3' });
    await services.journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await reading;
    expect(seen.map((s) => s.seq)).toEqual([2, 3, 4]);
  });

  it('backfills from the database when a live step skips ahead of the last one sent', async () => {
    const { services, ctx, db } = fixture;
    const run = await runWithSteps(0);
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen: RunStepEntity[] = [];
    const reading = drain(stream, seen);
    // Step 2 is committed but never published (as when another writer publishes late); step 3,
    // the terminal one, is published: the stream must fetch step 2 from the database first.
    await db.dataSource.transaction(async (tx) => {
      await tx.query('UPDATE run SET last_seq = 2 WHERE id = $1', [run.id]);
      await tx.query(
        `INSERT INTO run_step (workspace_id, run_id, seq, kind, title, started_at)
         VALUES ($1, $2, 2, 'REASONING', 'unpublished', now())`,
        [run.workspaceId, run.id],
      );
    });
    await services.journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await reading;
    expect(seen.map((s) => [s.seq, s.title])).toEqual([
      [2, 'unpublished'],
      [3, 'Run cancelled'],
    ]);
  });

  it('lets a client unsubscribe while the stream waits for a live step, releasing the topic', async () => {
    const { services, ctx, pubSub } = fixture;
    const run = await runWithSteps(0);
    const stream = await services.runStream.open(ctx, run.id, 1);
    const pending = stream.next(); // waits: the run is idle
    expect(pubSub.subscriberCount(`run:${run.id}:steps`)).toBe(1);

    await stream.return?.();

    expect(await pending).toEqual({ done: true, value: undefined });
    expect(pubSub.subscriberCount(`run:${run.id}:steps`)).toBe(0);
  });
});
