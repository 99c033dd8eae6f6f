import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import {
  expectEventually,
  startSecondHub,
  startTestHub,
  type SecondHub,
  type TestHub,
} from './harness.js';
import { RUN, RUN_STEPS, START_RUN } from './operations.js';

const APPROVE_ACROSS_HUBS = graphql(`
  mutation ApproveAcrossHubs($id: ID!) {
    approveRun(id: $id) {
      id
      status
    }
  }
`);

const RUN_UPDATES_ACROSS_HUBS = graphql(`
  subscription RunUpdatesAcrossHubs {
    runUpdated {
      id
      status
      finishedAt
      agent {
        key
      }
    }
  }
`);

const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);
const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

// Two hubs on one PostgreSQL database and the machine's Redis (its own channel prefix per run):
// what one process's run publishes reaches a watcher connected to the other process.
describe.skipIf(!process.env.DATABASE_URL)('two hubs sharing Redis pub/sub', () => {
  const redis = {
    REDIS_URL: process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    HUB_REDIS_PREFIX: `zac-e2e-${randomUUID().slice(0, 8)}:`,
  };
  let a: TestHub;
  let b: SecondHub;

  beforeAll(async () => {
    a = await startTestHub(redis);
    b = await startSecondHub(a, redis);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('streams every step and status change of a run executing on hub A to watchers on hub B, once and in order', async () => {
    // The follow-up email waits for a person: B's watcher is live before the run goes on.
    const { startRun } = await a.client.request(START_RUN, {
      input: { agentKey: 'sales', scenarioKey: 'follow-up-email' },
    });
    await expectEventually(async () => {
      const { run } = await a.client.request(RUN, { id: startRun.id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
    });

    const seen: Array<{ seq: number; kind: string }> = [];
    const watching = (async () => {
      for await (const { runSteps } of b.client.subscribe(RUN_STEPS, { runId: startRun.id })) {
        seen.push({ seq: runSteps.seq, kind: runSteps.kind });
        if (TERMINAL.has(runSteps.kind)) return;
      }
    })();
    const updates: Array<{ id: string; status: string; finishedAt: unknown; agent: string }> = [];
    const watchingUpdates = (async () => {
      for await (const { runUpdated } of b.client.subscribe(RUN_UPDATES_ACROSS_HUBS, {})) {
        if (runUpdated.id !== startRun.id) continue;
        updates.push({ ...runUpdated, agent: runUpdated.agent.key });
        if (FINISHED.has(runUpdated.status)) return;
      }
    })();
    await expectEventually(() => expect(seen.map((s) => s.kind)).toContain('APPROVAL'));
    const replayed = seen.length;
    // B's subscription to the workspace's run updates has reached Redis (it may trail the steps).
    const [workspace] = await a.query<{ id: string }>('SELECT id FROM workspace');
    const observer = new Redis(redis.REDIS_URL);
    try {
      await expectEventually(async () => {
        const channel = `${redis.HUB_REDIS_PREFIX}workspace:${workspace?.id}:runs`;
        const [, count] = (await observer.pubsub('NUMSUB', channel)) as [string, number];
        expect(Number(count)).toBeGreaterThanOrEqual(1);
      });
    } finally {
      await observer.quit();
    }

    // Approved on A: A's queue goes on with the run, and only Redis can tell B.
    await a.client.request(APPROVE_ACROSS_HUBS, { id: startRun.id });
    await Promise.all([watching, watchingUpdates]);

    const { run } = await a.client.request(RUN, { id: startRun.id });
    // The run's own update, with its dates intact through Redis (a Date, not a string, at B).
    expect(updates.at(-1)).toEqual({
      id: startRun.id,
      status: run?.status,
      finishedAt: run?.finishedAt,
      agent: 'sales',
    });
    expect(seen.length).toBeGreaterThan(replayed);
    expect(seen.map((s) => s.seq)).toEqual(run?.steps.map((s) => s.seq));
    expect(seen.map((s) => s.kind)).toEqual(run?.steps.map((s) => s.kind));
  });
});
