import { z } from 'zod';
import type { PlaybookBook } from '../../runtime/playbook-book.js';

/** Whether the hub can carry out a scenario today, and if not, why, in words for the owner. */
export type ScenarioReadiness = { available: true } | { available: false; reason: string };

/**
 * What a scenario needs that the hub may lack: a playbook (which also validates its input), and
 * the tools its playbook calls first for the sample input, each registered (built) and allowed
 * for the agent. A run of a scenario lacking one of them fails with TOOL_NOT_AVAILABLE (or
 * SCENARIO_NOT_FOUND) naming it; this says so before anyone starts one.
 */
export class ScenarioReadinessCheck {
  constructor(
    private readonly playbooks: PlaybookBook,
    private readonly registeredTools: () => readonly string[],
  ) {}

  check(
    scenario: { key: string; sampleInput: Record<string, unknown> },
    agentTools: readonly string[],
  ): ScenarioReadiness {
    if (!this.playbooks.scenarioKeys().includes(scenario.key)) {
      return { available: false, reason: 'Not built yet: the hub has no playbook for it.' };
    }
    const registered = new Set(this.registeredTools());
    for (const tool of this.firstTools(scenario)) {
      if (!registered.has(tool)) {
        return { available: false, reason: `Needs the tool ${tool}, which is not built yet.` };
      }
      if (!agentTools.includes(tool)) {
        return {
          available: false,
          reason: `Needs the tool ${tool}, which this agent may not use (turn it on in the agent editor).`,
        };
      }
    }
    return { available: true };
  }

  /**
   * The scenario's input as a JSON Schema (draft 2020-12) of what startRun accepts: the input
   * side, so fields with a default are optional, exactly as the playbook's parse treats them.
   * Null when the hub has no playbook for the scenario.
   */
  inputSchema(scenarioKey: string): Record<string, unknown> | null {
    if (!this.playbooks.scenarioKeys().includes(scenarioKey)) return null;
    const { $schema: _dialect, ...schema } = z.toJSONSchema(
      this.playbooks.forScenario(scenarioKey).input,
      { io: 'input', unrepresentable: 'any' },
    );
    return schema;
  }

  /** The tools of the playbook's first round for the sample input (pure: no tool runs). */
  private firstTools(scenario: { key: string; sampleInput: Record<string, unknown> }): string[] {
    const playbook = this.playbooks.forScenario(scenario.key);
    const parsed = playbook.input.safeParse(scenario.sampleInput);
    if (!parsed.success) return [];
    try {
      return playbook.plan(parsed.data, []).map((call) => call.name);
    } catch {
      // A plan that cannot be made from the sample says nothing about the tools.
      return [];
    }
  }
}
