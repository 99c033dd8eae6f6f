import { AgentEntity, RunEntity, ScenarioEntity } from '@zactonics/db';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { ActorNameService } from '../modules/audit/actor-names.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { RoutedStart } from '../modules/routing/run-routing.service.js';
import { DomainError } from '../errors.js';
import type { HubMetrics } from '../observability/metrics.js';
import type { RunQueue } from '../queue/run-queue.js';
import { finishWithReply, type DirectReply } from './direct-reply.js';
import { guardInput, guardrailStep, type GuardedInput } from './guardrails/index.js';
import type { PlaybookBook } from './playbook-book.js';
import type { JournalTransaction, RunJournal, StepDraft } from './run-journal.js';

/**
 * Why a run starts. Each kind writes its own TRIGGER step and audit detail; the run records the
 * kind (`run.trigger`) and the rest (`run.trigger_detail`).
 */
export type LaunchTrigger =
  /** A person in the console. */
  | { kind: 'MANUAL' }
  /** A program with a secret API key. */
  | { kind: 'API' }
  /** A storefront visitor, through the widget. */
  | { kind: 'WIDGET' }
  | {
      /** Another agent asked (ask_agent): a child run, executed inline by the caller. */
      kind: 'AGENT';
      parentRunId: string;
      /** The child's depth (the parent's + 1). */
      depth: number;
      /** The asking agent's key. */
      askedBy: string;
      /** The chain of agents, root first, e.g. "sales → finance". */
      path: string;
    }
  | {
      /** A schedule's tick (the launch's idempotency key is the schedule's and the tick's). */
      kind: 'SCHEDULE';
      scheduleId: string;
      /** The cron instant this run is for (ISO). */
      tick: string;
      /** The schedule in words, e.g. "At 07:00, only on Monday". */
      description: string;
      /** True when the tick was missed (the hub was down) and is run late by policy. */
      late?: boolean;
    }
  | {
      /** An external system's event, received on a signed inbound webhook endpoint. */
      kind: 'WEBHOOK';
      endpointId: string;
      deliveryId: string;
      eventType: string | null;
    }
  | {
      /** A condition over the shop's data crossed its line (once per crossing). */
      kind: 'THRESHOLD';
      thresholdId: string;
      /** The condition in words, e.g. "Cash below $5,000.00". */
      condition: string;
      /** What crossed, e.g. "invoice:INV-1007" or "cash". */
      subject: string;
    };

/**
 * The trigger kind of a caller's own request, from its actor: a storefront visitor (or the
 * widget's key) is WIDGET, a person signed in to the console MANUAL, a secret API key API.
 */
export function callerTriggerKind(actor: string): 'WIDGET' | 'MANUAL' | 'API' {
  if (actor.startsWith('visitor:') || actor.startsWith('publishable_key:')) return 'WIDGET';
  return actor.startsWith('user:') ? 'MANUAL' : 'API';
}

/** How the launch names its agent: by key, or by a router over the (guarded) input. */
export type LaunchAgent =
  | { key: string }
  | { route: (guardedInput: Record<string, unknown> | null) => Promise<RoutedStart> };

/**
 * Work of the caller's in the run's own transaction, so what it writes and the run commit (or
 * roll back) together: e.g. a conversation's lock and the customer's message.
 */
export interface LaunchJoin {
  /** First in the transaction, before the run row is written (locks go first: lock order). */
  beforeCreate?(tx: EntityManager): Promise<void>;
  /**
   * Once the run row exists, before its first step. A reply returned answers the run at once
   * instead of queueing it (e.g. a person has the conversation: the bot stays silent).
   */
  afterCreate?(tx: EntityManager, run: RunEntity): Promise<DirectReply | null>;
  /** After commit and publishing, before the run is queued or answered. */
  afterCommit?(run: RunEntity): void;
}

export interface LaunchRequest {
  workspaceId: string;
  /** Who starts it, for the TRIGGER step and the audit log (`api_key:...`, `agent:sales`). */
  actor: string;
  agent: LaunchAgent;
  scenarioKey?: string | null | undefined;
  /** Checked by the guardrails, then parsed by the scenario's input schema. */
  input?: Record<string, unknown> | null | undefined;
  trigger: LaunchTrigger;
  /** The same key returns the same run (a key reused for another agent or scenario is refused). */
  idempotencyKey?: string | null | undefined;
  /** The conversation the run answers in; the caller checked it belongs to the workspace. */
  conversationId?: string | null | undefined;
  join?: LaunchJoin | undefined;
  /**
   * `queue` (default): handed to the run queue after commit. `inline`: returned QUEUED for the
   * caller to execute (a child run: a waiting parent must not wait for a queue slot).
   */
  execution?: 'queue' | 'inline';
  /** How refusals are worded for the caller; API wording (DomainError) by default. */
  refusals?: LaunchRefusals;
}

