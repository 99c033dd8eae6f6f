import { DEMO_AGENTS } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';

const ROUTE_MESSAGE = graphql(`
  query Route($text: String!) {
    routeMessage(text: $text) {
      agentKey
      confidence
      needsClarification
      clarifyingQuestion
      alternatives {
        agentKey
        confidence
      }
    }
  }
`);

describe('routing a message with no agent', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  const route = (text: string) =>
    t.client.request(ROUTE_MESSAGE, { text }).then((d) => d.routeMessage);

  it('sends an order question to support, confidently', async () => {
    const result = await route('where is my order JL-1042');
    // needsClarification is false exactly when confidence reaches the router's threshold.
    expect(result).toMatchObject({
      agentKey: 'support',
      needsClarification: false,
      clarifyingQuestion: null,
    });
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternatives[0]).toEqual({ agentKey: 'support', confidence: result.confidence });
    expect(result.alternatives).toHaveLength(3);
  });

  it('sends a sales tax question to tax', async () => {
    const result = await route('how much sales tax do I charge in Texas');
    expect(result).toMatchObject({ agentKey: 'tax', needsClarification: false });
  });

  it('asks a clarifying question naming the agents for an off-topic message', async () => {
    const result = await route('what is the capital of France');
    expect(result.needsClarification).toBe(true);
    for (const agent of DEMO_AGENTS) expect(result.clarifyingQuestion).toContain(agent.name);
  });

  it('refuses an empty message with INVALID_INPUT', async () => {
    const error = await refusalOf(route('   '));
    expect(error.errorCode).toBe('INVALID_INPUT');
  });

  it('never chooses a disabled agent', async () => {
    const setTaxEnabled = async (enabled: boolean) => {
      await t.hub.database.dataSource.query(
        `UPDATE agent SET enabled = ${enabled ? 'true' : 'false'} WHERE key = 'tax'`,
      );
      t.hub.services.agents.invalidate(t.hub.demoWorkspaceId);
    };
    await setTaxEnabled(false);
    try {
      const result = await route('how much sales tax do I charge in Texas');
      expect(result.agentKey).not.toBe('tax');
      expect(result.alternatives.map((a) => a.agentKey)).not.toContain('tax');
    } finally {
      await setTaxEnabled(true);
    }
    expect((await route('how much sales tax do I charge in Texas')).agentKey).toBe('tax');
  });
});
