import { AgentEntity, RunEntity, ScenarioEntity, type RunStatus } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../modules/audit/audit.service.js';
import { guardInput } from './guardrails/index.js';
import type { PlaybookBook } from './playbook-book.js';
import type { RunJournal } from './run-journal.js';
import { ToolError, type ToolContext } from './tool-registry.js';

/** Deepest child allowed: a top-level run is depth 0 (the database enforces the same 0..3). */
export const MAX_RUN_DEPTH = 3;

export interface AgentCallRequest {
  agentKey: string;
  scenarioKey?: string | undefined;
  input: Record<string, unknown>;
}

export interface AgentCallResult {
  childRunId: string;
  status: RunStatus;
  output: Record<string, unknown> | null;
}

/** Whatever executes a queued run to its end (the hub's RunExecutor). */
export interface RunDriver {
  execute(runId: string): Promise<void>;
}

interface ChainLink {
  runId: string;
  depth: number;
  agentKey: string;
}

/**
 * One agent asking another: creates a child run of the caller's run and executes it inline, so
 * the caller gets the child's result as a tool result. Inline rather than through the run queue
 * on purpose: a waiting parent holds a queue slot, and with every slot held by a waiting parent
 * no child would ever start. Calls that would loop (the target already works on this request,
 * the caller included) or go deeper than MAX_RUN_DEPTH are refused before anything is written.
 */
export class AgentCalls {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      journal: RunJournal;
      playbooks: PlaybookBook;
      audit: AuditService;
      driver: RunDriver;
    },
  ) {}

  async call(ctx: ToolContext, request: AgentCallRequest): Promise<AgentCallResult> {
    const chain = await this.chainOf(ctx);
    const caller = chain.at(-1);
    if (!caller) throw new Error(`run ${ctx.runId} not found in workspace ${ctx.workspaceId}`);
    const path = [...chain.map((link) => link.agentKey), request.agentKey].join(' → ');
    if (chain.some((link) => link.agentKey === request.agentKey)) {
      throw new ToolError(
        'AGENT_CALL_REFUSED',
        `Refused to ask "${request.agentKey}": ${path} is a cycle.`,
      );
    }
    if (caller.depth + 1 > MAX_RUN_DEPTH) {
      throw new ToolError(
        'AGENT_CALL_REFUSED',
        `Refused to ask "${request.agentKey}": ${path} would exceed the depth limit ${MAX_RUN_DEPTH}.`,
      );
    }
    const child = await this.createChild(ctx, caller, request, path);
    await this.deps.driver.execute(child.id);
    const finished = await this.deps.dataSource.manager.findOneByOrFail(RunEntity, {
      id: child.id,
    });
    if (finished.status === 'FAILED' || finished.status === 'CANCELLED') {
      const why = finished.errorCode
        ? `${finished.errorCode}: ${finished.error ?? 'no reason given'}`
        : (finished.error ?? finished.status.toLowerCase());
      throw new ToolError(
        'CHILD_RUN_FAILED',
        `The ${request.agentKey} run ${finished.id} asked by ${ctx.agentKey} ended ${finished.status}: ${why}`,
      );
    }
    return { childRunId: finished.id, status: finished.status, output: finished.output };
  }

  /** The caller's run and its ancestors, root first; scoped to the caller's workspace. */
  private async chainOf(ctx: ToolContext): Promise<ChainLink[]> {
    // Bounded: the database keeps depth within 0..3 and a parent iff depth > 0.
    const rows: Array<{ id: string; depth: number; agent_key: string }> =
      await this.deps.dataSource.query(
        `WITH RECURSIVE chain AS (
           SELECT id, parent_run_id, depth, agent_id FROM run WHERE id = $1 AND workspace_id = $2
           UNION ALL
           SELECT p.id, p.parent_run_id, p.depth, p.agent_id
             FROM run p JOIN chain c ON p.id = c.parent_run_id
            WHERE p.workspace_id = $2
         )
         SELECT c.id, c.depth, a.key AS agent_key
           FROM chain c JOIN agent a ON a.id = c.agent_id
          ORDER BY c.depth ASC`,
        [ctx.runId, ctx.workspaceId],
      );
    return rows.map((r) => ({ runId: r.id, depth: Number(r.depth), agentKey: r.agent_key }));
  }

  /** Validates like `startRun` does, then writes the child and its TRIGGER step atomically. */
  private async createChild(
    ctx: ToolContext,
    caller: ChainLink,
    request: AgentCallRequest,
    path: string,
  ): Promise<RunEntity> {
    const { dataSource, journal, playbooks, audit } = this.deps;
    const agent = await dataSource.manager.findOneBy(AgentEntity, {
      workspaceId: ctx.workspaceId,
      key: request.agentKey,
    });
    if (!agent) {
      throw new ToolError('TOOL_INPUT_INVALID', `No agent "${request.agentKey}" to ask.`);
    }
    if (!agent.enabled) {
      throw new ToolError('AGENT_DISABLED', `The agent "${agent.key}" is disabled.`);
    }
    const scenario = request.scenarioKey
      ? await dataSource.manager.findOneBy(ScenarioEntity, {
          workspaceId: ctx.workspaceId,
          key: request.scenarioKey,
        })
      : null;
    if (request.scenarioKey && scenario?.agentId !== agent.id) {
      throw new ToolError(
        'TOOL_INPUT_INVALID',
        `The agent "${agent.key}" has no scenario "${request.scenarioKey}".`,
      );
    }
    const scenarioKey = scenario?.key ?? playbooks.defaultScenarioFor(agent.key);
    // A model wrote this input: it passes the same guardrails as a customer's.
    const guarded = guardInput(request.input);
    const parsed = playbooks.forScenario(scenarioKey).input.safeParse(guarded.input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${i.path.join('.') || 'input'}: ${i.message}`,
      );
      throw new ToolError(
        'TOOL_INPUT_INVALID',
        `Invalid input for the ${agent.key} agent ("${scenarioKey}"): ${problems.join('; ')}`,
      );
    }

    const actor = `agent:${ctx.agentKey}`;
    const created = await dataSource.transaction(async (tx) => {
      const run = await tx.save(
        tx.create(RunEntity, {
          workspaceId: ctx.workspaceId,
          agentId: agent.id,
          scenarioId: scenario?.id ?? null,
          status: 'QUEUED',
          trigger: 'AGENT',
          input: parsed.data as Record<string, unknown>,
          parentRunId: ctx.runId,
          depth: caller.depth + 1,
          flags: guarded.flags,
        }),
      );
      const step = await journal.appendWithin(tx, run, {
        kind: 'TRIGGER',
        title: `Asked by the ${ctx.agentKey} agent`,
        detail: `${path}, from run ${ctx.runId}`,
        data: {
          trigger: 'AGENT',
          actor,
          agentKey: agent.key,
          scenarioKey,
          parentRunId: ctx.runId,
          depth: run.depth,
        },
      });
      await audit.record(
        ctx.workspaceId,
        {
          actor,
          action: 'run.start',
          targetType: 'run',
          targetId: run.id,
          data: { agentKey: agent.key, scenarioKey, parentRunId: ctx.runId },
        },
        tx,
      );
      return { run, step };
    });
    await journal.publishStep(created.step);
    await journal.publishRun(created.run);
    return created.run;
  }
}
