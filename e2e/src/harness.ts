import { openDatabase, type DatabaseOptions } from '@zactonics/db';
import type { TestDatabase } from '@zactonics/db/testing';
import {
  createHubClient,
  HubClientError,
  type HubClient,
  type ResultOf,
  type TypedOperation,
} from '@zactonics/schema';
import { loadConfig, start, type RunningHub, type StartOptions } from '@zactonics/server';
import { createMigratedTestDatabase } from '@zactonics/server/testing/migrated-test-database';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { startFakeMessagesApi, type FakeMessagesApi } from './fake-messages-api.js';
import type { RunStatus } from './gql/console/graphql.js';

export const TEST_API_KEY = 'sk_test_e2e_0123456789abcdef';

export interface TestHub {
  hub: RunningHub;
  database: TestDatabase;
  /** A client authenticated with the demo workspace's key. */
  client: HubClient;
  /** A client with another key, or with none (`null`). */
  newClient(apiKey?: string | null): HubClient;
  /**
   * Reads the hub's database through the hub's own connection: PGlite allows one process-local
   * instance per folder, so a second instance would not see the hub's latest writes.
   */
  query<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /**
   * Stops the hub (keeping its database) and starts a new one on the same database;
   * `whileStopped` runs in between (e.g. moving a test clock past what the hub should miss).
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real hub on a random port with a fresh database (PGlite, or PostgreSQL when DATABASE_URL is
 * set), driven only through HTTP and WebSocket like any other client.
 * `options.clock` fixes the hub's time (the demo seed's dates are relative to it).
 */
export async function startTestHub(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'clock' | 'traceExporter'> = {},
): Promise<TestHub> {
  // Migrated already (PGlite): each start still checks the migrations, and seeds its own demo.
  const database = await createMigratedTestDatabase();
  const clients: HubClient[] = [];
  const boot = () => start(testHubConfig(database, env), options);
  let hub: RunningHub;
  try {
    hub = await boot();
  } catch (error) {
    await database.drop();
    throw error;
  }
  const newClient = (apiKey: string | null = TEST_API_KEY) => {
    const client = createHubClient({
      url: hub.graphqlUrl,
      apiKey: apiKey ?? undefined,
      webSocketImpl: WebSocket,
      ws: { retryAttempts: 0 },
    });
    clients.push(client);
    return client;
  };
  const testHub: TestHub = {
    get hub() {
      return hub;
    },
    database,
    client: newClient(),
    newClient,
    query: (sql, parameters) => hub.database.dataSource.query(sql, parameters),
    async restart(whileStopped) {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await hub.stop();
      await whileStopped?.();
      hub = await boot();
      testHub.client = newClient();
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await hub.stop();
      await database.drop();
    },
  };
  return testHub;
}

/**
 * The configuration of a test hub on `database`. Automation is off unless `env` turns it on
 * (HUB_AUTOMATION=on): the demo's schedules must not start runs inside unrelated specs.
 */
function testHubConfig(database: TestDatabase, env: Record<string, string>) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    HUB_DATA_DIR: database.options.dataDir,
    HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
    HUB_AUTOMATION: 'off',
    ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
    ...env,
  });
}

/** Another hub process's stand-in: a second hub on a test hub's database, in this process. */
export interface SecondHub {
  hub: RunningHub;
  /** A client of this hub, with the demo workspace's key. */
  client: HubClient;
  stop(): Promise<void>;
}

/**
 * Starts a second hub on `first`'s database, as a second process would (PostgreSQL only: PGlite
 * allows one instance per folder). Stop it before `first.close()` drops the database.
 */
export async function startSecondHub(
  first: TestHub,
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'clock'> = {},
): Promise<SecondHub> {
  if (first.database.kind !== 'postgres') {
    throw new Error('a second hub on one database needs PostgreSQL (set DATABASE_URL)');
  }
  const hub = await start(testHubConfig(first.database, env), options);
  const client = createHubClient({
    url: hub.graphqlUrl,
    apiKey: TEST_API_KEY,
    webSocketImpl: WebSocket,
    ws: { retryAttempts: 0 },
  });
  return {
    hub,
    client,
    async stop() {
      await client.close();
      await hub.stop();
    },
  };
}

