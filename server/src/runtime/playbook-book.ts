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

  /**
   * The input the agent's default playbook makes of a free-text message, already validated; null
   * when that playbook cannot take a message (no `fromMessage`, or it makes nothing valid of it).
   */
  inputFromMessage(agentKey: string, message: string): Record<string, unknown> | null {
    const playbook = this.forScenario(this.defaultScenarioFor(agentKey));
    const candidate = playbook.fromMessage?.(message);
    if (!candidate) return null;
    const parsed = playbook.input.safeParse(candidate);
    return parsed.success ? (parsed.data as Record<string, unknown>) : null;
  }

  scenarioKeys(): string[] {
    return [...this.byScenario.keys()];
  }
}
