import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../config.js';
import { start, type RunningHub } from '../start.js';

const API_KEY = 'sk_socket_metrics_0123456789abcdef';

/** The value of one sample of the exposition, 0 when the series does not exist (yet). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    const found = Object.fromEntries(
      [...body.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    const keys = Object.keys(labels);
    if (keys.length !== Object.keys(found).length) continue;
    if (keys.every((key) => found[key] === labels[key])) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('hub_websocket_operations_total and hub_router_calls_total', () => {
  let database: TestDatabase;
  let hub: RunningHub;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = await start(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_DATA_DIR: database.options.dataDir,
        HUB_BOOTSTRAP_API_KEY: API_KEY,
        HUB_AUTOMATION: 'off',
        ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
      }),
    );
    client = createClient({
      url: hub.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${API_KEY}` },
      retryAttempts: 0,
    });
  });
  afterAll(async () => {
    await client?.dispose();
    await hub?.stop();
    await database?.drop();
  });

  const exposition = async () => (await hub.services.metrics.exposition()).body;

  /** Runs one operation over the socket to its end; its result, or the error it was refused with. */
  function overSocket(query: string, variables: Record<string, unknown> = {}) {
    return new Promise<{ data?: unknown; errors?: unknown }>((resolve) => {
      let result: { data?: unknown; errors?: unknown } = {};
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value),
          error: (errors) => resolve({ errors }),
          complete: () => resolve(result),
        },
      );
    });
  }

  it('counts a query over the console socket by name, type and outcome, and a refused one as (invalid) with its code', async () => {
    const ok = { endpoint: 'console', operation: 'SocketAgentKeys', type: 'query', outcome: 'ok' };
    const refused = {
      endpoint: 'console',
      operation: '(invalid)',
      type: 'invalid',
      // The socket's own check refuses it (graphql/operation-limits.ts), with the hub's code.
      outcome: 'INVALID_QUERY',
    };
    const before = await exposition();

    const answer = await overSocket('query SocketAgentKeys { agents { key } }');
    expect(JSON.stringify(answer.data)).toContain('support');
    const invalid = await overSocket('query NoSuchField { agents { noSuchField } }');
    expect(invalid.errors).toBeDefined();

    const after = await exposition();
    expect(sample(after, 'hub_websocket_operations_total', ok)).toBe(
      sample(before, 'hub_websocket_operations_total', ok) + 1,
    );
    expect(sample(after, 'hub_websocket_operations_total', refused)).toBe(
      sample(before, 'hub_websocket_operations_total', refused) + 1,
    );
    // Over the socket only: the HTTP counter did not move for it.
    expect(after).not.toMatch(/hub_graphql_requests_total\{[^}]*operation="SocketAgentKeys"/);
  });

  it('counts a mutation over the socket that fails with the error code it failed with', async () => {
    const failed = {
      endpoint: 'console',
      operation: 'SocketUnknownAgent',
      type: 'mutation',
      outcome: 'NOT_FOUND',
    };
    const before = await exposition();
    const answer = await overSocket(
      'mutation SocketUnknownAgent { startRun(input: { agentKey: "no-such-agent" }) { id } }',
    );
    const code = JSON.stringify(answer);
    expect(code).toContain('errorCode');
    const outcome = /"errorCode":"([A-Z_]+)"/.exec(code)?.[1];
    const after = await exposition();
    expect(
      sample(after, 'hub_websocket_operations_total', { ...failed, outcome: String(outcome) }),
    ).toBe(
      sample(before, 'hub_websocket_operations_total', { ...failed, outcome: String(outcome) }) + 1,
    );
  });

  it('counts each message the classifier routes, by the agent it chose and whether it was sure', async () => {
    const routed = { provider: 'classifier', agent: 'finance', outcome: 'routed' };
    const unsure = { provider: 'classifier', agent: 'support', outcome: 'unsure' };
    const before = await exposition();
    const response = await fetch(hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({
        query: `query Route($sure: String!, $vague: String!) {
          sure: routeMessage(text: $sure) { agentKey needsClarification }
          vague: routeMessage(text: $vague) { agentKey needsClarification }
        }`,
        variables: {
          sure: 'Which invoices are overdue and how much cash will we have next month?',
          vague: 'hello there',
        },
      }),
    });
    const { data } = (await response.json()) as {
      data: Record<'sure' | 'vague', { agentKey: string; needsClarification: boolean }>;
    };
    expect(data.sure).toEqual({ agentKey: 'finance', needsClarification: false });
    expect(data.vague.needsClarification).toBe(true);

    const after = await exposition();
    expect(sample(after, 'hub_router_calls_total', routed)).toBe(
      sample(before, 'hub_router_calls_total', routed) + 1,
    );
    const vague = { ...unsure, agent: data.vague.agentKey };
    expect(sample(after, 'hub_router_calls_total', vague)).toBe(
      sample(before, 'hub_router_calls_total', vague) + 1,
    );
  });
});
