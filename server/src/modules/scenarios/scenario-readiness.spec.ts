import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Playbook } from '../../runtime/playbook.js';
import { PlaybookBook } from '../../runtime/playbook-book.js';
import { ScenarioReadinessCheck } from './scenario-readiness.js';

// A fixture agent: every seeded scenario is available today, so these make the unavailable cases.
const wrapInput = z.object({
  giftNote: z.string().min(1).max(200),
  ribbon: z.enum(['red', 'gold']).default('red'),
});
const wrapping: Playbook<z.infer<typeof wrapInput>> = {
  agentKey: 'gifts',
  scenarioKey: 'gift-wrapping',
  input: wrapInput,
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'wrap_gift', input: { note: input.giftNote } }] : [],
  respond: () => ({ text: 'Wrapped.', citations: [], confidence: null, handoffSuggested: false }),
};
const book = new PlaybookBook().add([wrapping as unknown as Playbook], 'gift-wrapping');
const sample = { key: 'gift-wrapping', sampleInput: { giftNote: 'Happy birthday' } };

describe('ScenarioReadinessCheck', () => {
  it('calls a scenario available when its playbook exists and its tools are built and allowed', () => {
    const check = new ScenarioReadinessCheck(book, () => ['wrap_gift']);
    expect(check.check(sample, ['wrap_gift'])).toEqual({ available: true });
  });

  it('names a tool that is not built yet', () => {
    const check = new ScenarioReadinessCheck(book, () => ['track_order']);
    expect(check.check(sample, ['wrap_gift'])).toEqual({
      available: false,
      reason: 'Needs the tool wrap_gift, which is not built yet.',
    });
  });

  it('names a built tool the agent may not use', () => {
    const check = new ScenarioReadinessCheck(book, () => ['wrap_gift']);
    expect(check.check(sample, [])).toEqual({
      available: false,
      reason:
        'Needs the tool wrap_gift, which this agent may not use (turn it on in the agent editor).',
    });
  });

  it('calls a scenario without a playbook not built', () => {
    const check = new ScenarioReadinessCheck(book, () => ['wrap_gift']);
    expect(check.check({ key: 'gift-cards', sampleInput: {} }, ['wrap_gift'])).toEqual({
      available: false,
      reason: 'Not built yet: the hub has no playbook for it.',
    });
    expect(check.inputSchema('gift-cards')).toBeNull();
  });

  it("gives the playbook's input as JSON Schema, input side: a field with a default is optional", () => {
    const check = new ScenarioReadinessCheck(book, () => []);
    expect(check.inputSchema('gift-wrapping')).toEqual({
      type: 'object',
      properties: {
        giftNote: { type: 'string', minLength: 1, maxLength: 200 },
        ribbon: { type: 'string', enum: ['red', 'gold'], default: 'red' },
      },
      required: ['giftNote'],
    });
  });
});
