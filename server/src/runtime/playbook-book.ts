import { DomainError } from '../errors.js';
import type { Playbook } from './playbook.js';

/** Every scenario's playbook, by scenario key, and each agent's default for free-form input. */
export class PlaybookBook {
  private readonly byScenario = new Map<string, Playbook>();
  private readonly defaultByAgent = new Map<string, string>();

  add(playbooks: readonly Playbook[], defaultScenarioKey: string): this {
    for (const playbook of playbooks) this.byScenario.set(playbook.scenarioKey, playbook);
    const agentKey = playbooks[0]?.agentKey;
    if (agentKey) this.defaultByAgent.set(agentKey, defaultScenarioKey);
    return this;
  }

  forScenario(scenarioKey: string): Playbook {
    const playbook = this.byScenario.get(scenarioKey);
    if (!playbook) throw new Error(`no playbook for scenario ${scenarioKey}`);
    return playbook;
  }

  /** The scenario a run without a scenario key follows (e.g. support answers questions). */
  defaultScenarioFor(agentKey: string): string {
    const key = this.defaultByAgent.get(agentKey);
    if (!key)
      throw new DomainError('SCENARIO_NOT_FOUND', `Agent "${agentKey}" needs a scenarioKey.`);
    return key;
  }

  scenarioKeys(): string[] {
    return [...this.byScenario.keys()];
  }
}
