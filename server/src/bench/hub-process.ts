import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { AgentEntity } from '@zactonics/db';
import { loadConfig } from '../config.js';
import { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import { topics } from '../events/pub-sub.js';
import { visitorTopic } from '../modules/widget/visitor-chat.service.js';
import { start } from '../start.js';
import { serveCommands, type Command, type MemoryFigures, type WidgetVisitors } from './ipc.js';

/**
 * The system under test: the real hub (PGlite in a fresh folder, the bootstrap key) in its own
 * process. Steps for the fan-out figure go through `RunJournal.append` / `finish`, the same
 * persist-then-publish path the executor uses, on a run that is never queued for execution (the
 * bench plays the executor).
 */
const config = loadConfig(process.env);
const hub = await start(config, {
  logger: { info: () => undefined, error: (message, error) => console.error(message, error) },
});
const { dataSource, journal, pubSub } = hub.services;

async function createRun(): Promise<{ runId: string }> {
  const agent = await dataSource.manager.findOneByOrFail(AgentEntity, {
    workspaceId: hub.demoWorkspaceId,
    key: 'support',
  });
  // As the run launcher does (run + TRIGGER step in one transaction), minus `queue.enqueue`.
  const run = await journal.transaction((uow) =>
    uow.createRun(
      {
        workspaceId: hub.demoWorkspaceId,
        agentId: agent.id,
        scenarioId: null,
        status: 'QUEUED',
        trigger: 'API',
        input: {},
        idempotencyKey: null,
      },
      [
        {
          kind: 'TRIGGER',
          title: 'Started the fan-out benchmark',
          data: { trigger: 'API', actor: 'bench', agentKey: 'support' },
        },
      ],
    ),
  );
  // RUNNING, as if an executor had picked it up: only a running run may succeed. Appending a
  // step refreshes its heartbeat, so the recovery sweep leaves it alone while the bench uses it.
  if (!(await journal.claim(run.id, 'bench', 'offline'))) throw new Error('could not claim run');
  return { runId: run.id };
}

async function emitSteps(runId: string, count: number, finish: boolean): Promise<void> {
  for (let round = 1; round <= count; round++) {
    await journal.append(runId, { kind: 'REASONING', title: `Round ${round}`, data: { round } });
  }
  if (finish) {
    await journal.finish(runId, { status: 'SUCCEEDED', output: { rounds: count }, title: 'done' });
  }
}

/** Visitors whose feeds `widgetFeedCount` counts: made here, or named once by the bench. */
let widgetVisitorIds: string[] = [];

/**
 * Visitors as the widget makes them (startVisitorSession), minus HTTP; all from one address, so
 * the bench raises HUB_WIDGET_SESSIONS_PER_MINUTE for this hub.
 */
async function widgetVisitors(count: number): Promise<WidgetVisitors> {
  const key = await hub.services.publishableKeys.authenticate(hub.demoPublishableKey);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const session = await hub.services.visitorSessions.startSession(key, {
      clientAddress: 'bench',
    });
    widgetVisitorIds.push(session.visitorId);
    tokens.push(session.token);
  }
  return {
    publishableKey: hub.demoPublishableKey,
    origin: hub.url,
    tokens,
    visitorIds: [...widgetVisitorIds],
  };
}

function memoryUsage(): MemoryFigures {
  // Twice: the first pass may only queue finalizers (weak maps, closed sockets' handles).
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((space) => [
      space.space_name,
      { size: space.space_size, used: space.space_used_size },
    ]),
  );
  return {
    rss,
    heapUsed,
    heapTotal,
    external,
    arrayBuffers,
    mallocHeapRss: mallocHeapRss(),
    spaces,
  };
}

/**
 * Resident bytes of the C heap (glibc's main arena, `[heap]` in smaps), where Node's own
 * per-socket allocations go; null off Linux.
 */
function mallocHeapRss(): number | null {
  try {
    const smaps = readFileSync('/proc/self/smaps', 'utf8');
    const heap = /\[heap\]\n(?:.*\n)*?Rss:\s+(\d+) kB/.exec(smaps);
    return heap ? Number(heap[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function inMemoryPubSub(): InMemoryPubSub {
  if (!(pubSub instanceof InMemoryPubSub)) throw new Error('the hub has no in-memory pub/sub');
  return pubSub;
}

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'createRun':
      return createRun();
    case 'subscriberCount':
      return inMemoryPubSub().subscriberCount(topics.runSteps(command.runId));
    case 'emitSteps':
      return emitSteps(command.runId, command.count, command.finish);
    case 'memoryUsage':
      return memoryUsage();
    case 'widgetVisitors':
      return widgetVisitors(command.count);
    case 'heapSnapshot':
      return writeHeapSnapshot(command.path);
    case 'widgetFeedCount': {
      if (command.visitorIds) widgetVisitorIds = command.visitorIds;
      const feeds = inMemoryPubSub();
      return widgetVisitorIds.reduce((n, id) => n + feeds.subscriberCount(visitorTopic(id)), 0);
    }
    case 'setAgents':
    case 'cpuUsage': // answered by serveCommands
      throw new Error(`${command.type} is not for the hub`);
    case 'stop':
      // After a failure, runs of the latency phase may still be executing: do not wait forever.
      await Promise.race([hub.stop(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      process.exit(0);
  }
}

serveCommands({ type: 'ready', graphqlUrl: hub.graphqlUrl }, handle);
