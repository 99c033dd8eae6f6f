import type { ServerProcess } from './ipc.js';
import { round } from './stats.js';
import { RawSubscriber, type SubscriberListener } from './ws-subscriber.js';

export interface FanOutFigures {
  deliveriesPerSecond: number;
  seconds: number;
  /** The server's CPU time per delivered step: comparable even when the cores are shared. */
  serverCpuMicrosPerDelivery: number;
  /** The part of it spent in the kernel (mostly writing to the sockets). */
  serverSystemCpuMicrosPerDelivery: number;
}

export interface FanOutOptions {
  subscribers: number;
  steps: number;
  /** Sockets opened at once: avoids a connection storm (and raising OS limits). */
  batchSize: number;
  timeoutMs: number;
}

const RUN_STEPS = `subscription ($runId: ID!, $afterSeq: Int) {
  runSteps(runId: $runId, afterSeq: $afterSeq) { seq kind title detail data }
}`;

/**
 * Run-step deliveries per second with many subscribers on one run: every subscriber watches the
 * same run from `afterSeq: 1` (after the TRIGGER step, so nothing is replayed); once all of them
 * are live (a warm-up step reached every socket), the server emits `steps` steps and the terminal
 * step, and the clock runs until every socket got all of them and the `complete`.
 */
export async function measureFanOut(
  server: ServerProcess,
  authorization: string,
  options: FanOutOptions,
): Promise<FanOutFigures> {
  const { subscribers, steps, batchSize, timeoutMs } = options;
  const { runId } = await server.request<{ runId: string }>({ type: 'createRun' });
  const wsUrl = server.graphqlUrl.replace(/^http/, 'ws');
  const sockets: RawSubscriber[] = [];
  try {
    const warmedUp = new Countdown(subscribers, 'warm-up step');
    const warmUp: SubscriberListener = {
      next: (socket) => socket.nexts === 1 && warmedUp.tick(),
      complete: () => warmedUp.fail('a subscription completed during the warm-up'),
      fail: (_socket, reason) => warmedUp.fail(reason),
    };
    for (let opened = 0; opened < subscribers; opened += batchSize) {
      const size = Math.min(batchSize, subscribers - opened);
      const batch = await Promise.all(
        Array.from({ length: size }, () => RawSubscriber.open(wsUrl, authorization)),
      );
      for (const socket of batch) {
        socket.subscribe(RUN_STEPS, { runId, afterSeq: 1 }, warmUp);
        sockets.push(socket);
      }
    }
    // Each subscription must be registered on the server before anything is published, or the
    // baseline (which has no replay) would drop the warm-up step for it.
    await until(
      async () => (await server.request<number>({ type: 'subscriberCount', runId })) >= subscribers,
      timeoutMs,
      `${subscribers} subscriptions on ${server.name}`,
    );
    await server.request({ type: 'emitSteps', runId, count: 1, finish: false }, timeoutMs);
    await warmedUp.done(timeoutMs);

    const finished = new Countdown(subscribers, 'all steps and complete');
    const measure: SubscriberListener = {
      next: () => undefined,
      complete: () => finished.tick(),
      fail: (_socket, reason) => finished.fail(reason),
    };
    for (const socket of sockets) socket.reset(measure);
    const {
      result: seconds,
      cpuSeconds,
      systemCpuSeconds,
    } = await server.cpuDuring(async () => {
      const startedAt = performance.now();
      await Promise.all([
        server.request({ type: 'emitSteps', runId, count: steps, finish: true }, timeoutMs),
        finished.done(timeoutMs),
      ]);
      return (performance.now() - startedAt) / 1000;
    });

    const expected = steps + 1; // the steps and the terminal one
    const wrong = sockets.filter((socket) => socket.nexts !== expected).length;
    if (wrong > 0)
      throw new Error(`${wrong} subscribers did not receive exactly ${expected} steps`);
    const deliveries = expected * subscribers;
    return {
      deliveriesPerSecond: Math.round(deliveries / seconds),
      seconds: round(seconds, 3),
      serverCpuMicrosPerDelivery: round((cpuSeconds * 1e6) / deliveries, 1),
      serverSystemCpuMicrosPerDelivery: round((systemCpuSeconds * 1e6) / deliveries, 1),
    };
  } finally {
    await Promise.all(sockets.map((socket) => socket.close()));
  }
}

/** Resolves once `tick()` was called `count` times; rejects on `fail()` or after the timeout. */
class Countdown {
  private remaining: number;
  private settle: { resolve(): void; reject(error: Error): void } | undefined;
  private readonly promise: Promise<void>;

  constructor(
    count: number,
    private readonly what: string,
  ) {
    this.remaining = count;
    this.promise = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    this.promise.catch(() => undefined); // observed through done()
  }

  tick(): void {
    if (--this.remaining === 0) this.settle?.resolve();
  }

  fail(reason: string): void {
    this.settle?.reject(new Error(`${this.what}: ${reason}`));
  }

  async done(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.what}: ${this.remaining} subscribers still waiting`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
