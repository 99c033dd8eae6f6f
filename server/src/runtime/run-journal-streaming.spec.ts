import { RunEntity, RunStepEntity, type HubDatabase } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import { topics } from '../events/pub-sub.js';
import type { HubServices } from '../services.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { RunFinishedElsewhere, RunJournal, type RunStepEvent } from './run-journal.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const clock = { now: () => NOW };

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;
let pubSub: InMemoryPubSub;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:journal-streaming-spec' });
  ({ db, services, ctx, pubSub } = fixture);
});

afterAll(() => fixture?.close());

function startRun(): Promise<RunEntity> {
  return services.runs.start(ctx, { agentKey: 'support', scenarioKey: 'faq-resolution' });
}

/** A journal like the hub's, writing streamed text every `persistTextEveryMs`. */
function journalWith(persistTextEveryMs: number, dataSource: DataSource = db.dataSource) {
  return new RunJournal(dataSource, pubSub, clock, { persistTextEveryMs });
}

/** Everything published on the run's topic until (and including) its terminal step. */
async function publishedUntilTerminal(runId: string, work: () => Promise<void>) {
  const subscription = pubSub.subscribe<RunStepEvent>(topics.runSteps(runId));
  await work();
  const events: RunStepEvent[] = [];
  for await (const event of subscription) {
    events.push(event);
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(event.kind)) break;
  }
  return events;
}

function stepAt(runId: string, seq: number): Promise<RunStepEntity> {
  return db.dataSource.manager.findOneByOrFail(RunStepEntity, { runId, seq });
}

async function totalsAndSums(runId: string) {
  const run = await db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
  const [sums] = await db.dataSource.query<
    Array<{ input: number; output: number; cost: string; seqs: number[] }>
  >(
    `SELECT sum(input_tokens)::int AS input, sum(output_tokens)::int AS output,
            sum(cost_usd)::numeric(14, 6)::text AS cost, array_agg(seq ORDER BY seq) AS seqs
       FROM run_step WHERE run_id = $1`,
    [runId],
  );
  if (!sums) throw new Error(`no steps for run ${runId}`);
  return { run, sums };
}

