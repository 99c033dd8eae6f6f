// TEMPORARY (helper H5): records error answers before/after the DomainError change. Not committed.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHub, TEST_API_KEY, type TestHub } from './harness.js';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.close());

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  let json: unknown = text;
  try { json = JSON.parse(text); } catch { /* text */ }
  return { status: r.status, retryAfter: r.headers.get('retry-after'), body: json };
}

function ws(url: string, init: Record<string, unknown>, ops: unknown[], origin?: string) {
  return new Promise<unknown[]>((resolve) => {
    const frames: unknown[] = [];
    const socket = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: init })));
    socket.on('message', (data) => {
      const m = JSON.parse(String(data));
      frames.push(m);
      if (m.type === 'connection_ack') {
        ops.forEach((payload, i) => socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload })));
      }
      const done = frames.filter((f: any) => f.type === 'complete' || f.type === 'error').length;
      if (done >= ops.length) socket.close();
    });
    socket.on('unexpected-response', (_req, res) => { frames.push({ unexpected: res.statusCode }); resolve(frames); });
    socket.on('close', (code, reason) => { frames.push({ close: code, reason: String(reason) }); resolve(frames); });
    socket.on('error', () => undefined);
  });
}

it('records', async () => {
  const out: Record<string, unknown> = {};
  const g = t.hub.graphqlUrl;
  const auth = { authorization: `Bearer ${TEST_API_KEY}` };
  const wsUrl = g.replace('http', 'ws');
  const key = ((await post(g, { query: 'mutation { createApiKey(name: "admin") { plainKey } }' }, auth)).body as any).data.createApiKey.plainKey as string;
  out.noAuth = await post(g, { query: '{ agents { key } }' });
  out.badKey = await post(g, { query: '{ agents { key } }' }, { authorization: 'Bearer sk_nope' });
  out.runNotFound = await post(g, { query: 'mutation R($id: ID!) { cancelRun(id: $id) { id } }', variables: { id: 'nope' } }, auth);
  out.agentNotFound = await post(g, { query: 'mutation S($i: StartRunInput!) { startRun(input: $i) { id } }', variables: { i: { agentKey: 'astrologer' } } }, auth);
  out.badInput = await post(g, { query: 'mutation S($i: StartRunInput!) { startRun(input: $i) { id } }', variables: { i: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question: 5 } } } }, auth);
  out.validation = await post(g, { query: '{ agentz { key } }' }, auth);
  out.parse = await post(g, { query: '{ agents { ' }, auth);
  out.forbidden = await post(g, { query: 'mutation { createApiKey(name: "x") { plainKey } }' }, { authorization: `Bearer ${key}` });
  out.wsConsole = await ws(wsUrl, auth, [
    { query: 'query R($id: ID!) { run(id: $id) { id } }', variables: { id: 'nope' } },
    { query: 'mutation S($i: StartRunInput!) { startRun(input: $i) { id } }', variables: { i: { agentKey: 'astrologer' } } },
    { query: '{ agentz { key } }' },
    { query: 'subscription { runSteps(runId: "nope") { seq } }' },
  ]);
  out.wsForbidden = await ws(wsUrl, { authorization: `Bearer ${key}` }, [{ query: 'mutation { createApiKey(name: "x") { plainKey } }' }]);
  out.wsBadKey = await ws(wsUrl, { authorization: 'Bearer sk_nope' }, []);
  const pk = t.hub.demoPublishableKey;
  const wg = `${t.hub.url}/widget/graphql?key=${pk}`;
  const origin = t.hub.url;
  out.widgetBadKey = await post(`${t.hub.url}/widget/graphql?key=pk_nope`, { query: '{ visitorConversation { id } }' }, { origin });
  out.widgetNoToken = await post(wg, { query: '{ visitorConversation { id } }' }, { origin });
  out.widgetBadToken = await post(wg, { query: '{ visitorConversation { id } }' }, { origin, 'x-zac-visitor': 'garbage' });
  out.widgetBadIdentity = await post(wg, { query: 'mutation { startVisitorSession(identity: { id: "u1", hash: "00" }) { token } }' }, { origin });
  const session = (await post(wg, { query: 'mutation { startVisitorSession { token } }' }, { origin })).body as any;
  const token = session.data.startVisitorSession.token;
  out.widgetBadInput = await post(wg, { query: 'mutation { sendVisitorMessage(clientMessageId: "a", text: "") { id } }' }, { origin, 'x-zac-visitor': token });
  out.widgetWs = await ws(`${wg.replace('http', 'ws')}`, { visitorToken: token }, [
    { query: 'mutation { sendVisitorMessage(clientMessageId: "b", text: "") { id } }' },
    { query: 'mutation { rateReply(messageId: "nope", helpful: true) { id } }' },
    { query: '{ agentz }' },
  ], origin);
  out.widgetWsNoToken = await ws(`${wg.replace('http', 'ws')}`, {}, [{ query: '{ visitorConversation { id } }' }], origin);
  out.widgetWsBadToken = await ws(`${wg.replace('http', 'ws')}`, { visitorToken: 'garbage' }, [], origin);
  out.widgetWsBadOrigin = await ws(`${wg.replace('http', 'ws')}`, {}, [], 'https://evil.example');
  // rate limit via many new chats
  const rl: unknown[] = [];
  for (let i = 0; i < 40; i++) {
    const r = await post(wg, { query: `mutation { sendVisitorMessage(clientMessageId: "m${i}", text: "hello ${i}") { id } }` }, { origin, 'x-zac-visitor': token });
    if (r.status !== 200 || (r.body as any).errors) { rl.push(r); break; }
  }
  out.widgetRate = rl;
  out.signIn = await post(`${t.hub.url}/auth/sign-in`, { email: 'x@y.z', password: 'nope' }, { origin });
  writeFileSync(process.env.H5_OUT ?? '/tmp/h5/golden.json', JSON.stringify(out, null, 2));
}, 120_000);
