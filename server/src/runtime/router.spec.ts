import { DEMO_AGENTS } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import {
  MAX_ROUTE_MESSAGE_LENGTH,
  MessageRouter,
  ROUTE_CONFIDENCE_THRESHOLD,
  type AgentDirectory,
} from './router.js';
import {
  HELD_OUT_INJECTION_PROBES,
  HELD_OUT_OFF_TOPIC,
  HELD_OUT_UTTERANCES,
  ROUTABLE_AGENT_KEYS,
  TRAINING_UTTERANCES,
} from './router-utterances.js';

// The router reads nothing from the context but what it hands to the agent directory.
const ctx = { workspaceId: 'workspace-1' } as RequestContext;

function directory(disabled: string[] = []): AgentDirectory {
  return {
    list: async () =>
      DEMO_AGENTS.map((a) => ({ key: a.key, name: a.name, enabled: !disabled.includes(a.key) })),
  };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('MessageRouter', () => {
  const router = new MessageRouter(directory(), TRAINING_UTTERANCES);

  it('routes at least 90% of the held-out set to the labeled agent', async () => {
    const misses: string[] = [];
    let total = 0;
    let confident = 0;
    for (const key of ROUTABLE_AGENT_KEYS) {
      for (const text of HELD_OUT_UTTERANCES[key]) {
        total += 1;
        const result = await router.route(ctx, text);
        if (result.agentKey !== key) misses.push(`${key} <- "${text}" as ${result.agentKey}`);
        if (result.agentKey === key && !result.needsClarification) confident += 1;
      }
    }
    const accuracy = (total - misses.length) / total;
    console.log(
      `router held-out accuracy: ${(accuracy * 100).toFixed(1)}% (${total - misses.length}/${total}); ` +
        `routed without clarification: ${confident}/${total}` +
        (misses.length ? `; misses: ${misses.join('; ')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every confidence within 0..1, the alternatives ranked and summing to at most 1', async () => {
    const result = await router.route(ctx, 'which invoices are overdue');
    expect(result.alternatives).toHaveLength(3);
    expect(result.alternatives[0]).toEqual({
      agentKey: result.agentKey,
      confidence: result.confidence,
    });
    const confidences = result.alternatives.map((a) => a.confidence);
    for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(confidences.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('gives the same answer for the same text', async () => {
    const text = 'do we have nexus in Washington';
    const first = await router.route(ctx, text);
    const again = await new MessageRouter(directory(), TRAINING_UTTERANCES).route(ctx, text);
    expect(again).toEqual(first);
    expect(await router.route(ctx, text)).toEqual(first);
  });

  it('refuses an empty or whitespace-only message as INVALID_INPUT', async () => {
    expect((await refusal(router.route(ctx, ''))).errorCode).toBe('INVALID_INPUT');
    expect((await refusal(router.route(ctx, '  \n\t '))).errorCode).toBe('INVALID_INPUT');
  });

  it('refuses a message over the length limit as INVALID_INPUT', async () => {
    const long = 'where is my order '.repeat(300).slice(0, MAX_ROUTE_MESSAGE_LENGTH + 1);
    expect((await refusal(router.route(ctx, long))).errorCode).toBe('INVALID_INPUT');
    const atLimit = long.slice(0, MAX_ROUTE_MESSAGE_LENGTH);
    expect((await router.route(ctx, atLimit)).agentKey).toBe('support');
  });

  it('asks for clarification on gibberish and off-topic text, naming what the hub does', async () => {
    for (const text of HELD_OUT_OFF_TOPIC) {
      const result = await router.route(ctx, text);
      expect(result.confidence, text).toBeLessThan(ROUTE_CONFIDENCE_THRESHOLD);
      expect(result.needsClarification).toBe(true);
      expect(ROUTABLE_AGENT_KEYS).toContain(result.agentKey);
      for (const agent of DEMO_AGENTS) expect(result.clarifyingQuestion).toContain(agent.name);
    }
  });

  it('routes a clear request without a clarifying question', async () => {
    const result = await router.route(ctx, 'where is my order JL-1042');
    expect(result).toMatchObject({
      agentKey: 'support',
      needsClarification: false,
      clarifyingQuestion: null,
    });
    expect(result.confidence).toBeGreaterThanOrEqual(ROUTE_CONFIDENCE_THRESHOLD);
  });

  it('leaks no system prompt or tool name to injection attempts', async () => {
    const secrets = DEMO_AGENTS.flatMap((a) => [a.systemPrompt, ...a.tools]);
    for (const text of HELD_OUT_INJECTION_PROBES) {
      const result = await router.route(ctx, text);
      expect(Object.keys(result).sort()).toEqual([
        'agentKey',
        'alternatives',
        'clarifyingQuestion',
        'confidence',
        'needsClarification',
      ]);
      const json = JSON.stringify(result);
      for (const secret of secrets) expect(json, text).not.toContain(secret);
    }
  });

  it('never chooses a disabled agent and leaves it out of the alternatives', async () => {
    const withoutTax = new MessageRouter(directory(['tax']), TRAINING_UTTERANCES);
    const result = await withoutTax.route(ctx, 'how much sales tax do I charge in California');
    expect(result.agentKey).not.toBe('tax');
    expect(result.alternatives.map((a) => a.agentKey)).not.toContain('tax');
    expect(result.clarifyingQuestion ?? '').not.toContain('Tax & Compliance');
  });

  it('refuses to route when no agent is enabled', async () => {
    const none = new MessageRouter(directory([...ROUTABLE_AGENT_KEYS]), TRAINING_UTTERANCES);
    expect((await refusal(none.route(ctx, 'where is my order'))).errorCode).toBe('AGENT_DISABLED');
  });
});
