import { RunEntity, type HubDatabase, type RunStepEntity } from '@zactonics/db';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import { topics } from '../events/pub-sub.js';
import type { HubServices } from '../services.js';
import { RunFinishedElsewhere, type RunJournal } from './run-journal.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;
let pubSub: InMemoryPubSub;
let journal: RunJournal;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:journal-spec' });
  ({ db, services, ctx } = fixture);
  pubSub = fixture.pubSub;
  journal = services.journal;
});

afterAll(() => fixture?.close());

function startFaqRun(): Promise<RunEntity> {
  return services.runs.start(ctx, { agentKey: 'support', scenarioKey: 'faq-resolution' });
}

async function persistedSteps(runId: string): Promise<RunStepEntity[]> {
  return services.runs.steps(ctx, runId);
}

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

/** Collects what the run's step topic delivers until (and including) its terminal step. */
async function collectUntilTerminal(
  subscription: AsyncIterableIterator<RunStepEntity>,
): Promise<RunStepEntity[]> {
  const received: RunStepEntity[] = [];
  for await (const step of subscription) {
    received.push(step);
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(step.kind)) break;
  }
  return received;
}

describe('RunJournal.append', () => {
  it('numbers 20 concurrent appends 2..21 with no gap or duplicate, all persisted', async () => {
    const run = await startFaqRun();

    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        journal.append(run.id, { kind: 'REASONING', title: `thought ${i}` }),
      ),
    );

    const expectedSeqs = Array.from({ length: 20 }, (_, i) => i + 2);
    expect(appended.map((s) => s.seq).sort((a, b) => a - b)).toEqual(expectedSeqs);
    const steps = await persistedSteps(run.id);
    expect(steps.map((s) => s.seq)).toEqual([1, ...expectedSeqs]);
    expect(new Set(steps.slice(1).map((s) => s.title)).size).toBe(20);
    expect((await reload(run.id)).lastSeq).toBe(21);
  });

  it('stamps the step and the run heartbeat with the injected clock', async () => {
    const run = await startFaqRun();

    const step = await journal.append(run.id, { kind: 'CONTEXT', title: 'context' });

    expect(step.startedAt.toISOString()).toBe(NOW.toISOString());
    expect((await reload(run.id)).heartbeatAt?.toISOString()).toBe(NOW.toISOString());
  });

  it('refuses to append to a finished run with RunFinishedElsewhere, writing nothing', async () => {
    const run = await startFaqRun();
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'stopped by a test' });

    const append = journal.append(run.id, { kind: 'REASONING', title: 'too late' });

    await expect(append).rejects.toBeInstanceOf(RunFinishedElsewhere);
    expect((await persistedSteps(run.id)).map((s) => s.kind)).toEqual(['TRIGGER', 'CANCELLED']);
    expect((await reload(run.id)).lastSeq).toBe(2);
  });
});

describe('RunJournal.finish', () => {
  it('lets exactly one of two racing outcomes win: one terminal step, the loser gets null', async () => {
    const run = await startFaqRun();
    await journal.append(run.id, { kind: 'CONTEXT', title: 'context' });

    const [cancelled, failed] = await Promise.all([
      journal.finish(run.id, { status: 'CANCELLED', reason: 'cancelled by a person' }),
      journal.finish(run.id, { status: 'FAILED', errorCode: 'TOOL_FAILED', error: 'boom' }),
    ]);

    const winner = cancelled ?? failed;
    expect([cancelled, failed].filter((r) => r === null)).toHaveLength(1);
    const stored = await reload(run.id);
    expect(stored.status).toBe(winner?.status);
    expect(stored.finishedAt?.toISOString()).toBe(NOW.toISOString());
    expect(stored.lastSeq).toBe(3);
    const terminal = (await persistedSteps(run.id)).filter((s) => s.seq > 2);
    expect(terminal).toHaveLength(1);
    expect(terminal[0]?.kind).toBe(winner?.status === 'CANCELLED' ? 'CANCELLED' : 'FAILED');
  });

  it('records a failure on the run and its terminal step', async () => {
    const run = await startFaqRun();

    const failed = await journal.finish(run.id, {
      status: 'FAILED',
      errorCode: 'TOOL_NOT_AVAILABLE',
      error: 'The tool "track_order" is not available yet.',
    });

    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'TOOL_NOT_AVAILABLE' });
    const stored = await reload(run.id);
    expect(stored).toMatchObject({
      status: 'FAILED',
      errorCode: 'TOOL_NOT_AVAILABLE',
      error: 'The tool "track_order" is not available yet.',
      lockedBy: null,
      heartbeatAt: null,
    });
    const [, terminal] = await persistedSteps(run.id);
    expect(terminal).toMatchObject({
      seq: 2,
      kind: 'FAILED',
      title: 'Run failed',
      detail: 'The tool "track_order" is not available yet.',
      data: { errorCode: 'TOOL_NOT_AVAILABLE' },
    });
  });

  it('returns null and writes nothing when the run already finished', async () => {
    const run = await startFaqRun();
    await journal.claim(run.id, 'spec-worker', 'offline');
    await journal.finish(run.id, {
      status: 'SUCCEEDED',
      title: 'done',
      output: { text: 'first' },
    });

    const second = await journal.finish(run.id, {
      status: 'SUCCEEDED',
      title: 'done again',
      output: { text: 'second' },
    });

    expect(second).toBeNull();
    const stored = await reload(run.id);
    expect(stored.output).toEqual({ text: 'first' });
    expect((await persistedSteps(run.id)).map((s) => s.kind)).toEqual(['TRIGGER', 'COMPLETED']);
  });
});

