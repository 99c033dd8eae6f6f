import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createHubClient, type HubClient } from '@zactonics/schema';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { expectEventually, finishedRun, TEST_API_KEY } from './harness.js';
import { runningUrl, spawnHubProcess, type HubProcess } from './hub-process.js';
import { RUN, START_RUN } from './operations.js';
import { WidgetTestClient } from './widget-client.js';

/**
 * The log of a real hub process (docs/OBSERVABILITY.md#logs), captured whole while a customer
 * pastes a card number and the hub's own API key into the support chat and the API: every JSON
 * line parses, the lines of a run carry its run id and workspace, a request's lines carry its
 * request id and trace id, and no key, password or card number appears anywhere in the output.
 */

const OWNER_EMAIL = 'owner@logs.example';
const OWNER_PASSWORD = 'logs-spec-owner-Pa55word!';
const PUBLISHABLE_KEY = 'pk_test_logs_0123456789abcdef';
const CARD = '4242 4242 4242 4242';
const CARD_DIGITS = '4242424242424242';
const CARD_FORMS = [CARD, CARD_DIGITS, '4242-4242-4242-4242'];
const SECRETS = [TEST_API_KEY, OWNER_PASSWORD, ...CARD_FORMS];
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

type LogLine = Record<string, unknown> & { level: string; msg: string };

let database: TestDatabase;
let hub: HubProcess;
let url: string;
let client: HubClient;

beforeAll(async () => {
  database = await createTestDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    HUB_DATA_DIR: database.options.dataDir,
    DATABASE_URL: database.options.databaseUrl ?? '',
    HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
    HUB_ADMIN_EMAIL: OWNER_EMAIL,
    HUB_ADMIN_PASSWORD: OWNER_PASSWORD,
    HUB_DEMO_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
    HUB_AUTOMATION: 'off',
    // Every line the hub can write, in the production format.
    HUB_LOG_LEVEL: 'debug',
    HUB_LOG_FORMAT: 'json',
  };
  delete env.NODE_ENV;
  delete env.ANTHROPIC_API_KEY;
  hub = spawnHubProcess(env);
  url = await runningUrl(hub);
  client = createHubClient({
    url: `${url}/graphql`,
    apiKey: TEST_API_KEY,
    webSocketImpl: WebSocket,
    ws: { retryAttempts: 0 },
  });
});

afterAll(async () => {
  await client?.close();
  if (hub && hub.child.exitCode === null) {
    hub.child.kill('SIGTERM');
    await hub.exit;
  }
  await database?.drop();
});

/** The output split into JSON lines and the plain ones (the start banner only). */
function readLog(): { json: LogLine[]; plain: string[] } {
  const json: LogLine[] = [];
  const plain: string[] = [];
  for (const line of hub.output().split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('{')) json.push(JSON.parse(line) as LogLine);
    else plain.push(line);
  }
  return { json, plain };
}

