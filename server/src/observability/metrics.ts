import type { RunEntity } from '@zactonics/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ModelUsage } from '../runtime/model-gateway.js';

/**
 * The hub's Prometheus metrics: every name it exports is defined here, in one registry per hub
 * (tests start several hubs in one process; prom-client's global registry would collide). The
 * runtime records into it through the few methods below; the gauges that describe a state
 * (queue depth, sockets, approvals waiting, the database pool) are read at scrape time from the
 * sources `watch` gives it. Names and labels are documented in docs/OBSERVABILITY.md, and the
 * Grafana dashboard in docs/observability/ queries exactly these.
 */
export class HubMetrics {
  readonly registry = new Registry();

  private readonly runsStarted: Counter<'agent' | 'scenario' | 'trigger'>;
  private readonly runsFinished: Counter<'agent' | 'scenario' | 'status'>;
  private readonly runDuration: Histogram<'agent' | 'scenario' | 'status'>;
  private readonly runQueueWait: Histogram;
  private readonly stepDuration: Histogram<'agent' | 'kind'>;
  private readonly modelCalls: Counter<'agent' | 'provider' | 'model' | 'outcome'>;
  private readonly modelTokens: Counter<'agent' | 'provider' | 'model' | 'direction'>;
  private readonly modelCost: Counter<'agent' | 'provider' | 'model'>;
  private readonly toolCalls: Counter<'tool'>;
  private readonly toolFailures: Counter<'tool' | 'error_code'>;
  private readonly graphqlRequests: Counter<'endpoint' | 'operation' | 'type' | 'outcome'>;
  private readonly graphqlDuration: Histogram<'endpoint' | 'type'>;
  private readonly httpResponses: Counter<'route' | 'status'>;
  private readonly websocketOperations: Counter<'endpoint' | 'operation' | 'type' | 'outcome'>;
  private readonly routerCalls: Counter<'provider' | 'agent' | 'outcome'>;
  private readonly routerTokens: Counter<'provider' | 'model' | 'direction'>;
  private readonly routerCost: Counter<'provider' | 'model'>;

