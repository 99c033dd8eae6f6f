import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP receiver for outbound webhooks, on 127.0.0.1 and a free port, that specs script:
 * answer the next requests with given statuses, hang without answering (so the sender times
 * out), or drop the connection; then answer `defaultStatus` (204). It records every request it
 * receives (method, path, headers, the raw body) in order, so a spec can verify signatures with
 * the secret and compare webhook-ids. Exported for the e2e package as
 * `@zactonics/server/testing/fake-webhook-receiver`; it imports nothing from the hub.
 */

/** What to do with one request: answer a status, never answer, or close the connection. */
export type ScriptedAnswer = number | 'hang' | 'drop';

export interface ReceivedWebhook {
  method: string;
  /** Path and query, e.g. /hooks/orders */
  path: string;
  /** Lower-cased names, as node:http gives them. */
  headers: Record<string, string>;
  /** The raw body, exactly as received (what the signature covers). */
  body: string;
  /** What the receiver did with it. */
  answer: ScriptedAnswer;
}

export interface FakeWebhookReceiver {
  /** Where to subscribe, e.g. http://127.0.0.1:54321/hooks */
  url: string;
  received: ReceivedWebhook[];
  /** The next requests get these answers, in order, before the default. */
  script(...answers: ScriptedAnswer[]): void;
  /** The next `count` requests answer `status` (500 by default). */
  failNext(count: number, status?: number): void;
  /** What requests get once the script is used up (204 unless changed). */
  setDefault(answer: ScriptedAnswer): void;
  /** Resolves once `count` requests have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  /** Forgets requests and the script; the default goes back to 204. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startFakeWebhookReceiver(
  options: { path?: string } = {},
): Promise<FakeWebhookReceiver> {
  const path = options.path ?? '/hooks';
  const received: ReceivedWebhook[] = [];
  let scripted: ScriptedAnswer[] = [];
  let fallback: ScriptedAnswer = 204;
  const waiters = new Set<() => void>();
  const hanging = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => {
        const answer = scripted.shift() ?? fallback;
        received.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: headersOf(request),
          body,
          answer,
        });
        for (const wake of waiters) wake();
        if (answer === 'hang') {
          hanging.add(response);
          response.on('close', () => hanging.delete(response));
          return;
        }
        if (answer === 'drop') {
          request.socket.destroy();
          return;
        }
        const text = answer >= 200 && answer < 300 ? '' : `receiver says ${answer}`;
        response.writeHead(answer, { 'content-type': 'text/plain' });
        response.end(text);
      })
      .catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    script(...answers) {
      scripted.push(...answers);
    },
    failNext(count, status = 500) {
      scripted.push(...Array.from({ length: count }, () => status));
    },
    setDefault(answer) {
      fallback = answer;
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `the receiver got ${received.length} of ${count} requests in ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    reset() {
      received.length = 0;
      scripted = [];
      fallback = 204;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
