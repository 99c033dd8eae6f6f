import type { z } from 'zod';
import type { FinalAnswer, ToolCall, ToolResult } from './model-gateway.js';

/**
 * How the offline provider carries out one scenario without a model: which tool calls to make
 * from the input, and how to write the reply from their results. Deterministic by construction.
 * The input schema also validates `startRun` input for the scenario, whatever the provider.
 */
export interface Playbook<Input = Record<string, unknown>> {
  scenarioKey: string;
  agentKey: string;
  input: z.ZodType<Input>;
  /** The tool calls of round `round` (0-based) given earlier results; empty means answer now. */
  plan(input: Input, previous: ToolResult[]): Array<Omit<ToolCall, 'id'>>;
  respond(input: Input, results: ToolResult[]): FinalAnswer;
  /**
   * Turns a free-text message (a routed `startRun` with no agent) into this playbook's input, or
   * null when the message alone cannot make one. Only an agent's default playbook is asked.
   */
  fromMessage?(message: string): Record<string, unknown> | null;
  /**
   * The input of a run a schedule starts, derived from the tick (e.g. the month before the
   * tick's for a monthly P&L). Used when the schedule has no input of its own; absent, the run
   * takes the scenario's sample input.
   */
  scheduledInput?(tick: ScheduledTick): Input;
}

/** A schedule's tick as a playbook sees it: the shop's calendar day, not an instant. */
export interface ScheduledTick {
  /** The tick's date (YYYY-MM-DD) in the schedule's time zone. */
  date: string;
  /** That time zone (IANA). */
  zone: string;
}

/** A playbook for a scenario whose tool is one call with the scenario input, answered as-is. */
export function singleToolPlaybook<Input extends Record<string, unknown>>(options: {
  agentKey: string;
  scenarioKey: string;
  tool: string;
  input: z.ZodType<Input>;
  describe: (output: unknown) => string;
  fromMessage?: (message: string) => Record<string, unknown> | null;
}): Playbook<Input> {
  return {
    agentKey: options.agentKey,
    scenarioKey: options.scenarioKey,
    input: options.input,
    ...(options.fromMessage ? { fromMessage: options.fromMessage } : {}),
    plan: (input, previous) => (previous.length === 0 ? [{ name: options.tool, input }] : []),
    respond: (_input, results) => ({
      text: options.describe(results[0]?.output),
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: { result: results[0]?.output ?? null },
    }),
  };
}