/** The errors a launch is refused with, before anything is written. */
export interface LaunchRefusals {
  agentNotFound(agentKey: string): Error;
  agentDisabled(agentKey: string): Error;
  scenarioNotFound(scenarioKey: string, agentKey: string): Error;
  scenarioOfOtherAgent(scenarioKey: string, agentKey: string): Error;
  invalidInput(scenarioKey: string, agentKey: string, problems: string[]): Error;
}

/** The API's wording (startRun, the widget). */
export const API_REFUSALS: LaunchRefusals = {
  agentNotFound: (agentKey) =>
    new DomainError('AGENT_NOT_FOUND', `No agent with key "${agentKey}".`, { agentKey }),
  agentDisabled: (agentKey) =>
    new DomainError('AGENT_DISABLED', `The agent "${agentKey}" is disabled.`, { agentKey }),
  scenarioNotFound: (scenarioKey) =>
    new DomainError('SCENARIO_NOT_FOUND', `No scenario with key "${scenarioKey}".`, {
      scenarioKey,
    }),
  scenarioOfOtherAgent: (scenarioKey, agentKey) =>
    new DomainError(
      'SCENARIO_AGENT_MISMATCH',
      `The scenario "${scenarioKey}" belongs to another agent than "${agentKey}".`,
    ),
  invalidInput: (scenarioKey, _agentKey, problems) =>
    new DomainError('INVALID_INPUT', `Invalid input for "${scenarioKey}": ${problems.join('; ')}`, {
      problems,
    }),
};

export interface RunLauncherDeps {
  dataSource: DataSource;
  journal: RunJournal;
  playbooks: PlaybookBook;
  audit: AuditService;
  queue: RunQueue;
  /** Counts the runs started (hub_runs_started_total). */
  metrics?: HubMetrics | undefined;
  /** Names the person or key that started a run in its TRIGGER step; without it, the actor id. */
  actorNames?: Pick<ActorNameService, 'names'> | undefined;
}

/** Everything checked before writing: what the transaction writes. */
interface Plan {
  request: LaunchRequest;
  agent: AgentEntity;
  scenario: ScenarioEntity | null;
  scenarioKey: string;
  input: Record<string, unknown>;
  guarded: GuardedInput<Record<string, unknown>> | null;
  routed: RoutedStart | null;
  idempotencyKey: string | null;
  /** Who started it, in words ("Ana Ruiz", "API key “Shop tools”"), for the TRIGGER step. */
  actorName: string;
}

/**
 * The one way a run starts, whatever starts it (startRun, the widget, another agent, later a
 * schedule or a webhook). It checks everything before writing anything (guardrails first, so
 * nothing oversized is routed or parsed, then the agent, the scenario, the idempotency key and
 * the input), then writes the run, its TRIGGER step (and GUARDRAIL step when the input was
 * flagged or redacted) and the audit entry in one journal transaction, publishes them once it
 * commits, and queues the run, answers it directly, or hands it back for inline execution.
 */
export class RunLauncher {
  constructor(private readonly deps: RunLauncherDeps) {}

  async launch(request: LaunchRequest): Promise<RunEntity> {
    const planned = await this.plan(request);
    if (planned instanceof RunEntity) return planned;
    let created: { run: RunEntity; reply: DirectReply | null };
    try {
      created = await this.deps.journal.transaction((uow) => this.createWithin(uow, planned));
    } catch (error) {
      // Two requests with one idempotency key raced: the loser returns the winner's run.
      if (planned.idempotencyKey !== null && isUniqueViolation(error)) {
        const winner = await this.earlierRun(planned, planned.idempotencyKey);
        if (winner) return winner;
      }
      throw error;
    }
    const { run, reply } = created;
    this.deps.metrics?.runStarted(run, { agent: planned.agent.key, scenario: planned.scenarioKey });
    request.join?.afterCommit?.(run);
    // The join's reply (a person has the conversation) wins over the router's.
    if (reply) return finishWithReply(this.deps.journal, run, reply, 'hub-handoff');
    if (planned.routed?.reply) {
      return finishWithReply(this.deps.journal, run, planned.routed.reply, 'hub-router');
    }
    if ((request.execution ?? 'queue') === 'queue') await this.deps.queue.enqueue(run.id);
    return run;
  }

