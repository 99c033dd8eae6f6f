import { AgentEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';

export class AgentService {
  constructor(private readonly dataSource: DataSource) {}

  list(ctx: RequestContext): Promise<AgentEntity[]> {
    return this.dataSource.manager.find(AgentEntity, {
      where: { workspaceId: ctx.workspaceId },
      order: { position: 'ASC', key: 'ASC' },
    });
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
