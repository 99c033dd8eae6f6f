import {
  AuditEventEntity,
  ConversationMessageEntity,
  RunEntity,
  type HubDatabase,
} from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const SAMPLE =
  'This is the second time my mug arrived broken. I am really angry and want a refund today!';

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;
let tick = 0;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:handoff-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

/** Each step a second later, so messages order by time as they would in real use. */
function later(): void {
  tick += 1;
  fixture.setNow(new Date(NOW.getTime() + tick * 1000));
}

async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  return operation.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );
}

async function runInConversation(conversationId: string, message: string): Promise<RunEntity> {
  later();
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'ticket-escalation',
    input: { message },
    conversationId,
  });
  later();
  await services.executor.execute(run.id);
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
}

const messagesOf = async (conversationId: string) =>
  (await services.conversationMessages.list(ctx, conversationId)).map((m) => ({
    role: m.role,
    text: m.text,
    runId: m.runId,
  }));

describe('ticket escalation in a conversation', () => {
  it("opens a ticket for maya's angry message, says so with its number, records both messages and waits for a person", async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });

    const run = await runInConversation(conversation.id, SAMPLE);

    expect(run.status).toBe('SUCCEEDED');
    const reply =
      "I'm sorry about this. I've opened ticket T-1001 and passed your conversation to a person on our team, who will reply here.";
    expect(run.output).toMatchObject({ text: reply, handoffSuggested: true });
    expect(await messagesOf(conversation.id)).toEqual([
      { role: 'CUSTOMER', text: SAMPLE, runId: run.id },
      { role: 'AGENT', text: reply, runId: run.id },
    ]);
    expect((await services.conversations.get(ctx, conversation.id)).handoffState).toBe(
      'HUMAN_REQUESTED',
    );
    const [ticket] = await services.tickets.forConversation(ctx, conversation.id);
    expect(ticket).toMatchObject({ number: 'T-1001', status: 'OPEN', runId: run.id });
    const audit = await db.dataSource.manager.findBy(AuditEventEntity, {
      targetId: conversation.id,
      action: 'conversation.handoff',
    });
    expect(audit.map((a) => [a.actor, a.data])).toEqual([
      ['agent:support', { event: 'request_human', from: 'BOT', to: 'HUMAN_REQUESTED' }],
    ]);
  });

  it('answers a calm message without a ticket and leaves the conversation with the bot', async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });

    const run = await runInConversation(
      conversation.id,
      'Hi, could you tell me when my order JL-1042 will arrive? Thanks.',
    );

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.handoffSuggested).toBe(false);
    expect(await services.tickets.forConversation(ctx, conversation.id)).toEqual([]);
    expect((await services.conversations.get(ctx, conversation.id)).handoffState).toBe('BOT');
    expect((await messagesOf(conversation.id)).map((m) => m.role)).toEqual(['CUSTOMER', 'AGENT']);
  });
});