async function startRunWith(question: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${TEST_API_KEY}`,
      ...headers,
    },
    body: JSON.stringify({
      query: START_RUN.toString(),
      operationName: 'StartRun',
      variables: {
        input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
      },
    }),
  });
  const body = (await response.json()) as { data: { startRun: { id: string } } };
  return { response, runId: body.data.startRun.id };
}

describe('the log of a hub process', () => {
  it('carries request, trace, workspace and run ids, and no key, password or card number', async () => {
    // The console: an owner signs in with the password (never logged)...
    const signIn = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }),
    });
    expect(signIn.status).toBe(200);

    // ...the API: a run whose input holds a card number and the key, with the client's request
    // id and a W3C traceparent...
    const { response, runId } = await startRunWith(
      `My card ${CARD} was charged twice, and my key is ${TEST_API_KEY}. Do you ship to Canada?`,
      {
        'x-request-id': 'logs-spec-request-1',
        traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
      },
    );
    expect(response.headers.get('x-request-id')).toBe('logs-spec-request-1');
    expect((await finishedRun(client, RUN, runId)).status).toBe('SUCCEEDED');

    // ...a request id that is itself a card number is not taken (nor echoed, nor logged)...
    const hostile = await startRunWith('Where is my order?', { 'x-request-id': CARD_DIGITS });
    expect(hostile.response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await finishedRun(client, RUN, hostile.runId);

    // ...a wrong key is refused (and not logged)...
    const refused = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${TEST_API_KEY}x`,
      },
      body: JSON.stringify({ query: '{ agents { key } }' }),
    });
    expect(refused.status).toBe(401);

    // ...a mutation over the console's WebSocket, with the upgrade's request id...
    const socketRunId = await startRunOverSocket(`Is ${CARD} still on file?`);
    await finishedRun(client, RUN, socketRunId);

    // ...and the storefront: a visitor pastes the card into the support chat.
    const visitor = new WidgetTestClient(url, PUBLISHABLE_KEY, url);
    await visitor.startSession();
    await visitor.send(`Hi, I paid with ${CARD} but see two charges`, 'logs-spec-message-1');
    await expectEventually(async () => {
      const conversation = await visitor.conversation();
      expect(conversation?.messages.some((m) => m.role === 'AGENT')).toBe(true);
    }, 20_000);

    const { json, plain } = await settledLog(runId);

    // The banner is the only plain text, and it never echoes a configured key or password.
    expect(plain[0]).toMatch(/^Zactonics Agent Hub is running at http:\/\/127\.0\.0\.1:\d+$/);
    for (const line of plain) expect(line).toMatch(/^(Zactonics Agent Hub| {2})/);
    expect(plain.join('\n')).toContain('(the one in HUB_BOOTSTRAP_API_KEY)');
    expect(plain.join('\n')).toContain('(the one in HUB_ADMIN_PASSWORD)');

    // Nothing secret anywhere in the whole output, banner included.
    const output = hub.output();
    for (const secret of SECRETS) expect(output).not.toContain(secret);

    for (const line of json) {
      expect(line).toMatchObject({ level: expect.any(String), msg: expect.any(String) });
      expect(typeof line.time).toBe('string');
    }

    // The API request: every line it wrote carries its id and the traceparent's trace id, and
    // once its key was checked, the key's workspace.
    const requestLines = json.filter((line) => line.requestId === 'logs-spec-request-1');
    expect(requestLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['run queued', 'request']),
    );
    for (const line of requestLines) expect(line.traceId).toBe(TRACE_ID);
    const workspaceId = requestLines.find((line) => line.msg === 'request')?.workspaceId;
    expect(workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines.find((line) => line.msg === 'request')).toMatchObject({
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'StartRun',
    });

    // The run: its lines carry its id, the workspace and a trace id of its own.
    const runLines = json.filter((line) => line.runId === runId);
    expect(runLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['run queued', 'run executing', 'run succeeded']),
    );
    for (const line of runLines) {
      expect(line.workspaceId).toBe(workspaceId);
      expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);
    }
    // A line written deep in the run, with no ids passed to it, carries them from the context.
    expect(runLines.find((line) => line.msg === 'tool returned')).toMatchObject({
      tool: expect.any(String),
      workspaceId,
    });
    const executing = runLines.find((line) => line.msg === 'run executing');
    expect(executing?.traceId).not.toBe(TRACE_ID);
    expect(executing).not.toHaveProperty('requestId');

    // Every run line of the whole log (the widget's run too) has its workspace; every request
    // line has a request id and a trace id.
    const widgetRuns = new Set(
      json.filter((line) => line.runId && line.runId !== runId).map((line) => line.runId),
    );
    expect(widgetRuns.size).toBeGreaterThanOrEqual(2);
    for (const line of json.filter((l) => l.runId)) expect(line.workspaceId).toBe(workspaceId);
    for (const line of json.filter((l) => l.msg === 'request')) {
      expect(line.requestId).toEqual(expect.any(String));
      expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);
    }
    const widgetRequest = json.find(
      (line) => line.msg === 'request' && line.path === '/widget/graphql',
    );
    expect(widgetRequest?.workspaceId).toBe(workspaceId);
    // A mutation over the socket: the run it queued is logged with the upgrade's request id.
    expect(
      json.find((line) => line.runId === socketRunId && line.msg === 'run queued'),
    ).toMatchObject({ requestId: 'logs-spec-socket-1', workspaceId });

    // The sign-in's line carries the owner's workspace, never the password or the cookie.
    expect(
      json.find((line) => line.msg === 'request' && line.path === '/auth/sign-in'),
    ).toMatchObject({ status: 200, workspaceId });

    const refusedLine = json.find((line) => line.msg === 'request' && line.status === 401);
    expect(refusedLine).toMatchObject({ path: '/graphql' });
    expect(refusedLine).not.toHaveProperty('workspaceId');
  });
});

/** Starts a run with a mutation over the console's WebSocket (an upgrade with x-request-id). */
async function startRunOverSocket(question: string): Promise<string> {
  const socket = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'x-request-id': 'logs-spec-socket-1' } });
      }
    },
    connectionParams: { authorization: `Bearer ${TEST_API_KEY}` },
    retryAttempts: 0,
  });
  try {
    const result = await new Promise<{ data?: { startRun: { id: string } } | null }>(
      (resolve, reject) => {
        let answer: { data?: { startRun: { id: string } } | null } = {};
        socket.subscribe(
          {
            query: START_RUN.toString(),
            variables: {
              input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
            },
          },
          {
            next: (value) => (answer = value as typeof answer),
            error: reject,
            complete: () => resolve(answer),
          },
        );
      },
    );
    const id = result.data?.startRun.id;
    if (!id) throw new Error(`startRun over the socket answered ${JSON.stringify(result)}`);
    return id;
  } finally {
    await socket.dispose();
  }
}

/** The log once the run's last line is written (the response may come before it). */
async function settledLog(runId: string) {
  let log = readLog();
  await expectEventually(() => {
    log = readLog();
    expect(log.json.some((line) => line.runId === runId && line.msg === 'run succeeded')).toBe(
      true,
    );
  });
  return log;
}
