import type { StartOptions } from '@zactonics/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { expectEventually, finishedRun, startHubWithFakeModel, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

type SpanExporter = NonNullable<StartOptions['traceExporter']>;
type FinishedSpan = Parameters<SpanExporter['export']>[0][number];

/** Keeps every span the hub exports (the SDK's exporter interface, nothing else). */
class CollectingExporter implements SpanExporter {
  readonly spans: FinishedSpan[] = [];
  export(spans: FinishedSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    this.spans.push(...spans);
    done({ code: 0 });
  }
  async shutdown(): Promise<void> {}
  async forceFlush(): Promise<void> {}
}

describe('traces of runs driven by Claude (the real SDK against the fake Messages API)', () => {
  const exporter = new CollectingExporter();
  let fake: FakeMessagesApi;
  let t: TestHub;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel(
      { HUB_MODEL_TIMEOUT_MS: '2000', HUB_MODEL_MAX_RETRIES: '0' },
      { traceExporter: exporter },
    ));
  });
  afterEach(() => {
    fake.reset();
    exporter.spans.length = 0;
  });
  afterAll(() => t.close());

  async function spansOf(runId: string): Promise<FinishedSpan[]> {
    let spans: FinishedSpan[] = [];
    await expectEventually(async () => {
      await t.hub.flushTraces();
      spans = [...exporter.spans];
      expect(spans.some((s) => s.attributes['hub.run.id'] === runId)).toBe(true);
    });
    return spans;
  }

  it('records each model call as a chat span with the provider, model and the tokens its step recorded, and sends no trace id to the API', async () => {
    fake.script(
      toolUse(
        [{ id: 'toolu_01', name: 'search_knowledge_base', input: { query: 'ship to Canada' } }],
        { usage: { input_tokens: 1200, output_tokens: 40 } },
      ),
      text('Yes, we ship to Canada.', { input_tokens: 2100, output_tokens: 120 }),
    );
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'Do you ship to Canada?' },
      },
    });
    const run = await finishedRun(t.client, RUN, startRun.id);
    expect(run.status).toBe('SUCCEEDED');
    const spans = await spansOf(run.id);

    const runSpan = spans.find((s) => s.attributes['hub.run.id'] === run.id);
    const chats = spans
      .filter((s) => s.parentSpanContext?.spanId === runSpan?.spanContext().spanId)
      .filter((s) => s.attributes['gen_ai.operation.name'] === 'chat')
      .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
    const reasoning = run.steps.filter((s) => s.kind === 'REASONING');
    expect(
      chats.map((s) => [
        s.name,
        s.attributes['gen_ai.provider.name'],
        s.attributes['gen_ai.usage.input_tokens'],
        s.attributes['gen_ai.usage.output_tokens'],
        s.attributes['hub.model.cost_usd'],
      ]),
    ).toEqual(
      reasoning.map((step) => [
        'chat claude-haiku-5-5',
        'anthropic',
        step.inputTokens,
        step.outputTokens,
        step.costUsd,
      ]),
    );
    expect(chats.map((s) => s.attributes['gen_ai.usage.input_tokens'])).toEqual([1200, 2100]);
    // The hub's span is the model call; the SDK's own tracing and propagation are off.
    for (const request of fake.requests) expect(request.headers.traceparent).toBeUndefined();
  });

  it('records a routing call to the model as a chat span under the startRun operation, and counts it', async () => {
    fake.script(
      toolUse(
        [
          {
            id: 'toolu_route',
            name: 'route_message',
            input: { agentKey: 'finance', confidence: 0.9 },
          },
        ],
        { usage: { input_tokens: 420, output_tokens: 18 } },
      ),
      text('Cash is fine this quarter.', { input_tokens: 900, output_tokens: 30 }),
    );
    const before = (await t.hub.services.metrics.exposition()).body;
    const { startRun } = await t.client.request(START_RUN, {
      input: { input: { message: 'are we ok for money this quarter?' } },
    });
    const run = await finishedRun(t.client, RUN, startRun.id);
    expect(run.status).toBe('SUCCEEDED');
    const spans = await spansOf(run.id);

    const operation = spans.find((s) => s.name === 'mutation StartRun');
    const routing = spans.find(
      (s) =>
        s.attributes['hub.route.agent'] !== undefined &&
        s.parentSpanContext?.spanId === operation?.spanContext().spanId,
    );
    expect(routing?.name).toBe('chat claude-haiku-5-5');
    expect(routing?.attributes).toMatchObject({
      'hub.route.agent': 'finance',
      'gen_ai.usage.input_tokens': 420,
      'gen_ai.usage.output_tokens': 18,
    });

    const after = (await t.hub.services.metrics.exposition()).body;
    const count = (body: string, series: string) =>
      Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(body)?.[1] ?? 0);
    const routed = 'hub_router_calls_total{provider="anthropic",agent="finance",outcome="routed"}';
    expect(count(after, routed)).toBe(count(before, routed) + 1);
    const tokens =
      'hub_router_model_tokens_total{provider="anthropic",model="claude-haiku-5-5",direction="input"}';
    expect(count(after, tokens)).toBe(count(before, tokens) + 420);
  });
});
