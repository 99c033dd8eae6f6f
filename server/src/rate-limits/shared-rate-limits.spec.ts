import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  ConversationMessageEntity,
  migrateDatabase,
  openDatabase,
  seedDemoWorkspace,
  type HubDatabase,
} from '@zactonics/db';
import { createTestDatabase } from '@zactonics/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerContext } from '../context.js';
import { DomainError } from '../errors.js';
import { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import type { PublishableKeyPrincipal } from '../modules/widget/publishable-key.service.js';
import type { VisitorPrincipal } from '../modules/widget/visitor-session.service.js';
import { WidgetAdmission } from '../modules/widget/widget-admission.js';
import { InProcessRunQueue } from '../queue/in-process-run-queue.js';
import { createHubServices, type HubServices } from '../services.js';

// Two hub processes are two service sets on one database; with Redis they share its counts.
// The machine's Redis (CI's too), under a key prefix of this run's own, removed after.
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOW = new Date('2026-11-26T15:00:00.000Z');
const ORIGIN = 'https://shop.example';
const OWNER = { email: 'owner@limits.example', password: 'correct horse battery 42' };
const LIMITS = {
  widget: { visitorMessagesPerMinute: 3, sessionsPerMinute: 2 },
  admin: {
    sessionHours: 12,
    signInLimits: {
      failuresPerAddress: 3,
      failuresPerEmailAndAddress: 2,
      failuresPerEmail: 50,
      windowSeconds: 60,
    },
  },
};

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let db: HubDatabase;
let workspaceId: string;
let plainKey: string;
const built: HubServices[] = [];
const prefixes: string[] = [];

/** One hub process's services: with `redis`, its limits count in Redis under `prefix`. */
function hubProcess(prefix?: string): HubServices {
  const services = createHubServices({
    dataSource: db.dataSource,
    pubSub: new InMemoryPubSub(),
    queue: new InProcessRunQueue(1, () => undefined),
    clock: { now: () => NOW },
    runLeaseMs: 30_000,
    redis: prefix ? { url: REDIS_URL, prefix } : undefined,
    ...LIMITS,
  });
  built.push(services);
  return services;
}

/** Two processes sharing one Redis under a prefix of their own, connected. */
async function twoProcessesOnRedis(): Promise<[HubServices, HubServices]> {
  const prefix = `zac-test:${randomUUID()}:`;
  prefixes.push(prefix);
  const pair: [HubServices, HubServices] = [hubProcess(prefix), hubProcess(prefix)];
  await Promise.all(pair.map((s) => s.rateLimits.connected()));
  return pair;
}

/** 'allowed', or the refusal's code, message and wait. */
async function outcome(attempt: Promise<unknown>) {
  try {
    await attempt;
    return 'allowed';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { errorCode: code, message } = error;
    return { code, message, retryAfterSeconds: error.details.retryAfterSeconds as number };
  }
}

async function keyPrincipal(services: HubServices): Promise<PublishableKeyPrincipal> {
  return services.publishableKeys.authenticate(plainKey);
}

async function newVisitor(services: HubServices, address: string): Promise<VisitorPrincipal> {
  const key = await keyPrincipal(services);
  const { visitorId, identified } = await services.visitorSessions.startSession(key, {
    clientAddress: address,
  });
  return { visitorId, workspaceId, identified };
}

function send(services: HubServices, visitor: VisitorPrincipal, text: string) {
  const ctx = callerContext(workspaceId, `visitor:${visitor.visitorId}`);
  return services.visitorChat.send(ctx, visitor, text, randomUUID());
}

function widgetRequest(address: string): IncomingMessage {
  return {
    socket: { remoteAddress: address },
    url: `/widget/graphql?key=${plainKey}`,
    headers: { origin: ORIGIN },
  } as unknown as IncomingMessage;
}

function widgetAdmission(services: HubServices, perAddress: number): WidgetAdmission {
  return new WidgetAdmission(services, {
    requests: { perAddress, perVisitor: 1_000, perKey: 1_000 },
    connections: { perAddress: 10, perKey: 10, perVisitor: 10 },
  });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  ({
    workspace: { id: workspaceId },
  } = await seedDemoWorkspace(db.dataSource, NOW));
  const setup = hubProcess();
  plainKey = await setup.publishableKeys.ensureDemoKey(workspaceId, [ORIGIN], undefined);
  await setup.adminUsers.ensureOwner(workspaceId, OWNER);
}, 60_000);

afterAll(async () => {
  await Promise.all(built.map((s) => s.rateLimits.close()));
  const observer = new Redis(REDIS_URL);
  for (const prefix of prefixes) {
    const keys = await observer.keys(`${prefix}*`);
    if (keys.length > 0) await observer.del(...keys);
  }
  await observer.quit();
  await db?.close();
  await testDb?.drop();
});

