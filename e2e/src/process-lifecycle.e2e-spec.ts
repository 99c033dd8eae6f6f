import { get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createHubClient, type HubClient } from '@zactonics/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startFakeMessagesApi, type FakeMessagesApi } from './fake-messages-api.js';
import {
  existingRun,
  expectEventually,
  startTestHub,
  TEST_API_KEY,
  type TestHub,
} from './harness.js';
import { runningUrl, spawnHubProcess, type HubProcess } from './hub-process.js';
import { RUN, RUN_STEPS, START_RUN } from './operations.js';

/**
 * The hub as a process and as an HTTP server: what a slow or greedy client can hold, how the
 * process stops on a signal, and who may open a PGlite data folder.
 */

// ---------------------------------------------------------------------------------------------
// The HTTP server: timeouts, connections per address, error answers (one in-process hub)
// ---------------------------------------------------------------------------------------------

const HEADERS_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 2_000;
const LOOPBACK_CAP = 30;

describe('the HTTP server', () => {
  let t: TestHub;
  let port: number;
  const held: Socket[] = [];

  beforeAll(async () => {
    t = await startTestHub({
      HUB_HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HUB_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HUB_MAX_LOOPBACK_CONNECTIONS: String(LOOPBACK_CAP),
    });
    port = t.hub.port;
  });
  afterAll(async () => {
    for (const socket of held.splice(0)) socket.destroy();
    await t?.close();
  });

  /** Writes `head`, then one byte of `drip` every 200 ms; resolves how and when the hub closed it. */
  const trickle = (head: string, drip: string) =>
    new Promise<{ afterMs: number; statusLine: string }>((resolve) => {
      const began = Date.now();
      const socket = connect(port, '127.0.0.1');
      let received = '';
      const dripping = setInterval(() => socket.writable && socket.write(drip), 200);
      socket.on('data', (chunk) => (received += String(chunk)));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(dripping);
        resolve({ afterMs: Date.now() - began, statusLine: received.split('\r\n')[0] ?? '' });
      });
      socket.write(head);
    });

  // The next three each wait out a timeout on their own connection, so they wait together
  // (consecutive concurrent tests run in parallel): seconds of CI rather than their sum. The
  // connection cap test, which counts this address's connections, runs after them, alone.
  it.concurrent(
    'closes a request whose body arrives too slowly with 408 once the request timeout passes',
    async ({ expect }) => {
      const slowBody = await trickle(
        'POST /graphql HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n' +
          'Content-Length: 100000\r\n\r\n{"query":"',
        'a',
      );
      expect(slowBody.statusLine).toBe('HTTP/1.1 408 Request Timeout');
      // Checked every second; Node's default would have kept it open for 300 s.
      expect(slowBody.afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
      expect(slowBody.afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 6_000);
    },
  );

  it.concurrent(
    'closes a request whose headers never end with 408 once the headers timeout passes',
    async ({ expect }) => {
      const slowHeaders = await trickle('GET /healthz HTTP/1.1\r\nHost: hub\r\n', 'X');
      expect(slowHeaders.statusLine).toBe('HTTP/1.1 408 Request Timeout');
      expect(slowHeaders.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 6_000);
    },
  );

  it.concurrent(
    'keeps an upgraded WebSocket open long past the request timeout',
    async ({ expect }) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
      const messages: Array<{ type: string }> = [];
      socket.on('message', (data) => messages.push(JSON.parse(String(data)) as { type: string }));
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${TEST_API_KEY}` },
        }),
      );
      await expectEventually(() => expect(messages.map((m) => m.type)).toContain('connection_ack'));

      await new Promise((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS + 1_500));

      socket.send(JSON.stringify({ type: 'ping' }));
      await expectEventually(() => expect(messages.map((m) => m.type)).toContain('pong'));
      expect(socket.readyState).toBe(WebSocket.OPEN);
      socket.close();
    },
  );

  /** A keep-alive connection from `from` that asked /healthz: 'held' if answered, else 'refused'. */
  const hold = (from: string) =>
    new Promise<'held' | 'refused'>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1', localAddress: from });
      held.push(socket);
      socket.once('data', () => resolve('held'));
      socket.once('close', () => resolve('refused'));
      socket.on('error', () => undefined);
      socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n');
    });

  it('refuses connections past the cap from one address while /healthz answers another', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: LOOPBACK_CAP + 10 }, () => hold('127.0.0.1')),
    );
    expect(outcomes.filter((o) => o === 'held').length).toBeLessThanOrEqual(LOOPBACK_CAP);
    expect(outcomes.filter((o) => o === 'refused').length).toBeGreaterThanOrEqual(10);

    const began = Date.now();
    const health = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      get({ port, host: '127.0.0.1', localAddress: '127.0.0.2', path: '/healthz' }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
    expect(Date.now() - began).toBeLessThan(1_000);

    // Closing frees the slots.
    for (const socket of held.splice(0)) socket.destroy();
    await expectEventually(async () => expect(await hold('127.0.0.1')).toBe('held'));
  });

  const errorOf = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${t.hub.url}${path}`, init);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { errorCode: string } }>;
    };
    return {
      status: response.status,
      errorCode: body.errors[0]?.extensions.errorCode,
      message: body.errors[0]?.message,
    };
  };

  it('answers a malformed URL, a missing file and an unknown path by their cause, not as bad JSON', async () => {
    expect(await errorOf('/admin/%')).toEqual({
      status: 400,
      errorCode: 'MALFORMED_URL',
      message: 'The URL is malformed.',
    });
    const notFound = { status: 404, errorCode: 'NOT_FOUND', message: 'Not found' };
    expect(await errorOf('/widget/chat.js.map')).toEqual(notFound);
    expect(await errorOf('/admin/app.js.map')).toEqual(notFound);
    expect(await errorOf('/no-such-page')).toEqual(notFound);
    expect(
      await errorOf('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
        body: '{"query": ',
      }),
    ).toEqual({
      status: 400,
      errorCode: 'MALFORMED_QUERY',
      message: 'The request body is not valid JSON.',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The process: signals, the deadline, the data folder lock (real `node` processes on PGlite)
// ---------------------------------------------------------------------------------------------

const SHUTDOWN_TIMEOUT_MS = 4_000;

// These processes run on PGlite whatever DATABASE_URL says (the folder lock and PGlite's timers
// are what is tested), so the PostgreSQL pass of CI would only repeat them: they run in the
// embedded pass alone.
describe.skipIf(Boolean(process.env.DATABASE_URL))('the hub process', () => {
  let folder: TestDatabase;
  let fake: FakeMessagesApi;
  const processes: HubProcess[] = [];

  beforeAll(async () => {
    folder = await createTestDatabase({});
    fake = await startFakeMessagesApi();
    // Every model call hangs: a run stays in flight until its process goes.
    fake.setFallback({ kind: 'delay', delayMs: 600_000 });
  });
  afterAll(async () => {
    for (const hub of processes) hub.child.kill('SIGKILL');
    await Promise.all(processes.map((hub) => hub.exit));
    await fake?.close();
    await folder?.drop();
  });

  const spawnHub = (): HubProcess => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      HUB_DATA_DIR: folder.options.dataDir,
      DATABASE_URL: '',
      HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: fake.url,
      HUB_MODEL_TIMEOUT_MS: '600000',
      HUB_MODEL_MAX_RETRIES: '0',
      HUB_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      // The next start fails what a stopped process left RUNNING at once.
      HUB_RUN_LEASE_MS: '1000',
      // No demo schedule or threshold may start a run the spec does not expect.
      HUB_AUTOMATION: 'off',
    };
    // Production mode, as deployed (vitest sets NODE_ENV=test, under which Apollo installs no
    // signal handlers of its own and the race this guards against cannot happen).
    delete env.NODE_ENV;
    const hub = spawnHubProcess(env);
    processes.push(hub);
    return hub;
  };

  const clientOf = (url: string): HubClient =>
    createHubClient({
      url: `${url}/graphql`,
      apiKey: TEST_API_KEY,
      webSocketImpl: WebSocket,
      ws: { retryAttempts: 0 },
    });

  it('refuses a second hub on a data folder a live hub holds, and starts after the holder is killed with -9', async () => {
    const first = spawnHub();
    await runningUrl(first);

    const second = spawnHub();
    const refused = await second.exit;
    expect(refused.code).toBe(1);
    expect(second.output()).toContain(
      `Cannot start: the data folder ${folder.options.dataDir} is in use by process ${first.pid}`,
    );
    expect(second.output()).not.toContain('running at');

    first.child.kill('SIGKILL');
    await first.exit;
    const third = spawnHub();
    const url = await runningUrl(third);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect((await third.exit).code).toBe(0);
  }, 300_000);

  it('exits 0 within the shutdown deadline on SIGTERM with a live subscription and a run in flight, twice on one folder, leaving the run to recovery', async () => {
    const stopTimes: number[] = [];
    let previousRunId: string | undefined;
    // Two rounds on the folder the test above used (each start costs seconds): before the fix
    // a reused folder hung every time, a fresh one stopped after 9-12 s. The first round already
    // stops on a reused folder; the second also proves its start failed the run the first left
    // in flight. A third round repeated both.
    for (let round = 0; round < 2; round++) {
      const hub = spawnHub();
      const url = await runningUrl(hub);
      const client = clientOf(url);
      const runOf = (id: string) => existingRun(client, RUN, id);

      // What the previous process left in flight was failed at this start, not resumed.
      if (previousRunId) {
        expect(await runOf(previousRunId)).toMatchObject({
          status: 'FAILED',
          errorCode: 'RUN_INTERRUPTED',
        });
      }

      const { startRun } = await client.request(START_RUN, {
        input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
      });
      previousRunId = startRun.id;
      await expectEventually(async () => expect((await runOf(startRun.id)).status).toBe('RUNNING'));
      // A live subscription on that run: its first steps have arrived over the socket.
      const steps = client.subscribe(RUN_STEPS, {
        runId: startRun.id,
      });
      expect((await steps.next()).value).toMatchObject({ runSteps: { seq: 1 } });
      const subscriptionEnded = (async () => {
        try {
          while (!(await steps.next()).done);
        } catch {
          // closed by the server (1001 Going away): ended all the same
        }
        return 'ended';
      })();

      const signalledAt = Date.now();
      hub.child.kill('SIGTERM');
      const { code, atMs } = await hub.exit;
      stopTimes.push(atMs - signalledAt);

      expect(code, hub.output()).toBe(0);
      // Robust on a loaded machine, yet well under the 9-12 s (or never) before the fix.
      expect(atMs - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 2_500);
      expect(await subscriptionEnded).toBe('ended');
      await client.close();
    }
    console.log(`SIGTERM to exit (ms): ${stopTimes.join(', ')}`);
  }, 600_000);
});
