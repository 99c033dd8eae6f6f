import {
  AgentEntity,
  RunEntity,
  RunStepEntity,
  ScenarioEntity,
  type ApprovalEntity,
} from '@zactonics/db';
import { SpanKind, type Span } from '@opentelemetry/api';
import type { DataSource } from 'typeorm';
import { silentLogger, type Logger } from '../logger.js';
import { bindLogContext, newTraceId, withLogContext } from '../logging/log-context.js';
import type { HubMetrics } from '../observability/metrics.js';
import {
  activeContext,
  contextOf,
  failSpan,
  failSpanWith,
  inSpan,
  type TraceCarrier,
} from '../observability/tracing.js';
import {
  ATTR_GEN_AI_AGENT_NAME,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_REQUEST_TEMPERATURE,
  ATTR_GEN_AI_SYSTEM,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  ATTR_HUB_AGENT,
  ATTR_HUB_ERROR_CODE,
  ATTR_HUB_MODEL_COST_USD,
  ATTR_HUB_RUN_ID,
  ATTR_HUB_RUN_STATUS,
  ATTR_HUB_SCENARIO,
  ATTR_HUB_WORKSPACE_ID,
} from '../observability/tracing-attributes.js';
import type { Clock } from './clock.js';
import type { CostBudgetGate } from './cost-budget-gate.js';
import type { MemoryAssembler } from './memory-assembly.js';
import { memoryTokens } from './memory-budget.js';
import {
  ModelCallError,
  type FinalAnswer,
  type ModelProvider,
  type ModelRequest,
  type RunMemory,
  type ToolResult,
} from './model-gateway.js';
import type { PlaybookBook } from './playbook-book.js';
import {
  parseReviewPolicy,
  editableTextField,
  reviewedTextField,
  reviewReply,
  reviewToolCall,
  type ApprovalRequest,
  type ReviewPolicy,
} from './review-policy.js';
import { RunFinishedElsewhere, type RunJournal } from './run-journal.js';
import { checkReply } from './guardrails/index.js';
import { rebuildTranscript } from './run-transcript.js';
import { StreamedStep } from './streamed-step.js';
import type { ToolRegistry } from './tool-registry.js';

/** The part of human review the executor uses; `ApprovalService` implements it. */
export interface HumanReview {
  /** Puts the run in WAITING_FOR_HUMAN with a pending approval. */
  request(runId: string, request: ApprovalRequest): Promise<unknown>;
  /** The decided approval of a resumed run whose action was not carried out yet. */
  undone(runId: string): Promise<ApprovalEntity | null>;
  /** True for the one caller allowed to carry out the decided action. */
  claimExecution(approvalId: string): Promise<boolean>;
}

type ToolCallRequest = { id: string; name: string; input: Record<string, unknown> };

/** What the executor works with; built once in the composition root (services.ts). */
export interface RunExecutorDeps {
  dataSource: DataSource;
  journal: RunJournal;
  provider: ModelProvider;
  tools: ToolRegistry;
  playbooks: PlaybookBook;
  clock: Clock;
  /** Loads the conversation history and customer facts a run sees, within a token budget. */
  memory: MemoryAssembler;
  approvals: HumanReview;
  /** Records a succeeded run's reply in its conversation (ConversationMessageService). */
  conversationReplies?: ConversationReplies;
  /** Where the run's own lines go; each carries the run's id, workspace and trace id. */
  logger?: Logger | undefined;
  /** Model calls, their tokens and cost, and step durations (hub_model_*, hub_run_step_*). */
  metrics?: HubMetrics | undefined;
  /**
   * Monthly cost budgets, asked before each paid call, and the offline provider a call goes to
   * once a budget is spent (docs/BUDGETS.md). Absent when the provider costs nothing.
   */
  budgets?: { gate: CostBudgetGate; fallback: ModelProvider } | undefined;
}

