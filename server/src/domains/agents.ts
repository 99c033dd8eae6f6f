import { PlaybookBook } from '../runtime/playbook-book.js';
import type { Tool } from '../runtime/tool-registry.js';
import type { AgentDefinition } from './agent-definition.js';
import { contentAgent } from './content/index.js';
import { financeAgent } from './finance/index.js';
import { reportingAgent } from './reporting/index.js';
import { salesAgent } from './sales/index.js';
import { supportAgent } from './support/index.js';
import { taxAgent } from './tax/index.js';

/** The hub's agents. Adding one is its folder under domains/ plus one line here. */
export const AGENT_DOMAINS = [
  supportAgent,
  salesAgent,
  financeAgent,
  contentAgent,
  taxAgent,
  reportingAgent,
];

type ServicesOf<Agent> = Agent extends AgentDefinition<infer Services> ? Services : never;
type AllOf<Union> = (Union extends unknown ? (slice: Union) => void : never) extends (
  all: infer All,
) => void
  ? All
  : never;

/** Every service the agents' tools use: the agents' slices together. */
export type AgentServices = AllOf<ServicesOf<(typeof AGENT_DOMAINS)[number]>>;

/** Every agent's playbooks, by scenario, with each agent's default scenario. */
export function agentPlaybooks(): PlaybookBook {
  const book = new PlaybookBook();
  for (const agent of AGENT_DOMAINS) book.add(agent.playbooks, agent.defaultScenario);
  return book;
}

/** The tools that exist today; scenarios needing others fail naming the missing tool. */
export function agentTools(services: AgentServices): Tool[] {
  return AGENT_DOMAINS.flatMap((agent) => agent.tools(services));
}
