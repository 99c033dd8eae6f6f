import type { RunEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import type { ActorNameService } from '../audit/actor-names.js';
import { runTriggerSummary } from './run-trigger-summary.js';

/**
 * Who or what started a run, by name: the team member, the API key or the storefront visitor
 * whose request it was (the actor the launcher wrote into the run's TRIGGER step), else the
 * trigger in words (a schedule, a webhook, a threshold, another agent). A page of runs costs one
 * step query and one query per kind of actor.
 */
export class RunStartedByService {
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, string | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly actorNames: ActorNameService,
  ) {}

  async startedBy(ctx: RequestContext, run: RunEntity): Promise<string> {
    if (!['MANUAL', 'API', 'WIDGET'].includes(run.trigger)) {
      return runTriggerSummary(run.trigger, run.triggerDetail);
    }
    const actor = await this.actorLoader(ctx).load(run.id);
    return actor
      ? this.actorNames.name(ctx, actor)
      : runTriggerSummary(run.trigger, run.triggerDetail);
  }

  /** The same, for many runs at once (the CSV export's pages). */
  async startedByMany(workspaceId: string, runs: readonly RunEntity[]): Promise<string[]> {
    const actors = await this.actorsOf(
      workspaceId,
      runs.map((r) => r.id),
    );
    const names = await this.actorNames.names(workspaceId, [...actors.values()]);
    return runs.map((run) => {
      const actor = actors.get(run.id);
      return ['MANUAL', 'API', 'WIDGET'].includes(run.trigger) && actor
        ? (names.get(actor) ?? actor)
        : runTriggerSummary(run.trigger, run.triggerDetail);
    });
  }

  private actorLoader(ctx: RequestContext): DataLoader<string, string | null> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (runIds) => {
        const actors = await this.actorsOf(ctx.workspaceId, runIds);
        return runIds.map((id) => actors.get(id) ?? null);
      });
      this.loaders.set(ctx, loader);
    }
    return loader;
  }

  private async actorsOf(
    workspaceId: string,
    runIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (runIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT run_id, data->>'actor' AS actor
         FROM run_step
        WHERE workspace_id = $1 AND run_id = ANY($2::uuid[]) AND kind = 'TRIGGER'`,
      [workspaceId, [...runIds]],
    )) as { run_id: string; actor: string | null }[];
    return new Map(rows.flatMap((r) => (r.actor ? [[r.run_id, r.actor] as const] : [])));
  }
}
