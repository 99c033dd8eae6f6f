import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import WebSocket, { WebSocketServer, type RawData } from 'ws';
import { serveCommands, type Command } from './ipc.js';

/**
 * The floor under every fan-out figure: a bare `ws` server that speaks just enough of
 * graphql-transport-ws for the bench's subscribers (ack, subscribe, next, complete) and writes
 * each step as one message serialized once, the same bytes to every socket. No GraphQL, no
 * pub/sub, no per-subscriber anything: what a hub could at best do with the same sockets.
 */
const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';
const bearer = `Bearer ${process.env.BENCH_API_KEY}`;

interface Run {
  lastSeq: number;
  /** The subscribed sockets, with the id each gave its subscription. */
  subscribers: Map<WebSocket, string>;
}

const runs = new Map<string, Run>();
let runCount = 0;

const wsServer = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  path: '/graphql',
  handleProtocols: (protocols) =>
    protocols.has(GRAPHQL_TRANSPORT_WS) ? GRAPHQL_TRANSPORT_WS : false,
});
await new Promise<void>((resolve) => wsServer.once('listening', resolve));

wsServer.on('connection', (socket) => {
  let acknowledged = false;
  socket.on('message', (data: RawData) => {
    const message = JSON.parse(String(data)) as {
      type: string;
      id?: string;
      payload?: { authorization?: unknown; variables?: { runId?: unknown } };
    };
    if (message.type === 'connection_init') {
      if (message.payload?.authorization !== bearer) return socket.close(4403, 'Forbidden');
      acknowledged = true;
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'subscribe' && acknowledged && message.id) {
      const run = runs.get(String(message.payload?.variables?.runId));
      if (!run) return socket.close(4400, 'no such run');
      run.subscribers.set(socket, message.id);
    } else if (message.type === 'complete') {
      for (const run of runs.values()) run.subscribers.delete(socket);
    }
  });
  socket.on('close', () => {
    for (const run of runs.values()) run.subscribers.delete(socket);
  });
});

/** One message for every socket: the bench's subscribers all use the same subscription id. */
function publish(run: Run, frame: (id: string) => string): void {
  const built = new Map<string, string>();
  for (const [socket, id] of run.subscribers) {
    let message = built.get(id);
    if (message === undefined) built.set(id, (message = frame(id)));
    socket.send(message);
  }
}

async function emitSteps(runId: string, count: number, finish: boolean): Promise<void> {
  const run = runs.get(runId);
  if (!run) throw new Error(`no run ${runId}`);
  const next = (runSteps: object) => (id: string) =>
    JSON.stringify({ id, type: 'next', payload: { data: { runSteps } } });
  for (let round = 1; round <= count; round++) {
    const seq = ++run.lastSeq;
    publish(
      run,
      next({ seq, kind: 'REASONING', title: `Round ${round}`, detail: null, data: { round } }),
    );
    // As the other servers do between steps (the hub commits a transaction for each).
    await nextTurn();
  }
  if (finish) {
    const seq = ++run.lastSeq;
    const output = { output: { rounds: count } };
    publish(run, next({ seq, kind: 'COMPLETED', title: 'done', detail: null, data: output }));
    publish(run, (id) => JSON.stringify({ id, type: 'complete' }));
    run.subscribers.clear();
  }
}

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'createRun': {
      const runId = `raw-run-${++runCount}`;
      runs.set(runId, { lastSeq: 1, subscribers: new Map() });
      return { runId };
    }
    case 'subscriberCount':
      return runs.get(command.runId)?.subscribers.size ?? 0;
    case 'emitSteps':
      return emitSteps(command.runId, command.count, command.finish);
    case 'setAgents':
    case 'cpuUsage': // answered by serveCommands
    case 'memoryUsage':
    case 'widgetVisitors':
    case 'widgetFeedCount':
    case 'heapSnapshot':
      throw new Error(`${command.type} is not for the raw ws server`);
    case 'stop':
      for (const socket of wsServer.clients) socket.terminate();
      wsServer.close();
      process.exit(0);
  }
}

const { port } = wsServer.address() as AddressInfo;
serveCommands({ type: 'ready', graphqlUrl: `http://127.0.0.1:${port}/graphql` }, handle);
