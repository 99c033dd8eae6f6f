import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedRun, refusalOf, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';
import { RUN, START_RUN, type RunView } from './operations.js';

const SAMPLE =
  'This is the second time my mug arrived broken. I am really angry and want a refund today!';
const ESCALATED_REPLY =
  "I'm sorry about this. I've opened ticket T-1001 and passed your conversation to a person on our team, who will reply here.";
const PERSON_WILL_REPLY =
  'A person from our team is looking after this conversation and will reply here shortly.';

const START_CONVERSATION = graphql(`
  mutation StartEscalatedConversation($input: StartConversationInput) {
    startConversation(input: $input) {
      id
      handoffState
    }
  }
`);

const CONVERSATION = graphql(`
  query EscalatedConversation($id: ID!) {
    conversation(id: $id) {
      id
      handoffState
      handoffChangedAt
      messages {
        role
        text
        runId
      }
      tickets {
        number
        status
        priority
        subject
        customerEmail
        runId
        brief
      }
    }
  }
`);

// Each handoff move answers under the same alias, so `move` reads any of them alike.
const HANDOFF = {
  takeOverConversation: graphql(`
    mutation TakeOverEscalated($id: ID!) {
      moved: takeOverConversation(id: $id) {
        id
        handoffState
      }
    }
  `),
  handBackToBot: graphql(`
    mutation HandBackEscalated($id: ID!) {
      moved: handBackToBot(id: $id) {
        id
        handoffState
      }
    }
  `),
  resolveConversation: graphql(`
    mutation ResolveEscalated($id: ID!) {
      moved: resolveConversation(id: $id) {
        id
        handoffState
      }
    }
  `),
};

const SEND_HUMAN_MESSAGE = graphql(`
  mutation SendEscalatedHumanMessage($conversationId: ID!, $text: String!) {
    sendHumanMessage(conversationId: $conversationId, text: $text) {
      role
      text
      runId
    }
  }
`);

/**
 * `Ticket.brief` is a JSON scalar: this narrowing is the brief the support agent writes
 * (docs/SUPPORT-AGENT.md), not a contract shape.
 */
interface TicketBrief {
  summary: string;
  sentimentTrend: Array<{ compound: number }>;
  orderFacts: Array<{ number: string; late: boolean }>;
  recommendedResolution: { actions: Array<{ action: string; orderNumber: string | null }> };
}

