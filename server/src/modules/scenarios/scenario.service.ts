import { AgentEntity, RunEntity, ScenarioEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { ScenarioReadinessCheck } from './scenario-readiness.js';

export class ScenarioService {
  constructor(
    private readonly dataSource: DataSource,
    /** Whether each scenario can run today, and its input schema (from the playbooks). */
    readonly readiness: ScenarioReadinessCheck,
  ) {}

  /** A workspace's scenarios in display order (by agent, then scenario position). */
  list(ctx: RequestContext, agentId?: string): Promise<ScenarioEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ScenarioEntity, 's')
      .innerJoin(AgentEntity, 'a', 'a.id = s.agent_id')
      .where('s.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('a.position', 'ASC')
      .addOrderBy('s.position', 'ASC');
    if (agentId) query.andWhere('s.agent_id = :agentId', { agentId });
    return query.getMany();
  }

  async getByKey(ctx: RequestContext, key: string): Promise<ScenarioEntity> {
    const scenario = await this.dataSource.manager.findOneBy(ScenarioEntity, {
      workspaceId: ctx.workspaceId,
      key,
    });
    if (!scenario) {
      throw new DomainError('SCENARIO_NOT_FOUND', `No scenario with key "${key}".`, {
        scenarioKey: key,
      });
    }
    return scenario;
  }

  /** Each agent's scenarios in position order: a list of agents costs one scenario query. */
  byAgentLoader(ctx: RequestContext): DataLoader<string, ScenarioEntity[]> {
    return new DataLoader(async (agentIds) => {
      const rows = await this.dataSource.manager.find(ScenarioEntity, {
        where: { workspaceId: ctx.workspaceId, agentId: In([...agentIds]) },
        order: { position: 'ASC' },
      });
      return agentIds.map((agentId) => rows.filter((row) => row.agentId === agentId));
    });
  }

  /** Each scenario's latest run (by creation), or null: a grid of scenarios costs one query. */
  lastRunLoader(ctx: RequestContext): DataLoader<string, RunEntity | null> {
    return new DataLoader(async (scenarioIds) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(RunEntity, 'r')
        .distinctOn(['r.scenarioId'])
        .where('r.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
        .andWhere('r.scenario_id IN (:...ids)', { ids: [...scenarioIds] })
        .orderBy('r.scenarioId')
        .addOrderBy('r.createdAt', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .getMany();
      const byScenario = new Map(rows.map((r) => [r.scenarioId, r]));
      return scenarioIds.map((id) => byScenario.get(id) ?? null);
    });
  }

  loader(ctx: RequestContext): DataLoader<string, ScenarioEntity> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.manager.findBy(ScenarioEntity, {
        workspaceId: ctx.workspaceId,
        id: In([...ids]),
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? new Error(`scenario ${id} not found`));
    });
  }
}
