import type { InMemoryPubSub } from '@zactonics/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { streamedText, text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import {
  collect,
  existingRun,
  expectEventually,
  startHubWithFakeModel,
  startTestHub,
  type TestHub,
} from './harness.js';
import { graphql } from './gql/console/index.js';
import { RUN, RUN_STEPS_STREAMED, START_RUN, type StreamedStepView } from './operations.js';

/** A client that does not select `textDelta`: it keeps the one-event-per-step protocol. */
const RUN_STEPS_SETTLED = graphql(`
  subscription SettledRunSteps($runId: ID!) {
    runSteps(runId: $runId) {
      seq
      kind
      streaming
      detail
    }
  }
`);

/**
 * The client of docs/RUN-STREAM.md: steps upserted by seq, a delta appended to its step's text, a
 * full version (replayed, opened or final) replacing it. Strict where the protocol promises: a
 * delta must start exactly at the end of the client's text (no duplicate, no hole).
 */
class StepTimeline {
  readonly steps = new Map<number, StreamedStepView>();
  /** The seqs received with `streaming: false`, in arrival order. */
  readonly finished: number[] = [];

  apply(item: StreamedStepView): void {
    if (item.textDelta) {
      const step = this.steps.get(item.seq);
      expect(step?.streaming).toBe(true);
      const current = step?.detail ?? '';
      expect(item.textDelta.offset).toBe(current.length);
      this.steps.set(item.seq, {
        ...(step as StreamedStepView),
        detail: current + item.textDelta.text,
      });
      return;
    }
    if (!item.streaming) this.finished.push(item.seq);
    this.steps.set(item.seq, item);
  }

  /** What a reconnecting client passes as `afterSeq`. */
  get lastFinished(): number {
    let seq = 0;
    while (this.steps.get(seq + 1)?.streaming === false) seq += 1;
    return seq;
  }
}

/**
 * Holds each run's execution until `watchers` subscriptions listen to its steps, so they see its
 * text live whatever the scheduling (the offline provider writes a reply in microseconds).
 */
function executeOnceWatched(t: TestHub, watchers: () => number): void {
  const executor = t.hub.services.executor;
  const execute = executor.execute.bind(executor);
  const pubSub = t.hub.services.pubSub as InMemoryPubSub;
  executor.execute = async (runId: string) => {
    await expectEventually(() =>
      expect(pubSub.subscriberCount(`run:${runId}:steps`)).toBeGreaterThanOrEqual(watchers()),
    );
    return execute(runId);
  };
}

async function startFaq(t: TestHub, question: string): Promise<string> {
  const { startRun } = await t.client.request(START_RUN, {
    input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
  });
  return startRun.id;
}

const runOf = (t: TestHub, id: string) => existingRun(t.client, RUN, id);

const seqsUpTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const itemsOf = (items: StreamedStepView[], seq: number) => items.filter((i) => i.seq === seq);