describe('a person in the conversation', () => {
  it('takes over, writes, keeps the bot silent, hands back, and everything is audited', async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });
    await runInConversation(conversation.id, SAMPLE);

    later();
    const taken = await services.handoff.move(ctx, conversation.id, 'take_over');
    expect(taken).toMatchObject({
      handoffState: 'HUMAN',
      handoffChangedAt: fixture.services.clock.now(),
    });
    later();
    const human = await services.conversationMessages.sendHuman(
      ctx,
      conversation.id,
      "  Hi Maya, I'm Sam. A new mug is on its way today.  ",
    );
    expect(human).toMatchObject({
      role: 'HUMAN',
      text: "Hi Maya, I'm Sam. A new mug is on its way today.",
      runId: null,
    });

    later();
    const silent = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'ticket-escalation',
      input: { message: 'Thank you! When will it arrive?' },
      conversationId: conversation.id,
    });
    expect(silent).toMatchObject({
      status: 'SUCCEEDED',
      output: {
        text: 'A person from our team is looking after this conversation and will reply here shortly.',
        handoffState: 'HUMAN',
      },
    });
    expect((await messagesOf(conversation.id)).map((m) => [m.role, m.text.slice(0, 20)])).toEqual([
      ['CUSTOMER', SAMPLE.slice(0, 20)],
      ['AGENT', "I'm sorry about this"],
      ['HUMAN', "Hi Maya, I'm Sam. A "],
      ['CUSTOMER', 'Thank you! When will'],
    ]);
    expect(await services.tickets.forConversation(ctx, conversation.id)).toHaveLength(1);

    later();
    expect((await services.handoff.move(ctx, conversation.id, 'hand_back')).handoffState).toBe(
      'BOT',
    );
    const writeInBot = await refusal(
      services.conversationMessages.sendHuman(ctx, conversation.id, 'Anything else?'),
    );
    expect(writeInBot.errorCode).toBe('CONVERSATION_STATE_INVALID');

    const audit = await db.dataSource.manager.find(AuditEventEntity, {
      where: { targetId: conversation.id },
      order: { createdAt: 'ASC' },
    });
    expect(audit.map((a) => [a.action, a.actor, a.data.event ?? null])).toEqual([
      ['conversation.start', 'api_key:handoff-spec', null],
      ['conversation.handoff', 'agent:support', 'request_human'],
      ['conversation.handoff', 'api_key:handoff-spec', 'take_over'],
      ['conversation.human_message', 'api_key:handoff-spec', null],
      ['conversation.handoff', 'api_key:handoff-spec', 'hand_back'],
    ]);
  });

  it("resolves the conversation with its open tickets, and the visitor's next message reopens it to the bot", async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });
    await runInConversation(conversation.id, SAMPLE);
    later();
    await services.handoff.move(ctx, conversation.id, 'take_over');
    later();

    const resolved = await services.handoff.move(ctx, conversation.id, 'resolve');

    expect(resolved.handoffState).toBe('RESOLVED');
    const [ticket] = await services.tickets.forConversation(ctx, conversation.id);
    expect(ticket).toMatchObject({ status: 'RESOLVED', resolvedAt: fixture.services.clock.now() });

    const run = await runInConversation(
      conversation.id,
      'Hi again, could you tell me when my order JL-1042 will arrive? Thanks.',
    );
    expect(run.output?.handoffSuggested).toBe(false);
    expect((await services.conversations.get(ctx, conversation.id)).handoffState).toBe('BOT');
  });

  it('lets exactly one of two people taking over at once succeed', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await services.handoff.move(ctx, conversation.id, 'request_human');

    const outcomes = await Promise.allSettled([
      services.handoff.move(ctx, conversation.id, 'take_over'),
      services.handoff.move(ctx, conversation.id, 'take_over'),
    ]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as DomainError).errorCode).toBe('CONVERSATION_STATE_INVALID');
  });

  it('refuses an illegal move with CONVERSATION_STATE_INVALID and changes nothing', async () => {
    const conversation = await services.conversations.start(ctx, {});

    const error = await refusal(services.handoff.move(ctx, conversation.id, 'resolve'));

    expect(error.errorCode).toBe('CONVERSATION_STATE_INVALID');
    expect((await services.conversations.get(ctx, conversation.id)).handoffState).toBe('BOT');
  });

  it('refuses an empty and a 4,001-character human message and writes nothing', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await services.handoff.move(ctx, conversation.id, 'take_over');
    const count = () =>
      db.dataSource.manager.countBy(ConversationMessageEntity, { conversationId: conversation.id });

    const empty = await refusal(
      services.conversationMessages.sendHuman(ctx, conversation.id, ' \u200B '),
    );
    const huge = await refusal(
      services.conversationMessages.sendHuman(ctx, conversation.id, 'x'.repeat(4001)),
    );

    expect(empty.errorCode).toBe('INVALID_INPUT');
    expect(huge.errorCode).toBe('MESSAGE_TOO_LONG');
    expect(huge.message).toBe('"text" is 4,001 characters long; the limit is 4,000.');
    expect(await count()).toBe(0);
  });

  it('reports an unknown conversation as CONVERSATION_NOT_FOUND', async () => {
    const error = await refusal(
      services.handoff.move(ctx, '00000000-0000-4000-8000-000000000000', 'take_over'),
    );

    expect(error.errorCode).toBe('CONVERSATION_NOT_FOUND');
  });
});