/** Where a succeeded run's reply goes besides the run: its conversation's messages. */
export interface ConversationReplies {
  recordReply(
    run: RunEntity,
    text: string,
    citations: { title: string; slug: string }[],
  ): Promise<void>;
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
  private readonly approvals: HumanReview;
  private readonly memory: MemoryAssembler;
  private readonly conversationReplies: ConversationReplies | undefined;
  private readonly logger: Logger;
  private readonly metrics: HubMetrics | undefined;
  private readonly budgets: RunExecutorDeps['budgets'];

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
      memory: this.memory,
      approvals: this.approvals,
      conversationReplies: this.conversationReplies,
      metrics: this.metrics,
      budgets: this.budgets,
    } = deps);
    this.logger = deps.logger ?? silentLogger;
  }

  /**
   * Executes the run in a log context of its own: every line logged while it runs, however deep
   * (journal, tools, services, the provider), carries its id, its workspace and a trace id of its
   * own (the in-process queue may start it from inside a request: that request's ids stay out).
   *
   * With tracing on, the run is a span (`run <scenario>`): a queued run's continues the trace it
   * was enqueued in (`origin`, the startRun operation's, possibly in another process); a child
   * run executed inline (ask_agent) is a child of the active span, the parent's tool call.
   */
  async execute(runId: string, origin?: TraceCarrier): Promise<void> {
    const parent = origin ? contextOf(origin) : activeContext();
    return withLogContext({ runId, traceId: newTraceId() }, () =>
      inSpan(
        'run',
        { attributes: { [ATTR_HUB_RUN_ID]: runId } },
        async (span) => {
          await this.executeClaimed(runId, span);
          if (span.isRecording()) await this.recordEnd(runId, span);
        },
        parent,
      ),
    );
  }

  /** The run's status when this execution ended (WAITING_FOR_HUMAN when a person has it now). */
  private async recordEnd(runId: string, span: Span): Promise<void> {
    const ended = await this.dataSource.manager.findOne(RunEntity, {
      select: { id: true, status: true, errorCode: true },
      where: { id: runId },
    });
    if (!ended) return;
    span.setAttribute(ATTR_HUB_RUN_STATUS, ended.status);
    if (ended.status === 'FAILED') {
      const code = ended.errorCode ?? 'FAILED';
      span.setAttribute(ATTR_HUB_ERROR_CODE, code);
      failSpanWith(span, code, `The run failed: ${code}`);
    }
  }

  private async executeClaimed(runId: string, span: Span): Promise<void> {
    const claimed = await this.journal.claim(runId, this.options.workerId, this.provider.name);
    if (!claimed) return; // cancelled while queued, or claimed by another worker
    const { run, resumed } = claimed;
    bindLogContext({ workspaceId: run.workspaceId });
    span.setAttribute(ATTR_HUB_WORKSPACE_ID, run.workspaceId);
    this.logger.info(resumed ? 'run resumed' : 'run executing', {
      agentId: run.agentId,
      provider: this.provider.name,
    });
    const heartbeat = setInterval(() => void this.beat(runId), this.options.heartbeatMs);
    heartbeat.unref();
    try {
      await this.loop(run, resumed, span);
    } catch (error) {
      if (error instanceof RunFinishedElsewhere) return;
      if (error instanceof ModelCallError) {
        this.logger.warn('the model call failed', { err: error });
        await this.journal.finish(runId, {
          status: 'FAILED',
          errorCode: 'MODEL_FAILED',
          error: error.message,
          title: 'The model call failed',
        });
        return;
      }
      this.logger.error('the run failed with an unexpected error', error);
      await this.journal.finish(runId, {
        status: 'FAILED',
        errorCode: 'INTERNAL',
        error: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async loop(run: RunEntity, resumed: boolean, span: Span): Promise<void> {
    const { manager } = this.dataSource;
    const [agent, scenario] = await Promise.all([
      manager.findOneByOrFail(AgentEntity, { id: run.agentId }),
      run.scenarioId ? manager.findOneByOrFail(ScenarioEntity, { id: run.scenarioId }) : null,
    ]);
    const scenarioKey = scenario?.key ?? this.playbooks.defaultScenarioFor(agent.key);
    span.updateName(`run ${scenarioKey}`);
    span.setAttributes({
      [ATTR_HUB_AGENT]: agent.key,
      [ATTR_GEN_AI_AGENT_NAME]: agent.key,
      [ATTR_HUB_SCENARIO]: scenarioKey,
    });

    const memory = await this.memory.assemble(run);
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
      memory,
      rounds: [],
    };
    // A resumed run already has its context step; it goes on from where a person stopped it.
    if (!resumed) {
      await this.journal.append(run.id, {
        kind: 'CONTEXT',
        title: 'Assembled the context',
        detail: `${agent.name}, scenario "${scenario?.title ?? scenarioKey}", ${agent.tools.length} tools allowed${describeMemory(memory)}`,
        data: {
          agentKey: agent.key,
          model: agent.model,
          scenarioKey,
          tools: agent.tools,
          input: run.input,
          memory: {
            turns: memory.history.length,
            omittedTurns: memory.omittedTurns,
            facts: memory.facts,
            estimatedTokens: memoryTokens(memory),
            budgetTokens: this.memory.budgetTokens,
          },
        },
      });
    }

    let answer: FinalAnswer | undefined;
    if (resumed) {
      const resumption = await this.resume(run, agent, request);
      if (resumption === 'stopped') return;
      if (resumption !== 'continue') return this.respond(run, agent, resumption, true);
    }
    const fallbackNoted = { once: false };
    for (let round = request.rounds.length; round < agent.maxSteps && !answer; round++) {
      const provider = await this.providerFor(run, agent, fallbackNoted);
      if (!provider) return; // the run waits for a person to allow paid calls over budget
      const started = this.clock.now();
      const t0 = performance.now();
      const data = { provider: provider.name, model: agent.model, round };
      // Opened at the model's first text, so watchers see it write (docs/RUN-STREAM.md).
      const reasoning = new StreamedStep(this.journal, run.id, {
        kind: 'REASONING',
        title: 'Writing…',
        data,
        startedAt: started,
      });
      const { decision, usage } = await this.decide(provider, request, reasoning);
      const durationMs = Math.round(performance.now() - t0);
      await reasoning.finish({
        kind: 'REASONING',
        title:
          decision.type === 'tool_calls'
            ? `Decided to call ${decision.calls.map((c) => c.name).join(', ')}`
            : 'Decided to answer',
        detail: decision.reasoning,
        data,
        startedAt: started,
        durationMs,
        ...usage,
      });
      this.metrics?.step(agent.key, 'REASONING', durationMs);
      if (provider === this.provider) await this.budgets?.gate.afterCall(run);
      if (decision.type === 'final') {
        answer = decision.answer;
        break;
      }
      const results: ToolResult[] = [];
      for (const [i, call] of decision.calls.entries()) {
        const result = await this.callTool(run, agent, call, decision.calls.slice(i + 1));
        if (!result) return; // the run failed or waits for a person
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
    await this.respond(run, agent, answer);
  }

  /**
   * Who makes the next model decision: the configured provider, unless a spent monthly budget
   * sends the call to the offline provider (a GUARDRAIL step says so, once per execution) or
   * makes the run wait for a person (null).
   */
  private async providerFor(
    run: RunEntity,
    agent: AgentEntity,
    fallbackNoted: { once: boolean },
  ): Promise<ModelProvider | null> {
    if (!this.budgets) return this.provider;
    const verdict = await this.budgets.gate.beforeCall(run);
    switch (verdict.kind) {
      case 'paid':
        return this.provider;
      case 'offline':
        if (!fallbackNoted.once) {
          fallbackNoted.once = true;
          await this.journal.append(run.id, {
            kind: 'GUARDRAIL',
            title: 'Budget reached: offline provider',
            detail: verdict.reason,
            data: {
              budget: verdict.budget,
              provider: this.budgets.fallback.name,
              declined: verdict.declined,
            },
          });
        }
        return this.budgets.fallback;
      case 'approval':
        await this.approvals.request(run.id, {
          policy: 'cost_budget',
          reason: verdict.reason,
          ttlMinutes: policyOf(agent).approvalTtlMinutes,
          actionKind: 'MODEL_CALL',
          proposedOutput: `Paid model calls (${agent.model}) for the rest of this run, over the monthly budget of ${verdict.budget.scope}.`,
        });
        return null;
      default:
        return verdict satisfies never;
    }
  }

  /**
   * One model decision, counted with its tokens and cost (or as failed) in the metrics, and a
   * `chat <model>` span with the GenAI semantic conventions' attributes.
   */
  private async decide(provider: ModelProvider, request: ModelRequest, reasoning: StreamedStep) {
    const call = {
      agent: request.agent.key,
      provider: provider.name,
      model: request.agent.model,
    };
    const attributes = {
      [ATTR_GEN_AI_OPERATION_NAME]: 'chat',
      [ATTR_GEN_AI_PROVIDER_NAME]: call.provider,
      [ATTR_GEN_AI_SYSTEM]: call.provider,
      [ATTR_GEN_AI_REQUEST_MODEL]: call.model,
      [ATTR_GEN_AI_REQUEST_TEMPERATURE]: request.agent.temperature,
      [ATTR_GEN_AI_AGENT_NAME]: call.agent,
    };
    return inSpan(`chat ${call.model}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      try {
        const decided = await provider.decide(request, { onText: reasoning.onText });
        this.metrics?.modelCall(call, decided.usage);
        span.setAttributes({
          [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: decided.usage.inputTokens,
          [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: decided.usage.outputTokens,
          [ATTR_HUB_MODEL_COST_USD]: Number(decided.usage.costUsd),
        });
        return decided;
      } catch (error) {
        this.metrics?.modelCall(call, 'error');
        // error.type: the HTTP status when the API answered, else the error's class.
        const status = error instanceof ModelCallError ? error.status : undefined;
        failSpan(span, error, status ? String(status) : undefined);
        throw error;
      }
    });
  }

  /**
   * Carries out a person's decision on a resumed run: the approved reply is returned to be sent;
   * an approved tool call runs (once: the approval is claimed first), a rejected one becomes an
   * error result the agent sees; the rest of the interrupted round follows. The transcript is
   * rebuilt from the steps, so the provider continues as if the run had never paused.
   */
  private async resume(
    run: RunEntity,
    agent: AgentEntity,
    request: ModelRequest,
  ): Promise<FinalAnswer | 'continue' | 'stopped'> {
    const approval = await this.approvals.undone(run.id);
    if (!approval || !(await this.approvals.claimExecution(approval.id))) {
      // Another executor took the decided action up and stopped before finishing: whether the
      // action happened is unknown, so it is not attempted again (as after a crash).
      await this.journal.finish(run.id, {
        status: 'FAILED',
        errorCode: 'RUN_INTERRUPTED',
        error: 'The decided action was taken up by an executor that stopped; it was not retried.',
        title: 'Run interrupted',
      });
      return 'stopped';
    }
    if (approval.actionKind === 'SEND_REPLY') {
      const proposed = approval.answer as unknown as FinalAnswer;
      return { ...proposed, text: approval.editedOutput ?? proposed.text };
    }
    const steps = await this.dataSource.manager.find(RunStepEntity, {
      where: { runId: run.id },
      order: { seq: 'ASC' },
    });
    const { rounds, open } = rebuildTranscript(steps);
    request.rounds = rounds;
    // Stopped before a model call by a spent budget: every round is complete, and the next call
    // asks the budget again, which now reads the person's decision.
    if (approval.actionKind === 'MODEL_CALL' && !open) return 'continue';
    if (!open) throw new Error(`run ${run.id} resumed without an interrupted tool round`);
    const results = [...open.results];
    const pending = open.calls.slice(results.length);
    for (const [i, call] of pending.entries()) {
      const result =
        call.id !== approval.toolCallId
          ? await this.callTool(run, agent, call, pending.slice(i + 1))
          : approval.status === 'APPROVED'
            ? await this.runTool(run, agent, this.approvedCall(call, approval), approval.id)
            : await this.recordRejection(run, agent, call, approval);
      if (!result) return 'stopped';
      results.push(result);
    }
    request.rounds.push({ calls: open.calls, results });
    return 'continue';
  }

  /** What in a reply must not reach a customer; every tool's name counts, not only the agent's. */
  private violations(agent: AgentEntity, answer: FinalAnswer): string[] {
    return checkReply(answer.text, {
      systemPrompt: agent.systemPrompt,
      toolNames: this.tools.names(),
    }).map((v) => v.detail);
  }

  /** The call as the person approved it: their edit replaces the reviewed text field. */
  private approvedCall(call: ToolCallRequest, approval: ApprovalEntity): ToolCallRequest {
    const input = approval.toolInput ?? call.input;
    const textField = editableTextField(this.tools.reviewOf(call.name, input)?.review);
    if (approval.editedOutput === null || textField === null) return { ...call, input };
    return { ...call, input: { ...input, [textField]: approval.editedOutput } };
  }

  private async recordRejection(
    run: RunEntity,
    agent: AgentEntity,
    call: ToolCallRequest,
    approval: ApprovalEntity,
  ): Promise<ToolResult> {
    await this.tools.rejected(
      { workspaceId: run.workspaceId, runId: run.id, agentKey: agent.key, now: this.clock.now() },
      call.name,
      approval.toolInput ?? call.input,
      approval.decisionNote,
    );
    const output = { rejected: true, reason: approval.decisionNote };
    await this.journal.append(run.id, {
      kind: 'TOOL_RESULT',
      title: `${call.name} was not run: a person rejected it`,
      detail: approval.decisionNote,
      data: { callId: call.id, tool: call.name, ok: false, output },
    });
    return { callId: call.id, name: call.name, ok: false, output };
  }

  /** Null when the run stopped: it failed, or waits for a person to approve this call. */
  private async callTool(
    run: RunEntity,
    agent: AgentEntity,
    call: ToolCallRequest,
    notStartedCalls: ToolCallRequest[],
  ): Promise<ToolResult | null> {
    await this.journal.append(run.id, {
      kind: 'TOOL_CALL',
      title: `Calling ${call.name}`,
      data: { callId: call.id, tool: call.name, input: call.input },
    });
    const reviewed = agent.tools.includes(call.name) && this.tools.reviewOf(call.name, call.input);
    const policy = policyOf(agent);
    const demand = reviewed ? reviewToolCall(policy, reviewed.review, reviewed.input) : null;
    if (reviewed && demand) {
      const textField = reviewedTextField(reviewed.review);
      const text = textField === null ? null : reviewed.input[textField];
      await this.approvals.request(run.id, {
        ...demand,
        ttlMinutes: policy.approvalTtlMinutes,
        actionKind: 'TOOL_CALL',
        call,
        proposedOutput:
          typeof text === 'string' ? text : `${call.name} ${JSON.stringify(reviewed.input)}`,
        notStartedCalls,
      });
      return null;
    }
    return this.runTool(run, agent, call);
  }

  private async runTool(
    run: RunEntity,
    agent: AgentEntity,
    call: ToolCallRequest,
    approvalId?: string,
  ): Promise<ToolResult | null> {
    const allowed = agent.tools.includes(call.name);
    const outcome = allowed
      ? await this.tools.call(
          {
            workspaceId: run.workspaceId,
            runId: run.id,
            agentKey: agent.key,
            now: this.clock.now(),
            ...(approvalId ? { approvalId } : {}),
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
    // No run id here: the run's log context supplies it (and the workspace, and the trace).
    if (outcome.ok) {
      this.logger.debug('tool returned', { tool: call.name, durationMs: outcome.durationMs });
    } else {
      this.logger.warn('tool failed', {
        tool: call.name,
        errorCode: outcome.errorCode,
        error: outcome.message,
        durationMs: outcome.durationMs,
      });
    }
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
    this.metrics?.step(agent.key, 'TOOL_RESULT', outcome.durationMs);
    return { callId: call.id, name: call.name, ok: true, output: outcome.output };
  }

  /** Sends the reply, unless the agent's policy wants a person to see it first. */
  private async respond(
    run: RunEntity,
    agent: AgentEntity,
    answer: FinalAnswer,
    reviewed = false,
  ): Promise<void> {
    const policy = policyOf(agent);
    const demand = reviewed
      ? null
      : reviewReply(policy, answer, customerText(run.input), this.violations(agent, answer));
    if (demand) {
      await this.approvals.request(run.id, {
        ...demand,
        ttlMinutes: policy.approvalTtlMinutes,
        actionKind: 'SEND_REPLY',
        answer,
      });
      return;
    }
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
    const succeeded = await this.journal.finish(run.id, {
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
    // Only the executor whose finish took effect records the reply (a cancel may have won).
    if (succeeded) {
      const cited = answer.citations.map(({ title, slug }) => ({ title, slug }));
      await this.conversationReplies?.recordReply(succeeded, answer.text, cited);
    }
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

/** For the CONTEXT step's one-line detail; nothing when the run remembers nothing. */
function describeMemory(memory: RunMemory): string {
  const parts: string[] = [];
  if (memory.history.length > 0 || memory.omittedTurns > 0) {
    const omitted = memory.omittedTurns > 0 ? ` (${memory.omittedTurns} older left out)` : '';
    parts.push(`${memory.history.length} earlier turn(s)${omitted}`);
  }
  if (memory.facts.length > 0) parts.push(`${memory.facts.length} fact(s) about the customer`);
  return parts.length > 0 ? `; remembers ${parts.join(' and ')}` : '';
}

function policyOf(agent: AgentEntity): ReviewPolicy {
  return parseReviewPolicy(agent.reviewPolicy);
}

/** What the customer wrote, for the review rules that read it. */
function customerText(input: Record<string, unknown>): string {
  return [input.message, input.question].filter((v) => typeof v === 'string').join('\n');
}
