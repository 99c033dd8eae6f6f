import { migrateDatabase, openDatabase, seedDemoWorkspace, type HubDatabase } from '@zactonics/db';
import type { RequestContext } from '../context.js';
import { createConsoleContext } from '../console-context.js';
import { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import { InProcessRunQueue } from '../queue/in-process-run-queue.js';
import type { MailConfig } from '../modules/leads/mail/mail-config.js';
import type { Clock } from '../runtime/clock.js';
import { createHubServices, type HubServices } from '../services.js';
import { createMigratedTestDatabase } from './migrated-test-database.js';

export interface SeededServices {
  db: HubDatabase;
  services: HubServices;
  pubSub: InMemoryPubSub;
  /** The demo workspace, as an API key of it would see it. */
  ctx: RequestContext;
  /** Moves the services' clock (deadlines, expiries). */
  setNow(date: Date): void;
  close(): Promise<void>;
}

/**
 * Every service of the hub on a fresh, migrated and seeded test database, with a fixed clock and
 * a run queue that is never started: a spec drives runs itself, so nothing else touches them.
 */
export async function openSeededServices(options: {
  now: Date;
  actor: string;
  runLeaseMs?: number;
  /** Outbound email (e.g. the development catcher); none without it. */
  mail?: MailConfig;
}): Promise<SeededServices> {
  const testDb = await createMigratedTestDatabase();
  const db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  const { workspace } = await seedDemoWorkspace(db.dataSource, options.now);
  let now = options.now;
  const clock: Clock = { now: () => now };
  const pubSub = new InMemoryPubSub();
  const services = createHubServices({
    dataSource: db.dataSource,
    pubSub,
    queue: new InProcessRunQueue(1, () => undefined),
    clock,
    runLeaseMs: options.runLeaseMs ?? 30_000,
    mail: options.mail,
  });
  return {
    db,
    services,
    pubSub,
    ctx: createConsoleContext(services, workspace.id, options.actor),
    setNow: (date) => {
      now = date;
    },
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}
