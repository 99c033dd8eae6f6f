import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { streamedText, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { SCRIPTED_MODEL_ENV, startHubWithFakeModel, type TestHub } from './harness.js';
import {
  hasAgentMessage,
  messagesOf,
  WidgetTestClient,
  type VisitorEventView,
} from './widget-client.js';

let t: TestHub;
let fake: FakeMessagesApi;
const clients: WidgetTestClient[] = [];

beforeAll(async () => {
  ({ hub: t, fake } = await startHubWithFakeModel(SCRIPTED_MODEL_ENV));
});
afterEach(() => fake.reset());
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await t?.close();
});

const TITLE = 'International shipping: do you ship to Canada?';
const REPLY = `Yes, we ship to Canada in 5 to 8 business days; duties are collected at checkout. Details are in "${TITLE}".`;

/** Claude looks the question up, then writes the reply in small pieces, slowly enough to watch. */
function scriptCanadaAnswer(delayMs: number) {
  fake.script(
    toolUse([
      { id: 'toolu_01', name: 'search_knowledge_base', input: { query: 'ship to Canada' } },
    ]),
    streamedText(REPLY, { chunkChars: 6, delayMs }),
  );
}

async function visitor(): Promise<WidgetTestClient> {
  const client = new WidgetTestClient(t.hub.url, t.hub.demoPublishableKey, t.hub.url);
  clients.push(client);
  await client.startSession();
  return client;
}

const replyTexts = (events: VisitorEventView[]) =>
  events.flatMap((e) => (e.reply?.text ? [e.reply.text] : []));

describe('widget reply streaming', () => {
  it('shows typing, then the reply growing as Claude writes it, then the final cited message once', async () => {
    scriptCanadaAnswer(15);
    const v = await visitor();
    const feed = v.subscribe();

    const sent = await v.send('Do you ship to Canada?', 'stream-1');
    const events = await feed.until(hasAgentMessage);
    await feed.close();

    const replies = events.flatMap((e) => (e.reply ? [e.reply] : []));
    expect(replies[0]).toMatchObject({ runId: sent.runId, typing: true, text: null, done: false });
    const texts = replyTexts(events);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    texts.forEach((text, i) => i > 0 && expect(text.startsWith(texts[i - 1] ?? '')).toBe(true));
    expect(replies.at(-1)).toMatchObject({ done: true, typing: false, text: REPLY });
    expect(replies.filter((r) => r.typing && r.text !== null)).toEqual([]);
    const agent = messagesOf(events).filter((m) => m.role === 'AGENT');
    expect(agent).toHaveLength(1);
    expect(agent[0]).toMatchObject({ text: REPLY, runId: sent.runId });
    expect(agent[0]?.citations.map((c) => c.slug)).toEqual(['international-shipping']);
  });

  it('after a socket dropped mid-reply, a resubscription from afterSeq replays the reply so far and ends with the message once', async () => {
    scriptCanadaAnswer(40);
    const v = await visitor();
    const first = v.subscribe();
    const sent = await v.send('Do you ship to Canada?', 'stream-2');
    const before = await first.until((events) => replyTexts(events).length >= 1);
    await first.close();
    // A reloaded page reads the reply in flight with the conversation.
    const reloaded = await v.conversation();
    expect(reloaded?.reply).toMatchObject({ runId: sent.runId, done: false });
    expect(REPLY.startsWith(reloaded?.reply?.text ?? '')).toBe(true);
    const held = Math.max(...messagesOf(before).map((m) => m.seq));
    const partial = replyTexts(before).at(-1) ?? '';

    const second = v.subscribe(held);
    const after = await second.until(hasAgentMessage);
    await second.close();

    expect(held).toBe(sent.seq);
    expect(partial.length).toBeLessThan(REPLY.length);
    const resumed = replyTexts(after);
    expect(resumed[0]?.startsWith(partial)).toBe(true);
    const all = [...messagesOf(before), ...messagesOf(after)];
    expect(all.map((m) => [m.seq, m.role])).toEqual([
      [1, 'VISITOR'],
      [2, 'AGENT'],
    ]);
    expect(all[1]?.text).toBe(REPLY);
  });
});