/** Settles when `check` passes, polling: throttled writes happen on their own schedule. */
async function eventually(check: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe('RunJournal streamed steps', () => {
  it('opens, streams and closes a step: gapless seq, offsets that add up, totals equal to the sum of the steps', async () => {
    const journal = journalWith(250);
    const run = await startRun();

    await journal.claim(run.id, 'spec-worker', 'offline');

    const events = await publishedUntilTerminal(run.id, async () => {
      await journal.append(run.id, { kind: 'CONTEXT', title: 'context' });
      const opened = await journal.openStreamingStep(run.id, {
        kind: 'REASONING',
        title: 'Writing…',
        data: { round: 0 },
      });
      for (const text of ['Returns are ', 'free within ', '30 days.']) {
        await journal.appendText(run.id, opened.seq, text);
      }
      await journal.closeStreamingStep(run.id, opened.seq, {
        title: 'Decided to answer',
        data: { round: 0 },
        durationMs: 1200,
        inputTokens: 2_100,
        outputTokens: 40,
        costUsd: '0.000253',
      });
      await journal.append(run.id, {
        kind: 'RESPONSE',
        title: 'reply',
        inputTokens: 5,
        outputTokens: 1,
        costUsd: '0.000001',
      });
      await journal.finish(run.id, { status: 'SUCCEEDED', title: 'done', output: {} });
    });

    expect(
      events.map((e) => [e.seq, e.streaming, e.textDelta ?? null, e.textDelta ? null : e.detail]),
    ).toEqual([
      [2, false, null, null],
      [3, true, null, ''],
      [3, true, { offset: 0, text: 'Returns are ' }, null],
      [3, true, { offset: 12, text: 'free within ' }, null],
      [3, true, { offset: 24, text: '30 days.' }, null],
      [3, false, null, 'Returns are free within 30 days.'],
      [4, false, null, null],
      [5, false, null, null],
    ]);
    expect(events[5]).toMatchObject({ title: 'Decided to answer', durationMs: 1200 });
    const stored = await stepAt(run.id, 3);
    expect(stored).toMatchObject({
      streaming: false,
      detail: 'Returns are free within 30 days.',
      inputTokens: 2_100,
      outputTokens: 40,
      costUsd: '0.000253',
    });
    const { run: totals, sums } = await totalsAndSums(run.id);
    expect(sums.seqs).toEqual([1, 2, 3, 4, 5]);
    expect(totals.lastSeq).toBe(5);
    expect([totals.inputTokens, totals.outputTokens, totals.costUsd]).toEqual([
      2_105,
      41,
      '0.000254',
    ]);
    expect(sums).toMatchObject({ input: 2_105, output: 41, cost: '0.000254' });
  });

  it('numbers a streamed step and concurrent appends without a gap or a duplicate', async () => {
    const journal = journalWith(250);
    const run = await startRun();

    const [opened, ...appended] = await Promise.all([
      journal.openStreamingStep(run.id, { kind: 'REASONING', title: 'Writing…' }),
      ...Array.from({ length: 5 }, (_, i) =>
        journal.append(run.id, { kind: 'TOOL_CALL', title: `call ${i}` }),
      ),
    ]);
    await journal.appendText(run.id, opened.seq, 'text');
    await journal.closeStreamingStep(run.id, opened.seq, { title: 'Decided' });

    const seqs = [opened, ...appended].map((s) => s.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([2, 3, 4, 5, 6, 7]);
    const { run: stored, sums } = await totalsAndSums(run.id);
    expect(sums.seqs).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stored.lastSeq).toBe(7);
    expect((await stepAt(run.id, opened.seq)).detail).toBe('text');
  });

  it('closes the open step with the text streamed so far when the run is cancelled meanwhile', async () => {
    const journal = journalWith(60_000); // nothing persisted before the cancel: the text is in memory
    const run = await startRun();
    let seq = 0;

    const events = await publishedUntilTerminal(run.id, async () => {
      ({ seq } = await journal.openStreamingStep(run.id, { kind: 'REASONING', title: 'Writing…' }));
      await journal.appendText(run.id, seq, 'We ship to ');
      await journal.appendText(run.id, seq, 'Canada');
      await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    });

    expect(events.map((e) => [e.seq, e.kind, e.streaming, e.textDelta?.text ?? e.detail])).toEqual([
      [2, 'REASONING', true, ''],
      [2, 'REASONING', true, 'We ship to '],
      [2, 'REASONING', true, 'Canada'],
      [2, 'REASONING', false, 'We ship to Canada'],
      [3, 'CANCELLED', false, 'spec'],
    ]);
    expect(await stepAt(run.id, seq)).toMatchObject({
      streaming: false,
      detail: 'We ship to Canada',
      data: { interrupted: true },
    });

    // The executor's late text and close change nothing and publish nothing.
    const after = pubSub.subscribe<unknown>(topics.runSteps(run.id));
    await journal.appendText(run.id, seq, ' and Mexico');
    await expect(
      journal.closeStreamingStep(run.id, seq, { title: 'Decided to answer' }),
    ).rejects.toBeInstanceOf(RunFinishedElsewhere);
    await pubSub.publish(topics.runSteps(run.id), { marker: true });
    expect((await after.next()).value).toEqual({ marker: true });
    await after.return();
    expect((await stepAt(run.id, seq)).detail).toBe('We ship to Canada');
    const { run: stored, sums } = await totalsAndSums(run.id);
    expect(stored).toMatchObject({ status: 'CANCELLED', lastSeq: 3, inputTokens: 0 });
    expect(sums.seqs).toEqual([1, 2, 3]);
  });

  it('persists the accumulated text at most once per interval, one write at a time', async () => {
    // Every throttled write takes 40 ms here, longer than the 10 ms interval: writes that
    // overlapped or followed each delta would show in the counters.
    let writes = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const slowWrites = Object.create(db.dataSource) as DataSource;
    slowWrites.query = (async (sql: string, parameters?: unknown[]) => {
      if (!sql.startsWith('UPDATE run_step SET detail')) {
        return db.dataSource.query(sql, parameters);
      }
      writes += 1;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 40));
      try {
        return await db.dataSource.query(sql, parameters);
      } finally {
        inFlight -= 1;
      }
    }) as DataSource['query'];
    const journal = journalWith(10, slowWrites);
    const run = await startRun();
    const { seq } = await journal.openStreamingStep(run.id, {
      kind: 'REASONING',
      title: 'Writing…',
    });

    let text = '';
    for (let i = 0; i < 40; i++) {
      const word = `w${i} `;
      text += word;
      await journal.appendText(run.id, seq, word);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    await eventually(async () => {
      const step = await stepAt(run.id, seq);
      expect(step).toMatchObject({ streaming: true, detail: text });
    });
    expect(maxInFlight).toBe(1);
    expect(writes).toBeGreaterThan(1);
    expect(writes).toBeLessThan(20); // 40 deltas over >200 ms, each write taking 40 ms
    await journal.closeStreamingStep(run.id, seq, { title: 'Decided to answer' });
    expect(await stepAt(run.id, seq)).toMatchObject({ streaming: false, detail: text });
  });
});
