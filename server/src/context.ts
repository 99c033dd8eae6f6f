import type { AgentEntity, ScenarioEntity } from '@zactonics/db';
import type DataLoader from 'dataloader';
import type { HubServices } from './services.js';

/** What a caller may do in the console schema (see modules/admin-users/operation-access.ts). */
export type ConsoleRole = 'OWNER' | 'ADMIN' | 'VIEWER';

/** Who is calling, for which workspace: the first argument of every service call. */
export interface RequestContext {
  workspaceId: string;
  /** For the audit log: `api_key:<id>` or `user:<id>`. */
  actor: string;
  /** Checked for every operation before it runs; services re-check owner-only work. */
  role: ConsoleRole;
  /** The signed-in console user; null for an API key (and for widget visitors). */
  userId: string | null;
  /** The hub's services; resolvers are thin and call into these. */
  services: HubServices;
  /** Aborted when the client goes away (see graphql/client-abort.ts). */
  signal?: AbortSignal;
  /** Per-request batch loaders (a page of runs costs one agent query). */
  loaders: {
    agent: DataLoader<string, AgentEntity>;
    scenario: DataLoader<string, ScenarioEntity>;
    /** An agent's scenarios, by agent id. */
    agentScenarios: DataLoader<string, ScenarioEntity[]>;
  };
}

export interface RequestContextOptions {
  /** Least privilege unless said otherwise. */
  role?: ConsoleRole;
  userId?: string | null;
}

export function createRequestContext(
  services: HubServices,
  workspaceId: string,
  actor: string,
  options: RequestContextOptions = {},
): RequestContext {
  const ctx: RequestContext = {
    workspaceId,
    actor,
    role: options.role ?? 'VIEWER',
    userId: options.userId ?? null,
    services,
    loaders: undefined as never,
  };
  ctx.loaders = {
    agent: services.agents.loader(ctx),
    scenario: services.scenarios.loader(ctx),
    agentScenarios: services.scenarios.byAgentLoader(ctx),
  };
  return ctx;
}
