import {
  AgentEntity,
  ConversationEntity,
  ConversationMessageEntity,
  RunEntity,
  WorkspaceEntity,
  type HubDatabase,
} from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const EARLIER = new Date('2026-11-20T09:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;
let foreignConversationId: string;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:conversation-spec' });
  ({ db, services, ctx } = fixture);
  const manager = db.dataSource.manager;
  const other = await manager.save(
    manager.create(WorkspaceEntity, { slug: 'other', name: 'Other' }),
  );
  const foreign = await manager.save(
    manager.create(ConversationEntity, { workspaceId: other.id, customerEmail: null }),
  );
  foreignConversationId = foreign.id;
});

afterAll(() => fixture?.close());

async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  return operation.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );
}

const countRuns = () => db.dataSource.manager.count(RunEntity);

describe('ConversationService', () => {
  it('starts a conversation with the customer email trimmed and lower-cased', async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: '  Maya.Chen@Example.COM ',
    });

    expect(conversation).toMatchObject({
      workspaceId: ctx.workspaceId,
      customerEmail: 'maya.chen@example.com',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await services.conversations.get(ctx, conversation.id)).toMatchObject({
      id: conversation.id,
      customerEmail: 'maya.chen@example.com',
    });
  });

  it('starts an anonymous conversation without an email', async () => {
    const conversation = await services.conversations.start(ctx, { customerEmail: null });

    expect(conversation.customerEmail).toBeNull();
  });

  it('refuses a customer email that is not an email address with INVALID_INPUT', async () => {
    const error = await refusal(services.conversations.start(ctx, { customerEmail: 'maya' }));

    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toBe('customerEmail must be an email address.');
  });

  it("reports another workspace's conversation, and a malformed id, as CONVERSATION_NOT_FOUND", async () => {
    const foreign = await refusal(services.conversations.get(ctx, foreignConversationId));
    const malformed = await refusal(services.conversations.get(ctx, 'not-an-id'));

    expect(foreign.errorCode).toBe('CONVERSATION_NOT_FOUND');
    expect(foreign.message).toBe(`No conversation with id "${foreignConversationId}".`);
    expect(malformed.errorCode).toBe('CONVERSATION_NOT_FOUND');
    expect(await services.conversations.find(ctx, foreignConversationId)).toBeNull();
  });
});

describe('startRun in a conversation', () => {
  it('stores the conversation on the run, touches the conversation and lists the runs oldest first', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await db.dataSource.manager.update(
      ConversationEntity,
      { id: conversation.id },
      { updatedAt: EARLIER },
    );

    const first = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      conversationId: conversation.id,
    });
    const second = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      conversationId: conversation.id,
    });

    expect(first.conversationId).toBe(conversation.id);
    const touched = await services.conversations.get(ctx, conversation.id);
    expect(touched.updatedAt).toEqual(NOW);
    expect((await services.conversations.runs(ctx, conversation.id)).map((r) => r.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('admits runs started at once in one conversation, each message with its own seq (no deadlock on PostgreSQL)', async () => {
    const conversation = await services.conversations.start(ctx, {});
    const started = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        services.runs.start(ctx, {
          agentKey: 'support',
          scenarioKey: 'faq-resolution',
          conversationId: conversation.id,
          input: { message: `Question ${i}` },
        }),
      ),
    );

    expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
    const messages = await services.conversationMessages.list(ctx, conversation.id);
    expect(messages.map((m) => m.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses an unknown conversation with CONVERSATION_NOT_FOUND and writes no run', async () => {
    const before = await countRuns();

    const error = await refusal(
      services.runs.start(ctx, {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        conversationId: '00000000-0000-4000-8000-000000000000',
      }),
    );

    expect(error.errorCode).toBe('CONVERSATION_NOT_FOUND');
    expect(await countRuns()).toBe(before);
  });

  it("refuses another workspace's conversation with CONVERSATION_NOT_FOUND and writes no run", async () => {
    const before = await countRuns();

    const error = await refusal(
      services.runs.start(ctx, {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        conversationId: foreignConversationId,
      }),
    );

    expect(error.errorCode).toBe('CONVERSATION_NOT_FOUND');
    expect(await countRuns()).toBe(before);
    const foreign = await db.dataSource.manager.findOneByOrFail(ConversationEntity, {
      id: foreignConversationId,
    });
    expect(foreign.updatedAt).not.toEqual(NOW);
  });
});

