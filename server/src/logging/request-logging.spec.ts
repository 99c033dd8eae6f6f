import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../logger.js';
import { bindLogContext, currentLogFields } from './log-context.js';
import { requestLogging } from './request-logging.js';

type Line = { level: string; message: string; fields: LogFields };

const lines: Line[] = [];
const at =
  (level: string) =>
  (message: string, fields: LogFields = {}) =>
    void lines.push({ level, message, fields: { ...currentLogFields(), ...fields } });
const capturing: Logger = {
  debug: at('debug'),
  info: at('info'),
  warn: at('warn'),
  error: (message, error, fields) => at('error')(message, { ...fields, err: error }),
  child: () => capturing,
};

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(requestLogging(capturing));
  app.use(express.json());
  app.post('/graphql', async (req, res) => {
    // As the endpoints do once the credential is checked; then a line from deep inside.
    bindLogContext({ workspaceId: 'ws-1' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    capturing.info('inside the operation');
    res.json({ ok: true });
  });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/boom', (_req, res) => void res.status(503).end());
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (headers: Record<string, string>, path = '/graphql?key=pk_live_secretish') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ a }', operationName: 'Dashboard' }),
  });

/** The request line of the response `requestId` got, once it is written. */
async function requestLine(requestId: string): Promise<Line> {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => l.message === 'request' && l.fields.requestId === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no request line for ${requestId}`);
}

describe('requestLogging', () => {
  it("takes the client's x-request-id and traceparent, echoes the id, and logs one line with the workspace", async () => {
    const response = await post({
      'x-request-id': 'client-id-1',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(response.headers.get('x-request-id')).toBe('client-id-1');

    const inside = lines.find(
      (l) => l.message === 'inside the operation' && l.fields.requestId === 'client-id-1',
    );
    expect(inside?.fields).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      workspaceId: 'ws-1',
    });
    const line = await requestLine('client-id-1');
    expect(line).toMatchObject({
      level: 'info',
      fields: {
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        workspaceId: 'ws-1',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Dashboard',
      },
    });
    expect(JSON.stringify(line)).not.toContain('pk_live_secretish');
  });

  it('makes up an id and a trace id when the client sends none, or an unacceptable one', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'x-request-id': 'has spaces in it' },
      { traceparent: 'junk' },
    ];
    for (const headers of cases) {
      const response = await post(headers);
      const id = response.headers.get('x-request-id') ?? '';
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect((await requestLine(id)).fields.traceId).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('logs probes and successful reads at debug, and server errors at warn', async () => {
    const health = await fetch(`${base}/healthz`);
    const failed = await fetch(`${base}/boom`);
    const missing = await fetch(`${base}/nothing-here`);
    const levelOf = async (response: Response) =>
      (await requestLine(response.headers.get('x-request-id') ?? '')).level;
    expect(await levelOf(health)).toBe('debug');
    expect(await levelOf(failed)).toBe('warn');
    expect(await levelOf(missing)).toBe('info');
  });
});
