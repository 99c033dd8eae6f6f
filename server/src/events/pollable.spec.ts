import { describe, expect, it } from 'vitest';
import { InMemoryPubSub } from './in-memory-pub-sub.js';
import { nextOf, pollOf, type Pollable } from './pollable.js';

describe('polling a topic subscription', () => {
  it('wakes a waiting subscriber inside publish, before publish returns', async () => {
    const bus = new InMemoryPubSub();
    const subscription = bus.subscribe<string>('steps');
    const woken: unknown[] = [];
    expect(subscription.poll((result) => woken.push(result.value), fail)).toBeUndefined();
    const publishing = bus.publish('steps', 'step 1');
    expect(woken).toEqual(['step 1']); // synchronous: no promise between bus and subscriber
    await publishing;
  });

  it('hands buffered messages back from poll itself, in order, then waits', async () => {
    const bus = new InMemoryPubSub();
    const subscription = bus.subscribe<string>('steps');
    await bus.publish('steps', 'a');
    await bus.publish('steps', 'b');
    expect(subscription.poll(fail, fail)).toEqual({ done: false, value: 'a' });
    expect(subscription.poll(fail, fail)).toEqual({ done: false, value: 'b' });
    expect(subscription.poll(fail, fail)).toBeUndefined();
  });

  it('fails only the subscriber whose wake throws; the others still get the message', async () => {
    const bus = new InMemoryPubSub();
    const broken = bus.subscribe<string>('steps');
    const healthy = bus.subscribe<string>('steps');
    const failures: unknown[] = [];
    const received: unknown[] = [];
    broken.poll(
      () => {
        throw new Error('socket gone');
      },
      (error) => failures.push((error as Error).message),
    );
    healthy.poll((result) => received.push(result.value), fail);
    await bus.publish('steps', 'step 1');
    expect(failures).toEqual(['socket gone']);
    expect(received).toEqual(['step 1']);
  });

  it('ends a waiting poll with done when the subscription returns', async () => {
    const bus = new InMemoryPubSub();
    const subscription = bus.subscribe<string>('steps');
    const results: unknown[] = [];
    subscription.poll((result) => results.push(result), fail);
    await subscription.return();
    expect(results).toEqual([{ done: true, value: undefined }]);
    expect(bus.subscriberCount('steps')).toBe(0);
  });

  it('reads an iterator without poll through its next(), and next() through poll', async () => {
    async function* twoSteps(): AsyncGenerator<string, undefined> {
      yield 'one';
      yield 'two';
      return undefined;
    }
    const poll = pollOf(twoSteps());
    const first = await new Promise((resolve) => expect(poll(resolve, fail)).toBeUndefined());
    expect(first).toEqual({ done: false, value: 'one' });

    const bus = new InMemoryPubSub();
    const subscription: Pollable<string> = bus.subscribe<string>('steps');
    const later = nextOf(subscription);
    await bus.publish('steps', 'live');
    await expect(later).resolves.toEqual({ done: false, value: 'live' });
  });
});

function fail(error: unknown): never {
  throw error instanceof Error ? error : new Error(String(error));
}