describe('postCustomerMessage', () => {
  const post = (conversationId: string, clientMessageId: string, text = 'Where is my order?') =>
    services.conversations.postCustomerMessage(ctx, {
      conversationId,
      clientMessageId,
      text,
      agentKey: 'support',
    });

  const rowsOf = async (conversationId: string) => ({
    messages: await db.dataSource.manager.findBy(ConversationMessageEntity, { conversationId }),
    runs: await db.dataSource.manager.findBy(RunEntity, { conversationId }),
  });

  const setSupportEnabled = (enabled: boolean) =>
    db.dataSource.manager.update(
      AgentEntity,
      { workspaceId: ctx.workspaceId, key: 'support' },
      { enabled },
    );

  it('writes the message, then starts the run that answers it, named on the message', async () => {
    const conversation = await services.conversations.start(ctx, {});

    const { message, run } = await post(conversation.id, 'first', 'How long do refunds take?');

    expect(message).toMatchObject({
      role: 'CUSTOMER',
      seq: 1,
      text: 'How long do refunds take?',
      clientMessageId: 'first',
      runId: run.id,
    });
    expect(run).toMatchObject({ conversationId: conversation.id, status: 'QUEUED' });
    // The support agent's default scenario (faq-resolution) reads the message as its question.
    expect(run.input).toEqual({ question: 'How long do refunds take?' });
    const rows = await rowsOf(conversation.id);
    expect(rows.messages.map((m) => [m.id, m.runId])).toEqual([[message.id, run.id]]);
  });

  it('returns the same message and run when the same client message id is posted again', async () => {
    const conversation = await services.conversations.start(ctx, {});

    const first = await post(conversation.id, 'again');
    const second = await post(conversation.id, 'again', 'a retry may even differ');

    expect(second.message.id).toBe(first.message.id);
    expect(second.run.id).toBe(first.run.id);
    const rows = await rowsOf(conversation.id);
    expect(rows.messages).toHaveLength(1);
    expect(rows.runs).toHaveLength(1);
  });

  it('stores one message and starts one run when requests with one client message id race', async () => {
    const conversation = await services.conversations.start(ctx, {});

    const posted = await Promise.all(
      Array.from({ length: 4 }, () => post(conversation.id, 'race')),
    );

    expect(new Set(posted.map((p) => p.message.id)).size).toBe(1);
    expect(new Set(posted.map((p) => p.run.id)).size).toBe(1);
    const rows = await rowsOf(conversation.id);
    expect(rows.messages.map((m) => [m.clientMessageId, m.runId])).toEqual([
      ['race', posted[0]?.run.id],
    ]);
    expect(rows.runs).toHaveLength(1);
  });

  it('keeps the message when the run that would answer it is refused, and starts it when the same id is posted again', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await setSupportEnabled(false);

    const refused = await refusal(post(conversation.id, 'while-disabled', 'Anyone there?'));
    const kept = await rowsOf(conversation.id);
    await setSupportEnabled(true);
    const retried = await post(conversation.id, 'while-disabled');

    expect(refused.errorCode).toBe('AGENT_DISABLED');
    expect(kept.messages.map((m) => [m.role, m.text, m.runId])).toEqual([
      ['CUSTOMER', 'Anyone there?', null],
    ]);
    expect(kept.runs).toEqual([]);
    expect(retried.message.id).toBe(kept.messages[0]?.id);
    const rows = await rowsOf(conversation.id);
    expect(rows.runs.map((r) => r.id)).toEqual([retried.run.id]);
    expect(rows.messages.map((m) => m.runId)).toEqual([retried.run.id]);
  });

  it('refuses a blank or oversized message before writing anything', async () => {
    const conversation = await services.conversations.start(ctx, {});

    const blank = await refusal(post(conversation.id, 'blank', '  '));
    const tooLong = await refusal(post(conversation.id, 'long', 'x'.repeat(4_001)));

    expect(blank.errorCode).toBe('INVALID_INPUT');
    expect(tooLong.errorCode).toBe('MESSAGE_TOO_LONG');
    expect(await rowsOf(conversation.id)).toEqual({ messages: [], runs: [] });
  });
});
