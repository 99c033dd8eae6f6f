import type { Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { ConversationFeedEvent } from './conversation-feed.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let services: HubServices;
let ctx: RequestContext;
/** SQL statements the database ran, in order (every statement passes through the logger). */
const statements: string[] = [];

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:feed-spec' });
  ({ services, ctx } = fixture);
  const { dataSource } = fixture.db;
  const logger = dataSource.logger;
  const counting: Logger = {
    logQuery: (query, parameters, runner) => {
      statements.push(query);
      logger.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => logger.logQueryError(...args),
    logQuerySlow: (...args) => logger.logQuerySlow(...args),
    logSchemaBuild: (...args) => logger.logSchemaBuild(...args),
    logMigration: (...args) => logger.logMigration(...args),
    log: (...args) => logger.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true });
});

afterAll(() => fixture?.close());

/** A conversation a person has taken over, so a test can write messages into it at will. */
async function humanConversation(): Promise<string> {
  const conversation = await services.conversations.start(ctx, {});
  await services.handoff.move(ctx, conversation.id, 'take_over');
  return conversation.id;
}

const say = (conversationId: string, text: string) =>
  services.conversationMessages.sendHuman(ctx, conversationId, text);

interface Collected {
  events: ConversationFeedEvent[];
  seqs(): number[];
  until(done: (events: ConversationFeedEvent[]) => boolean): Promise<void>;
  close(): Promise<unknown>;
}

async function follow(conversationId: string, afterSeq: number): Promise<Collected> {
  const feed = await services.conversationFeeds.openById(ctx, conversationId, afterSeq);
  const events: ConversationFeedEvent[] = [];
  const waiters = new Set<() => void>();
  void (async () => {
    for await (const event of feed) {
      events.push(event);
      waiters.forEach((wake) => wake());
    }
  })();
  return {
    events,
    seqs: () => events.flatMap((e) => ('message' in e ? [e.message.seq] : [])),
    until: (done) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out with ${JSON.stringify(events)}`)),
          10_000,
        );
        const check = () => {
          if (!done(events)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    close: () => feed.return?.() ?? Promise.resolve(),
  };
}

const messageReads = () =>
  statements.filter((sql) => /^SELECT\b/i.test(sql) && sql.includes('"conversation_message"'))
    .length;

describe('conversation feeds', () => {
  it('serve fifty followers of one conversation with one read per notice, not fifty', async () => {
    const conversationId = await humanConversation();
    await say(conversationId, 'first');
    const feeds = await Promise.all(Array.from({ length: 50 }, () => follow(conversationId, 0)));
    await Promise.all(feeds.map((f) => f.until(() => f.seqs().length === 1)));

    const before = messageReads();
    await say(conversationId, 'second');
    await Promise.all(feeds.map((f) => f.until(() => f.seqs().length === 2)));
    const reads = messageReads() - before;
    await Promise.all(feeds.map((f) => f.close()));

    expect(reads).toBe(1);
    for (const feed of feeds) expect(feed.seqs()).toEqual([1, 2]);
    expect(services.conversationFeeds.sharedReaders).toBe(0);
  });

  it('give each follower every message after its own afterSeq once, in order, whenever it joins', async () => {
    const conversationId = await humanConversation();
    for (const text of ['one', 'two', 'three']) await say(conversationId, text);

    const early = await Promise.all([0, 1, 3].map((after) => follow(conversationId, after)));
    const writing = (async () => {
      for (const text of ['four', 'five', 'six']) await say(conversationId, text);
    })();
    // Joining while messages are being committed: nothing between its subscription and its
    // first read may be lost, whatever the reads in flight when it joins.
    const late = await Promise.all([0, 2, 4].map((after) => follow(conversationId, after)));
    await writing;
    const all = [...early, ...late];
    await Promise.all(all.map((f) => f.until(() => f.seqs().at(-1) === 6)));
    await Promise.all(all.map((f) => f.close()));

    expect(all.map((f) => f.seqs())).toEqual([
      [1, 2, 3, 4, 5, 6],
      [2, 3, 4, 5, 6],
      [4, 5, 6],
      [1, 2, 3, 4, 5, 6],
      [3, 4, 5, 6],
      [5, 6],
    ]);
    for (const feed of all) expect(feed.events[0]).toEqual({ handoff: 'HUMAN' });
  });

  it('keep serving the remaining followers when others leave, and a newcomer after all left', async () => {
    const conversationId = await humanConversation();
    const [leaving, staying] = await Promise.all([
      follow(conversationId, 0),
      follow(conversationId, 0),
    ]);
    await say(conversationId, 'hello');
    await leaving?.until((events) => events.some((e) => 'message' in e));
    await leaving?.close();
    await say(conversationId, 'still there?');
    await staying?.until(() => staying.seqs().length === 2);
    await staying?.close();

    const newcomer = await follow(conversationId, 1);
    await newcomer.until(() => newcomer.seqs().length === 1);
    await newcomer.close();

    expect(staying?.seqs()).toEqual([1, 2]);
    expect(newcomer.seqs()).toEqual([2]);
  });
});
