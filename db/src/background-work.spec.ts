import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  asBackgroundWork,
  BACKGROUND_MAX_WAIT_MS,
  backgroundTurn,
  beginForegroundWork,
  foregroundWorkUnderWay,
} from './background-work.js';
import { ForegroundFirstPool } from './foreground-first-pool.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('background work yielding to requests', () => {
  it('goes at once when no request is under way', () => {
    expect(foregroundWorkUnderWay()).toBe(0);
    expect(backgroundTurn()).toBeUndefined();
  });

  it('waits while a request is under way and goes when the last one ends', async () => {
    const first = beginForegroundWork();
    const second = beginForegroundWork();
    const order: string[] = [];
    const turn = backgroundTurn();
    expect(turn).toBeDefined();
    void turn?.then(() => order.push('background'));
    first();
    first(); // a second call changes nothing
    await Promise.resolve();
    expect(order).toEqual([]);
    expect(foregroundWorkUnderWay()).toBe(1);
    second();
    await turn;
    expect(order).toEqual(['background']);
    expect(foregroundWorkUnderWay()).toBe(0);
  });

  it('lets one waiter go per interval under a steady stream of requests, oldest first', async () => {
    vi.useFakeTimers();
    const end = beginForegroundWork();
    const released: number[] = [];
    for (const n of [1, 2, 3]) void backgroundTurn()?.then(() => released.push(n));
    await vi.advanceTimersByTimeAsync(BACKGROUND_MAX_WAIT_MS - 1);
    expect(released).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual([1]);
    await vi.advanceTimersByTimeAsync(BACKGROUND_MAX_WAIT_MS);
    expect(released).toEqual([1, 2]);
    end();
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toEqual([1, 2, 3]);
  });

  it('counts a request that never said it ended as ended after ten seconds', async () => {
    vi.useFakeTimers();
    beginForegroundWork(); // its end is never called
    expect(foregroundWorkUnderWay()).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(foregroundWorkUnderWay()).toBe(0);
    expect(backgroundTurn()).toBeUndefined();
  });

  it('ends a mark given a shorter limit at that limit', async () => {
    vi.useFakeTimers();
    beginForegroundWork(250);
    await vi.advanceTimersByTimeAsync(249);
    expect(foregroundWorkUnderWay()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(foregroundWorkUnderWay()).toBe(0);
  });
});

// node-postgres's pool needs the server; CI's PostgreSQL pass (DATABASE_URL) runs this.
describe.runIf(process.env.DATABASE_URL)('ForegroundFirstPool on PostgreSQL', () => {
  it("gives a request's connection first and background work its connection once it ends", async () => {
    const pool = new ForegroundFirstPool({ connectionString: process.env.DATABASE_URL, max: 4 });
    try {
      const order: string[] = [];
      const end = beginForegroundWork();
      const background = asBackgroundWork(async () => {
        const client = await pool.connect();
        order.push('background connected');
        client.release();
      });
      const request = (async () => {
        const client = await pool.connect();
        order.push('request connected');
        await client.query('SELECT 1');
        client.release();
        order.push('request answered');
        end();
      })();
      await Promise.all([background, request]);
      expect(order).toEqual(['request connected', 'request answered', 'background connected']);
    } finally {
      await pool.end();
    }
  });
});
