import { RunEntity, RunStepEntity, type RunStatus } from '@zactonics/db';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { RunQueue } from '../../queue/run-queue.js';
import type { PlaybookBook } from '../../runtime/playbook-book.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import type { RunJournal } from '../../runtime/run-journal.js';
import type { AgentService } from '../agents/agent.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ConversationService } from '../conversations/conversation.service.js';
import { isId } from '../ids.js';
import { assertPage } from '../paging.js';
import type { RunRoutingService } from '../routing/run-routing.service.js';
import type { ScenarioService } from '../scenarios/scenario.service.js';
import { finishWithReply } from '../../runtime/direct-reply.js';
import { guardInput, guardrailStep } from '../../runtime/guardrails/index.js';

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
    private readonly agents: AgentService,
    private readonly scenarios: ScenarioService,
    private readonly playbooks: PlaybookBook,
    private readonly journal: RunJournal,
    private readonly queue: RunQueue,
    private readonly audit: AuditService,
    private readonly conversations: ConversationService,
    private readonly routing: RunRoutingService,
  ) {}

  /**
   * Validates everything before writing anything, then creates the run and its TRIGGER step in
   * one transaction and queues it. The same idempotency key returns the same run.
   */
  async start(ctx: RequestContext, request: StartRunCommand): Promise<RunEntity> {
    // Limits first (nothing oversized is routed or parsed), then only the redacted input is used.
    const guarded = request.input ? guardInput(request.input) : null;
    const command = guarded ? { ...request, input: guarded.input } : request;
    const routed = command.agentKey ? null : await this.routing.route(ctx, command);
    const agent = await this.agents.getByKey(ctx, routed?.agentKey ?? command.agentKey ?? '');
    const scenario = command.scenarioKey
      ? await this.scenarios.getByKey(ctx, command.scenarioKey)
      : null;
    if (scenario && scenario.agentId !== agent.id) {
      throw new DomainError(
        'SCENARIO_AGENT_MISMATCH',
        `The scenario "${scenario.key}" belongs to another agent than "${agent.key}".`,
      );
    }
    const conversation = command.conversationId
      ? await this.conversations.get(ctx, command.conversationId)
      : null;
    const idempotencyKey = command.idempotencyKey ?? null;
    const sameRequest = {
      routed: routed !== null,
      agentId: agent.id,
      scenarioId: scenario?.id ?? null,
    };
    if (idempotencyKey !== null) {
      if (idempotencyKey.length < 1 || idempotencyKey.length > 200) {
        throw new DomainError('INVALID_INPUT', 'idempotencyKey must be 1 to 200 characters.');
      }
      const earlier = await this.earlierRun(ctx, idempotencyKey, sameRequest);
      if (earlier) return earlier;
    }
    if (!agent.enabled) {
      throw new DomainError('AGENT_DISABLED', `The agent "${agent.key}" is disabled.`, {
        agentKey: agent.key,
      });
    }
    const scenarioKey = scenario?.key ?? this.playbooks.defaultScenarioFor(agent.key);
    // A routed run's input was made (and checked) by the router from the message.
    const input =
      routed?.input ?? this.parseInput(scenarioKey, command.input ?? scenario?.sampleInput ?? {});

    let created: { run: RunEntity; steps: RunStepEntity[]; botAnswers: boolean };
    try {
      created = await this.dataSource.transaction(async (tx) => {
        if (conversation) await this.conversations.lockForRun(ctx, conversation.id, tx);
        const run = await tx.save(
          tx.create(RunEntity, {
            workspaceId: ctx.workspaceId,
            agentId: agent.id,
            scenarioId: scenario?.id ?? null,
            status: 'QUEUED',
            trigger: 'API',
            input,
            idempotencyKey,
            conversationId: conversation?.id ?? null,
            routing: routed ? { ...routed.routing } : null,
            flags: guarded?.flags ?? [],
            lastSeq: 0,
          }),
        );
        // Records the customer's message; while a person has the conversation, no agent answers.
        const { botAnswers } = conversation
          ? await this.conversations.admitRun(ctx, conversation.id, run, tx)
          : { botAnswers: true };
        const trigger = await this.journal.appendWithin(tx, run, {
          kind: 'TRIGGER',
          title:
            routed?.title ?? (scenario ? `Started "${scenario.title}"` : `Started ${agent.name}`),
          detail: `Triggered through the API by ${ctx.actor}`,
          data: {
            trigger: 'API',
            actor: ctx.actor,
            agentKey: agent.key,
            // A routed reply follows no scenario: the router wrote it.
            scenarioKey: routed?.reply ? null : scenarioKey,
            ...(routed ? { routing: routed.routing } : {}),
          },
        });
        await this.audit.record(
          ctx.workspaceId,
          {
            actor: ctx.actor,
            action: 'run.start',
            targetType: 'run',
            targetId: run.id,
            data: { agentKey: agent.key, scenarioKey },
          },
          tx,
        );
        const guardrail = guarded && guardrailStep(guarded);
        const steps = [trigger];
        if (guardrail) steps.push(await this.journal.appendWithin(tx, run, guardrail));
        return { run, steps, botAnswers };
      });
    } catch (error) {
      // Two requests with one idempotency key raced: the loser returns the winner's run.
      if (idempotencyKey !== null && isUniqueViolation(error)) {
        const winner = await this.earlierRun(ctx, idempotencyKey, sameRequest);
        if (winner) return winner;
      }
      throw error;
    }
    for (const step of created.steps) await this.journal.publishStep(step);
    await this.journal.publishRun(created.run);
    if (created.run.conversationId) this.conversations.changed(created.run.conversationId);
    if (!created.botAnswers) {
      return finishWithReply(this.journal, created.run, PERSON_WILL_REPLY, 'hub-handoff');
    }
    if (routed?.reply) {
      return finishWithReply(this.journal, created.run, routed.reply, 'hub-router');
    }
    await this.queue.enqueue(created.run.id);
    return created.run;
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

  /** The scenario's input, validated by its playbook's schema (INVALID_INPUT otherwise). */
  private parseInput(scenarioKey: string, raw: unknown): Record<string, unknown> {
    const parsed = this.playbooks.forScenario(scenarioKey).input.safeParse(raw);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    throw new DomainError(
      'INVALID_INPUT',
      `Invalid input for "${scenarioKey}": ${problems.join('; ')}`,
      { problems },
    );
  }

  /**
   * The run an earlier request with the same idempotency key created, if any; a key reused for a
   * different agent or scenario is refused. A routed retry may route differently (a model can
   * change its mind): the first run stands.
   */
  private async earlierRun(
    ctx: RequestContext,
    idempotencyKey: string,
    request: { routed: boolean; agentId: string; scenarioId: string | null },
  ): Promise<RunEntity | null> {
    const earlier = await this.findByIdempotencyKey(ctx, idempotencyKey);
    if (!earlier) return null;
    if (request.routed && earlier.routing) return earlier;
    return this.sameRequestOrThrow(earlier, request.agentId, request.scenarioId);
  }

  private findByIdempotencyKey(ctx: RequestContext, idempotencyKey: string) {
    return this.dataSource.manager.findOneBy(RunEntity, {
      workspaceId: ctx.workspaceId,
      idempotencyKey,
    });
  }

  private sameRequestOrThrow(
    run: RunEntity,
    agentId: string,
    scenarioId: string | null,
  ): RunEntity {
    if (run.agentId === agentId && run.scenarioId === scenarioId) return run;
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was already used for a different agent or scenario.',
      { runId: run.id },
    );
  }
}

/** The answer to a run in a conversation a person has taken over: the bot stays silent. */
const PERSON_WILL_REPLY = {
  text: 'A person from our team is looking after this conversation and will reply here shortly.',
  handoffSuggested: true,
  extra: { handoffState: 'HUMAN' },
};

function finished(status: RunStatus) {
  return new DomainError('RUN_ALREADY_FINISHED', `The run already finished (${status}).`, {
    status,
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