describe('ticket escalation and the conversation handoff', () => {
  let t: TestHub;
  let conversationId: string;

  beforeAll(async () => {
    t = await startTestHub();
    const { startConversation } = await t.client.request(START_CONVERSATION, {
      input: { customerEmail: 'maya.chen@example.com' },
    });
    expect(startConversation.handoffState).toBe('BOT');
    conversationId = startConversation.id;
  });
  afterAll(() => t.close());

  const conversation = async () => {
    const { conversation: view } = await t.client.request(CONVERSATION, { id: conversationId });
    if (!view) throw new Error(`conversation ${conversationId} not found`);
    return view;
  };

  const move = async (mutation: keyof typeof HANDOFF) =>
    (await t.client.request(HANDOFF[mutation], { id: conversationId })).moved.handoffState;

  async function startEscalation(message: string): Promise<RunView> {
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'ticket-escalation',
        input: { message },
        conversationId,
      },
    });
    return finishedRun(t.client, RUN, startRun.id);
  }

  const count = async (table: string) =>
    Number((await t.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  it("opens a ticket with a brief for maya's angry message and moves the conversation to HUMAN_REQUESTED", async () => {
    const run = await startEscalation(SAMPLE);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toMatchObject({ text: ESCALATED_REPLY, handoffSuggested: true });
    const view = await conversation();
    expect(view.handoffState).toBe('HUMAN_REQUESTED');
    expect(view.messages).toEqual([
      { role: 'CUSTOMER', text: SAMPLE, runId: run.id },
      { role: 'AGENT', text: ESCALATED_REPLY, runId: run.id },
    ]);
    expect(view.tickets).toHaveLength(1);
    const [ticket] = view.tickets;
    // The brief, narrowed (see TicketBrief).
    const brief = ticket?.brief as TicketBrief | undefined;
    expect(ticket).toMatchObject({
      number: 'T-1001',
      status: 'OPEN',
      priority: 'HIGH',
      customerEmail: 'maya.chen@example.com',
      runId: run.id,
    });
    expect(brief?.sentimentTrend).toEqual([
      expect.objectContaining({ compound: -0.7522, label: 'NEGATIVE' }),
    ]);
    expect(brief?.orderFacts.map((o) => [o.number, o.late])).toEqual([
      ['JL-1042', true],
      ['JL-1037', false],
    ]);
    expect(brief?.recommendedResolution.actions.map((a) => [a.action, a.orderNumber])).toEqual([
      ['REPLACEMENT', 'JL-1037'],
      ['REFUND_OFFER', 'JL-1037'],
      ['APOLOGY', 'JL-1042'],
      ['SHIPPING_REFUND', 'JL-1042'],
    ]);

    const rows = await t.query<{
      number: string;
      conversation_id: string;
      brief: { summary: string };
    }>('SELECT number, conversation_id, brief FROM ticket');
    expect(rows).toEqual([
      {
        number: 'T-1001',
        conversation_id: conversationId,
        brief: expect.objectContaining({
          summary: expect.stringContaining('Maya Chen (maya.chen@example.com) is very upset'),
        }),
      },
    ]);
  });

  it('hands the conversation to a person whose messages appear in it, and keeps the bot silent meanwhile', async () => {
    expect(await move('takeOverConversation')).toBe('HUMAN');

    const { sendHumanMessage } = await t.client.request(SEND_HUMAN_MESSAGE, {
      conversationId,
      text: "Hi Maya, I'm Sam from Juniper Lane. A new mug is on its way today.",
    });
    expect(sendHumanMessage).toEqual({
      role: 'HUMAN',
      text: "Hi Maya, I'm Sam from Juniper Lane. A new mug is on its way today.",
      runId: null,
    });

    const silent = await startEscalation('Thank you! When will it arrive?');
    expect(silent.status).toBe('SUCCEEDED');
    expect(silent.output).toMatchObject({ text: PERSON_WILL_REPLY, handoffState: 'HUMAN' });
    expect(silent.steps.map((s) => s.kind)).toEqual([
      'TRIGGER',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);

    const view = await conversation();
    expect(view.messages.map((m) => m.role)).toEqual(['CUSTOMER', 'AGENT', 'HUMAN', 'CUSTOMER']);
    expect(view.messages[3]).toEqual({
      role: 'CUSTOMER',
      text: 'Thank you! When will it arrive?',
      runId: silent.id,
    });
    expect(view.tickets).toHaveLength(1);
  });

  it('hands back to the bot, and refuses an illegal move with CONVERSATION_STATE_INVALID', async () => {
    expect(await move('handBackToBot')).toBe('BOT');

    const illegal = await refusalOf(move('resolveConversation'));
    expect(illegal.errorCode).toBe('CONVERSATION_STATE_INVALID');
    expect(illegal.message).toBe(
      'The conversation is BOT: it cannot be resolved (possible: request a person, be taken over).',
    );
    const notHuman = await refusalOf(
      t.client.request(SEND_HUMAN_MESSAGE, { conversationId, text: 'Still there?' }),
    );
    expect(notHuman.errorCode).toBe('CONVERSATION_STATE_INVALID');
    expect((await conversation()).handoffState).toBe('BOT');

    const audited = await t.query<{ event: string }>(
      `SELECT data ->> 'event' AS event FROM audit_event
        WHERE action = 'conversation.handoff' AND target_id = $1 ORDER BY created_at`,
      [conversationId],
    );
    expect(audited.map((a) => a.event)).toEqual(['request_human', 'take_over', 'hand_back']);
  });

  it('refuses an empty message with INVALID_INPUT and a 4,001-character one with MESSAGE_TOO_LONG, writing nothing', async () => {
    const before = {
      runs: await count('run'),
      messages: await count('conversation_message'),
      tickets: await count('ticket'),
    };
    const start = (message: string) =>
      t.client.request(START_RUN, {
        input: {
          agentKey: 'support',
          scenarioKey: 'ticket-escalation',
          input: { message },
          conversationId,
        },
      });

    const empty = await refusalOf(start('   '));
    const huge = await refusalOf(start('x'.repeat(4001)));
    await move('takeOverConversation');
    const emptyHuman = await refusalOf(
      t.client.request(SEND_HUMAN_MESSAGE, { conversationId, text: '' }),
    );
    const hugeHuman = await refusalOf(
      t.client.request(SEND_HUMAN_MESSAGE, { conversationId, text: 'x'.repeat(4001) }),
    );

    expect([empty.errorCode, huge.errorCode]).toEqual(['INVALID_INPUT', 'MESSAGE_TOO_LONG']);
    expect(huge.message).toBe('"message" is 4,001 characters long; the limit is 4,000.');
    expect([emptyHuman.errorCode, hugeHuman.errorCode]).toEqual([
      'INVALID_INPUT',
      'MESSAGE_TOO_LONG',
    ]);
    expect({
      runs: await count('run'),
      messages: await count('conversation_message'),
      tickets: await count('ticket'),
    }).toEqual(before);
  });
});
