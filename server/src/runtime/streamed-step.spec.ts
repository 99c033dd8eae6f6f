import { RunEntity, type RunStepEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import { topics } from '../events/pub-sub.js';
import type { HubServices } from '../services.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import {
  ModelCallError,
  type DecideHooks,
  type ModelDecision,
  type ModelProvider,
} from './model-gateway.js';
import { RunExecutor } from './run-executor.js';
import type { RunStepEvent } from './run-journal.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:streamed-step-spec' });
  ({ services, ctx } = fixture);
});

afterAll(() => fixture?.close());

/** Runs `executor` on a new FAQ run and returns what its step topic carried, terminal included. */
async function executeWatched(executor: RunExecutor = services.executor) {
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
  });
  const subscription = fixture.pubSub.subscribe<RunStepEvent>(topics.runSteps(run.id));
  await executor.execute(run.id);
  const events: RunStepEvent[] = [];
  for await (const event of subscription) {
    events.push(event);
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(event.kind)) break;
  }
  const steps = await services.runs.steps(ctx, run.id);
  const stored = await fixture.db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
  return { run: stored, events, steps };
}

function executorWith(provider: ModelProvider): RunExecutor {
  return new RunExecutor(
    { ...services, provider },
    { workerId: 'streamed-step-spec', heartbeatMs: 60_000 },
  );
}

/** A provider that writes `chunks`, then decides or fails as told. */
function scripted(chunks: string[], then: ModelDecision | ModelCallError): ModelProvider {
  return {
    name: 'scripted',
    async decide(_request, hooks: DecideHooks = {}) {
      for (const chunk of chunks) hooks.onText?.(chunk);
      // Lets the journal open the step before the outcome, as a real stream's latency does.
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (then instanceof ModelCallError) throw then;
      return { decision: then, usage: { inputTokens: 900, outputTokens: 12, costUsd: '0.000096' } };
    },
  };
}

const eventsOf = (events: RunStepEvent[], seq: number) => events.filter((e) => e.seq === seq);

describe('streamed REASONING steps', () => {
  it('streams the offline reply: several deltas that join to the final detail, the playbook reasoning kept in data', async () => {
    const { run, events, steps } = await executeWatched();

    expect(run.status).toBe('SUCCEEDED');
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    const reply = (run.output as { text: string }).text;
    const last = steps.filter((s) => s.kind === 'REASONING').at(-1) as RunStepEntity;
    expect(last).toMatchObject({
      title: 'Decided to answer',
      detail: reply,
      streaming: false,
      data: {
        provider: 'offline',
        round: 1,
        reasoning: 'Playbook "faq-resolution": writing the reply from 1 tool result(s).',
      },
    });

    const streamed = eventsOf(events, last.seq);
    const deltas = streamed.filter((e) => e.textDelta);
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(streamed[0]).toMatchObject({ streaming: true, title: 'Writing…', detail: '' });
    expect(streamed.at(-1)).toMatchObject({ streaming: false, detail: reply });
    expect(streamed.slice(1, -1)).toEqual(deltas);
    let text = '';
    for (const { textDelta } of deltas) {
      expect(textDelta?.offset).toBe(text.length);
      text += textDelta?.text ?? '';
    }
    expect(text).toBe(reply);
  });

  it('writes a plain REASONING step, published once, for a decision with no text', async () => {
    const { events, steps } = await executeWatched();

    const first = steps.find((s) => s.kind === 'REASONING') as RunStepEntity;
    expect(first.title).toBe('Decided to call search_knowledge_base');
    expect(first.data).not.toHaveProperty('reasoning');
    expect(eventsOf(events, first.seq)).toEqual([expect.objectContaining({ streaming: false })]);
  });

  it('records the usage on the closed step and leaves out data.reasoning when it is the streamed text', async () => {
    const answer = 'We ship to Canada.';
    const provider = scripted(['We ship ', 'to Canada.'], {
      type: 'final',
      reasoning: answer,
      answer: { text: answer, citations: [], confidence: null, handoffSuggested: false },
    });

    const { run, steps } = await executeWatched(executorWith(provider));

    const reasoning = steps.find((s) => s.kind === 'REASONING') as RunStepEntity;
    expect(reasoning).toMatchObject({
      detail: answer,
      streaming: false,
      inputTokens: 900,
      outputTokens: 12,
      costUsd: '0.000096',
    });
    expect(reasoning.data).toEqual({ provider: 'scripted', model: expect.any(String), round: 0 });
    expect([run.inputTokens, run.outputTokens, run.costUsd]).toEqual([900, 12, '0.000096']);
  });

  it('ends a step the model stopped writing with the FAILED run, keeping the partial text', async () => {
    const provider = scripted(
      ['Let me ', 'check'],
      new ModelCallError('The model call failed: connection reset.'),
    );

    const { run, steps } = await executeWatched(executorWith(provider));

    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'MODEL_FAILED' });
    expect(steps.map((s) => [s.seq, s.kind, s.streaming])).toEqual([
      [1, 'TRIGGER', false],
      [2, 'CONTEXT', false],
      [3, 'REASONING', false],
      [4, 'FAILED', false],
    ]);
    expect(steps[2]).toMatchObject({ detail: 'Let me check', data: { interrupted: true } });
  });
});
