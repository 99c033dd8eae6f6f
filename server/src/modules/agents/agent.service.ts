import { AgentEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';

/** How long a workspace's agent list is served from memory (see AgentService.list). */
export const AGENT_LIST_TTL_MS = 2_000;

export class AgentService {
  private readonly listCache = new Map<
    string,
    { agents: Promise<AgentEntity[]>; expires: number }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The workspace's agents in display order. The list is read on nearly every console and API
   * page and changes rarely, so it is kept in memory for a couple of seconds: this process's own
   * writes call `invalidate`, another process's show within the TTL. Lookups that decide
   * something (findByKey, before a run starts) always read the database.
   */
  async list(ctx: RequestContext): Promise<AgentEntity[]> {
    const now = this.clock.now().getTime();
    let cached = this.listCache.get(ctx.workspaceId);
    if (!cached || cached.expires <= now) {
      const agents = this.dataSource.manager.find(AgentEntity, {
        where: { workspaceId: ctx.workspaceId },
        order: { position: 'ASC', key: 'ASC' },
      });
      cached = { agents, expires: now + AGENT_LIST_TTL_MS };
      this.listCache.set(ctx.workspaceId, cached);
      agents.catch(() => this.listCache.delete(ctx.workspaceId));
    }
    return [...(await cached.agents)];
  }

  /** Call after any write to a workspace's agents. */
  invalidate(workspaceId: string): void {
    this.listCache.delete(workspaceId);
  }

  findByKey(ctx: RequestContext, key: string): Promise<AgentEntity | null> {
    return this.dataSource.manager.findOneBy(AgentEntity, { workspaceId: ctx.workspaceId, key });
  }

  async getByKey(ctx: RequestContext, key: string): Promise<AgentEntity> {
    const agent = await this.findByKey(ctx, key);
    if (!agent)
      throw new DomainError('AGENT_NOT_FOUND', `No agent with key "${key}".`, { agentKey: key });
    return agent;
  }

  /** A per-request batch loader, so a page of runs costs one agent query, not one per run. */
  loader(ctx: RequestContext): DataLoader<string, AgentEntity> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.findBy(AgentEntity, {
        workspaceId: ctx.workspaceId,
        id: In([...ids]),
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? new Error(`agent ${id} not found`));
    });
  }
}
