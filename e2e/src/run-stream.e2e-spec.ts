import type { InMemoryPubSub } from '@zactonics/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '@zactonics/schema';
import { graphql } from './gql/console/index.js';
import { collect, existingRun, expectEventually, startTestHub, type TestHub } from './harness.js';
import { RUN, RUN_STEPS, START_RUN } from './operations.js';

const RUN_STATUS_UPDATES = graphql(`
  subscription RunStatusUpdates {
    runUpdated {
      id
      status
    }
  }
`);
// Two selections of the same run's steps, one of them aliased: each watcher gets only its own.
const NARROW_RUN_STEPS = graphql(`
  subscription NarrowRunSteps($runId: ID!) {
    runSteps(runId: $runId) {
      seq
      kind
    }
  }
`);
const ALIASED_RUN_STEPS = graphql(`
  subscription AliasedRunSteps($runId: ID!) {
    runSteps(runId: $runId) {
      n: seq
      title
    }
  }
`);

const TERMINAL = ['COMPLETED', 'FAILED', 'CANCELLED'];

describe('a support FAQ run streamed over graphql-ws', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function startFaq(question: string) {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
    });
    return startRun;
  }

  it('delivers every step in order, exactly one terminal step, and an answer citing a seeded article', async () => {
    const run = await startFaq('How long do I have to return an item?');
    expect(run.status).toBe('QUEUED');
    const steps = (await collect(t.client.subscribe(RUN_STEPS, { runId: run.id }))).map(
      (d) => d.runSteps,
    );

    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.map((s) => s.kind)).toEqual([
      'TRIGGER',
      'CONTEXT',
      'REASONING',
      'TOOL_CALL',
      'TOOL_RESULT',
      'REASONING',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);
    expect(steps.filter((s) => TERMINAL.includes(s.kind))).toHaveLength(1);
    expect(steps.at(-1)?.kind).toBe('COMPLETED');

    const response = steps.find((s) => s.kind === 'RESPONSE');
    expect(response?.detail).toContain('30 days');
    expect(response?.data.citations).toEqual([
      expect.objectContaining({
        kind: 'knowledge_article',
        slug: 'returns-and-refunds',
        title: 'Returns and refunds',
      }),
    ]);
    const toolCall = steps.find((s) => s.kind === 'TOOL_CALL');
    expect(toolCall?.data).toMatchObject({
      tool: 'search_knowledge_base',
      input: { query: 'How long do I have to return an item?' },
    });

    const finished = await existingRun(t.client, RUN, run.id);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.provider).toBe('offline');
    expect(finished.lastSeq).toBe(steps.length);
    expect(finished.steps.map((s) => s.id)).toEqual(steps.map((s) => s.id));
    expect(finished.output).toMatchObject({
      citations: [expect.objectContaining({ slug: 'returns-and-refunds' })],
      handoffSuggested: false,
    });
  });

  it('gives a client that disconnects mid-run every remaining step once after resubscribing with afterSeq', async () => {
    const run = await startFaq('Do you ship to Canada?');
    const first = t.newClient();
    const seen = (await collect(first.subscribe(RUN_STEPS, { runId: run.id }), 3)).map(
      (d) => d.runSteps,
    );
    await first.close(); // the socket drops
    expect(seen.map((s) => s.seq)).toEqual([1, 2, 3]);

    const second = t.newClient();
    const rest = (await collect(second.subscribe(RUN_STEPS, { runId: run.id, afterSeq: 3 }))).map(
      (d) => d.runSteps,
    );
    const all = [...seen, ...rest];
    expect(all.map((s) => s.seq)).toEqual(all.map((_, i) => i + 1));
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(all.filter((s) => TERMINAL.includes(s.kind))).toHaveLength(1);
    expect(rest.at(-1)?.kind).toBe('COMPLETED');
    expect(all.find((s) => s.kind === 'RESPONSE')?.data.citations).toEqual([
      expect.objectContaining({ slug: 'international-shipping' }),
    ]);
  });

  it('completes at once for a client that already saw the terminal step', async () => {
    const run = await startFaq('Can I put my mug in the dishwasher?');
    await expectEventually(async () => {
      const current = await existingRun(t.client, RUN, run.id);
      expect(current.status).toBe('SUCCEEDED');
    });
    const done = await existingRun(t.client, RUN, run.id);
    const replay = await collect(
      t.client.subscribe(RUN_STEPS, { runId: run.id, afterSeq: done.lastSeq }),
    );
    expect(replay).toEqual([]);
  });

  it('offers a person, citing nothing, when the knowledge base has no good answer', async () => {
    const run = await startFaq('What is the airspeed velocity of an unladen swallow?');
    const steps = (await collect(t.client.subscribe(RUN_STEPS, { runId: run.id }))).map(
      (d) => d.runSteps,
    );
    const response = steps.find((s) => s.kind === 'RESPONSE');
    expect(response?.detail).toMatch(/not sure/i);
    expect(response?.data.citations).toEqual([]);
    expect(steps.find((s) => s.kind === 'FEEDBACK')?.title).toBe('Offered a person');
  });

  it('feeds runUpdated with each status change of the workspace runs', async () => {
    const updates = t.client.subscribe(RUN_STATUS_UPDATES);
    const received: Array<ResultOf<typeof RUN_STATUS_UPDATES>['runUpdated']> = [];
    const reading = (async () => {
      for await (const { runUpdated } of updates) {
        received.push(runUpdated);
        if (runUpdated.status === 'SUCCEEDED') break;
      }
    })();
    // graphql-ws does not acknowledge a subscription, so wait until the hub has it.
    const pubSub = t.hub.services.pubSub as InMemoryPubSub;
    const topic = `workspace:${t.hub.demoWorkspaceId}:runs`;
    await expectEventually(() => expect(pubSub.subscriberCount(topic)).toBe(1));
    const run = await startFaq('Do gift cards expire?');
    await reading;
    expect(received.filter((r) => r.id === run.id).map((r) => r.status)).toEqual([
      'QUEUED',
      'RUNNING',
      'SUCCEEDED',
    ]);
  });

  it('gives watchers of one run each their own selection, whatever others on the run asked for', async () => {
    const run = await startFaq('Do you ship to Canada?');
    const [a, b, c] = await Promise.all([
      collect(t.client.subscribe(NARROW_RUN_STEPS, { runId: run.id })),
      collect(t.newClient().subscribe(ALIASED_RUN_STEPS, { runId: run.id })),
      collect(t.newClient().subscribe(NARROW_RUN_STEPS, { runId: run.id })),
    ]);
    expect(a.map((d) => Object.keys(d.runSteps))).toEqual(a.map(() => ['seq', 'kind']));
    expect(b.map((d) => Object.keys(d.runSteps))).toEqual(b.map(() => ['n', 'title']));
    expect(c).toEqual(a);
    expect(b.map((d) => d.runSteps.n)).toEqual(a.map((d) => d.runSteps.seq));
  });
});
