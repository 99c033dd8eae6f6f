import { fork, type ChildProcess } from 'node:child_process';

/**
 * The bench drives each server under test in its own process, so the load generator never shares
 * the server's event loop. They talk over Node's IPC channel: the child announces itself once with
 * `ready`, then answers numbered commands.
 */
export type Command =
  /** A run that nobody executes: steps only arrive through `emitSteps`. Answers `{ runId }`. */
  | { type: 'createRun' }
  /** Live `runSteps` subscriptions on the run's topic. Answers a number. */
  | { type: 'subscriberCount'; runId: string }
  /** Publishes `count` REASONING steps, then (if `finish`) the terminal step. Answers null. */
  | { type: 'emitSteps'; runId: string; count: number; finish: boolean }
  /** Baseline only: the static `agents` result to serve (the hub's own, for an equal payload). */
  | { type: 'setAgents'; agents: unknown[] }
  /** CPU time the process has used so far, as `process.cpuUsage()` (microseconds). */
  | { type: 'cpuUsage' }
  /**
   * Hub only: the process's memory (MemoryFigures), after a full garbage collection when the
   * process runs with --expose-gc.
   */
  | { type: 'memoryUsage' }
  /**
   * Hub only: `count` new widget visitors, each with a token for the demo publishable key.
   * Answers WidgetVisitors (origin: one the key allows).
   */
  | { type: 'widgetVisitors'; count: number }
  /** Hub only: writes a V8 heap snapshot to `path` (for finding where memory goes). */
  | { type: 'heapSnapshot'; path: string }
  /** Hub only: live `visitorEvents` feeds of these visitors (of `widgetVisitors`, by default). */
  | { type: 'widgetFeedCount'; visitorIds?: string[] }
  | { type: 'stop' };

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Resident bytes of the C heap (Linux), where native per-socket state lives; else null. */
  mallocHeapRss: number | null;
  /** V8's heap by space (new, old, code, large objects...): where heapTotal - heapUsed sits. */
  spaces?: Record<string, { size: number; used: number }>;
}

export interface WidgetVisitors {
  publishableKey: string;
  origin: string;
  tokens: string[];
  visitorIds: string[];
}

export interface ReadyMessage {
  type: 'ready';
  graphqlUrl: string;
}

interface Request {
  id: number;
  command: Command;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

/** Child side: announce readiness and answer commands until told to stop or orphaned. */
export function serveCommands(
  ready: ReadyMessage,
  handle: (command: Command) => Promise<unknown>,
): void {
  const send = (message: ReadyMessage | Reply) => process.send?.(message);
  process.on('message', (message: Request) => {
    const answer =
      message.command.type === 'cpuUsage'
        ? Promise.resolve(process.cpuUsage())
        : handle(message.command);
    answer.then(
      (result) => send({ id: message.id, result: result ?? null }),
      (error: unknown) => send({ id: message.id, error: String(error) }),
    );
  });
  // If the bench dies (or is killed) the server must not linger.
  process.on('disconnect', () => process.exit(0));
  send(ready);
}

/** Parent side: one forked server process. */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();
  private exited = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly graphqlUrl: string,
  ) {
    child.on('message', (message: Reply) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(`${name}: ${message.error}`));
      else waiter.resolve(message.result);
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const waiter of this.pending.values()) {
        waiter.reject(new Error(`${name} exited (${signal ?? code}) with a command pending`));
      }
      this.pending.clear();
    });
  }

  /** Forks a compiled module; its stdout goes to our stderr, so the bench's stdout stays JSON. */
  static start(
    name: string,
    modulePath: URL,
    env: Record<string, string>,
    execArgv: string[] = [],
    timeoutMs = 60_000,
  ): Promise<ServerProcess> {
    const child = fork(modulePath, [], {
      env: { ...process.env, ...env },
      execArgv,
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${name} was not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      child.once('message', (message: ReadyMessage) => {
        clearTimeout(timer);
        resolve(new ServerProcess(name, child, message.graphqlUrl));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code} before it was ready`));
      });
    });
  }

  request<T>(command: Command, timeoutMs = 60_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: no answer to ${command.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ id, command } satisfies Request);
    });
  }

  /**
   * CPU seconds the server spent while `work` ran: unlike wall time, barely affected by other
   * processes competing for the same cores, so the per-operation cost stays comparable.
   */
  async cpuDuring<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; cpuSeconds: number; systemCpuSeconds: number }> {
    const before = await this.request<NodeJS.CpuUsage>({ type: 'cpuUsage' });
    const result = await work();
    const after = await this.request<NodeJS.CpuUsage>({ type: 'cpuUsage' });
    const systemMicros = after.system - before.system;
    return {
      result,
      cpuSeconds: (after.user - before.user + systemMicros) / 1e6,
      systemCpuSeconds: systemMicros / 1e6,
    };
  }

  /** Asks the child to stop cleanly (so `--cpu-prof` can write its profile), else kills it. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.request({ type: 'stop' }, graceMs).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
