import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  bareHost,
  isPrivateAddress,
  publicOnlyLookup,
  type WebhookNetworkPolicy,
} from './webhook-url.js';

export const WEBHOOK_USER_AGENT = 'Zactonics-Hub-Webhooks/1';

/** How much of a receiver's answer is kept with a failed attempt. */
const RESPONSE_EXCERPT_CHARS = 200;

export interface WebhookPost extends WebhookNetworkPolicy {
  url: string;
  body: string;
  /** The Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature). */
  headers: Record<string, string>;
  timeoutMs: number;
}

/** What one attempt came to: the receiver's status, or why there was none. */
export interface WebhookAnswer {
  /** 2xx: the receiver has the event. */
  delivered: boolean;
  statusCode: number | null;
  /** For anything but 2xx, in words (with at most 200 characters of the receiver's answer). */
  error: string | null;
  durationMs: number;
}

/**
 * POSTs one signed event with node:http(s): redirects are not followed (a 3xx is a failed
 * attempt: following it would send the event somewhere nobody subscribed), the whole exchange is
 * bounded by `timeoutMs`, no connection is reused, and without `allowPrivateNetworks` a host that
 * is, or resolves to, a private address is refused at connection time. Never throws.
 */
export function postWebhook(post: WebhookPost): Promise<WebhookAnswer> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const failed = (error: string, statusCode: number | null = null): WebhookAnswer => ({
    delivered: false,
    statusCode,
    error,
    durationMs: elapsed(),
  });

  let url: URL;
  try {
    url = new URL(post.url);
  } catch {
    return Promise.resolve(failed('The subscription URL does not parse.'));
  }
  const host = bareHost(url);
  if (!post.allowPrivateNetworks && isIP(host) && isPrivateAddress(host)) {
    return Promise.resolve(
      failed(`${host} is a loopback, private or link-local address: not sent`),
    );
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;

  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: WebhookAnswer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    let outgoing;
    try {
      outgoing = send(
        url,
        {
          method: 'POST',
          agent: false,
          signal: AbortSignal.timeout(post.timeoutMs),
          ...(post.allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
          headers: {
            ...post.headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(post.body)),
            'user-agent': WEBHOOK_USER_AGENT,
          },
        },
        (response) => readAnswer(response, elapsed, settle),
      );
    } catch (error) {
      settle(failed(describeError(error, post.timeoutMs)));
      return;
    }
    outgoing.on('error', (error) => settle(failed(describeError(error, post.timeoutMs))));
    outgoing.end(post.body);
  });
}

/** Settles with the status as soon as it is known; reads a short excerpt of a failure's body. */
function readAnswer(
  response: IncomingMessage,
  elapsed: () => number,
  settle: (answer: WebhookAnswer) => void,
): void {
  const statusCode = response.statusCode ?? 0;
  if (statusCode >= 200 && statusCode < 300) {
    settle({ delivered: true, statusCode, error: null, durationMs: elapsed() });
    // The rest of the body is not needed; a timeout while it drains changes nothing.
    response.on('error', () => undefined);
    response.resume();
    return;
  }
  let excerpt = '';
  const finish = () => settle(failedStatus(statusCode, response, excerpt, elapsed()));
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    excerpt += chunk.slice(0, RESPONSE_EXCERPT_CHARS - excerpt.length);
    if (excerpt.length >= RESPONSE_EXCERPT_CHARS) response.destroy();
  });
  response.on('end', finish);
  response.on('close', finish);
  // A body cut short by the timeout still leaves the status the receiver answered.
  response.on('error', finish);
}

function failedStatus(
  statusCode: number,
  response: IncomingMessage,
  excerpt: string,
  durationMs: number,
): WebhookAnswer {
  const location = response.headers.location;
  const said = excerpt.replace(/\s+/g, ' ').trim();
  const error =
    statusCode >= 300 && statusCode < 400
      ? `HTTP ${statusCode}: redirect${location ? ` to ${location.slice(0, 200)}` : ''} not followed`
      : `HTTP ${statusCode}${said ? `: ${said}` : ''}`;
  return {
    delivered: false,
    statusCode: statusCode >= 100 && statusCode <= 599 ? statusCode : null,
    error,
    durationMs,
  };
}

function describeError(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || (name === 'AbortError' && isTimeout(error))) {
    return `No answer within ${formatSeconds(timeoutMs)} (timed out)`;
  }
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'EPRIVATEADDRESS':
      return message;
    case 'ECONNREFUSED':
      return 'Connection refused (ECONNREFUSED)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host does not resolve (${String(code)})`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `The receiver closed the connection (${String(code)})`;
    default:
      return typeof code === 'string' ? `${message} (${code})` : message;
  }
}

function isTimeout(error: unknown): boolean {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error && cause.name === 'TimeoutError';
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
