import type { AgentEntity, ScenarioEntity } from '@zactonics/db';
import type DataLoader from 'dataloader';
import type { HubServices } from './services.js';

/** Who is calling, for which workspace: the first argument of every service call. */
export interface RequestContext {
  workspaceId: string;
  /** For the audit log: `api_key:<id>`. */
  actor: string;
  /** The hub's services; resolvers are thin and call into these. */
  services: HubServices;
  /** Per-request batch loaders (a page of runs costs one agent query). */
  loaders: {
    agent: DataLoader<string, AgentEntity>;
    scenario: DataLoader<string, ScenarioEntity>;
  };
}

export function createRequestContext(
  services: HubServices,
  workspaceId: string,
  actor: string,
): RequestContext {
  const ctx: RequestContext = { workspaceId, actor, services, loaders: undefined as never };
  ctx.loaders = { agent: services.agents.loader(ctx), scenario: services.scenarios.loader(ctx) };
  return ctx;
}
