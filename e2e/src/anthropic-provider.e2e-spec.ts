import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { finishedRun, startHubWithFakeModel, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';
import { metricSample } from './prometheus-text.js';

const METRICS_TOKEN = 'metrics_anthropic_0123456789';

describe('runs driven by Claude through the real SDK against a fake Messages API', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel({
      HUB_MODEL_TIMEOUT_MS: '500',
      HUB_MODEL_MAX_RETRIES: '2',
      HUB_METRICS_TOKEN: METRICS_TOKEN,
    }));
  });
  afterEach(() => fake.reset());
  afterAll(() => t.close());

  async function startFaq(question: string): Promise<string> {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
    });
    return startRun.id;
  }

  const finished = (id: string) => finishedRun(t.client, RUN, id);

  it('answers an FAQ after two search rounds, recording real tool results, tokens and exact cost', async () => {
    const title = 'International shipping: do you ship to Canada?';
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
      text(`Yes, we ship to Canada. Details are in "${title}".`, {
        input_tokens: 2100,
        output_tokens: 120,
        cache_read_input_tokens: 900,
      }),
    );

    const run = await finished(await startFaq('Do you ship to Canada?'));

    expect(run.status).toBe('SUCCEEDED');
    expect(run.provider).toBe('anthropic');
    expect(run.steps.map((s) => s.kind)).toEqual([
      'TRIGGER',
      'CONTEXT',
      'REASONING',
      'TOOL_CALL',
      'TOOL_RESULT',
      'REASONING',
      'TOOL_CALL',
      'TOOL_RESULT',
      'REASONING',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);
    const calls = run.steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => s.data);
    expect(calls).toEqual([
      { callId: 'toolu_01', tool: 'search_knowledge_base', input: { query: 'ship to Canada' } },
      { callId: 'toolu_02', tool: 'search_knowledge_base', input: { query: 'customs duties' } },
    ]);
    const firstResult = run.steps.find((s) => s.kind === 'TOOL_RESULT')?.data.output as {
      matches: Array<{ slug: string; title: string }>;
    };
    expect(firstResult.matches.map((m) => m.slug)).toContain('international-shipping');

    const response = run.steps.find((s) => s.kind === 'RESPONSE');
    expect(response?.detail).toBe(`Yes, we ship to Canada. Details are in "${title}".`);
    expect(response?.data.citations).toEqual([
      expect.objectContaining({ kind: 'knowledge_article', slug: 'international-shipping', title }),
    ]);

    // Haiku 5.5 list prices: $0.10 input, $0.50 output, $0.125 cache write, $0.01 cache read.
    const reasoning = run.steps.filter((s) => s.kind === 'REASONING');
    expect(reasoning.map((s) => [s.inputTokens, s.outputTokens, s.costUsd])).toEqual([
      [2100, 40, 0.000253], // 252.5 micro-dollars, rounded half up
      [2400, 35, 0.000177],
      [3000, 120, 0.000279],
    ]);
    expect(reasoning[0]?.detail).toBe('Let me look that up.');
    expect(run.inputTokens).toBe(7500);
    expect(run.outputTokens).toBe(195);
    const [row] = await t.query<{ cost_usd: string }>(
      'SELECT cost_usd::text AS cost_usd FROM run WHERE id = $1',
      [run.id],
    );
    expect(row?.cost_usd).toBe('0.000709');

    expect(fake.requests).toHaveLength(3);
    const [first, second] = fake.requests.map((r) => r.body);
    expect(first?.model).toBe('claude-haiku-5-5');
    expect(first?.system).toEqual([
      expect.objectContaining({ type: 'text', cache_control: { type: 'ephemeral' } }),
    ]);
    const tools = first?.tools as Array<Record<string, unknown>>;
    expect(tools.map((tool) => tool.name)).toContain('search_knowledge_base');
    expect(tools.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
    const messages = second?.messages as Array<{ role: string; content: unknown }>;
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[1]?.content).toEqual([
      {
        type: 'tool_use',
        id: 'toolu_01',
        name: 'search_knowledge_base',
        input: { query: 'ship to Canada' },
      },
    ]);
    const [toolResult] = messages[2]?.content as Array<{
      type: string;
      tool_use_id: string;
      content: Array<{ type: string; text: string }>;
    }>;
    expect(toolResult).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_01' });
    expect(JSON.parse(toolResult?.content[0]?.text ?? 'null')).toEqual(firstResult);
  });

  it('retries a 429 and the run succeeds', async () => {
    fake.script(
      { kind: 'error', status: 429, headers: { 'retry-after': '0' } },
      text('We ship within two business days.', { input_tokens: 10, output_tokens: 8 }),
    );

    const run = await finished(await startFaq('How fast do you ship?'));

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe('We ship within two business days.');
    expect(fake.requests).toHaveLength(2);
  });

  it('takes a reply cut off by max_tokens without tool use as the final answer', async () => {
    fake.script({
      kind: 'message',
      content: [{ type: 'text', text: 'Our returns window is' }],
      stopReason: 'max_tokens',
      usage: { input_tokens: 10, output_tokens: 1024 },
    });

    const run = await finished(await startFaq('How long do I have to return an item?'));

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toMatchObject({ text: 'Our returns window is', citations: [] });
  });

  it('fails the run with MODEL_FAILED when every attempt is slower than the timeout', async () => {
    fake.setFallback({ kind: 'delay', delayMs: 5_000, then: text('too late') });

    const id = await startFaq('Do you gift wrap?');
    const run = await finished(id);

    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'MODEL_FAILED' });
    expect(run.error).toBe('The model call failed after 3 attempts: no answer within 500 ms.');
    expect(run.steps.at(-1)).toMatchObject({ kind: 'FAILED', detail: run.error });
    expect(fake.requests).toHaveLength(3);
  });

  it('fails the run with MODEL_FAILED when every attempt answers 500', async () => {
    fake.setFallback({ kind: 'error', status: 500 });

    const run = await finished(await startFaq('Can I change my address?'));

    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'MODEL_FAILED' });
    expect(run.error).toBe('The model call failed after 3 attempts: 500 Internal server error');
    expect(fake.requests).toHaveLength(3);
  });

  it('fails the run with TOOL_INPUT_INVALID naming the field when the model sends bad tool input', async () => {
    fake.script(
      toolUse([{ id: 'toolu_bad', name: 'search_knowledge_base', input: { query: 42 } }]),
    );

    const run = await finished(await startFaq('Where is my order?'));

    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'TOOL_INPUT_INVALID' });
    expect(run.error).toMatch(/^Invalid input for the tool "search_knowledge_base": query: /);
    expect(fake.requests).toHaveLength(1);
  });

  it('counts a Claude run’s model calls, tokens and cost in /metrics as the run records them', async () => {
    const scrape = async () => {
      const response = await fetch(t.hub.metricsUrl ?? '', {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      return response.text();
    };
    const before = await scrape();
    fake.script(
      toolUse([{ id: 'toolu_m1', name: 'search_knowledge_base', input: { query: 'gift cards' } }], {
        usage: { input_tokens: 1300, output_tokens: 30, cache_creation_input_tokens: 700 },
      }),
      text('Yes, we sell gift cards.', { input_tokens: 1800, output_tokens: 60 }),
    );

    const run = await finished(await startFaq('Do you sell gift cards?'));
    expect(run.status).toBe('SUCCEEDED');
    const after = await scrape();

    const call = { agent: 'support', provider: 'anthropic', model: 'claude-haiku-5-5' };
    const moved = (name: string, labels: Record<string, string>) =>
      metricSample(after, name, labels) - metricSample(before, name, labels);
    expect(moved('hub_model_calls_total', { ...call, outcome: 'ok' })).toBe(2);
    expect(moved('hub_model_tokens_total', { ...call, direction: 'input' })).toBe(run.inputTokens);
    expect(moved('hub_model_tokens_total', { ...call, direction: 'output' })).toBe(90);
    expect(run.outputTokens).toBe(90);
    expect(moved('hub_model_cost_usd_total', call)).toBeCloseTo(Number(run.costUsd), 9);
    expect(Number(run.costUsd)).toBeGreaterThan(0);
  });
});
