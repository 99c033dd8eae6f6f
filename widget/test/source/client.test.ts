import { expect, waitUntil } from '@open-wc/testing';
import { createHubClient } from '../../src/chat/client.js';
import { HubError } from '../../src/chat/errors.js';
import type { VisitorEvent } from '../../src/chat/types.js';
import { must } from '../helpers.js';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> };
}

type FakeResponse = { status?: number; body: unknown };

/** A fetch that records requests and answers from a queue of JSON bodies (or of answers to come). */
function fakeFetch(responses: (FakeResponse | Promise<FakeResponse>)[]) {
  const sent: Sent[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    sent.push({
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(init.body as string),
    });
    const next = await responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(next.body), { status: next.status ?? 200 });
  }) as unknown as typeof fetch;
  return { sent, impl };
}

const session = (token: string) => ({ body: { data: { startVisitorSession: { token } } } });

/** A WebSocket double speaking just enough graphql-transport-ws for graphql-ws's client. */
class FakeSocket {
  static OPEN = 1;
  static CONNECTING = 0;
  static CLOSING = 2;
  static CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: { type: string; id?: string; payload?: { variables?: { afterSeq?: number } } }[] = [];
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.all.push(this);
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.({});
    });
  }
  send(data: string) {
    const m = JSON.parse(data);
    this.sent.push(m);
    if (m.type === 'connection_init') {
      setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
    }
  }
  close(code = 1000, reason = '') {
    if (this.readyState === 3) return;
    this.readyState = 3;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
  /** The network went away. */
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '', wasClean: false });
  }
  push(id: string, visitorEvents: VisitorEvent) {
    this.onmessage?.({
      data: JSON.stringify({ id, type: 'next', payload: { data: { visitorEvents } } }),
    });
  }
}

