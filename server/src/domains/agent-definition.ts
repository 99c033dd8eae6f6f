import type { Playbook } from '../runtime/playbook.js';
import type { Tool } from '../runtime/tool-registry.js';

/**
 * One agent, whole: its scenarios' playbooks (each carries its scenario's input schema), the
 * scenario a run without one follows, and its tools built from the services they need.
 * `Services` is the narrow slice of the hub's services this agent's tools use, declared by the
 * agent; the composition root hands every agent the slices together (see agents.ts).
 */
export interface AgentDefinition<Services = unknown> {
  readonly key: string;
  readonly playbooks: readonly Playbook[];
  readonly defaultScenario: string;
  // A function-typed property, not a method: checked strictly, so each agent's slice stays
  // visible in the agent list's type and AgentServices (agents.ts) demands every slice.
  readonly tools: (services: Services) => Tool[];
}

/**
 * Checks an agent's definition at load time: every playbook is the agent's own and the default
 * scenario is one of them, so a wrong key fails the hub's start rather than a customer's run.
 */
export function defineAgent<Services>(
  definition: AgentDefinition<Services>,
): AgentDefinition<Services> {
  const strays = definition.playbooks.filter((p) => p.agentKey !== definition.key);
  if (strays.length > 0) {
    throw new Error(
      `agent ${definition.key} lists playbooks of another agent: ${strays.map((p) => p.scenarioKey).join(', ')}`,
    );
  }
  if (!definition.playbooks.some((p) => p.scenarioKey === definition.defaultScenario)) {
    throw new Error(
      `agent ${definition.key} has no playbook for its default scenario ${definition.defaultScenario}`,
    );
  }
  return definition;
}
