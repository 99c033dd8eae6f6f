import { RunEntity, RunStepEntity, type RunStatus } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import type { RunJournal } from '../../runtime/run-journal.js';
import { callerTriggerKind, type RunLauncher } from '../../runtime/run-launcher.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ConversationService } from '../conversations/conversation.service.js';
import { isId } from '../ids.js';
import { assertPage } from '../paging.js';
import type { RunRoutingService } from '../routing/run-routing.service.js';

export interface StartRunCommand {
  /** Without it, `input.message` is routed to an agent (RunRoutingService). */
  agentKey?: string | null | undefined;
  scenarioKey?: string | null | undefined;
  input?: Record<string, unknown> | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** Continues this conversation: the run sees its earlier exchanges. */
  conversationId?: string | null | undefined;
}

export interface RunQuery {
  agentKey?: string | null | undefined;
  scenarioKey?: string | null | undefined;
  statuses?: RunStatus[] | null | undefined;
  first: number;
  offset: number;
}

export class RunService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly launcher: RunLauncher,
    private readonly journal: RunJournal,
    private readonly audit: AuditService,
    private readonly conversations: ConversationService,
    private readonly routing: RunRoutingService,
  ) {}

  /**
   * Starts a run through the launcher (which checks everything before writing anything) and
   * queues it; `input.message` without an agent is routed. The same idempotency key returns the
   * same run. In a conversation, the run records the customer's message, and while a person has
   * the conversation it is answered with a note that they will reply instead of by an agent.
   */
  async start(ctx: RequestContext, request: StartRunCommand): Promise<RunEntity> {
    const conversation = request.conversationId
      ? await this.conversations.get(ctx, request.conversationId)
      : null;
    return this.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: ctx.actor,
      agent: request.agentKey
        ? { key: request.agentKey }
        : { route: (input) => this.routing.route(ctx, { ...request, input }) },
      scenarioKey: request.scenarioKey,
      input: request.input,
      trigger: { kind: callerTriggerKind(ctx.actor) },
      idempotencyKey: request.idempotencyKey,
      conversationId: conversation?.id,
      join: conversation
        ? this.conversations.joinApiRun(ctx, conversation.id, request.input)
        : undefined,
    });
  }

  async cancel(ctx: RequestContext, runId: string): Promise<RunEntity> {
    const run = await this.get(ctx, runId);
    if (isTerminal(run.status)) throw finished(run.status);
    const cancelled = await this.journal.finish(run.id, {
      status: 'CANCELLED',
      reason: `Cancelled by ${ctx.actor}`,
    });
    if (!cancelled) throw finished((await this.get(ctx, runId)).status);
    await this.audit.record(ctx.workspaceId, {
      actor: ctx.actor,
      action: 'run.cancel',
      targetType: 'run',
      targetId: run.id,
    });
    await this.cancelChildren(ctx, run.id);
    return cancelled;
  }

  /** Runs asked for by a cancelled run are not wanted any more, nor theirs. */
  private async cancelChildren(ctx: RequestContext, parentRunId: string): Promise<void> {
    for (const child of await this.children(ctx, parentRunId)) {
      if (isTerminal(child.status)) continue;
      await this.journal.finish(child.id, {
        status: 'CANCELLED',
        reason: `The run that asked for it (${parentRunId}) was cancelled by ${ctx.actor}`,
      });
      await this.cancelChildren(ctx, child.id);
    }
  }

  async find(ctx: RequestContext, runId: string): Promise<RunEntity | null> {
    if (!isId(runId)) return null;
    return this.dataSource.manager.findOneBy(RunEntity, {
      id: runId,
      workspaceId: ctx.workspaceId,
    });
  }

  /** A run of the caller's workspace; another workspace's run is reported as not found. */
  async get(ctx: RequestContext, runId: string): Promise<RunEntity> {
    const run = await this.find(ctx, runId);
    if (!run) throw new DomainError('RUN_NOT_FOUND', `No run with id "${runId}".`, { runId });
    return run;
  }

  async list(
    ctx: RequestContext,
    query: RunQuery,
  ): Promise<{ items: RunEntity[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(RunEntity, 'r')
      .where('r.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(query.first)
      .skip(query.offset);
    if (query.agentKey) {
      qb.innerJoin('agent', 'a', 'a.id = r.agent_id AND a.key = :agentKey', {
        agentKey: query.agentKey,
      });
    }
    if (query.scenarioKey) {
      qb.innerJoin('scenario', 's', 's.id = r.scenario_id AND s.key = :scenarioKey', {
        scenarioKey: query.scenarioKey,
      });
    }
    if (query.statuses?.length)
      qb.andWhere('r.status IN (:...statuses)', { statuses: query.statuses });
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems };
  }

  /** The runs `runId` asked other agents for, oldest first; scoped to the caller's workspace. */
  children(ctx: RequestContext, runId: string): Promise<RunEntity[]> {
    return this.dataSource.manager.find(RunEntity, {
      where: { workspaceId: ctx.workspaceId, parentRunId: runId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  steps(ctx: RequestContext, runId: string, afterSeq = 0): Promise<RunStepEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(RunStepEntity, 'st')
      .where('st.run_id = :runId AND st.workspace_id = :workspaceId AND st.seq > :afterSeq', {
        runId,
        workspaceId: ctx.workspaceId,
        afterSeq,
      })
      .orderBy('st.seq', 'ASC')
      .getMany();
  }
}

function finished(status: RunStatus) {
  return new DomainError('RUN_ALREADY_FINISHED', `The run already finished (${status}).`, {
    status,
  });
}
