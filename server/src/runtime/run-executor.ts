import { AgentEntity, RunEntity, ScenarioEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock.js';
import {
  EMPTY_MEMORY,
  ModelCallError,
  type FinalAnswer,
  type ModelProvider,
  type ModelRequest,
  type ToolResult,
} from './model-gateway.js';
import type { PlaybookBook } from './playbook-book.js';
import { RunFinishedElsewhere, type RunJournal } from './run-journal.js';
import type { ToolRegistry } from './tool-registry.js';

/** What the executor works with; built once in the composition root (services.ts). */
export interface RunExecutorDeps {
  dataSource: DataSource;
  journal: RunJournal;
  provider: ModelProvider;
  tools: ToolRegistry;
  playbooks: PlaybookBook;
  clock: Clock;
}

export interface RunExecutorOptions {
  workerId: string;
  /** How often a running run proves it is alive; recovery fails runs silent for a lease. */
  heartbeatMs: number;
}

/**
 * Drives one run through the agent loop: context assembly, then rounds of reasoning and tool
 * calls, then the response and its feedback check, ending in exactly one terminal step. Every
 * step is persisted and published through the journal. It knows nothing of GraphQL or sockets.
 */
export class RunExecutor {
  private readonly dataSource: DataSource;
  private readonly journal: RunJournal;
  private readonly provider: ModelProvider;
  private readonly tools: ToolRegistry;
  private readonly playbooks: PlaybookBook;
  private readonly clock: Clock;

  constructor(
    deps: RunExecutorDeps,
    private readonly options: RunExecutorOptions,
  ) {
    ({
      dataSource: this.dataSource,
      journal: this.journal,
      provider: this.provider,
      tools: this.tools,
      playbooks: this.playbooks,
      clock: this.clock,
    } = deps);
  }

  async execute(runId: string): Promise<void> {
    const claimed = await this.journal.claim(runId, this.options.workerId, this.provider.name);
    if (!claimed) return; // cancelled while queued, or claimed by another worker
    const { run } = claimed;
    const heartbeat = setInterval(() => void this.beat(runId), this.options.heartbeatMs);
    heartbeat.unref();
    try {
      await this.loop(run);
    } catch (error) {
      if (error instanceof RunFinishedElsewhere) return;
      if (error instanceof ModelCallError) {
        await this.journal.finish(runId, {
          status: 'FAILED',
          errorCode: 'MODEL_FAILED',
          error: error.message,
          title: 'The model call failed',
        });
        return;
      }
      await this.journal.finish(runId, {
        status: 'FAILED',
        errorCode: 'INTERNAL',
        error: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async loop(run: RunEntity): Promise<void> {
    const agent = await this.dataSource.manager.findOneByOrFail(AgentEntity, { id: run.agentId });
    const scenario = run.scenarioId
      ? await this.dataSource.manager.findOneByOrFail(ScenarioEntity, { id: run.scenarioId })
      : null;
    const scenarioKey = scenario?.key ?? this.playbooks.defaultScenarioFor(agent.key);

    const request: ModelRequest = {
      agent: {
        key: agent.key,
        model: agent.model,
        systemPrompt: agent.systemPrompt,
        temperature: Number(agent.temperature),
        tools: agent.tools,
      },
      scenarioKey,
      input: run.input,
      memory: EMPTY_MEMORY,
      rounds: [],
    };
    await this.journal.append(run.id, {
      kind: 'CONTEXT',
      title: 'Assembled the context',
      detail: `${agent.name}, scenario "${scenario?.title ?? scenarioKey}", ${agent.tools.length} tools allowed`,
      data: {
        agentKey: agent.key,
        model: agent.model,
        scenarioKey,
        tools: agent.tools,
        input: run.input,
      },
    });

    let answer: FinalAnswer | undefined;
    for (let round = 0; round < agent.maxSteps && !answer; round++) {
      const started = this.clock.now();
      const t0 = performance.now();
      const { decision, usage } = await this.provider.decide(request);
      await this.journal.append(run.id, {
        kind: 'REASONING',
        title:
          decision.type === 'tool_calls'
            ? `Decided to call ${decision.calls.map((c) => c.name).join(', ')}`
            : 'Decided to answer',
        detail: decision.reasoning,
        data: { provider: this.provider.name, model: agent.model, round },
        startedAt: started,
        durationMs: Math.round(performance.now() - t0),
        ...usage,
      });
      if (decision.type === 'final') {
        answer = decision.answer;
        break;
      }
      const results: ToolResult[] = [];
      for (const call of decision.calls) {
        const result = await this.callTool(run, agent, call);
        if (!result) return; // the run has been failed
        results.push(result);
      }
      request.rounds.push({ calls: decision.calls, results });
    }
    if (!answer) {
      await this.journal.finish(run.id, {
        status: 'FAILED',
        errorCode: 'STEP_LIMIT_REACHED',
        error: `The agent did not finish within its limit of ${agent.maxSteps} reasoning rounds.`,
      });
      return;
    }
    await this.respond(run, answer);
  }

  private async callTool(
    run: RunEntity,
    agent: AgentEntity,
    call: { id: string; name: string; input: Record<string, unknown> },
  ): Promise<ToolResult | null> {
    await this.journal.append(run.id, {
      kind: 'TOOL_CALL',
      title: `Calling ${call.name}`,
      data: { callId: call.id, tool: call.name, input: call.input },
    });
    const allowed = agent.tools.includes(call.name);
    const outcome = allowed
      ? await this.tools.call(
          {
            workspaceId: run.workspaceId,
            runId: run.id,
            agentKey: agent.key,
            now: this.clock.now(),
          },
          call.name,
          call.input,
        )
      : {
          ok: false as const,
          errorCode: 'TOOL_NOT_AVAILABLE' as const,
          message: `The agent "${agent.key}" is not allowed to use the tool "${call.name}".`,
          durationMs: 0,
        };
    if (!outcome.ok) {
      await this.journal.finish(run.id, {
        status: 'FAILED',
        errorCode: outcome.errorCode,
        error: outcome.message,
        title: `${call.name} could not run`,
      });
      return null;
    }
    await this.journal.append(run.id, {
      kind: 'TOOL_RESULT',
      title: `${call.name} returned`,
      detail: outcome.summary,
      data: { callId: call.id, tool: call.name, output: outcome.output },
      durationMs: outcome.durationMs,
    });
    return { callId: call.id, name: call.name, ok: true, output: outcome.output };
  }

  private async respond(run: RunEntity, answer: FinalAnswer): Promise<void> {
    await this.journal.append(run.id, {
      kind: 'RESPONSE',
      title: 'Wrote the reply',
      detail: answer.text,
      data: { text: answer.text, citations: answer.citations },
    });
    const grounded = answer.citations.length > 0;
    await this.journal.append(run.id, {
      kind: 'FEEDBACK',
      title: answer.handoffSuggested
        ? 'Offered a person'
        : grounded
          ? 'Answer is grounded in the knowledge base'
          : 'Reply checked',
      data: { confidence: answer.confidence, grounded, handoffSuggested: answer.handoffSuggested },
    });
    await this.journal.finish(run.id, {
      status: 'SUCCEEDED',
      title: 'Run completed',
      output: {
        text: answer.text,
        citations: answer.citations,
        confidence: answer.confidence,
        handoffSuggested: answer.handoffSuggested,
        provider: this.provider.name,
        ...(answer.data ? { data: answer.data } : {}),
      },
    });
  }

  private async beat(runId: string) {
    await this.dataSource
      .createQueryBuilder()
      .update(RunEntity)
      .set({ heartbeatAt: this.clock.now() })
      .where('id = :id AND status = :status', { id: runId, status: 'RUNNING' })
      .execute()
      .catch(() => undefined); // a missed beat only risks an early recovery, reported there
  }
}
