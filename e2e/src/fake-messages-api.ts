import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Anthropic Messages API (`POST /v1/messages`), so tests drive the real
 * SDK with no network. Each request takes the next scripted behaviour from a queue (a reply, an
 * HTTP error, a delay longer than the client's timeout); every request body is recorded so tests
 * can assert what the SDK sent. Test-only: it is not part of the server package.
 */
export interface FakeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
}

export type FakeContent =
  { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: unknown };

/** How a streamed (SSE) reply sends its text blocks. */
export interface FakeStreaming {
  /** Characters per `content_block_delta` (default: each text block in two halves). */
  chunkChars?: number;
  /** Pause before each text delta after the first, as a model writing. */
  delayMs?: number;
}

export type FakeBehaviour =
  | {
      kind: 'message';
      content: FakeContent[];
      stopReason?: 'end_turn' | 'tool_use' | 'max_tokens';
      usage?: FakeUsage;
      streaming?: FakeStreaming;
    }
  | { kind: 'error'; status: number; headers?: Record<string, string>; message?: string }
  /** Sends nothing for `delayMs` (the client's timeout should fire first), then the reply. */
  | { kind: 'delay'; delayMs: number; then?: FakeBehaviour };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeMessagesApi {
  /** Base URL for the SDK (without `/v1`), e.g. http://127.0.0.1:54321 */
  url: string;
  requests: RecordedRequest[];
  /** Appends behaviours; each request consumes one. */
  script(...behaviours: FakeBehaviour[]): void;
  /** Used once the script is exhausted (default: a 500 that names the missing script entry). */
  setFallback(behaviour: FakeBehaviour | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

export const text = (value: string, usage?: FakeUsage): FakeBehaviour => ({
  kind: 'message',
  content: [{ type: 'text', text: value }],
  stopReason: 'end_turn',
  usage,
});

/** A text reply whose text, when streamed, arrives in `chunkChars` pieces every `delayMs`. */
export const streamedText = (
  value: string,
  streaming: FakeStreaming,
  usage?: FakeUsage,
): FakeBehaviour => ({
  kind: 'message',
  content: [{ type: 'text', text: value }],
  stopReason: 'end_turn',
  usage,
  streaming,
});

export const toolUse = (
  calls: Array<{ id: string; name: string; input: unknown }>,
  options: { text?: string; usage?: FakeUsage } = {},
): FakeBehaviour => ({
  kind: 'message',
  content: [
    ...(options.text ? [{ type: 'text' as const, text: options.text }] : []),
    ...calls.map((c) => ({ type: 'tool_use' as const, ...c })),
  ],
  stopReason: 'tool_use',
  usage: options.usage,
});

export async function startFakeMessagesApi(): Promise<FakeMessagesApi> {
  const queue: FakeBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  let fallback: FakeBehaviour | undefined;
  let messageCount = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/messages') {
        return sendError(res, 404, 'not_found_error', `No route ${req.method} ${req.url}`);
      }
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ path: req.url, headers: req.headers, body });
      const behaviour = queue.shift() ?? fallback;
      if (!behaviour) {
        return sendError(
          res,
          500,
          'api_error',
          `fake: no scripted answer for request ${requests.length}`,
        );
      }
      await perform(behaviour, body, res, req);
    })().catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'api_error', `fake: ${String(error)}`);
      else res.destroy();
    });
  });

  async function perform(
    behaviour: FakeBehaviour,
    body: Record<string, unknown>,
    res: ServerResponse,
    req: IncomingMessage,
  ): Promise<void> {
    switch (behaviour.kind) {
      case 'error':
        return sendError(
          res,
          behaviour.status,
          behaviour.status === 429
            ? 'rate_limit_error'
            : behaviour.status === 529
              ? 'overloaded_error'
              : 'api_error',
          behaviour.message ??
            (behaviour.status === 429 ? 'Rate limited' : 'Internal server error'),
          behaviour.headers,
        );
      case 'delay': {
        // The client gives up and closes the socket first; stop then instead of writing to it.
        const closed = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), behaviour.delayMs);
          req.socket.once('close', () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        if (closed || !behaviour.then) {
          if (!closed) res.destroy();
          return;
        }
        return perform(behaviour.then, body, res, req);
      }
      case 'message': {
        messageCount += 1;
        const message = {
          id: `msg_fake_${messageCount}`,
          type: 'message',
          role: 'assistant',
          model: typeof body.model === 'string' ? body.model : 'claude-fake',
          content: behaviour.content,
          stop_reason:
            behaviour.stopReason ??
            (behaviour.content.some((c) => c.type === 'tool_use') ? 'tool_use' : 'end_turn'),
          stop_sequence: null,
          usage: {
            input_tokens: 0,
            output_tokens: 0,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: 0,
            ...behaviour.usage,
          },
        };
        if (body.stream === true) return sendStream(res, message, behaviour.streaming);
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': message.id });
        res.end(JSON.stringify(message));
        return;
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...behaviours) => void queue.push(...behaviours),
    setFallback: (behaviour) => void (fallback = behaviour),
    reset() {
      queue.length = 0;
      requests.length = 0;
      fallback = undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The Messages API's SSE shape: start, one start/delta/stop per block, message delta, stop. A
 * client that goes away mid-reply (an abort) ends it: nothing more is written.
 */
async function sendStream(
  res: ServerResponse,
  message: { content: FakeContent[]; usage: FakeUsage; stop_reason: string } & Record<
    string,
    unknown
  >,
  streaming: FakeStreaming = {},
) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (type: string, data: Record<string, unknown>) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('message_start', {
    message: {
      ...message,
      content: [],
      stop_reason: null,
      usage: { ...message.usage, output_tokens: 0 },
    },
  });
  let sentText = false;
  for (const [index, block] of message.content.entries()) {
    if (block.type === 'text') {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      for (const part of textChunks(block.text, streaming.chunkChars)) {
        if (sentText && streaming.delayMs) await sleep(streaming.delayMs);
        if (res.destroyed || !res.socket || res.socket.destroyed) return;
        event('content_block_delta', { index, delta: { type: 'text_delta', text: part } });
        sentText = true;
      }
    } else {
      event('content_block_start', {
        index,
        content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
      });
      event('content_block_delta', {
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
      });
    }
    event('content_block_stop', { index });
  }
  event('message_delta', {
    delta: { stop_reason: message.stop_reason, stop_sequence: null },
    usage: { output_tokens: message.usage.output_tokens },
  });
  event('message_stop', {});
  res.end();
}

/** By default two deltas per text block, so a consumer sees the text grow. */
function textChunks(text: string, chunkChars = Math.ceil(text.length / 2)): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += Math.max(1, chunkChars)) {
    chunks.push(text.slice(at, at + Math.max(1, chunkChars)));
  }
  return chunks;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message } }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