describe('model text streamed into run steps, through the real SDK and a fake Messages API', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;
  let watchers = 1;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel({
      HUB_MODEL_TIMEOUT_MS: '2000',
      HUB_MODEL_MAX_RETRIES: '2',
    }));
    executeOnceWatched(t, () => watchers);
  });
  afterEach(() => {
    fake.reset();
    watchers = 1;
  });
  afterAll(() => t?.close());

  it('streams the reply of a two-round run: deltas joining to each REASONING detail, usage recorded, other clients unaffected', async () => {
    const title = 'International shipping: do you ship to Canada?';
    const reply = `Yes, we ship to Canada. Details are in "${title}".`;
    fake.script(
      toolUse(
        [{ id: 'toolu_01', name: 'search_knowledge_base', input: { query: 'ship to Canada' } }],
        {
          text: 'Let me look that up.',
          usage: { input_tokens: 1200, output_tokens: 40, cache_creation_input_tokens: 900 },
        },
      ),
      toolUse(
        [{ id: 'toolu_02', name: 'search_knowledge_base', input: { query: 'customs duties' } }],
        { usage: { input_tokens: 1500, output_tokens: 35, cache_read_input_tokens: 900 } },
      ),
      streamedText(
        reply,
        { chunkChars: 8, delayMs: 5 },
        { input_tokens: 2100, output_tokens: 120, cache_read_input_tokens: 900 },
      ),
    );
    watchers = 2;
    const id = await startFaq(t, 'Do you ship to Canada?');

    const [streamed, settled] = await Promise.all([
      collect(t.client.subscribe(RUN_STEPS_STREAMED, { runId: id })),
      collect(t.client.subscribe(RUN_STEPS_SETTLED, { runId: id })),
    ]);
    const items = streamed.map((d) => d.runSteps);
    const view = new StepTimeline();
    for (const item of items) view.apply(item);

    const run = await runOf(t, id);
    expect(run.status).toBe('SUCCEEDED');
    const kinds = run.steps.map((s) => s.kind);
    expect(view.finished).toEqual(seqsUpTo(run.lastSeq));
    expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => a - b));
    expect([...view.steps.values()].map((s) => s.detail)).toEqual(run.steps.map((s) => s.detail));
    // The client without textDelta got each step once, finished, as before streaming existed.
    expect(settled.map((d) => [d.runSteps.seq, d.runSteps.streaming])).toEqual(
      seqsUpTo(run.lastSeq).map((seq) => [seq, false]),
    );

    const reasoning = run.steps.filter((s, i) => kinds[i] === 'REASONING');
    expect(reasoning.map((s) => s.detail)).toEqual(['Let me look that up.', '', reply]);
    const [first, second, last] = reasoning.map((s) => itemsOf(items, s.seq));
    // Opened, the text in the fake's deltas (2 halves; 8-character chunks), the final version.
    expect(first?.map((i) => i.textDelta?.text ?? i.streaming)).toEqual([
      true,
      'Let me loo',
      'k that up.',
      false,
    ]);
    expect(second?.map((i) => i.streaming)).toEqual([false]); // no text: one plain step
    const deltas = last?.filter((i) => i.textDelta) ?? [];
    expect(deltas).toHaveLength(Math.ceil(reply.length / 8));
    expect(deltas.map((i) => i.textDelta?.text).join('')).toBe(reply);
    expect(last?.[0]).toMatchObject({ streaming: true, title: 'Writing…', detail: '' });
    expect(last?.at(-1)).toMatchObject({ streaming: false, title: 'Decided to answer' });

    expect(reasoning.map((s) => [s.inputTokens, s.outputTokens, s.costUsd])).toEqual([
      [2100, 40, 0.000253],
      [2400, 35, 0.000177],
      [3000, 120, 0.000279],
    ]);
    expect([run.inputTokens, run.outputTokens, run.costUsd]).toEqual([7500, 195, 0.000709]);
    expect(run.output?.text).toBe(reply);
  });

  it('gives a client that drops mid-reply and resubscribes with afterSeq the whole text, once', async () => {
    const reply =
      'You can return any item within 30 days of delivery. Start the return from your order ' +
      'page; we email a prepaid label, and the refund reaches your card within 5 business days.';
    fake.script(
      toolUse([{ id: 'toolu_r1', name: 'search_knowledge_base', input: { query: 'returns' } }], {
        usage: { input_tokens: 800, output_tokens: 20 },
      }),
      streamedText(
        reply,
        { chunkChars: 6, delayMs: 50 },
        { input_tokens: 1000, output_tokens: 60 },
      ),
    );
    const id = await startFaq(t, 'How do returns work?');
    const view = new StepTimeline();

    // First connection: until five deltas of the reply arrived, then the socket drops.
    const first = t.newClient();
    const firstItems: StreamedStepView[] = [];
    for await (const { runSteps } of first.subscribe(RUN_STEPS_STREAMED, { runId: id })) {
      firstItems.push(runSteps);
      view.apply(runSteps);
      if (firstItems.filter((i) => i.textDelta?.text).length >= 5) break;
    }
    await first.close();
    const writing = firstItems.at(-1)?.seq as number;
    const partial = view.steps.get(writing)?.detail ?? '';
    expect(partial.length).toBe(30);
    expect(firstItems.some((i) => i.seq === writing && !i.streaming)).toBe(false);
    const afterSeq = view.lastFinished;
    expect(afterSeq).toBe(writing - 1);

    // Offline for a while: deltas are missed, some of the text gets persisted.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = t.newClient();
    const secondItems = (
      await collect(second.subscribe(RUN_STEPS_STREAMED, { runId: id, afterSeq }))
    ).map((d) => d.runSteps);
    for (const item of secondItems) view.apply(item);

    const replayed = secondItems[0];
    expect(replayed).toMatchObject({ seq: writing, streaming: true });
    expect(replayed?.detail?.length).toBeGreaterThan(0);
    expect(reply.startsWith(replayed?.detail ?? '?')).toBe(true);
    // Once the text it missed was persisted, the client is sent deltas again, up to the end.
    const resumed = secondItems.filter((i) => i.textDelta).map((i) => i.textDelta);
    expect(resumed.length).toBeGreaterThan(0);
    expect((resumed.at(-1)?.offset ?? 0) + (resumed.at(-1)?.text.length ?? 0)).toBe(reply.length);

    const run = await runOf(t, id);
    expect(run.status).toBe('SUCCEEDED');
    expect(view.finished).toEqual(seqsUpTo(run.lastSeq)); // each finished step exactly once
    expect(view.steps.get(writing)).toMatchObject({ streaming: false, detail: reply });
    expect(run.steps.find((s) => s.seq === writing)).toMatchObject({
      kind: 'REASONING',
      detail: reply,
      inputTokens: 1000,
      outputTokens: 60,
    });
  });

  it('does not retry a reply that stalls after it began, and keeps its text on the FAILED run', async () => {
    fake.script({
      kind: 'message',
      content: [{ type: 'text', text: 'We ship within two business days, except' }],
      streaming: { chunkChars: 10, delayMs: 3_000 },
    });
    fake.setFallback(text('a retry would answer this'));
    const id = await startFaq(t, 'How fast do you ship?');

    const items = (await collect(t.client.subscribe(RUN_STEPS_STREAMED, { runId: id }))).map(
      (d) => d.runSteps,
    );

    const run = await runOf(t, id);
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'MODEL_FAILED' });
    expect(run.error).toBe(
      'The model call failed: the reply stopped for 2000 ms after it had begun.',
    );
    expect(fake.requests).toHaveLength(1);
    const reasoning = run.steps.find((s) => s.kind === 'REASONING');
    expect(reasoning).toMatchObject({ detail: 'We ship wi', data: { interrupted: true } });
    const view = new StepTimeline();
    for (const item of items) view.apply(item);
    expect(view.finished).toEqual(seqsUpTo(run.lastSeq));
    expect(view.steps.get(reasoning?.seq ?? 0)?.detail).toBe('We ship wi');
  });
});

describe('the offline provider streams its reply too', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
    executeOnceWatched(t, () => 1);
  });
  afterAll(() => t?.close());

  it('sends the reply as several deltas that join to the final REASONING detail', async () => {
    const id = await startFaq(t, 'How long do I have to return an item?');

    const items = (await collect(t.client.subscribe(RUN_STEPS_STREAMED, { runId: id }))).map(
      (d) => d.runSteps,
    );
    const view = new StepTimeline();
    for (const item of items) view.apply(item);

    const run = await runOf(t, id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'offline' });
    expect(view.finished).toEqual(seqsUpTo(run.lastSeq));
    const reply = run.output?.text as string;
    const last = run.steps.filter((s) => s.kind === 'REASONING').at(-1);
    expect(last?.detail).toBe(reply);
    const deltas = itemsOf(items, last?.seq ?? 0).filter((i) => i.textDelta);
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.map((i) => i.textDelta?.text).join('')).toBe(reply);
    expect(last?.data.reasoning).toMatch(/^Playbook "faq-resolution": writing the reply/);
  });
});