describe('RunJournal publishing', () => {
  it('publishes every persisted step exactly once, in seq order, on the run topic', async () => {
    const run = await startFaqRun();
    const subscription = pubSub.subscribe<RunStepEntity>(topics.runSteps(run.id));
    const received = collectUntilTerminal(subscription);

    await journal.claim(run.id, 'spec-worker', 'offline');
    await journal.append(run.id, { kind: 'CONTEXT', title: 'context' });
    await journal.append(run.id, { kind: 'REASONING', title: 'reasoning' });
    await journal.append(run.id, { kind: 'RESPONSE', title: 'response' });
    await journal.finish(run.id, { status: 'SUCCEEDED', title: 'done', output: {} });

    const persisted = await persistedSteps(run.id);
    expect((await received).map((s) => [s.seq, s.kind])).toEqual(
      persisted.slice(1).map((s) => [s.seq, s.kind]),
    );
    expect(pubSub.subscriberCount(topics.runSteps(run.id))).toBe(0);
  });

  it('publishes each of many concurrent appends exactly once', async () => {
    const run = await startFaqRun();
    const subscription = pubSub.subscribe<RunStepEntity>(topics.runSteps(run.id));
    const received = collectUntilTerminal(subscription);

    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        journal.append(run.id, { kind: 'REASONING', title: `thought ${i}` }),
      ),
    );
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'enough' });

    const published = await received;
    const persisted = await persistedSteps(run.id);
    // Two writers may publish out of commit order (RunStream backfills by seq), but never twice.
    expect(published.map((s) => s.seq).sort((a, b) => a - b)).toEqual(
      persisted.slice(1).map((s) => s.seq),
    );
    expect(published.map((s) => s.id).sort()).toEqual(
      persisted
        .slice(1)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('publishes nothing for a finish that lost the race or an append that was refused', async () => {
    const run = await startFaqRun();
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'first' });
    const subscription = pubSub.subscribe<unknown>(topics.runSteps(run.id));

    await journal.finish(run.id, { status: 'CANCELLED', reason: 'second' });
    await journal.append(run.id, { kind: 'REASONING', title: 'late' }).catch(() => undefined);
    // A marker published last: if it is the first message, nothing was published before it.
    await pubSub.publish(topics.runSteps(run.id), { marker: true });

    expect((await subscription.next()).value).toEqual({ marker: true });
    await subscription.return();
  });
});

describe('RunJournal.transaction (unit of work)', () => {
  it('publishes the steps and the run it wrote once it commits, steps first, in seq order', async () => {
    const run = await startFaqRun();
    await journal.claim(run.id, 'spec-worker', 'offline');
    const steps = pubSub.subscribe<RunStepEntity>(topics.runSteps(run.id));
    const runs = pubSub.subscribe<RunEntity>(topics.workspaceRuns(ctx.workspaceId));
    const published: string[] = [];

    await journal.transaction(async (uow) => {
      const locked = await uow.lock(run.id);
      if (!locked) throw new Error('run not found');
      await uow.append(locked, { kind: 'CONTEXT', title: 'context' });
      await uow.finish(locked, { status: 'CANCELLED', reason: 'in one transaction' });
      uow.afterCommit(() => published.push('after commit'));
      // Nothing is published while the transaction is open.
      await pubSub.publish(topics.runSteps(run.id), { marker: true });
    });

    expect((await steps.next()).value).toEqual({ marker: true });
    expect((await steps.next()).value).toMatchObject({ seq: 2, kind: 'CONTEXT' });
    expect((await steps.next()).value).toMatchObject({ seq: 3, kind: 'CANCELLED' });
    expect((await runs.next()).value).toMatchObject({ id: run.id, status: 'CANCELLED' });
    expect(published).toEqual(['after commit']);
    await steps.return();
    await runs.return();
  });

  it('writes and publishes nothing when the transaction rolls back', async () => {
    const run = await startFaqRun();
    const steps = pubSub.subscribe<unknown>(topics.runSteps(run.id));
    const afterCommit: string[] = [];

    const rolledBack = journal.transaction(async (uow) => {
      const locked = await uow.lock(run.id);
      if (!locked) throw new Error('run not found');
      await uow.append(locked, { kind: 'CONTEXT', title: 'never committed' });
      await uow.finish(locked, { status: 'CANCELLED', reason: 'never committed' });
      uow.afterCommit(() => afterCommit.push('ran'));
      throw new Error('changed my mind');
    });

    await expect(rolledBack).rejects.toThrow('changed my mind');
    await pubSub.publish(topics.runSteps(run.id), { marker: true });
    expect((await steps.next()).value).toEqual({ marker: true });
    await steps.return();
    expect(afterCommit).toEqual([]);
    expect((await persistedSteps(run.id)).map((s) => s.kind)).toEqual(['TRIGGER']);
    expect(await reload(run.id)).toMatchObject({ status: 'QUEUED', lastSeq: 1 });
  });
});
