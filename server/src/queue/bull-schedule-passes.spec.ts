import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BullSchedulePasses } from './bull-schedule-passes.js';

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
const opened: BullSchedulePasses[] = [];
const errors: unknown[] = [];

function passesOn(prefix: string): BullSchedulePasses {
  const passes = new BullSchedulePasses({
    url: REDIS_URL,
    prefix,
    everyMs: 60_000,
    onError: (error) => errors.push(error),
  });
  opened.push(passes);
  return passes;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.stop().catch(() => undefined)));
  errors.length = 0;
});

afterAll(async () => {
  const keys = await admin.keys('zac-test-sp-*');
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

describe('BullSchedulePasses', () => {
  it('runs a pass on one of two workers for each wake, even a wake from a process that takes none', async () => {
    const prefix = `zac-test-sp-${randomBytes(4).toString('hex')}:`;
    const passes: string[] = [];
    for (const name of ['worker 1', 'worker 2']) {
      await passesOn(prefix).start(async () => {
        passes.push(name);
        return 60_000;
      });
    }
    await expect.poll(() => passes.length).toBeGreaterThanOrEqual(2); // each start asks for one
    await settle(300);
    const before = passes.length;

    passesOn(prefix).wake(); // an API process saved a schedule

    await expect.poll(() => passes.length).toBe(before + 1);
    await settle(300);
    expect(passes.length).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('plans a pass for the next tick when it comes before the regular one', async () => {
    const prefix = `zac-test-sp-${randomBytes(4).toString('hex')}:`;
    const at: number[] = [];
    let untilNext = 400;
    await passesOn(prefix).start(async () => {
      at.push(Date.now());
      const answer = untilNext;
      untilNext = 60_000;
      return answer;
    });

    // Starting asks for a pass (and a new job scheduler's first job comes at once too); the
    // planned one follows about 400 ms after the first.
    const planned = () => at.find((time) => time - (at[0] as number) >= 350);
    await expect.poll(planned, { timeout: 5_000 }).toBeDefined();
    expect((planned() as number) - (at[0] as number)).toBeLessThan(3_000);
  });
});