  /** Checks the request; the earlier run when its idempotency key was used already. */
  private async plan(request: LaunchRequest): Promise<Plan | RunEntity> {
    const refusals = request.refusals ?? API_REFUSALS;
    // Limits first (nothing oversized is routed or parsed), then only the redacted input is used.
    const guarded = request.input ? guardInput(request.input) : null;
    const routed =
      'route' in request.agent ? await request.agent.route(guarded?.input ?? null) : null;
    const agentKey = routed?.agentKey ?? ('key' in request.agent ? request.agent.key : '');
    const { manager } = this.deps.dataSource;
    // Three lookups at once: on PostgreSQL each is a round trip a start would otherwise wait for.
    const [agent, scenario, actorName] = await Promise.all([
      manager.findOneBy(AgentEntity, { workspaceId: request.workspaceId, key: agentKey }),
      request.scenarioKey
        ? manager.findOneBy(ScenarioEntity, {
            workspaceId: request.workspaceId,
            key: request.scenarioKey,
          })
        : null,
      this.actorName(request),
    ]);
    if (!agent) throw refusals.agentNotFound(agentKey);
    if (request.scenarioKey && !scenario) {
      throw refusals.scenarioNotFound(request.scenarioKey, agent.key);
    }
    if (scenario && scenario.agentId !== agent.id) {
      throw refusals.scenarioOfOtherAgent(scenario.key, agent.key);
    }
    const idempotencyKey = request.idempotencyKey ?? null;
    const scenarioKey = scenario?.key ?? this.deps.playbooks.defaultScenarioFor(agent.key);
    const plan = {
      request,
      agent,
      scenario,
      scenarioKey,
      guarded,
      routed,
      idempotencyKey,
      actorName,
    };
    if (idempotencyKey !== null) {
      if (idempotencyKey.length < 1 || idempotencyKey.length > 200) {
        throw new DomainError('INVALID_INPUT', 'idempotencyKey must be 1 to 200 characters.');
      }
      const earlier = await this.earlierRun(plan, idempotencyKey);
      if (earlier) return earlier;
    }
    if (!agent.enabled) throw refusals.agentDisabled(agent.key);
    // A routed run's input was made (and checked) by the router from the message.
    const input =
      routed?.input ??
      this.parseInput(
        refusals,
        agent.key,
        scenarioKey,
        guarded?.input ?? scenario?.sampleInput ?? {},
      );
    return { ...plan, input };
  }

  /** A person's or key's name for a console or API start; anything else keeps its actor id. */
  private async actorName(request: LaunchRequest): Promise<string> {
    const kind = request.trigger.kind;
    if (!this.deps.actorNames || (kind !== 'MANUAL' && kind !== 'API')) return request.actor;
    const names = await this.deps.actorNames.names(request.workspaceId, [request.actor]);
    return names.get(request.actor) ?? request.actor;
  }

  /** Writes the run, its first steps and the audit entry; published when `uow` commits. */
  private async createWithin(
    uow: JournalTransaction,
    plan: Plan,
  ): Promise<{ run: RunEntity; reply: DirectReply | null }> {
    const { request, agent, scenario, routed, guarded } = plan;
    const tx = uow.manager;
    const parent = request.trigger.kind === 'AGENT' ? request.trigger : null;
    await request.join?.beforeCreate?.(tx);
    const trigger = describeTrigger(plan);
    const guardrail = guarded && guardrailStep(guarded);
    const run = await uow.createRun(
      {
        workspaceId: request.workspaceId,
        agentId: agent.id,
        scenarioId: scenario?.id ?? null,
        status: 'QUEUED',
        trigger: request.trigger.kind,
        triggerDetail: triggerDetailOf(request.trigger),
        input: plan.input,
        idempotencyKey: plan.idempotencyKey,
        conversationId: request.conversationId ?? null,
        parentRunId: parent?.parentRunId ?? null,
        depth: parent?.depth ?? 0,
        routing: routed ? { ...routed.routing } : null,
        flags: guarded?.flags ?? [],
      },
      guardrail ? [trigger.step, guardrail] : [trigger.step],
    );
    const reply = (await request.join?.afterCreate?.(tx, run)) ?? null;
    await this.deps.audit.record(
      request.workspaceId,
      {
        actor: request.actor,
        action: 'run.start',
        targetType: 'run',
        targetId: run.id,
        data: { agentKey: agent.key, scenarioKey: plan.scenarioKey, ...trigger.audit },
      },
      tx,
    );
    return { run, reply };
  }

