import WebSocket, { type RawData } from 'ws';
import { startHubProcess, type BenchServers } from './bench-servers.js';
import type { MemoryFigures, ServerProcess, WidgetVisitors } from './ipc.js';
import { round } from './stats.js';

export interface IdleWidgetSocketOptions {
  sockets: number;
  /** Each socket also subscribes to its visitor's conversation, as the widget does on load. */
  subscribe: boolean;
  /**
   * How long the sockets then stay idle before the second reading: past the rate limits' one-
   * minute windows, whose per-visitor records the connections created and which then expire.
   */
  idleMs: number;
  /** Sockets opened at once. */
  batchSize: number;
  timeoutMs: number;
  /** Writes the hub's heap snapshots (before, opened) into this folder. */
  heapSnapshotDir?: string | undefined;
}

/** Hub memory per socket between two readings. */
export interface PerSocket {
  rssBytes: number;
  heapBytes: number;
  /** The V8 heap's size, used or not: RSS minus this growth is native memory. */
  heapTotalBytes: number;
  /** Off-heap memory V8 knows of (Buffers). */
  externalBytes: number;
}

export interface IdleWidgetSocketFigures {
  sockets: number;
  subscribed: boolean;
  /** Local addresses the client sockets were spread over (ephemeral ports per address). */
  sourceAddresses: number;
  openSeconds: number;
  idleSeconds: number;
  /** The hub's memory after a full GC: before the sockets, right after, and after `idleMs`. */
  memory: { before: MemoryFigures; opened: MemoryFigures; idle: MemoryFigures };
  perSocketOpened: PerSocket;
  perSocketIdle: PerSocket;
  /** The headline figures: idle. */
  rssBytesPerSocket: number;
  heapBytesPerSocket: number;
}

/** The widget's own subscription document (widget/src/chat/operations.ts), fragments inlined. */
const VISITOR_EVENTS = `subscription VisitorEvents($afterSeq: Int) {
  visitorEvents(afterSeq: $afterSeq) {
    message { id seq role text citations { title slug } helpful runId createdAt }
    reply { runId text typing handoffOffered personWillReply done }
    handoff
  }
}`;

/**
 * 127.0.0.1-8: 10,000 sockets to one port from one address would take 10,000 of the ~28,000
 * ephemeral ports, and a second run within a minute finds many of them in TIME_WAIT.
 */
