import { RunStepEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../events/pub-sub.js';
import { RunJournal, type RunStepEvent } from '../../runtime/run-journal.js';
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

async function drain(stream: AsyncIterableIterator<RunStepEvent>, seen: RunStepEvent[] = []) {
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

/** A journal on the fixture's database and pub/sub that persists streamed text at once. */
function eagerJournal(): RunJournal {
  return new RunJournal(fixture.db.dataSource, fixture.pubSub, fixture.services.clock, {
    persistTextEveryMs: 0,
  });
}

/** A queued run whose step 2 is being written, with `persisted` as its stored detail. */
async function runWritingStep(persisted: string) {
  const run = await runWithSteps(0);
  const journal = eagerJournal();
  const opened = await journal.openStreamingStep(run.id, { kind: 'REASONING', title: 'Writing…' });
  await setStoredDetail(run.id, persisted);
  return { run, journal, opened };
}

function setStoredDetail(runId: string, detail: string) {
  return fixture.db.dataSource.query(
    'UPDATE run_step SET detail = $3 WHERE run_id = $1 AND seq = $2',
    [runId, 2, detail],
  );
}

function publish(runId: string, event: RunStepEvent) {
  return fixture.pubSub.publish(topics.runSteps(runId), event);
}

function delta(opened: RunStepEntity, offset: number, text: string): RunStepEvent {
  return { ...opened, detail: null, textDelta: { offset, text } };
}

/** What each event is, in short: [seq, 'delta' | 'open' | 'final', offset, text or detail]. */
function shape(event: RunStepEvent) {
  if (event.textDelta) return [event.seq, 'delta', event.textDelta.offset, event.textDelta.text];
  return [event.seq, event.streaming ? 'open' : 'final', null, event.detail];
}

/**
 * The client algorithm of docs/RUN-STREAM.md, strict: a delta must start exactly where the
 * client's text ends (the stream trims overlaps and fills holes, so a client never has to).
 */
function clientText(events: RunStepEvent[], seq: number): string {
  let text = '';
  for (const event of events.filter((e) => e.seq === seq)) {
    if (event.textDelta) {
      expect(event.textDelta.offset).toBe(text.length);
      text += event.textDelta.text;
    } else {
      text = event.detail ?? '';
    }
  }
  return text;
}

describe('RunStream with a step being written', () => {
  it('replays the text persisted so far, then sends only the text written after it', async () => {
    const { services, ctx } = fixture;
    const run = await runWithSteps(0);
    const journal = eagerJournal();
    const { seq } = await journal.openStreamingStep(run.id, {
      kind: 'REASONING',
      title: 'Writing…',
    });
    await journal.appendText(run.id, seq, 'Hello ');
    await journal.appendText(run.id, seq, 'wor');
    await waitForStoredDetail(run.id, 'Hello wor');

    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen: RunStepEvent[] = [];
    const reading = drain(stream, seen);
    await journal.appendText(run.id, seq, 'ld');
    await journal.closeStreamingStep(run.id, seq, { title: 'Decided to answer' });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await reading;

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, 'Hello wor'],
      [2, 'delta', 9, 'ld'],
      [2, 'final', null, 'Hello world'],
      [3, 'final', null, 'spec'],
    ]);
    expect(clientText(seen, 2)).toBe('Hello world');
  });

  it('drops deltas the replay already holds and trims one that overlaps it', async () => {
    const { services, ctx } = fixture;
    const { run, journal, opened } = await runWritingStep('Hello wor');
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen = [(await stream.next()).value as RunStepEvent];

    await publish(run.id, delta(opened, 0, 'Hello '));
    await publish(run.id, delta(opened, 6, 'world'));
    await publish(run.id, delta(opened, 11, '!'));
    await journal.closeStreamingStep(run.id, 2, { title: 'Decided', detail: 'Hello world!' });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await drain(stream, seen);

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, 'Hello wor'],
      [2, 'delta', 9, 'ld'],
      [2, 'delta', 11, '!'],
      [2, 'final', null, 'Hello world!'],
      [3, 'final', null, 'spec'],
    ]);
    expect(clientText(seen, 2)).toBe('Hello world!');
  });

  it('fills a hole in the text from the database before sending the delta after it', async () => {
    const { services, ctx } = fixture;
    const { run, journal, opened } = await runWritingStep('Hello');
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen = [(await stream.next()).value as RunStepEvent];

    // ' wor' was published before this subscriber existed and has been persisted since.
    await setStoredDetail(run.id, 'Hello wor');
    await publish(run.id, delta(opened, 9, 'ld'));
    for (let i = 0; i < 2; i++) seen.push((await stream.next()).value as RunStepEvent);
    await journal.closeStreamingStep(run.id, 2, { title: 'Decided', detail: 'Hello world' });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await drain(stream, seen);

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, 'Hello'],
      [2, 'open', null, 'Hello wor'],
      [2, 'delta', 9, 'ld'],
      [2, 'final', null, 'Hello world'],
      [3, 'final', null, 'spec'],
    ]);
    expect(clientText(seen, 2)).toBe('Hello world');
  });

  it('holds the deltas after a hole until the persisted text reaches them, then sends them all', async () => {
    const { services, ctx } = fixture;
    const { run, journal, opened } = await runWritingStep('Hello');
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen = [(await stream.next()).value as RunStepEvent];
    const reading = drain(stream, seen);

    // ' wor' was published before this subscriber existed and is not persisted yet.
    await publish(run.id, delta(opened, 9, 'ld'));
    await sleep(150); // the stream re-read the step and found nothing new
    await setStoredDetail(run.id, 'Hello wor'); // the next throttled write
    await sleep(150);
    await publish(run.id, delta(opened, 11, '!'));
    await sleep(150);
    await journal.closeStreamingStep(run.id, 2, { title: 'Decided', detail: 'Hello world!' });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await reading;

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, 'Hello'],
      [2, 'open', null, 'Hello wor'],
      [2, 'delta', 9, 'ld'],
      [2, 'delta', 11, '!'],
      [2, 'final', null, 'Hello world!'],
      [3, 'final', null, 'spec'],
    ]);
    expect(clientText(seen, 2)).toBe('Hello world!');
  });

  it('sends the final version in place of a hole when the step finished before the catch-up', async () => {
    const { services, ctx } = fixture;
    const { run, journal, opened } = await runWritingStep('Hello');
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen = [(await stream.next()).value as RunStepEvent];

    await publish(run.id, delta(opened, 9, 'ld'));
    await journal.closeStreamingStep(run.id, 2, { title: 'Decided', detail: 'Hello world' });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await drain(stream, seen);

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, 'Hello'],
      [2, 'final', null, 'Hello world'],
      [3, 'final', null, 'spec'],
    ]);
  });

  it('delivers a finished step once: its live opened version, deltas and final copy are dropped after a replay', async () => {
    const { services, ctx } = fixture;
    const run = await runWithSteps(0);
    const journal = eagerJournal();
    const opened = await journal.openStreamingStep(run.id, {
      kind: 'REASONING',
      title: 'Writing…',
    });
    await journal.appendText(run.id, opened.seq, 'abc');
    const final = await journal.closeStreamingStep(run.id, opened.seq, { title: 'Decided' });
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen = [(await stream.next()).value as RunStepEvent];

    // As if this subscriber had been listening while the step was written.
    await publish(run.id, { ...opened });
    await publish(run.id, delta(opened, 0, 'abc'));
    await publish(run.id, { ...final });
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await drain(stream, seen);

    expect(seen.map(shape)).toEqual([
      [2, 'final', null, 'abc'],
      [3, 'final', null, 'spec'],
    ]);
  });

  it('ends a step being written with its final version when the run is cancelled', async () => {
    const { services, ctx } = fixture;
    const run = await runWithSteps(0);
    const journal = eagerJournal();
    const stream = await services.runStream.open(ctx, run.id, 1);
    const seen: RunStepEvent[] = [];
    const reading = drain(stream, seen);

    const { seq } = await journal.openStreamingStep(run.id, {
      kind: 'REASONING',
      title: 'Writing…',
    });
    await journal.appendText(run.id, seq, 'We ship ');
    await journal.appendText(run.id, seq, 'to Canada');
    await journal.finish(run.id, { status: 'CANCELLED', reason: 'spec' });
    await reading;

    expect(seen.map(shape)).toEqual([
      [2, 'open', null, ''],
      [2, 'delta', 0, 'We ship '],
      [2, 'delta', 8, 'to Canada'],
      [2, 'final', null, 'We ship to Canada'],
      [3, 'final', null, 'spec'],
    ]);
    expect(seen[3]?.data).toEqual({ interrupted: true });
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForStoredDetail(runId: string, detail: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const step = await fixture.db.dataSource.manager.findOneByOrFail(RunStepEntity, {
      runId,
      seq: 2,
    });
    if (step.detail === detail) return;
    if (Date.now() > deadline) throw new Error(`step 2 detail is ${JSON.stringify(step.detail)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
