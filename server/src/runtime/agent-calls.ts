import { RunEntity, type RunStatus } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { LaunchRefusals, RunLauncher } from './run-launcher.js';
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
      launcher: RunLauncher;
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

  /** Launches the child run (validated like `startRun`), worded as the tool's refusals. */
  private createChild(
    ctx: ToolContext,
    caller: ChainLink,
    request: AgentCallRequest,
    path: string,
  ): Promise<RunEntity> {
    return this.deps.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: `agent:${ctx.agentKey}`,
      agent: { key: request.agentKey },
      scenarioKey: request.scenarioKey,
      // A model wrote this input: it passes the same guardrails as a customer's.
      input: request.input,
      trigger: {
        kind: 'AGENT',
        parentRunId: ctx.runId,
        depth: caller.depth + 1,
        askedBy: ctx.agentKey,
        path,
      },
      execution: 'inline',
      refusals: TOOL_REFUSALS,
    });
  }
}

/** What the asking agent is told when its request cannot be launched. */
const TOOL_REFUSALS: LaunchRefusals = {
  agentNotFound: (agentKey) =>
    new ToolError('TOOL_INPUT_INVALID', `No agent "${agentKey}" to ask.`),
  agentDisabled: (agentKey) =>
    new ToolError('AGENT_DISABLED', `The agent "${agentKey}" is disabled.`),
  scenarioNotFound: (scenarioKey, agentKey) => noScenario(agentKey, scenarioKey),
  scenarioOfOtherAgent: (scenarioKey, agentKey) => noScenario(agentKey, scenarioKey),
  invalidInput: (scenarioKey, agentKey, problems) =>
    new ToolError(
      'TOOL_INPUT_INVALID',
      `Invalid input for the ${agentKey} agent ("${scenarioKey}"): ${problems.join('; ')}`,
    ),
};

function noScenario(agentKey: string, scenarioKey: string): ToolError {
  return new ToolError(
    'TOOL_INPUT_INVALID',
    `The agent "${agentKey}" has no scenario "${scenarioKey}".`,
  );
}