/** A hub whose Claude provider calls a fake Messages API instead of Anthropic. */
/** Model settings for specs that script every answer: fail fast, never retry. */
export const SCRIPTED_MODEL_ENV: Readonly<Record<string, string>> = {
  HUB_MODEL_TIMEOUT_MS: '2000',
  HUB_MODEL_MAX_RETRIES: '0',
};

export interface HubWithFakeModel {
  /** The hub; its `close()` stops the fake too. */
  hub: TestHub;
  fake: FakeMessagesApi;
}

/**
 * Starts a fake Messages API and a hub whose Anthropic key and base URL point at it; `env` adds the
 * spec's own settings (model timeout, retries).
 */
export async function startHubWithFakeModel(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'traceExporter'> = {},
): Promise<HubWithFakeModel> {
  const fake = await startFakeMessagesApi();
  let hub: TestHub;
  try {
    hub = await startTestHub(
      {
        ANTHROPIC_API_KEY: 'sk-ant-test',
        ANTHROPIC_BASE_URL: fake.url,
        ...env,
      },
      options,
    );
  } catch (error) {
    await fake.close();
    throw error;
  }
  const closeHub = hub.close;
  hub.close = async () => {
    await closeHub();
    await fake.close();
  };
  return { hub, fake };
}

/** Direct database access for arranging states no API produces (a crashed process, a second workspace). */
export async function withDatabase<T>(
  options: DatabaseOptions,
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Polls until `check` stops throwing (or the deadline passes), instead of sleeping. */
export async function expectEventually(
  check: () => Promise<void> | void,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** The statuses a run ends in. */
export const FINISHED_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** A query reading one run by id: `run(id: $id)` selecting at least `status`. */
type RunByIdOperation = TypedOperation<{ run: { status: RunStatus } | null }, { id: string }>;

/** Reads the run with `query`, failing the test when there is none. */
export async function existingRun<TOperation extends RunByIdOperation>(
  client: HubClient,
  query: TOperation,
  id: string,
): Promise<NonNullable<ResultOf<TOperation>['run']>> {
  // The text overload, as in finishedRun below.
  const { run } = await client.request<ResultOf<TOperation>>(query.toString(), { id });
  if (!run) throw new Error(`run ${id} not found`);
  return run;
}

/**
 * Polls `query` until the run has finished, and returns the run as that query reads it (its type
 * inferred from the generated operation).
 */
export async function finishedRun<TOperation extends RunByIdOperation>(
  client: HubClient,
  query: TOperation,
  id: string,
  timeoutMs = 15_000,
): Promise<NonNullable<ResultOf<TOperation>['run']>> {
  let finished: NonNullable<ResultOf<TOperation>['run']> | undefined;
  await expectEventually(async () => {
    // The text overload: TypeScript cannot check `{ id }` against a still-generic operation's
    // variables, and RunByIdOperation already guarantees it takes exactly an id.
    const { run } = await client.request<ResultOf<TOperation>>(query.toString(), { id });
    expect(FINISHED_STATUSES).toContain(run?.status);
    finished = run ?? undefined;
  }, timeoutMs);
  if (!finished) throw new Error(`run ${id} did not finish`);
  return finished;
}

/** The HubClientError a request was refused with; fails the test if it succeeded or failed otherwise. */
export async function refusalOf(request: Promise<unknown>): Promise<HubClientError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HubClientError);
  return error as HubClientError;
}

/** The error code a request was refused with; undefined when it succeeded. */
export async function errorCodeOf(request: Promise<unknown>): Promise<string | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    if (error instanceof HubClientError) return error.errorCode;
    throw error;
  }
}

/** Collects a subscription's items until it completes, or until `stopAfter` items. */
export async function collect<T>(
  iterator: AsyncIterableIterator<T>,
  stopAfter = Infinity,
): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) {
    items.push(item);
    if (items.length >= stopAfter) {
      await iterator.return?.();
      break;
    }
  }
  return items;
}
