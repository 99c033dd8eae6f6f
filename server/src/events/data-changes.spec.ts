import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../logger.js';
import { randomUUID } from 'node:crypto';
import { DataChanges, type DataTopic } from './data-changes.js';
import { RedisPubSub } from './redis-pub-sub.js';

function recorder() {
  const calls: Array<[string, DataTopic, number]> = [];
  const started = Date.now();
  return {
    calls,
    listener: async (workspaceId: string, topic: DataTopic) => {
      calls.push([workspaceId, topic, Date.now() - started]);
    },
  };
}

describe('DataChanges', () => {
  it('coalesces a burst of notifications into one delivery per workspace and topic', async () => {
    const changes = new DataChanges({ windowMs: 100 });
    const { calls, listener } = recorder();
    changes.subscribe(listener);
    for (let i = 0; i < 50; i++) changes.notify('w1', 'ledger');
    changes.notify('w1', 'invoices');
    changes.notify('w2', 'ledger');
    await changes.idle();
    expect(calls.map(([w, t]) => `${w}/${t}`).sort()).toEqual([
      'w1/invoices',
      'w1/ledger',
      'w2/ledger',
    ]);
    // Delivered after the window, not at once (the writer's call returned long before).
    expect(Math.min(...calls.map(([, , ms]) => ms))).toBeGreaterThanOrEqual(90);
  });

  it('delivers again once more when notified while the listener runs, never two at once', async () => {
    const changes = new DataChanges({ windowMs: 20 });
    let running = 0;
    let overlapped = false;
    let deliveries = 0;
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    changes.subscribe(async () => {
      running += 1;
      overlapped ||= running > 1;
      deliveries += 1;
      if (deliveries === 1) await firstHeld;
      running -= 1;
    });
    changes.notify('w1', 'messages');
    await expectEventually(() => deliveries === 1);
    changes.notify('w1', 'messages');
    changes.notify('w1', 'messages');
    release();
    await changes.idle();
    expect({ deliveries, overlapped }).toEqual({ deliveries: 2, overlapped: false });
  });

  it("logs a listener's error and never throws it into the writer", async () => {
    const errors: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => errors.push(message) };
    const changes = new DataChanges({ windowMs: 10, logger });
    const { calls, listener } = recorder();
    changes.subscribe(async () => {
      throw new Error('the database went away');
    });
    changes.subscribe(listener);
    expect(() => changes.notify('w1', 'sales')).not.toThrow();
    await changes.idle();
    expect(errors).toEqual(['evaluating sales changes of workspace w1 failed']);
    expect(calls).toHaveLength(1);
  });

  it('drops notifications while nobody listens (automation off)', async () => {
    const changes = new DataChanges({ windowMs: 10 });
    const { calls, listener } = recorder();
    changes.notify('w1', 'ledger');
    const unsubscribe = changes.subscribe(listener);
    unsubscribe();
    changes.notify('w1', 'ledger');
    await changes.idle();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual([]);
  });

  it('close drops what waits and lets the delivery under way finish', async () => {
    const changes = new DataChanges({ windowMs: 10 });
    const { calls, listener } = recorder();
    changes.subscribe(listener);
    changes.notify('w1', 'ledger');
    await changes.close();
    changes.notify('w1', 'ledger');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual([]);
  });
});

async function expectEventually(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('DataChanges relayed through Redis', () => {
  it("hands a change written in one process to another process's listener, coalesced", async () => {
    const url = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const prefix = `zac-test:${randomUUID()}:`;
    const [busA, busB] = [new RedisPubSub(url, prefix), new RedisPubSub(url, prefix)];
    const apiProcess = new DataChanges({ windowMs: 50 });
    const worker = new DataChanges({ windowMs: 50 });
    apiProcess.relayThrough(busA);
    worker.relayThrough(busB);
    const { calls, listener } = recorder();
    worker.subscribe(listener);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the worker's SUBSCRIBE confirmed
      for (let i = 0; i < 20; i++) apiProcess.notify('w1', 'invoices');

      await expect.poll(() => calls.length, { timeout: 5_000 }).toBe(1);
      expect(calls[0]?.slice(0, 2)).toEqual(['w1', 'invoices']);
    } finally {
      await Promise.all([apiProcess.close(), worker.close()]);
      await Promise.all([busA.close(), busB.close()]);
    }
  });
});
