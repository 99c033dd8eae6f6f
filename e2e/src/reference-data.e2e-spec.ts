import { DEMO_AGENTS } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import { startTestHub, type TestHub } from './harness.js';

const REFERENCE_AGENTS = graphql(`
  query ReferenceAgents {
    agents {
      key
      tools
      systemPrompt
      scenarios {
        key
        sampleInput
      }
    }
  }
`);

const EDIT_AGENT_TOOLS = graphql(`
  mutation EditAgentTools($key: String!, $tools: [String!]) {
    updateAgent(key: $key, input: { tools: $tools }) {
      key
    }
  }
`);

const seeded = (key: string) => {
  const seed = DEMO_AGENTS.find((agent) => agent.key === key);
  if (!seed) throw new Error(`no built-in agent ${key}`);
  return seed;
};

/**
 * A hub upgraded in place: its database was seeded by an older release (fewer tools, a scenario
 * and an agent missing, an older sample input) and its owner edited an agent. Starting this
 * release brings the reference data up to date and keeps the owner's edit; a second start
 * changes nothing.
 */
describe('reference data after an upgrade in place', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t?.close());

  const agents = async () => (await t.client.request(REFERENCE_AGENTS)).agents;
  const agent = async (key: string) => (await agents()).find((a) => a.key === key);

  it("restores the built-in agents' tools, scenarios and samples at start, keeping the owner's edit", async () => {
    // The owner edits support's tools in the console's agent editor.
    await t.client.request(EDIT_AGENT_TOOLS, {
      key: 'support',
      tools: ['search_knowledge_base', 'track_order'],
    });
    // What an older release left: sales without book_meeting, no meeting-scheduling scenario,
    // no reporting agent, an older lead-qualification sample.
    await t.query(
      `UPDATE agent SET tools = array_remove(tools, 'book_meeting') WHERE key = 'sales'`,
    );
    await t.query(`DELETE FROM scenario WHERE key = 'meeting-scheduling'`);
    await t.query(`DELETE FROM agent WHERE key = 'reporting'`);
    await t.query(
      `UPDATE scenario SET sample_input = sample_input - 'consent' WHERE key = 'lead-qualification'`,
    );

    await t.restart();

    const after = await agents();
    expect(after.map((a) => a.key)).toEqual(DEMO_AGENTS.map((a) => a.key));
    for (const { key, scenarios } of after) {
      expect(scenarios).toEqual(
        seeded(key).scenarios.map(({ key, sampleInput }) => ({ key, sampleInput })),
      );
    }
    expect((await agent('sales'))?.tools).toEqual(seeded('sales').tools);
    expect((await agent('reporting'))?.tools).toEqual(seeded('reporting').tools);
    expect(await agent('support')).toMatchObject({
      tools: ['search_knowledge_base', 'track_order'],
      systemPrompt: seeded('support').systemPrompt,
    });
  });

  it('changes nothing at the next start', async () => {
    const rows = () =>
      t.query<{ id: string; updated_at: Date }>(
        `SELECT id, updated_at FROM agent UNION ALL SELECT id, created_at FROM scenario ORDER BY id`,
      );
    const before = await rows();

    await t.restart();

    expect(await rows()).toEqual(before);
    expect((await agent('support'))?.tools).toEqual(['search_knowledge_base', 'track_order']);
  });
});