  /** The scenario's input, validated by its playbook's schema. */
  private parseInput(
    refusals: LaunchRefusals,
    agentKey: string,
    scenarioKey: string,
    raw: unknown,
  ): Record<string, unknown> {
    const parsed = this.deps.playbooks.forScenario(scenarioKey).input.safeParse(raw);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    throw refusals.invalidInput(scenarioKey, agentKey, problems);
  }

  /**
   * The run an earlier request with the same idempotency key created, if any; a key reused for a
   * different agent or scenario is refused. A routed retry may route differently (a model can
   * change its mind): the first run stands.
   */
  private async earlierRun(
    plan: Pick<Plan, 'request' | 'agent' | 'scenario' | 'routed'>,
    idempotencyKey: string,
  ): Promise<RunEntity | null> {
    const earlier = await this.deps.dataSource.manager.findOneBy(RunEntity, {
      workspaceId: plan.request.workspaceId,
      idempotencyKey,
    });
    if (!earlier) return null;
    if (plan.routed && earlier.routing) return earlier;
    if (earlier.agentId === plan.agent.id && earlier.scenarioId === (plan.scenario?.id ?? null)) {
      return earlier;
    }
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was already used for a different agent or scenario.',
      { runId: earlier.id },
    );
  }
}

/** The TRIGGER step and the audit entry's extra detail for the launch's trigger kind. */
function describeTrigger(plan: Plan): {
  step: StepDraft & { kind: 'TRIGGER' };
  audit: Record<string, unknown>;
} {
  const { request, agent, scenario, routed, scenarioKey } = plan;
  const kind = request.trigger.kind;
  const detail = triggerDetailOf(request.trigger);
  const started =
    routed?.title ?? (scenario ? `Started "${scenario.title}"` : `Started ${agent.name}`);
  const { title, text } = triggerWords(request.trigger, plan.actorName, started);
  return {
    step: {
      kind: 'TRIGGER',
      title,
      detail: text,
      data: {
        trigger: kind,
        actor: request.actor,
        agentKey: agent.key,
        // A routed reply follows no scenario: the router wrote it.
        scenarioKey: routed?.reply ? null : scenarioKey,
        ...(routed ? { routing: routed.routing } : {}),
        ...detail,
      },
    },
    audit: { trigger: kind, ...detail },
  };
}

/** The TRIGGER step's title and detail: what started the run, in words. */
function triggerWords(
  trigger: LaunchTrigger,
  actor: string,
  started: string,
): { title: string; text: string } {
  switch (trigger.kind) {
    case 'MANUAL':
      return { title: started, text: `Started from the console by ${actor}` };
    case 'API':
      return { title: started, text: `Triggered through the API by ${actor}` };
    case 'WIDGET':
      return { title: started, text: `From a storefront visitor (${actor})` };
    case 'AGENT':
      return {
        title: `Asked by the ${trigger.askedBy} agent`,
        text: `${trigger.path}, from run ${trigger.parentRunId}`,
      };
    case 'SCHEDULE':
      return {
        title: started,
        text: `${trigger.late ? 'Missed tick run late' : 'Scheduled'}: ${trigger.description} (tick ${trigger.tick})`,
      };
    case 'WEBHOOK':
      return {
        title: started,
        text: `Webhook ${trigger.eventType ? `"${trigger.eventType}" ` : ''}delivery ${trigger.deliveryId}`,
      };
    case 'THRESHOLD':
      return {
        title: started,
        text: `Threshold crossed: ${trigger.condition} (${trigger.subject})`,
      };
    default:
      return unreachable(trigger);
  }
}

/** What `run.trigger_detail` keeps: the trigger without its kind. */
export function triggerDetailOf(trigger: LaunchTrigger): Record<string, unknown> {
  const { kind: _kind, ...detail } = trigger;
  return detail;
}

function unreachable(value: never): never {
  throw new Error(`unhandled launch trigger ${JSON.stringify(value)}`);
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
