import { createServer, type ServerResponse } from 'node:http';
import { text } from 'node:stream/consumers';
import type { AddressInfo } from 'node:net';

export interface SlowMessagesApi {
  /** ANTHROPIC_BASE_URL for the hub. */
  url: string;
  /** Messages answered so far. */
  readonly answered: number;
  close(): Promise<void>;
}

const ANSWER =
  'You can return any unused item within 30 days of delivery for a full refund. [[returns-policy]]';

/**
 * A local Messages API that answers every request with one short text reply after `latencyMs`,
 * streamed as the real one streams it (message_start ... message_stop): runs that wait on a
 * model, as real runs do, for the hub's own Anthropic provider (the real SDK) to call. The bench
 * runs in one process with nothing else; no request is inspected beyond `stream`.
 */
export async function startSlowMessagesApi(latencyMs: number): Promise<SlowMessagesApi> {
  let answered = 0;
  const server = createServer((req, res) => {
    void text(req).then((raw) => {
      setTimeout(() => {
        answered++;
        const { stream } = JSON.parse(raw) as { stream?: boolean };
        if (stream) sendStream(res);
        else sendMessage(res);
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get answered() {
      return answered;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const MESSAGE = {
  id: 'msg_bench',
  type: 'message',
  role: 'assistant',
  model: 'claude-bench',
  stop_sequence: null,
};
const USAGE = { input_tokens: 400, output_tokens: 30 };

function sendMessage(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      ...MESSAGE,
      content: [{ type: 'text', text: ANSWER }],
      stop_reason: 'end_turn',
      usage: USAGE,
    }),
  );
}

function sendStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (type: string, data: Record<string, unknown>) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('message_start', {
    message: { ...MESSAGE, content: [], stop_reason: null, usage: { ...USAGE, output_tokens: 0 } },
  });
  event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
  event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: ANSWER } });
  event('content_block_stop', { index: 0 });
  event('message_delta', {
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: USAGE.output_tokens },
  });
  event('message_stop', {});
  res.end();
}
