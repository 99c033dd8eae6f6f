import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { context, createContextKey, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../config.js';
import { createHubLogger } from '../logging/hub-logger.js';
import { start, type RunningHub } from '../start.js';
import { startTracing, tracingEnabled } from './tracing.js';

const API_KEY = 'sk_tracing_spec_0123456789abcdef';

function configFor(database: TestDatabase, env: Record<string, string> = {}) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    HUB_DATA_DIR: database.options.dataDir,
    HUB_BOOTSTRAP_API_KEY: API_KEY,
    HUB_AUTOMATION: 'off',
    ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
    ...env,
  });
}

async function graphql<T = Record<string, unknown>>(
  hub: RunningHub,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: Array<{ extensions?: { errorCode?: string } }> }> {
  const response = await fetch(hub.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${API_KEY}`,
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T };
}

const START_RUN = `
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) { id }
  }
`;

async function startFaqRun(hub: RunningHub, headers: Record<string, string> = {}) {
  const started = await graphql<{ startRun: { id: string } }>(
    hub,
    START_RUN,
    {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'How long do I have to return an item?' },
      },
    },
    headers,
  );
  const runId = started.data?.startRun.id;
  if (!runId) throw new Error(`startRun failed: ${JSON.stringify(started)}`);
  return runId;
}

async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The run's terminal status once it has one (its run span ends right after). */
async function finished(hub: RunningHub, runId: string): Promise<string> {
  return until(async () => {
    const rows: Array<{ status: string }> = await hub.database.dataSource.query(
      'SELECT status FROM run WHERE id = $1',
      [runId],
    );
    const status = rows[0]?.status;
    return status === 'SUCCEEDED' || status === 'FAILED' ? status : undefined;
  });
}

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

function childrenOf(spans: ReadableSpan[], parent: ReadableSpan): ReadableSpan[] {
  return spans.filter((span) => parentOf(span) === parent.spanContext().spanId);
}

describe('traces of a hub with tracing on (in-memory exporter)', () => {
  const exporter = new InMemorySpanExporter();
  const logLines: string[] = [];
  let database: TestDatabase;
  let hub: RunningHub;

  beforeAll(async () => {
    database = await createTestDatabase();
    const logger = createHubLogger(
      { level: 'info', format: 'json' },
      {
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logLines.push(
              ...String(chunk)
                .split('\n')
                .filter((line) => line.trim() !== ''),
            );
            done();
          },
        }),
      },
    );
    hub = await start(configFor(database), { traceExporter: exporter, logger });
  });
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
  });
  afterEach(() => exporter.reset());

  /** Spans exported so far, once the run's own span has ended (it ends after its status is read). */
  async function spansOfRun(runId: string): Promise<ReadableSpan[]> {
    return until(async () => {
      await hub.flushTraces();
      const spans = exporter.getFinishedSpans();
      return spans.some((s) => s.attributes['hub.run.id'] === runId) ? spans : undefined;
    });
  }

  it('links one offline run: operation -> run -> model calls and tool call, transactions under them, tokens as recorded', async () => {
    const runId = await startFaqRun(hub);
    expect(await finished(hub, runId)).toBe('SUCCEEDED');
    const spans = await spansOfRun(runId);

    const operation = spans.find((s) => s.name === 'mutation StartRun');
    expect(operation).toBeDefined();
    if (!operation) return;
    expect(operation.attributes).toMatchObject({
      'graphql.operation.type': 'mutation',
      'graphql.operation.name': 'StartRun',
      'hub.endpoint': 'console',
      'http.response.status_code': 200,
    });
    expect(operation.status.code).not.toBe(SpanStatusCode.ERROR);

    const run = spans.find((s) => s.attributes['hub.run.id'] === runId);
    expect(run?.name).toBe('run faq-resolution');
    if (!run) return;
    expect(parentOf(run)).toBe(operation.spanContext().spanId);
    expect(run.spanContext().traceId).toBe(operation.spanContext().traceId);
    expect(run.attributes).toMatchObject({
      'hub.agent': 'support',
      'hub.scenario': 'faq-resolution',
      'hub.run.status': 'SUCCEEDED',
      'hub.workspace.id': hub.demoWorkspaceId,
    });

    const under = childrenOf(spans, run);
    const chats = under.filter((s) => s.attributes['gen_ai.operation.name'] === 'chat');
    const steps: Array<{ input_tokens: number; output_tokens: number }> =
      await hub.database.dataSource.query(
        `SELECT input_tokens, output_tokens FROM run_step
          WHERE run_id = $1 AND kind = 'REASONING' ORDER BY seq`,
        [runId],
      );
    // One chat span per model decision, each with the tokens its REASONING step recorded.
    expect(chats).toHaveLength(steps.length);
    expect(chats.length).toBe(2);
    const agentModel: Array<{ model: string }> = await hub.database.dataSource.query(
      `SELECT model FROM agent WHERE key = 'support' AND workspace_id = $1`,
      [hub.demoWorkspaceId],
    );
    const model = agentModel[0]?.model;
    for (const [i, chat] of [...chats]
      .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1])
      .entries()) {
      expect(chat.name).toBe(`chat ${model}`);
      expect(chat.attributes).toMatchObject({
        'gen_ai.provider.name': 'offline',
        'gen_ai.system': 'offline',
        'gen_ai.request.model': model,
        'gen_ai.usage.input_tokens': Number(steps[i]?.input_tokens),
        'gen_ai.usage.output_tokens': Number(steps[i]?.output_tokens),
      });
    }

    const tools = under.filter((s) => s.attributes['gen_ai.operation.name'] === 'execute_tool');
    expect(tools.map((s) => s.name)).toEqual(['execute_tool search_knowledge_base']);
    expect(tools[0]?.attributes['gen_ai.tool.name']).toBe('search_knowledge_base');
    expect(tools[0]?.status.code).not.toBe(SpanStatusCode.ERROR);

    // The run's steps are written in transactions: spans under the run, none per query.
    const runTransactions = under.filter((s) => s.name === 'db transaction');
    expect(runTransactions.length).toBeGreaterThan(0);
    for (const tx of runTransactions) {
      expect(tx.attributes).toMatchObject({
        'db.system.name': 'postgresql',
        'hub.db.outcome': 'commit',
      });
    }
    // startRun creates the run in a transaction of its own, under the operation.
    expect(childrenOf(spans, operation).some((s) => s.name === 'db transaction')).toBe(true);
    // Every span of the run is in the operation's trace.
    const traceIds = new Set(
      spans
        .filter(
          (s) => s === operation || s.spanContext().traceId === operation.spanContext().traceId,
        )
        .map((s) => s.spanContext().traceId),
    );
    expect(traceIds.size).toBe(1);
    for (const span of [run, ...chats, ...tools, ...runTransactions]) {
      expect(span.spanContext().traceId).toBe(operation.spanContext().traceId);
    }
    // The run's log lines carry the trace's id, so a trace and its lines join up.
    const runLines = logLines
      .map((line) => JSON.parse(line) as { runId?: string; traceId?: string; msg: string })
      .filter((line) => line.runId === runId);
    expect(runLines.map((line) => line.msg)).toContain('run executing');
    for (const line of runLines) expect(line.traceId).toBe(operation.spanContext().traceId);
  });

  it('continues a console caller’s traceparent and marks a refused operation as failed with its code', async () => {
    const callerTrace = '0af7651916cd43dd8448eb211c80319c';
    const runId = await startFaqRun(hub, {
      traceparent: `00-${callerTrace}-b7ad6b7169203331-01`,
    });
    await finished(hub, runId);
    const spans = await spansOfRun(runId);
    const operation = spans.find((s) => s.name === 'mutation StartRun');
    expect(operation?.spanContext().traceId).toBe(callerTrace);
    expect(operation?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');

    exporter.reset();
    const refused = await graphql(
      hub,
      'mutation StartUnknownAgent { startRun(input: { agentKey: "no-such-agent" }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.errorCode).toBeDefined();
    const code = String(refused.errors?.[0]?.extensions?.errorCode);
    const failed = await until(async () => {
      await hub.flushTraces();
      return exporter.getFinishedSpans().find((s) => s.name === 'mutation StartUnknownAgent');
    });
    expect(failed.status.code).toBe(SpanStatusCode.ERROR);
    expect(failed.attributes['hub.error_code']).toBe(code);
  });

  it('traces a query over the console WebSocket in a span of its own', async () => {
    const client = createClient({
      url: hub.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${API_KEY}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let data: unknown;
        client.subscribe(
          { query: 'query SocketAgents { agents { key } }' },
          { next: (value) => (data = value), error: reject, complete: () => resolve(data) },
        );
      });
      expect(JSON.stringify(result)).toContain('support');
    } finally {
      await client.dispose();
    }
    const span = await until(async () => {
      await hub.flushTraces();
      return exporter.getFinishedSpans().find((s) => s.name === 'query SocketAgents');
    });
    expect(span.attributes).toMatchObject({
      'hub.transport': 'websocket',
      'hub.endpoint': 'console',
      'graphql.operation.name': 'SocketAgents',
    });
    expect(span.status.code).not.toBe(SpanStatusCode.ERROR);
  });
});

describe('a hub without an OTLP endpoint', () => {
  it('registers no tracer provider and no context manager: spans are no-ops, contexts do not propagate', async () => {
    const database = await createTestDatabase();
    const hub = await start(configFor(database));
    try {
      expect(tracingEnabled()).toBe(false);
      const span = trace.getTracer('probe').startSpan('probe');
      expect(span.isRecording()).toBe(false);
      span.end();
      const key = createContextKey('probe');
      const seen = context.with(ROOT_CONTEXT.setValue(key, 'set'), () =>
        context.active().getValue(key),
      );
      // The no-op context manager keeps no context: nothing runs async hooks for it.
      expect(seen).toBeUndefined();
      // And the hub works as ever.
      const runId = await startFaqRun(hub);
      expect(await finished(hub, runId)).toBe('SUCCEEDED');
    } finally {
      await hub.stop();
      await database.drop();
    }
  });
});

describe('OTLP export (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('POSTs the spans to <endpoint>/v1/traces as OTLP/JSON with the service name', async () => {
    const received: Array<{
      path: string | undefined;
      body: string;
      headers: IncomingMessage['headers'];
    }> = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ path: request.url, body, headers: request.headers });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    const database = await createTestDatabase();
    const hub = await start(
      configFor(database, {
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=spec%20key',
        OTEL_SERVICE_NAME: 'hub-under-test',
      }),
    );
    try {
      const answer = await graphql(hub, 'query ExportedAgents { agents { key } }');
      expect(answer.errors).toBeUndefined();
      const post = await until(async () => {
        await hub.flushTraces();
        return received.find((r) => r.body.includes('query ExportedAgents'));
      });
      expect(post.path).toBe('/v1/traces');
      expect(post.headers['content-type']).toContain('application/json');
      expect(post.headers['x-collector-key']).toBe('spec key');
      const payload = JSON.parse(post.body) as {
        resourceSpans: Array<{
          resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
        }>;
      };
      const attributes = payload.resourceSpans[0]?.resource.attributes ?? [];
      expect(attributes.find((a) => a.key === 'service.name')?.value.stringValue).toBe(
        'hub-under-test',
      );
    } finally {
      await hub.stop();
      await database.drop();
      await new Promise((resolve) => collector.close(resolve));
    }
    // Stopped: the API is a no-op again.
    expect(tracingEnabled()).toBe(false);
  });
});

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// An API process and a worker share PostgreSQL and the BullMQ queue on Redis (HUB_ROLE): here
// both in this process, under one tracer provider, as two processes would export to one collector.
describe.runIf(process.env.DATABASE_URL)('an API process and a worker (BullMQ on Redis)', () => {
  it('continue one trace: the worker’s run span is the child of the API’s startRun operation span', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = await startTracing(undefined, { role: 'test', exporter });
    const database = await createTestDatabase();
    const shared = { REDIS_URL, HUB_REDIS_PREFIX: `zac-trace-${Date.now()}:` };
    let api: RunningHub | undefined;
    let worker: RunningHub | undefined;
    try {
      api = await start(configFor(database, { ...shared, HUB_ROLE: 'api' }));
      worker = await start(configFor(database, { ...shared, HUB_ROLE: 'worker' }));
      const runId = await startFaqRun(api);
      expect(await finished(api, runId)).toBe('SUCCEEDED');
      const spans = await until(async () => {
        await tracing.flush();
        const all = exporter.getFinishedSpans();
        return all.some((s) => s.attributes['hub.run.id'] === runId) ? all : undefined;
      });
      const operation = spans.find((s) => s.name === 'mutation StartRun');
      const run = spans.find((s) => s.attributes['hub.run.id'] === runId);
      expect(operation).toBeDefined();
      expect(run?.spanContext().traceId).toBe(operation?.spanContext().traceId);
      expect(run && parentOf(run)).toBe(operation?.spanContext().spanId);
      // An api process executes no runs: the worker did, its tool call under the run span.
      if (run) {
        const names = childrenOf(spans, run).map((s) => s.name);
        expect(names).toContain('execute_tool search_knowledge_base');
      }
    } finally {
      await worker?.stop();
      await api?.stop();
      await tracing.shutdown();
      await database.drop();
    }
  });
});