describe('hub client', () => {
  beforeEach(() => {
    localStorage.clear();
    FakeSocket.all = [];
  });

  it('starts a session without a token, then sends X-Zac-Visitor and the key', async () => {
    const f = fakeFetch([session('tok1'), { body: { data: { visitorConversation: null } } }]);
    const client = createHubClient({ base: 'https://hub.test', key: 'pk_1', fetch: f.impl });
    expect(client.hasSession()).to.equal(false);
    expect(await client.conversation()).to.equal(null);
    expect(f.sent.map((s) => s.url)).to.deep.equal([
      'https://hub.test/widget/graphql?key=pk_1',
      'https://hub.test/widget/graphql?key=pk_1',
    ]);
    expect(must(f.sent[0]).body.query).to.contain('startVisitorSession');
    expect(must(f.sent[0]).headers['x-zac-visitor']).to.equal(undefined);
    expect(must(f.sent[1]).headers['x-zac-visitor']).to.equal('tok1');
    expect(JSON.parse(must(localStorage.getItem('zac:pk_1'))).token).to.equal('tok1');
    expect(client.hasSession()).to.equal(true);
  });

  it('maps GraphQL error codes, including RATE_LIMITED retry seconds and 403 origin', async () => {
    localStorage.setItem('zac:pk_1', JSON.stringify({ token: 't' }));
    const f = fakeFetch([
      {
        body: {
          errors: [
            { message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } },
          ],
        },
      },
      {
        status: 403,
        body: { errors: [{ message: 'no', extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] },
      },
    ]);
    const client = createHubClient({ base: 'https://hub.test', key: 'pk_1', fetch: f.impl });
    const e1 = await client.send('hi', 'c1').catch((e: unknown) => e);
    expect(e1).to.be.instanceOf(HubError);
    expect((e1 as HubError).code).to.equal('RATE_LIMITED');
    expect((e1 as HubError).retryAfterSeconds).to.equal(12);
    const e2 = await client.send('hi', 'c1').catch((e: unknown) => e);
    expect((e2 as HubError).code).to.equal('ORIGIN_NOT_ALLOWED');
    expect(must(f.sent[0]).body.variables).to.deep.equal({ text: 'hi', id: 'c1' });
  });

  it('renews an invalid visitor token once and retries', async () => {
    localStorage.setItem('zac:pk_1', JSON.stringify({ token: 'old' }));
    const f = fakeFetch([
      { body: { errors: [{ message: 'bad', extensions: { code: 'VISITOR_TOKEN_INVALID' } }] } },
      session('new'),
      { body: { data: { requestHuman: { id: 'c', handoff: 'WAITING_FOR_HUMAN' } } } },
    ]);
    const client = createHubClient({ base: 'https://hub.test', key: 'pk_1', fetch: f.impl });
    const conv = await client.requestHuman();
    expect(conv.handoff).to.equal('WAITING_FOR_HUMAN');
    expect(must(f.sent[2]).headers['x-zac-visitor']).to.equal('new');
  });

  it('identify sends the identity with the current token and swaps tokens', async () => {
    localStorage.setItem('zac:pk_1', JSON.stringify({ token: 'anon', conversationId: 'c1' }));
    const f = fakeFetch([session('ident')]);
    const client = createHubClient({ base: 'https://hub.test', key: 'pk_1', fetch: f.impl });
    await client.identify({ id: 'u1', email: 'a@b.c', hash: 'h' });
    expect(must(f.sent[0]).headers['x-zac-visitor']).to.equal('anon');
    expect(must(f.sent[0]).body.variables).to.deep.equal({
      identity: { id: 'u1', email: 'a@b.c', hash: 'h' },
    });
    expect(JSON.parse(must(localStorage.getItem('zac:pk_1')))).to.deep.equal({
      token: 'ident',
      conversationId: null,
    });
    client.reset();
    expect(localStorage.getItem('zac:pk_1')).to.equal(null);
    expect(client.hasSession()).to.equal(false);
  });

  it('sends a message typed while identify is in flight with the identified token', async () => {
    localStorage.setItem('zac:pk_1', JSON.stringify({ token: 'anon', conversationId: 'c1' }));
    let answerIdentify: (value: FakeResponse) => void = () => undefined;
    const message = { id: 'm1', role: 'VISITOR', text: 'Hello', seq: 1 };
    const f = fakeFetch([
      new Promise<FakeResponse>((resolve) => (answerIdentify = resolve)),
      { body: { data: { sendVisitorMessage: message } } },
    ]);
    const client = createHubClient({ base: 'https://hub.test', key: 'pk_1', fetch: f.impl });

    const identifying = client.identify({ id: 'u1', email: 'a@b.c', hash: 'h' });
    const sending = client.send('Hello', 'client-1');
    await new Promise((r) => setTimeout(r, 20));
    expect(f.sent).to.have.length(1); // the message waits for the new session
    answerIdentify(session('ident'));
    await Promise.all([identifying, sending]);
    expect(must(f.sent[1]).headers['x-zac-visitor']).to.equal('ident');
  });

  it('resubscribes after a dropped connection asking only for newer messages', async () => {
    localStorage.setItem('zac:pk_1', JSON.stringify({ token: 'tok' }));
    const client = createHubClient({
      base: 'https://hub.test',
      key: 'pk_1',
      webSocketImpl: FakeSocket,
      retryDelay: () => 10,
    });
    let seq = 5;
    const events: VisitorEvent[] = [];
    const online: boolean[] = [];
    const stop = client.subscribe(() => seq, {
      next: (e) => events.push(e),
      error: () => undefined,
      status: (o) => online.push(o),
    });
    await waitUntil(() => FakeSocket.all[0]?.sent.some((m) => m.type === 'subscribe'));
    const first = must(FakeSocket.all[0]);
    expect(first.url).to.equal('wss://hub.test/widget/graphql?key=pk_1');
    expect(first.sent[0]).to.deep.equal({
      type: 'connection_init',
      payload: { visitorToken: 'tok' },
    });
    const sub = must(first.sent.find((m) => m.type === 'subscribe'));
    expect(must(sub.payload).variables).to.deep.equal({ afterSeq: 5 });
    first.push(must(sub.id), { handoff: 'HUMAN' });
    expect(events).to.deep.equal([{ handoff: 'HUMAN' }]);

    seq = 9; // the UI received messages up to seq 9, then the network drops
    first.drop();
    await waitUntil(() => FakeSocket.all[1]?.sent.some((m) => m.type === 'subscribe'));
    const again = must(must(FakeSocket.all[1]).sent.find((m) => m.type === 'subscribe'));
    expect(must(again.payload).variables).to.deep.equal({ afterSeq: 9 });
    expect(online).to.deep.equal([true, false, true]);
    stop();
  });
});
