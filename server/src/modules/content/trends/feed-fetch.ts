/**
 * One HTTP GET of a feed: conditional (If-None-Match / If-Modified-Since from what the last
 * answer said), bounded in time and size. Every failure comes back as a value, so a batch of
 * feeds reports it and moves on.
 */

export type FetchFunction = typeof fetch;

export interface FeedFetchLimits {
  /** The whole exchange, headers and body (default 10 s). */
  timeoutMs: number;
  /** The most body bytes read (default 2 MB): a feed is text; a bigger answer is refused. */
  maxBytes: number;
}

export const DEFAULT_FEED_FETCH_LIMITS: FeedFetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
};

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetchResult =
  | { kind: 'OK'; body: string; etag: string | null; lastModified: string | null }
  | { kind: 'NOT_MODIFIED' }
  | { kind: 'ERROR'; message: string };

// What we can read, best first; */* last so a server that mislabels its feed still answers.
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const USER_AGENT = 'ZactonicsAgentHub/1.0 (feed reader)';

export async function fetchFeed(
  fetchFn: FetchFunction,
  url: string,
  validators: FeedValidators,
  limits: FeedFetchLimits,
  signal?: AbortSignal,
): Promise<FeedFetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FeedTimeout()), limits.timeoutMs);
  const stopWithCaller = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stopWithCaller, { once: true });
  try {
    const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': USER_AGENT };
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    const response = await fetchFn(url, {
      headers,
      redirect: 'follow',
      signal: controller.signal,
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'NOT_MODIFIED' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'ERROR', message: `the server answered HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel();
      return { kind: 'ERROR', message: tooLarge(limits.maxBytes) };
    }
    const bytes = await readAtMost(response, limits.maxBytes);
    if (bytes === null) return { kind: 'ERROR', message: tooLarge(limits.maxBytes) };
    return {
      kind: 'OK',
      body: decode(bytes, response.headers.get('content-type')),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    return { kind: 'ERROR', message: describeFailure(error, controller.signal, limits) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stopWithCaller);
  }
}

class FeedTimeout extends Error {
  constructor() {
    super('feed fetch timed out');
  }
}

// The body in chunks, stopping (and cancelling the download) past the limit: null when over.
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// The charset the server names (ISO-8859-1 feeds still exist), else UTF-8.
function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function tooLarge(maxBytes: number): string {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return `the feed is larger than ${size}`;
}

function describeFailure(error: unknown, signal: AbortSignal, limits: FeedFetchLimits): string {
  if (signal.aborted && signal.reason instanceof FeedTimeout) {
    return `no answer within ${limits.timeoutMs / 1000} s`;
  }
  if (signal.aborted) return 'the request was cancelled';
  // undici: TypeError('fetch failed') with the socket's error as cause (ECONNREFUSED, ENOTFOUND).
  const cause =
    error instanceof Error
      ? (error.cause as { code?: string; message?: string } | undefined)
      : undefined;
  const detail =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `the feed could not be fetched (${detail})`;
}
