import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { singleToolPlaybook } from '../runtime/playbook.js';
import { defineAgent } from './agent-definition.js';
import { AGENT_DOMAINS, agentPlaybooks } from './agents.js';

const blogPost = singleToolPlaybook({
  agentKey: 'content',
  scenarioKey: 'blog-post-draft',
  tool: 'draft_blog_post',
  input: z.object({ topic: z.string() }),
  describe: () => 'drafted',
});

describe('the agent list', () => {
  it('holds the six agents once each, and no scenario belongs to two of them', () => {
    expect(AGENT_DOMAINS.map((agent) => agent.key)).toEqual([
      'support',
      'sales',
      'finance',
      'content',
      'tax',
      'reporting',
    ]);
    const scenarios = AGENT_DOMAINS.flatMap((agent) => agent.playbooks.map((p) => p.scenarioKey));
    expect(new Set(scenarios).size).toBe(scenarios.length);
  });

  it("builds a playbook book that knows every agent's default scenario", () => {
    const book = agentPlaybooks();
    expect(book.defaultScenarioFor('support')).toBe('faq-resolution');
    expect(book.defaultScenarioFor('sales')).toBe('lead-qualification');
    expect(book.defaultScenarioFor('finance')).toBe('finance-desk');
    expect(book.forScenario('meeting-scheduling').agentKey).toBe('sales');
  });
});

describe('defineAgent', () => {
  it('refuses a playbook of another agent, naming the scenario', () => {
    expect(() =>
      defineAgent({
        key: 'tax',
        playbooks: [blogPost],
        defaultScenario: 'blog-post-draft',
        tools: () => [],
      }),
    ).toThrow('agent tax lists playbooks of another agent: blog-post-draft');
  });

  it('refuses a default scenario without a playbook', () => {
    expect(() =>
      defineAgent({
        key: 'content',
        playbooks: [blogPost],
        defaultScenario: 'trend-monitoring',
        tools: () => [],
      }),
    ).toThrow('agent content has no playbook for its default scenario trend-monitoring');
  });
});