  private sources: MetricSources = {};
  private executingRuns = 0;
  private labels: RunLabels | undefined;
  /** Operation names seen per endpoint: a client picks them, so their number is capped. */
  private readonly operationNames = new Map<string, Set<string>>();

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });

    this.runsStarted = new Counter({
      name: 'hub_runs_started_total',
      help: 'Runs started (created by any trigger), by agent, scenario and trigger kind.',
      labelNames: ['agent', 'scenario', 'trigger'],
      registers,
    });
    this.runsFinished = new Counter({
      name: 'hub_runs_finished_total',
      help: 'Runs that reached a terminal status, by agent, scenario and status.',
      labelNames: ['agent', 'scenario', 'status'],
      registers,
    });
    this.runDuration = new Histogram({
      name: 'hub_run_duration_seconds',
      help: 'From a run starting to execute (or its creation, if it never did) to its end; includes time waiting for a person.',
      labelNames: ['agent', 'scenario', 'status'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600],
      registers,
    });
    this.runQueueWait = new Histogram({
      name: 'hub_run_queue_wait_seconds',
      help: 'From a run being created to an executor claiming it.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.stepDuration = new Histogram({
      name: 'hub_run_step_duration_seconds',
      help: 'Duration of timed run steps: REASONING (a model call) and TOOL_RESULT (a tool call), by agent.',
      labelNames: ['agent', 'kind'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.modelCalls = new Counter({
      name: 'hub_model_calls_total',
      help: 'Model decisions asked for (one each, however many attempts the SDK made inside it), by agent, provider, model and outcome (ok or error).',
      labelNames: ['agent', 'provider', 'model', 'outcome'],
      registers,
    });
    this.modelTokens = new Counter({
      name: 'hub_model_tokens_total',
      help: 'Tokens the model calls used, by agent, provider, model and direction (input or output). The offline provider uses none.',
      labelNames: ['agent', 'provider', 'model', 'direction'],
      registers,
    });
    this.modelCost = new Counter({
      name: 'hub_model_cost_usd_total',
      help: 'What the model calls cost in US dollars (the dated price table), by agent, provider and model.',
      labelNames: ['agent', 'provider', 'model'],
      registers,
    });
    this.toolCalls = new Counter({
      name: 'hub_tool_calls_total',
      help: 'Tool calls made by agents (successful or not), by tool.',
      labelNames: ['tool'],
      registers,
    });
    this.toolFailures = new Counter({
      name: 'hub_tool_call_failures_total',
      help: 'Tool calls that failed, by tool and error code.',
      labelNames: ['tool', 'error_code'],
      registers,
    });
    this.graphqlRequests = new Counter({
      name: 'hub_graphql_requests_total',
      help: 'GraphQL operations over HTTP, by endpoint (console or widget), operation name, type and outcome (ok, or the first error code).',
      labelNames: ['endpoint', 'operation', 'type', 'outcome'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'hub_graphql_request_duration_seconds',
      help: 'GraphQL operations over HTTP: time to the response, by endpoint and operation type.',
      labelNames: ['endpoint', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.httpResponses = new Counter({
      name: 'hub_http_responses_total',
      help: 'HTTP responses, by route family and status class (refusals before GraphQL included).',
      labelNames: ['route', 'status'],
      registers,
    });
    this.websocketOperations = new Counter({
      name: 'hub_websocket_operations_total',
      help: 'GraphQL operations over WebSocket (queries, mutations, subscriptions started), by endpoint, operation name, type and outcome (ok, or the first error code).',
      labelNames: ['endpoint', 'operation', 'type', 'outcome'],
      registers,
    });
    this.routerCalls = new Counter({
      name: 'hub_router_calls_total',
      help: 'Messages routed to an agent, by provider (classifier, or the model: anthropic), agent chosen and outcome (routed, unsure: below the confidence threshold, or error).',
      labelNames: ['provider', 'agent', 'outcome'],
      registers,
    });
    this.routerTokens = new Counter({
      name: 'hub_router_model_tokens_total',
      help: 'Tokens the routing model used, by provider, model and direction (input or output).',
      labelNames: ['provider', 'model', 'direction'],
      registers,
    });
    this.routerCost = new Counter({
      name: 'hub_router_model_cost_usd_total',
      help: 'What the routing model calls cost in US dollars (the dated price table), by provider and model.',
      labelNames: ['provider', 'model'],
      registers,
    });

    const sources = () => this.sources;
    const executingOf = () => this.executingRuns;
    new Gauge({
      name: 'hub_runs_executing',
      help: 'Runs this process is executing now (child runs inside them not counted).',
      registers,
      collect() {
        this.set(executingOf());
      },
    });
    new Gauge({
      name: 'hub_run_concurrency',
      help: 'Runs this process executes at once at most (HUB_RUN_CONCURRENCY); 0 in an api process.',
      registers,
      collect() {
        this.set(sources().concurrency ?? 0);
      },
    });
    new Gauge({
      name: 'hub_worker_utilization_ratio',
      help: 'hub_runs_executing / hub_run_concurrency in this process (0 when it executes no runs).',
      registers,
      collect() {
        const concurrency = sources().concurrency ?? 0;
        this.set(concurrency > 0 ? executingOf() / concurrency : 0);
      },
    });
    new Gauge({
      name: 'hub_run_queue_depth',
      help: 'Runs waiting for an executor: the in-process queue of this process, or the BullMQ queue all processes share.',
      labelNames: ['queue'],
      registers,
      async collect() {
        const queue = sources().queue;
        this.reset();
        if (!queue) return;
        const depth = await withinScrape(queue.depth());
        if (depth !== undefined) this.set({ queue: queue.kind }, depth);
      },
    });
    new Gauge({
      name: 'hub_approvals_waiting',
      help: 'Approvals waiting for a person (the whole database, all workspaces), by agent.',
      labelNames: ['agent'],
      registers,
      async collect() {
        const count = sources().approvalsWaiting;
        this.reset();
        if (!count) return;
        const rows = await withinScrape(count());
        for (const row of rows ?? []) this.set({ agent: row.agent }, row.count);
      },
    });
    const socketGauges = {
      connections:
        'Open WebSocket connections, by endpoint (console /graphql or widget /widget/graphql).',
      subscriptions: 'Subscriptions streaming over WebSocket now, by endpoint.',
    } as const;
    for (const [figure, help] of Object.entries(socketGauges) as Array<
      [keyof typeof socketGauges, string]
    >) {
      new Gauge({
        name: `hub_websocket_${figure}`,
        help,
        labelNames: ['endpoint'],
        registers,
        collect() {
          this.reset();
          for (const [endpoint, read] of Object.entries(sources().sockets ?? {})) {
            this.set({ endpoint }, read()[figure]);
          }
        },
      });
    }
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections of this process by state: total (open), idle, waiting (callers waiting for one) and max (the pool size). PGlite has one session.',
      labelNames: ['state'],
      registers,
      collect() {
        this.reset();
        const pool = sources().databasePool?.();
        if (!pool) return;
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
        this.set({ state: 'max' }, pool.max);
      },
    });
  }

  /** What the scrape-time gauges read; each part may be given later (a worker has no sockets). */
  watch(sources: MetricSources): void {
    this.sources = { ...this.sources, ...sources };
  }

  /** How finished runs get their agent and scenario labels (runs carry only ids). */
  describeRuns(labels: RunLabels): void {
    this.labels = labels;
  }

  /** The Prometheus text exposition of everything, gauges read now. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  runStarted(run: RunEntity, labels: { agent: string; scenario: string }): void {
    this.labels?.remember(run, labels);
    this.runsStarted.inc({ ...labels, trigger: run.trigger });
  }

  /** A run was claimed by an executor (QUEUED -> RUNNING). */
  runClaimed(run: RunEntity): void {
    if (run.startedAt) {
      this.runQueueWait.observe(seconds(run.startedAt.getTime() - run.createdAt.getTime()));
    }
  }

  /** A run reached its terminal status (after its transaction committed). */
  runFinished(run: RunEntity): void {
    const { status } = run;
    const finishedAt = run.finishedAt ?? new Date();
    const from = run.startedAt ?? run.createdAt;
    const elapsed = seconds(finishedAt.getTime() - from.getTime());
    const labels = this.labels?.of(run) ?? Promise.resolve({ agent: '', scenario: '' });
    void labels
      .catch(() => ({ agent: '', scenario: '' }))
      .then((known) => {
        this.runsFinished.inc({ ...known, status });
        this.runDuration.observe({ ...known, status }, elapsed);
      });
  }

  step(agent: string, kind: 'REASONING' | 'TOOL_RESULT', durationMs: number): void {
    this.stepDuration.observe({ agent, kind }, seconds(durationMs));
  }

  modelCall(
    call: { agent: string; provider: string; model: string },
    usage: ModelUsage | 'error',
  ): void {
    this.modelCalls.inc({ ...call, outcome: usage === 'error' ? 'error' : 'ok' });
    if (usage === 'error') return;
    this.modelTokens.inc({ ...call, direction: 'input' }, usage.inputTokens);
    this.modelTokens.inc({ ...call, direction: 'output' }, usage.outputTokens);
    this.modelCost.inc(call, Number(usage.costUsd));
  }

  toolCall(tool: string, outcome: { ok: true } | { ok: false; errorCode: string }): void {
    this.toolCalls.inc({ tool });
    if (!outcome.ok) this.toolFailures.inc({ tool, error_code: outcome.errorCode });
  }

  /** Runs `work` (one run's execution) counted in hub_runs_executing while it lasts. */
  async executing<T>(work: () => Promise<T>): Promise<T> {
    this.executingRuns++;
    try {
      return await work();
    } finally {
      this.executingRuns--;
    }
  }

  graphqlRequest(request: {
    endpoint: string;
    /** The operation's name; null when it has none, undefined when there was no operation. */
    operation: string | null | undefined;
    type: string;
    outcome: string;
    durationMs: number;
  }): void {
    const { endpoint, type, outcome } = request;
    const operation = this.operationLabel(endpoint, request.operation);
    this.graphqlRequests.inc({ endpoint, operation, type, outcome });
    this.graphqlDuration.observe({ endpoint, type }, seconds(request.durationMs));
  }

  /** One GraphQL operation over a socket (observability/socket-operations.ts). */
  websocketOperation(operation: {
    endpoint: string;
    /** The operation's name; null when it has none, undefined when it was refused unparsed. */
    operation: string | null | undefined;
    type: string;
    outcome: string;
  }): void {
    const { endpoint, type, outcome } = operation;
    const name = this.operationLabel(endpoint, operation.operation);
    this.websocketOperations.inc({ endpoint, operation: name, type, outcome });
  }

  /** One routing decision asked of the classifier or the model (runtime/router.ts, model-router.ts). */
  routerCall(call: {
    provider: 'classifier' | 'anthropic';
    /** The agent chosen; empty when the call failed. */
    agent: string;
    outcome: 'routed' | 'unsure' | 'error';
  }): void {
    this.routerCalls.inc(call);
  }

  /** What a routing model call used. */
  routerModelUsage(call: { provider: string; model: string }, usage: ModelUsage): void {
    this.routerTokens.inc({ ...call, direction: 'input' }, usage.inputTokens);
    this.routerTokens.inc({ ...call, direction: 'output' }, usage.outputTokens);
    this.routerCost.inc(call, Number(usage.costUsd));
  }

  httpResponse(route: string, statusCode: number): void {
    this.httpResponses.inc({ route, status: `${Math.floor(statusCode / 100)}xx` });
  }

  /**
   * A client names its operations: a well-formed name is kept until an endpoint has seen
   * MAX_OPERATION_NAMES, then new names count as `(other)`, so no client can grow the series.
   */
  private operationLabel(endpoint: string, name: string | null | undefined): string {
    if (name === undefined) return '(invalid)';
    if (name === null) return '(anonymous)';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return '(other)';
    let seen = this.operationNames.get(endpoint);
    if (!seen) this.operationNames.set(endpoint, (seen = new Set()));
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return '(other)';
    seen.add(name);
    return name;
  }
}

const MAX_OPERATION_NAMES = 200;

/** Where the scrape-time gauges read from. */
export interface MetricSources {
  /** The run queue's depth (runs waiting): in-process, or BullMQ (shared by every process). */
  queue?: { kind: 'in-process' | 'bullmq'; depth(): Promise<number> } | undefined;
  /** HUB_RUN_CONCURRENCY where this process executes runs. */
  concurrency?: number | undefined;
  approvalsWaiting?: (() => Promise<Array<{ agent: string; count: number }>>) | undefined;
  sockets?: Record<string, () => { connections: number; subscriptions: number }> | undefined;
  databasePool?: (() => PoolUse | undefined) | undefined;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** A scrape answers within about two seconds: a source that takes longer is left out. */
const SCRAPE_SOURCE_TIMEOUT_MS = 2_000;

async function withinScrape<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), SCRAPE_SOURCE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

function seconds(ms: number): number {
  return Math.max(0, ms) / 1000;
}

/**
 * Agent and scenario keys for a run's ids: remembered when this process launched the run, else
 * read once per (agent, scenario) pair (a worker finishing runs an API process started). Keys
 * never change, so nothing is ever stale.
 */
export class RunLabels {
  private readonly known = new Map<string, Promise<{ agent: string; scenario: string }>>();

  constructor(
    private readonly dataSource: DataSource,
    /** The scenario a run without one follows (the agent's default playbook). */
    private readonly defaultScenarioFor: (agentKey: string) => string,
  ) {}

  remember(run: RunEntity, labels: { agent: string; scenario: string }): void {
    this.keep(pairOf(run), Promise.resolve(labels));
  }

  of(run: RunEntity): Promise<{ agent: string; scenario: string }> {
    const pair = pairOf(run);
    let labels = this.known.get(pair);
    if (!labels) {
      labels = this.read(run);
      this.keep(pair, labels);
      // A failed read is tried again next time.
      labels.catch(() => this.known.delete(pair));
    }
    return labels;
  }

  /** Each workspace has its own agent ids: a host of many shops forgets, then reads again. */
  private keep(pair: string, labels: Promise<{ agent: string; scenario: string }>): void {
    if (this.known.size >= MAX_REMEMBERED_PAIRS) this.known.clear();
    this.known.set(pair, labels);
  }

  private async read(run: RunEntity): Promise<{ agent: string; scenario: string }> {
    const rows: Array<{ agent: string; scenario: string | null }> = await this.dataSource.query(
      `SELECT a.key AS agent, s.key AS scenario
         FROM agent a LEFT JOIN scenario s ON s.id = $2
        WHERE a.id = $1`,
      [run.agentId, run.scenarioId],
    );
    const row = rows[0];
    if (!row) return { agent: '', scenario: '' };
    return {
      agent: row.agent,
      scenario: row.scenario ?? safeDefault(this.defaultScenarioFor, row.agent),
    };
  }
}

const MAX_REMEMBERED_PAIRS = 10_000;

function pairOf(run: RunEntity): string {
  return `${run.agentId}/${run.scenarioId ?? ''}`;
}

function safeDefault(defaultScenarioFor: (agentKey: string) => string, agent: string): string {
  try {
    return defaultScenarioFor(agent);
  } catch {
    return '';
  }
}

/**
 * The database's part of the scrape-time gauges: approvals waiting (one grouped count over the
 * partial index of pending approvals) and the pool of this process's connections.
 */
export function databaseSources(
  dataSource: DataSource,
): Pick<MetricSources, 'approvalsWaiting' | 'databasePool'> {
  return {
    async approvalsWaiting() {
      const rows: Array<{ agent: string; count: number | string }> = await dataSource.query(
        `SELECT a.key AS agent, count(*) AS count
           FROM approval p JOIN run r ON r.id = p.run_id JOIN agent a ON a.id = r.agent_id
          WHERE p.status = 'PENDING'
          GROUP BY a.key`,
      );
      return rows.map((row) => ({ agent: row.agent, count: Number(row.count) }));
    },
    databasePool() {
      // node-postgres's Pool on PostgreSQL, our PGlitePool (same counters) on PGlite.
      const pool = (dataSource.driver as { master?: PoolCounters }).master;
      if (!pool || typeof pool.totalCount !== 'number') return undefined;
      return {
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: pool.options?.max ?? 0,
      };
    },
  };
}

interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}
