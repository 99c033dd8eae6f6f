import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

let fixture: SeededServices;
const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 15, minute));

beforeAll(async () => {
  fixture = await openSeededServices({ now: at(0), actor: 'api_key:conversation-list-spec' });
  const { services, ctx, setNow } = fixture;
  setNow(at(1));
  ids.a = (await services.conversations.start(ctx, { customerEmail: 'ann@example.com' })).id;
  setNow(at(2));
  ids.b = (await services.conversations.start(ctx, {})).id;
  setNow(at(3));
  ids.c = (await services.conversations.start(ctx, {})).id;
  setNow(at(4));
  await services.handoff.move(ctx, ids.a, 'take_over');
  setNow(at(5));
  await services.handoff.move(ctx, ids.b, 'request_human');
  // A person's message does not touch the conversation row, but it is the latest activity.
  setNow(at(6));
  await services.conversationMessages.sendHuman(ctx, ids.a, 'Hi Ann, I am looking into it.');
});

afterAll(() => fixture?.close());

const list = (query: {
  handoffStates?: ('BOT' | 'HUMAN_REQUESTED' | 'HUMAN' | 'RESOLVED')[];
  first?: number;
  offset?: number;
}) => fixture.services.conversationList.list(fixture.ctx, { first: 20, offset: 0, ...query });
const idsOf = (items: { id: string }[]) => items.map((c) => c.id);

describe('ConversationListService', () => {
  it('lists conversations by newest activity: a message, a handoff move or creation', async () => {
    const all = await list({});
    expect(all.totalItems).toBe(3);
    expect(idsOf(all.items)).toEqual([ids.a, ids.b, ids.c]);
    expect(all.items[0]).toMatchObject({ handoffState: 'HUMAN', customerEmail: 'ann@example.com' });
  });

  it('keeps only the given handoff states', async () => {
    expect(idsOf((await list({ handoffStates: ['HUMAN_REQUESTED'] })).items)).toEqual([ids.b]);
    const waiting = await list({ handoffStates: ['HUMAN', 'HUMAN_REQUESTED'] });
    expect(idsOf(waiting.items)).toEqual([ids.a, ids.b]);
    expect(waiting.totalItems).toBe(2);
    expect((await list({ handoffStates: ['RESOLVED'] })).totalItems).toBe(0);
    expect((await list({ handoffStates: [] })).totalItems).toBe(3);
  });

  it('pages with first and offset, counting every match', async () => {
    const page = await list({ first: 1, offset: 1 });
    expect(idsOf(page.items)).toEqual([ids.b]);
    expect(page.totalItems).toBe(3);
    expect(await list({ offset: 5 })).toEqual({ items: [], totalItems: 3 });
    await expect(list({ first: 101 })).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });

  it("gives each conversation's last message, or null before the first", async () => {
    const [a, c] = await Promise.all([
      fixture.services.conversationList.lastMessage(fixture.ctx, ids.a),
      fixture.services.conversationList.lastMessage(fixture.ctx, ids.c),
    ]);
    expect(a).toMatchObject({ role: 'HUMAN', text: 'Hi Ann, I am looking into it.' });
    expect(c).toBeNull();
  });
});
