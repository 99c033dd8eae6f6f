import { DEMO_AGENTS } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import { startTestHub, type TestHub } from './harness.js';

const CATALOG = graphql(`
  query Catalog {
    agents {
      key
      name
      enabled
      model
      scenarios {
        key
        title
        agent {
          key
        }
      }
    }
  }
`);
const FOUND_AND_MISSING = graphql(`
  query FoundAndMissing {
    found: agent(key: "reporting") {
      key
      name
    }
    missing: agent(key: "astrology") {
      key
    }
  }
`);
const SUPPORT_SCENARIOS = graphql(`
  query SupportScenarios {
    scenarios(agentKey: "support") {
      key
    }
  }
`);
const ALL_SCENARIOS = graphql(`
  query AllScenarios {
    scenarios {
      key
    }
  }
`);

describe('the agent catalog', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('lists the six agents with their twenty-one scenarios', async () => {
    const { agents } = await t.client.request(CATALOG);
    expect(agents.map((a) => a.key)).toEqual([
      'support',
      'sales',
      'finance',
      'content',
      'tax',
      'reporting',
    ]);
    expect(agents.flatMap((a) => a.scenarios)).toHaveLength(21);
    for (const agent of agents) {
      expect(agent.enabled).toBe(true);
      expect(agent.model).toMatch(/^claude-/);
      expect(agent.scenarios.every((s) => s.agent.key === agent.key)).toBe(true);
      const seeded = DEMO_AGENTS.find((a) => a.key === agent.key);
      expect(agent.scenarios.map((s) => s.key)).toEqual(seeded?.scenarios.map((s) => s.key));
    }
    expect(agents.find((a) => a.key === 'tax')?.scenarios.map((s) => s.title)).toEqual([
      'Sales tax calculation',
      'Deduction tracking',
      'Filing preparation',
      'Compliance monitoring',
    ]);
  });

  it('finds one agent by key, and answers null for an unknown key', async () => {
    const data = await t.client.request(FOUND_AND_MISSING);
    expect(data.found).toEqual({ key: 'reporting', name: 'P&L & Filing' });
    expect(data.missing).toBeNull();
  });

  it("filters scenarios by agent, and names an unknown agent's key in the error", async () => {
    const { scenarios } = await t.client.request(SUPPORT_SCENARIOS);
    expect(scenarios.map((s) => s.key)).toEqual([
      'faq-resolution',
      'order-tracking',
      'ticket-escalation',
    ]);
    const all = await t.client.request(ALL_SCENARIOS);
    expect(all.scenarios).toHaveLength(21);
    await expect(t.client.request('{ scenarios(agentKey: "nope") { key } }')).rejects.toMatchObject(
      {
        errorCode: 'AGENT_NOT_FOUND',
      },
    );
  });

  it('answers /healthz without a key', async () => {
    const response = await fetch(`${t.hub.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', provider: 'offline' });
  });

  // On this hub's port, not on a hub started for it (a start is seconds of CI); last in the
  // block, so no other test runs on a hub another start has tried to share a port with.
  describe('starting on a port already in use', () => {
    it('fails with EADDRINUSE instead of hanging', async () => {
      await expect(startTestHub({ PORT: String(t.hub.port) })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    });
  });
});
