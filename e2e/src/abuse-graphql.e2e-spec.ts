import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHub, TEST_API_KEY, type TestHub } from './harness.js';
import { WidgetTestClient } from './widget-client.js';

/**
 * The GraphQL operation limits, replayed as an attacker sends them, on both schemas and both
 * transports: each gets a typed refusal (the same code over HTTP and WebSocket), the hub keeps
 * answering /healthz within a second during the attack, and nothing is written.
 */
describe('operation limits: depth, aliases, tokens, cost and size, on HTTP and WebSocket', () => {
  let t: TestHub;
  let widget: WidgetTestClient;
  const sockets: Client[] = [];

  beforeAll(async () => {
    t = await startTestHub({ HUB_DB_STATEMENT_TIMEOUT_MS: '1500' });
    widget = new WidgetTestClient(t.hub.url, t.hub.demoPublishableKey, t.hub.url);
    await widget.startSession();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await widget.close();
    await t.close();
  });

  type Errors = { message: string; extensions?: Record<string, unknown> }[];

  async function postConsole(
    body: unknown,
  ): Promise<{ status: number; errors?: Errors; data?: unknown }> {
    const response = await fetch(t.hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: Errors; data?: unknown };
    return { status: response.status, ...json };
  }

  /** One operation over a fresh socket: its data, or the errors it was refused with. */
  function overSocket(
    endpoint: 'console' | 'widget',
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: unknown; errors?: Errors }> {
    const url =
      endpoint === 'console'
        ? t.hub.graphqlUrl.replace(/^http/, 'ws')
        : widget.endpoint.replace(/^http/, 'ws');
    const origin = t.hub.url;
    const client = createClient({
      url,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { origin });
        }
      },
      connectionParams:
        endpoint === 'console'
          ? { authorization: `Bearer ${TEST_API_KEY}` }
          : { visitorToken: widget.token },
      retryAttempts: 0,
    });
    sockets.push(client);
    return new Promise((resolve, reject) => {
      let result: { data?: unknown; errors?: Errors } = {};
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value as typeof result),
          error: (error) =>
            Array.isArray(error) ? resolve({ errors: error as Errors }) : reject(error as Error),
          complete: () => resolve(result),
        },
      );
    });
  }

  /** The distinct error codes of a response. */
  const codes = (errors: Errors | undefined) => [
    ...new Set((errors ?? []).map((e) => e.extensions?.errorCode)),
  ];

  async function healthzMs(): Promise<number> {
    const started = performance.now();
    const response = await fetch(`${t.hub.url}/healthz`);
    expect(response.status).toBe(200);
    return performance.now() - started;
  }

  /** The slowest /healthz answer while `attack` runs (sampled every 100 ms). */
  async function slowestHealthzDuring(attack: () => Promise<unknown>): Promise<number> {
    let running = true;
    const samples: number[] = [];
    const sampling = (async () => {
      while (running) {
        samples.push(await healthzMs());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    try {
      await attack();
    } finally {
      running = false;
      await sampling;
    }
    expect(samples.length).toBeGreaterThan(0);
    return Math.max(...samples);
  }

  const countRows = async (table: string) =>
    Number((await t.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  function nestedAgents(levels: number): string {
    let selection = 'key';
    for (let i = 0; i < levels; i++) selection = `scenarios { agent { ${selection} } }`;
    return `{ agents { ${selection} } }`;
  }

  it('refuses a depth-16 console query with QUERY_TOO_COMPLEX on both transports, and /healthz stays fast under ten at once', async () => {
    const query = nestedAgents(8);
    const http = await postConsole({ query });
    expect(http.status).toBe(400);
    expect(http.errors?.[0]?.extensions).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxDepth',
    });
    const ws = await overSocket('console', query);
    expect(ws.errors?.[0]?.extensions).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxDepth',
    });

    const slowest = await slowestHealthzDuring(() =>
      Promise.all(Array.from({ length: 10 }, () => postConsole({ query }))),
    );
    expect(slowest).toBeLessThan(1_000);
  });

  it('answers a legitimate nested query (agents with their scenarios) within the limits', async () => {
    const { data } = await postConsole({
      query: '{ agents { key scenarios { key agent { key } } } }',
    });
    const agents = (data as { agents: { key: string; scenarios: { agent: { key: string } }[] }[] })
      .agents;
    expect(agents.length).toBeGreaterThanOrEqual(6);
    const support = agents.find((agent) => agent.key === 'support');
    expect(support?.scenarios.length).toBeGreaterThan(0);
    expect(support?.scenarios.every((scenario) => scenario.agent.key === 'support')).toBe(true);
  });

  it('refuses a 1,300-alias widget bomb (57 KB) over HTTP and WebSocket, with the same code, writing nothing', async () => {
    const messagesBefore = await countRows('conversation_message');
    const query = `{ ${Array.from(
      { length: 1_300 },
      (_, i) => `a${i}: visitorConversation { messages { id } }`,
    ).join(' ')} }`;
    // Under the 64 KB body limit: the operation limits must refuse it, not the body parser.
    expect(query.length).toBeGreaterThan(50_000);
    expect(query.length).toBeLessThan(60_000);
    const http = await widget.post(query);
    expect(http.status).toBe(400);
    expect(codes(http.body.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    const ws = await overSocket('widget', query);
    expect(codes(ws.errors)).toEqual(['QUERY_TOO_COMPLEX']);

    // A small alias bomb gets past the size bound and is refused by the alias bound.
    const small = await widget.post(
      `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: visitorConversation { id }`).join(' ')} }`,
    );
    expect(small.body.errors?.[0]?.extensions).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxAliases',
    });

    const slowest = await slowestHealthzDuring(() =>
      Promise.all(Array.from({ length: 10 }, () => widget.post(query))),
    );
    expect(slowest).toBeLessThan(1_000);
    expect(await countRows('conversation_message')).toBe(messagesBefore);
  });

  it('closes a WebSocket that sends a frame larger than an HTTP body may be (1009), and the hub carries on', async () => {
    for (const [endpoint, bytes] of [
      ['console', 2 * 1024 * 1024],
      ['widget', 128 * 1024],
    ] as const) {
      const url =
        endpoint === 'console'
          ? `${t.hub.graphqlUrl.replace(/^http/, 'ws')}`
          : widget.endpoint.replace(/^http/, 'ws');
      const socket = new WebSocket(url, 'graphql-transport-ws', { origin: t.hub.url });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      const closed = new Promise<number>((resolve) =>
        socket.once('close', (code) => resolve(code)),
      );
      socket.send(JSON.stringify({ type: 'connection_init', payload: { x: 'y'.repeat(bytes) } }));
      expect(await closed).toBe(1009);
    }
    expect(await healthzMs()).toBeLessThan(1_000);
  });

  it('answers validation errors over WebSocket as over HTTP: INVALID_QUERY, never INTERNAL', async () => {
    const invalid = [
      '{ agents { noSuchField } }',
      'query { agents { ...A } } fragment A on Agent { scenarios { agent { ...A } } }',
      '{ agents { key: name key: enabled } }',
    ];
    for (const query of invalid) {
      const http = await postConsole({ query });
      const ws = await overSocket('console', query);
      expect(codes(http.errors)).toContain('INVALID_QUERY');
      expect(codes(ws.errors)).toContain('INVALID_QUERY');
      expect([...codes(http.errors), ...codes(ws.errors)]).not.toContain('INTERNAL');
    }
    const widgetHttp = await widget.post('{ visitorConversation { nope } }');
    const widgetWs = await overSocket('widget', '{ visitorConversation { nope } }');
    expect(codes(widgetHttp.body.errors)).toEqual(['INVALID_QUERY']);
    expect(codes(widgetWs.errors)).toEqual(['INVALID_QUERY']);
  });

  it('gives no "Did you mean" hints in production errors', async () => {
    const http = await postConsole({ query: '{ agent { key } }' });
    const ws = await overSocket('widget', '{ visitorConversatio { id } }');
    for (const error of [...(http.errors ?? []), ...(ws.errors ?? [])]) {
      expect(error.message).not.toMatch(/did you mean/i);
    }
    expect(http.errors?.length).toBeGreaterThan(0);
    expect(ws.errors?.length).toBeGreaterThan(0);
  });

  it('allows introspection to console callers and refuses it to widget callers, on both transports', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await postConsole({ query })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await overSocket('console', query)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect(codes((await widget.post(query)).body.errors)).toEqual(['INVALID_QUERY']);
    expect(codes((await overSocket('widget', query)).errors)).toEqual(['INVALID_QUERY']);
    expect(
      codes((await overSocket('widget', '{ __type(name: "Query") { name } }')).errors),
    ).toEqual(['INVALID_QUERY']);
  });

  it('refuses filter lists of 70,000 items with INVALID_INPUT (not INTERNAL)', async () => {
    const many = <T>(value: T) => Array.from({ length: 70_000 }, () => value);
    const cases = [
      {
        query: 'query($s: [ApprovalStatus!]) { approvals(statuses: $s) { totalItems } }',
        variables: { s: many('PENDING') },
      },
      {
        query: 'query($a: [String!]) { auditEvents(actions: $a) { totalItems } }',
        variables: { a: many('run.start') },
      },
      {
        query: 'query($f: RunFilter) { runs(filter: $f) { totalItems } }',
        variables: { f: { statuses: many('RUNNING') } },
      },
    ];
    for (const { query, variables } of cases) {
      const http = await postConsole({ query, variables });
      expect(codes(http.errors)).toEqual(['INVALID_INPUT']);
      const ws = await overSocket('console', query, variables);
      expect(codes(ws.errors)).toEqual(['INVALID_INPUT']);
    }
  });

  it('refuses a batch of operations in one HTTP request', async () => {
    const response = await postConsole([
      { query: '{ agents { key } }' },
      { query: '{ agents { key } }' },
    ]);
    expect(response.status).toBe(400);
  });

  it.runIf(process.env.DATABASE_URL)(
    'cancels a database statement that runs past the statement timeout (PostgreSQL)',
    async () => {
      await expect(t.query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
      expect(await healthzMs()).toBeLessThan(1_000);
    },
  );
});