describe('rate limits of two hub processes sharing Redis', () => {
  it("spends a visitor's messages per minute across both: the one past it on the other process is refused with RATE_LIMITED and a retry-after, and not written", async () => {
    const [a, b] = await twoProcessesOnRedis();
    const visitor = await newVisitor(a, '198.51.100.1');

    const outcomes = [
      await outcome(send(a, visitor, 'first')),
      await outcome(send(b, visitor, 'second')),
      await outcome(send(a, visitor, 'third')),
      await outcome(send(b, visitor, 'fourth')),
    ];

    expect(outcomes.slice(0, 3)).toEqual(['allowed', 'allowed', 'allowed']);
    expect(outcomes[3]).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many messages; try again in \d+ seconds\.$/),
    });
    const { retryAfterSeconds } = outcomes[3] as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(50);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await outcome(send(a, visitor, 'fifth'))).toMatchObject({ code: 'RATE_LIMITED' });
    const written = await db.dataSource.manager.find(ConversationMessageEntity, {
      where: { workspaceId, role: 'CUSTOMER' },
    });
    const texts = written.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['first', 'second', 'third']));
    expect(texts).not.toContain('fourth');
    expect(texts).not.toContain('fifth');
  });

  it('spends the new chats of one address with one key across both processes', async () => {
    const [a, b] = await twoProcessesOnRedis();
    const key = await keyPrincipal(a);
    const start = (services: HubServices) =>
      outcome(services.visitorSessions.startSession(key, { clientAddress: '198.51.100.2' }));

    const outcomes = [await start(a), await start(b), await start(a)];

    expect(outcomes.slice(0, 2)).toEqual(['allowed', 'allowed']);
    expect(outcomes[2]).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many new chats; try again in \d+ seconds\.$/),
    });
  });

  it("spends an address's widget requests across both processes' doors", async () => {
    const [a, b] = await twoProcessesOnRedis();
    const doorA = widgetAdmission(a, 3);
    const doorB = widgetAdmission(b, 3);

    const outcomes = [
      await outcome(doorA.admitRequest(widgetRequest('203.0.113.5'), undefined)),
      await outcome(doorB.admitRequest(widgetRequest('203.0.113.5'), undefined)),
      await outcome(doorA.admitRequest(widgetRequest('203.0.113.5'), undefined)),
      await outcome(doorB.admitRequest(widgetRequest('203.0.113.5'), undefined)),
    ];

    expect(outcomes.slice(0, 3)).toEqual(['allowed', 'allowed', 'allowed']);
    expect(outcomes[3]).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many requests from this address/),
    });
    expect(await outcome(doorB.admitRequest(widgetRequest('203.0.113.6'), undefined))).toBe(
      'allowed',
    );
  });

  it('counts failed sign-ins on one process on the other too', async () => {
    const [a, b] = await twoProcessesOnRedis();
    const wrong = (services: HubServices) =>
      outcome(services.adminUsers.signIn(OWNER.email, 'not the password at all', '192.0.2.10'));

    const outcomes = [await wrong(a), await wrong(b), await wrong(a)];

    expect(outcomes.slice(0, 2).map((o) => typeof o === 'object' && o.code)).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
    ]);
    expect(outcomes[2]).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many failed sign-ins/),
    });
    // Even the right password is refused from there now, on either process.
    expect(
      await outcome(b.adminUsers.signIn(OWNER.email, OWNER.password, '192.0.2.10')),
    ).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it("trusts an address a sign-in succeeded from on one process on the other, past that address's spraying limit", async () => {
    const [a, b] = await twoProcessesOnRedis();
    await a.adminUsers.signIn(OWNER.email, OWNER.password, '192.0.2.20');
    // Someone else at that address sprays other emails, on both processes.
    for (const [i, services] of [a, b, a].entries()) {
      await outcome(
        services.adminUsers.signIn(`guess${i}@limits.example`, 'nope nope', '192.0.2.20'),
      );
    }
    expect(
      await outcome(b.adminUsers.signIn('guess9@limits.example', 'nope nope', '192.0.2.20')),
    ).toMatchObject({ code: 'RATE_LIMITED' });

    expect(await outcome(b.adminUsers.signIn(OWNER.email, OWNER.password, '192.0.2.20'))).toBe(
      'allowed',
    );
  });

  it("spends an inbound webhook endpoint's burst across both processes", async () => {
    const [a, b] = await twoProcessesOnRedis();
    const endpointId = randomUUID();
    const answers = [];
    for (let i = 0; i < 30; i += 1) {
      answers.push(await (i % 2 === 0 ? a : b).inboundWebhooks.admit(endpointId));
    }

    const refused = await b.inboundWebhooks.admit(endpointId);

    expect(answers.every((answer) => answer === null)).toBe(true);
    expect(refused).toMatchObject({ status: 429, errorCode: 'RATE_LIMITED' });
    expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(25);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(30);
  });
});

describe('rate limits of two hub processes without Redis', () => {
  it("keeps each process's own budget, as a single process has it", async () => {
    const a = hubProcess();
    const b = hubProcess();
    const visitor = await newVisitor(a, '198.51.100.3');
    for (const text of ['one', 'two', 'three']) await send(a, visitor, text);

    const onA = await outcome(send(a, visitor, 'four on A'));
    const onB = [
      await outcome(send(b, visitor, 'one on B')),
      await outcome(send(b, visitor, 'two on B')),
    ];

    expect(onA).toMatchObject({ code: 'RATE_LIMITED' });
    expect((onA as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(50);
    expect(onB).toEqual(['allowed', 'allowed']);
    expect(a.rateLimits.shared).toBe(false);
  });
});