const SOURCE_ADDRESSES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 1}`);
/** Sockets opened and closed before `before` is read: lazily built state is not per socket. */
const WARM_UP_SOCKETS = 200;

/**
 * What an idle widget visitor costs the hub: `sockets` widget WebSockets on one hub process,
 * each acknowledged (a visitor token with connection_init) and, with `subscribe`, following its
 * visitor's conversation as the widget does. The hub's memory comes over the bench's IPC after a
 * full GC (the hub runs with --expose-gc): before, once all are open, and after they idled; the
 * differences divided by the sockets are the figures. RSS also holds the V8 heap's free pages
 * left by the burst of opening (heapTotal grows by more than heapUsed), so it reads above the
 * heap figure, and varies with what the process did before.
 *
 * The hub runs with its widget caps raised for this process only (env below): every socket
 * comes from 127.0.0.x under one publishable key, far past the per-address and per-key defaults
 * meant for real shops. Each visitor holds one socket, so the per-visitor cap stays as it is.
 */
export async function measureIdleWidgetSockets(
  servers: BenchServers,
  options: IdleWidgetSocketOptions,
): Promise<IdleWidgetSocketFigures> {
  const { sockets: count, subscribe, batchSize, timeoutMs } = options;
  const caps = String(count + WARM_UP_SOCKETS);
  const dataDir = await servers.dataDir();
  const startHub = () =>
    startHubProcess('widget hub', dataDir, {
      HUB_BOOTSTRAP_API_KEY: servers.apiKey,
      execArgv: ['--expose-gc'],
      env: {
        HUB_WIDGET_SOCKETS_PER_ADDRESS: caps,
        HUB_WIDGET_SOCKETS_PER_KEY: caps,
        // An upgrade and a subscribe each count one request per address and per key.
        HUB_WIDGET_ADDRESS_REQUESTS_PER_MINUTE: '1000000',
        HUB_WIDGET_KEY_REQUESTS_PER_MINUTE: '1000000',
        // The visitors are made from one address (hub-process.ts, widgetVisitors).
        HUB_WIDGET_SESSIONS_PER_MINUTE: '100000',
      },
    });
  // The visitors are made by a first hub process; the sockets go to a second one on the same
  // database, so its memory does not start with the garbage of 10,000 sessions being written
  // (which made the RSS reading before the sockets, and so the figure, vary by 5 KB a socket).
  servers.log(`idle widget sockets: ${count + WARM_UP_SOCKETS} visitors`);
  const maker = await startHub();
  const visitors = await maker
    .request<WidgetVisitors>({ type: 'widgetVisitors', count: count + WARM_UP_SOCKETS }, timeoutMs)
    .finally(() => maker.stop());
  const hub = await startHub();
  await hub.request({ type: 'widgetFeedCount', visitorIds: visitors.visitorIds });
  const open: IdleWidgetSocket[] = [];
  const memory = async (name: string) => {
    const figures = await hub.request<MemoryFigures>({ type: 'memoryUsage' });
    if (options.heapSnapshotDir) {
      const path = `${options.heapSnapshotDir}/widget-hub-${name}.heapsnapshot`;
      await hub.request({ type: 'heapSnapshot', path }, timeoutMs);
      servers.log(`idle widget sockets: heap snapshot ${path}`);
    }
    return figures;
  };
  try {
    const url = `${hub.graphqlUrl.replace(/\/graphql$/, '/widget/graphql').replace(/^http/, 'ws')}?key=${encodeURIComponent(visitors.publishableKey)}`;
    const openAll = async (tokens: string[], into: IdleWidgetSocket[]) => {
      for (let i = 0; i < tokens.length; i += batchSize) {
        const batch = await Promise.all(
          tokens
            .slice(i, i + batchSize)
            .map((token, j) =>
              IdleWidgetSocket.open(url, visitors.origin, token, sourceAddress(i + j)),
            ),
        );
        if (subscribe) for (const socket of batch) socket.subscribe();
        into.push(...batch);
      }
      if (subscribe) await feedsReach(hub, into.length, timeoutMs);
    };

    const warmUp: IdleWidgetSocket[] = [];
    await openAll(visitors.tokens.slice(0, WARM_UP_SOCKETS), warmUp);
    await Promise.all(warmUp.map((socket) => socket.close()));
    if (subscribe) await feedsReach(hub, 0, timeoutMs);
    const before = await memory('before');

    servers.log(`idle widget sockets: opening ${count}${subscribe ? ', each subscribed' : ''}`);
    const startedAt = performance.now();
    await openAll(visitors.tokens.slice(WARM_UP_SOCKETS), open);
    const openSeconds = (performance.now() - startedAt) / 1000;
    const opened = await memory('opened');
    servers.log(`idle widget sockets: idle for ${options.idleMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, options.idleMs));
    const idle = await memory('idle');
    const closed = open.filter((socket) => socket.closed).length;
    if (closed > 0) throw new Error(`${closed} widget sockets were closed while measuring`);

    const perSocket = (after: MemoryFigures): PerSocket => ({
      rssBytes: Math.round((after.rss - before.rss) / count),
      heapBytes: Math.round((after.heapUsed - before.heapUsed) / count),
      heapTotalBytes: Math.round((after.heapTotal - before.heapTotal) / count),
      externalBytes: Math.round((after.external - before.external) / count),
    });
    const perSocketIdle = perSocket(idle);
    return {
      sockets: count,
      subscribed: subscribe,
      sourceAddresses: SOURCE_ADDRESSES.length,
      openSeconds: round(openSeconds, 1),
      idleSeconds: options.idleMs / 1000,
      memory: { before, opened, idle },
      perSocketOpened: perSocket(opened),
      perSocketIdle,
      rssBytesPerSocket: perSocketIdle.rssBytes,
      heapBytesPerSocket: perSocketIdle.heapBytes,
    };
  } finally {
    await Promise.all(open.map((socket) => socket.close()));
    await hub.stop();
  }
}

function sourceAddress(index: number): string {
  return SOURCE_ADDRESSES[index % SOURCE_ADDRESSES.length] as string;
}

/** Each subscription is live once its feed follows the visitor's topic. */
async function feedsReach(hub: ServerProcess, expected: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const feeds = await hub.request<number>({ type: 'widgetFeedCount' });
    if (feeds === expected) return;
    if (Date.now() > deadline) throw new Error(`${feeds} of ${expected} widget feeds are live`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One widget visitor's socket, held open doing nothing after connection_ack (and subscribe). */
class IdleWidgetSocket {
  closed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => undefined); // a `close` follows
    socket.on('message', (data: RawData) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      // An idle visitor gets nothing but pings; anything else means the figure is not idle.
      if (message.type !== 'ping' && message.type !== 'pong') {
        process.stderr.write(`[bench] widget socket got ${String(data).slice(0, 200)}\n`);
      }
    });
  }

  static open(
    url: string,
    origin: string,
    visitorToken: string,
    localAddress: string,
    timeoutMs = 30_000,
  ): Promise<IdleWidgetSocket> {
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      origin,
      localAddress,
      perMessageDeflate: false,
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error('no connection_ack in time'));
      }, timeoutMs);
      const fail = (reason: string) => {
        clearTimeout(timer);
        reject(new Error(reason));
      };
      socket.once('error', (error) => fail(`widget socket: ${error.message}`));
      socket.once('close', (code, reason) => fail(`widget socket closed (${code} ${reason})`));
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { visitorToken } })),
      );
      socket.once('message', (data: RawData) => {
        const message = JSON.parse(String(data)) as { type: string };
        if (message.type !== 'connection_ack')
          return fail(`expected connection_ack: ${message.type}`);
        clearTimeout(timer);
        socket.removeAllListeners();
        resolve(new IdleWidgetSocket(socket));
      });
    });
  }

  subscribe(): void {
    const payload = { query: VISITOR_EVENTS, variables: { afterSeq: 0 } };
    this.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
      setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2_000).unref();
    });
  }
}
