import { openDatabase, type DatabaseOptions } from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createHubClient, type HubClient } from '@zactonics/schema';
import { loadConfig, start, type RunningHub } from '@zactonics/server';
import WebSocket from 'ws';

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
  /** Stops the hub (keeping its database) and starts a new one on the same database. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real hub on a random port with a fresh database (PGlite, or PostgreSQL when DATABASE_URL is
 * set), driven only through HTTP and WebSocket like any other client.
 */
export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const clients: HubClient[] = [];
  const boot = () =>
    start(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_DATA_DIR: database.options.dataDir,
        HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
        ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
        ...env,
      }),
    );
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
    async restart() {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await hub.stop();
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
