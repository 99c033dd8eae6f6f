import { ConversationMessageEntity, RunEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { conversationTopic } from './conversation-events.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:messages-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

const seqsOf = async (conversationId: string) =>
  (await services.conversationMessages.after(ctx.workspaceId, conversationId, 0)).map((m) => [
    m.seq,
    m.role,
  ]);

async function runIn(conversationId: string, message: string): Promise<RunEntity> {
  return services.runs.start(ctx, {
    agentKey: 'support',
    input: { message },
    conversationId,
  });
}

describe('conversation message seq', () => {
  it('numbers messages 1, 2, 3 in commit order, even when written at once', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await services.handoff.move(ctx, conversation.id, 'take_over');

    await Promise.all([
      runIn(conversation.id, 'Where is my order?'),
      services.conversationMessages.sendHuman(ctx, conversation.id, 'Hello, Dana here.'),
      runIn(conversation.id, 'Are you there?'),
      services.conversationMessages.sendHuman(ctx, conversation.id, 'Looking into it now.'),
    ]);

    const messages = await services.conversationMessages.after(ctx.workspaceId, conversation.id, 0);
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    const counter = await services.conversations.get(ctx, conversation.id);
    expect(counter.messageSeq).toBe(4);
    expect(
      (await services.conversationMessages.after(ctx.workspaceId, conversation.id, 2)).map(
        (m) => m.seq,
      ),
    ).toEqual([3, 4]);
  });

  it('records a run reply once, with its citations, and burns no seq on the second try', async () => {
    const conversation = await services.conversations.start(ctx, {});
    const run = await runIn(conversation.id, 'How long do refunds take?');
    const cited = [{ title: 'Refund policy', slug: 'refund-policy' }];

    await services.conversationMessages.recordReply(run, 'Refunds take 5 days.', cited);
    await services.conversationMessages.recordReply(run, 'Refunds take 5 days.', cited);
    const later = await runIn(conversation.id, 'Thanks!');

    expect(await seqsOf(conversation.id)).toEqual([
      [1, 'CUSTOMER'],
      [2, 'AGENT'],
      [3, 'CUSTOMER'],
    ]);
    const reply = await db.dataSource.manager.findOneByOrFail(ConversationMessageEntity, {
      runId: run.id,
      role: 'AGENT',
    });
    expect(reply.citations).toEqual(cited);
    expect(later.conversationId).toBe(conversation.id);
  });

  it('notifies the conversation topic after a message is committed', async () => {
    const conversation = await services.conversations.start(ctx, {});
    const notices = fixture.pubSub.subscribe(conversationTopic(conversation.id));

    await runIn(conversation.id, 'Do you ship to Canada?');

    const first = await notices.next();
    expect(first.done).toBe(false);
    expect(await seqsOf(conversation.id)).toEqual([[1, 'CUSTOMER']]);
    await notices.return();
  });

  it("stores a thumbs up on an agent reply and refuses the visitor's own message", async () => {
    const conversation = await services.conversations.start(ctx, {});
    const run = await runIn(conversation.id, 'What are your hours?');
    await services.conversationMessages.recordReply(run, 'We are open 9 to 5.');
    const messages = await services.conversationMessages.after(ctx.workspaceId, conversation.id, 0);
    const [question, answer] = messages.map((m) => m.id) as [string, string];

    const rated = await services.conversationMessages.rate(
      ctx.workspaceId,
      conversation.id,
      answer,
      true,
    );
    const refused = await services.conversationMessages
      .rate(ctx.workspaceId, conversation.id, question, false)
      .then(
        () => null,
        (error: unknown) => error as DomainError,
      );

    expect(rated.helpful).toBe(true);
    expect(
      (await db.dataSource.manager.findOneByOrFail(ConversationMessageEntity, { id: answer }))
        .helpful,
    ).toBe(true);
    expect(refused?.errorCode).toBe('MESSAGE_NOT_FOUND');
  });
});
