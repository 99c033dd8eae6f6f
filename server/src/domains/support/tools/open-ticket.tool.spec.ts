import { ConversationMessageEntity, TicketEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../context.js';
import type { HubServices } from '../../../services.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { OpenTicketOutput } from './open-ticket.tool.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const FIRST_AT = new Date('2026-11-26T14:50:00.000Z');
const FIRST = 'My mug arrived broken.';
const SAMPLE =
  'This is the second time my mug arrived broken. I am really angry and want a refund today!';

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: FIRST_AT, actor: 'api_key:ticket-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

async function escalationRun(message: string, conversationId?: string) {
  return services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'ticket-escalation',
    input: { message },
    ...(conversationId ? { conversationId } : {}),
  });
}

async function openTicket(runId: string, message: string) {
  const outcome = await services.tools.call(
    { workspaceId: ctx.workspaceId, runId, agentKey: 'support', now: NOW },
    'open_ticket',
    { message },
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.output as OpenTicketOutput;
}

describe('open_ticket', () => {
  it('opens T-1001 for maya with a brief: her orders (JL-1042 late), the trend over her two messages and a replacement, refund offer and shipping refund; the conversation waits for a person', async () => {
    fixture.setNow(FIRST_AT);
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });
    await escalationRun(FIRST, conversation.id);
    fixture.setNow(NOW);
    const run = await escalationRun(SAMPLE, conversation.id);

    const ticket = await openTicket(run.id, SAMPLE);

    expect(ticket).toMatchObject({
      number: 'T-1001',
      priority: 'HIGH',
      subject: 'Item arrived broken again; Late order JL-1042; refund requested (Maya Chen)',
      reused: false,
      handoffState: 'HUMAN_REQUESTED',
    });
    const { brief } = ticket;
    expect(brief.customer).toEqual({ email: 'maya.chen@example.com', name: 'Maya Chen' });
    expect(brief.sentimentTrend).toEqual([
      { at: FIRST_AT.toISOString(), compound: -0.4767, label: 'NEGATIVE' },
      { at: NOW.toISOString(), compound: -0.7522, label: 'NEGATIVE' },
    ]);
    expect(brief.latest).toEqual({
      text: SAMPLE,
      compound: -0.7522,
      label: 'NEGATIVE',
      emotion: 'HIGH',
      intents: ['complaint', 'refund'],
    });
    expect(brief.escalationReasons).toEqual(['HIGH_EMOTION']);
    expect(
      brief.orderFacts.map(({ number, status, late, daysLate }) => ({
        number,
        status,
        late,
        daysLate,
      })),
    ).toEqual([
      { number: 'JL-1042', status: 'IN_TRANSIT', late: true, daysLate: 2 },
      { number: 'JL-1037', status: 'DELIVERED', late: false, daysLate: 0 },
    ]);
    expect(brief.orderFacts[0]).toMatchObject({
      promisedAt: '2026-11-24T14:50:00.000Z',
      deliveredAt: null,
      lastEvent: { status: 'ARRIVED_AT_FACILITY', location: 'Phoenix, AZ' },
    });
    expect(brief.recommendedResolution.actions.map((a) => [a.action, a.orderNumber])).toEqual([
      ['REPLACEMENT', 'JL-1037'],
      ['REFUND_OFFER', 'JL-1037'],
      ['APOLOGY', 'JL-1042'],
      ['SHIPPING_REFUND', 'JL-1042'],
    ]);
    expect(brief.summary).toBe(
      'Maya Chen (maya.chen@example.com) is very upset (VADER compound -0.7522; cues: complaint, refund). ' +
        `Latest message: "${SAMPLE}" ` +
        'Sentiment over 2 messages: worsening (-0.4767 to -0.7522). ' +
        'Orders: JL-1042 in transit, 2 day(s) late; JL-1037 delivered, on time.',
    );

    const row = await db.dataSource.manager.findOneByOrFail(TicketEntity, { number: 'T-1001' });
    expect(row).toMatchObject({
      workspaceId: ctx.workspaceId,
      conversationId: conversation.id,
      runId: run.id,
      customerEmail: 'maya.chen@example.com',
      status: 'OPEN',
      priority: 'HIGH',
      resolvedAt: null,
    });
    expect(row.brief).toEqual(JSON.parse(JSON.stringify(brief)));
    expect((await services.conversations.get(ctx, conversation.id)).handoffState).toBe(
      'HUMAN_REQUESTED',
    );
  });

  it("refreshes the conversation's open ticket on a second escalation instead of opening another", async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });
    const first = await openTicket((await escalationRun(SAMPLE, conversation.id)).id, SAMPLE);
    const again = await openTicket((await escalationRun('Hello??', conversation.id)).id, 'Hello??');

    expect(first).toMatchObject({ number: 'T-1002', reused: false });
    expect(again).toMatchObject({ number: 'T-1002', reused: true, priority: 'HIGH' });
    expect(await services.tickets.forConversation(ctx, conversation.id)).toHaveLength(1);
  });

  it('opens a ticket for a run outside any conversation from its message and input email', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'ticket-escalation',
      input: { message: 'I want to talk to a manager.', customerEmail: 'maya.chen@example.com' },
    });

    const ticket = await openTicket(run.id, 'I want to talk to a manager.');

    expect(ticket).toMatchObject({ number: 'T-1003', handoffState: null, priority: 'NORMAL' });
    expect(ticket.brief.sentimentTrend).toEqual([
      { at: NOW.toISOString(), compound: 0.0772, label: 'POSITIVE' },
    ]);
    expect(ticket.brief.recommendedResolution.actions.map((a) => a.action)).toEqual([
      'APOLOGY',
      'SHIPPING_REFUND',
    ]);
  });

  it('records the customer messages of a conversation redacted', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await escalationRun('My card 4111 1111 1111 1111 was charged twice!', conversation.id);

    const messages = await db.dataSource.manager.findBy(ConversationMessageEntity, {
      conversationId: conversation.id,
    });
    expect(messages.map((m) => [m.role, m.text])).toEqual([
      ['CUSTOMER', 'My card [card ••••1111] was charged twice!'],
    ]);
  });
});
