import { setTimeout as sleepFor } from 'node:timers/promises';
import { DomainError } from '../../../errors.js';
import type { CmsAdapter, CmsPost, CmsPostContent, CmsPostUpdate } from './cms-adapter.js';
import { markdownToHtml } from './markdown-html.js';
import type { WordPressConfig } from './wordpress-config.js';

export interface WordPressCmsOptions {
  /** Tries per request, the first included. */
  attempts?: number;
  /** The wait before the second try; it doubles before each next one (200, 400, 800 ms ...). */
  baseDelayMs?: number;
  /** How the adapter waits between tries (specs pass one that records and returns at once). */
  sleep?: (ms: number) => Promise<void>;
  /** One try's limit; a try that takes longer counts as a network failure and is retried. */
  timeoutMs?: number;
}

/** A post as WordPress's REST API returns it (the fields the hub reads). */
interface WordPressPost {
  id: number;
  link: string;
  status: string;
  date_gmt: string | null;
  title: { raw?: string; rendered: string };
}

interface WordPressErrorBody {
  code?: string;
  message?: string;
}

/** A try that failed in a way worth another try: no answer, or a 5xx / 429 answer. */
class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * The shop's WordPress site through its REST API (/wp-json/wp/v2/posts), authenticated with an
 * application password (HTTP Basic, `user:application password`; WordPress 5.6+). The body goes
 * as HTML converted from the markdown; the meta description as the excerpt; the date of a
 * `future` post as date_gmt.
 *
 * Failures: 401/403 are CMS_AUTH_FAILED at once (retrying a refused password only locks the
 * account sooner); another 4xx is CMS_REJECTED with WordPress's own message; a network error,
 * a timeout, a 5xx or a 429 is tried again after 200 then 400 ms, and after the last try is
 * CMS_UNAVAILABLE. A retried create can leave a second draft in WordPress when the first try
 * did create one but its answer was lost; drafts are harmless and visible there, and publishing
 * always updates the one post whose id the hub recorded.
 */
export class WordPressCms implements CmsAdapter {
  readonly cms = 'wordpress';
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly timeoutMs: number;
  private readonly authorization: string;

  constructor(
    private readonly config: WordPressConfig,
    options: WordPressCmsOptions = {},
  ) {
    this.attempts = Math.max(1, options.attempts ?? 3);
    this.baseDelayMs = options.baseDelayMs ?? 200;
    this.sleep = options.sleep ?? ((ms) => sleepFor(ms));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.authorization = `Basic ${Buffer.from(`${config.username}:${config.appPassword}`).toString('base64')}`;
  }

  async createDraft(content: CmsPostContent): Promise<CmsPost> {
    return postOf(
      await this.request('POST', '/posts', { ...contentFields(content), status: 'draft' }),
    );
  }

  async updatePost(externalId: string, update: CmsPostUpdate): Promise<CmsPost> {
    const { status, date, ...content } = update;
    if (status === 'future' && !date) {
      throw new DomainError('CMS_REJECTED', 'A post scheduled in WordPress needs its date.', {
        cms: this.cms,
      });
    }
    const body: Record<string, unknown> = { ...contentFields(content), status };
    if (date) body.date_gmt = wordPressDate(date);
    return postOf(await this.request('POST', `/posts/${postId(externalId)}`, body));
  }

  async getPost(externalId: string): Promise<CmsPost | null> {
    try {
      return postOf(await this.request('GET', `/posts/${postId(externalId)}?context=edit`));
    } catch (error) {
      if (error instanceof DomainError && error.details.status === 404) return null;
      throw error;
    }
  }

  /** One REST call with its retries; the answer's JSON, or a typed DomainError. */
  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const url = `${this.config.url}/wp-json/wp/v2${path}`;
    let last: TransientFailure | null = null;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await this.sleep(this.baseDelayMs * 2 ** (attempt - 2));
      try {
        return await this.once(method, url, body);
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error;
        last = error;
      }
    }
    throw new DomainError(
      'CMS_UNAVAILABLE',
      `WordPress at ${this.config.url} did not answer after ${this.attempts} ${this.attempts === 1 ? 'try' : 'tries'} (last: ${last?.message ?? 'no answer'}).`,
      { cms: this.cms, attempts: this.attempts, status: last?.status ?? null },
    );
  }

  private async once(method: 'GET' | 'POST', url: string, body: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause ?? error) : error;
      throw new TransientFailure(
        `no answer: ${reason instanceof Error ? reason.message : String(reason)}`,
        null,
      );
    }
    const text = await response.text();
    if (response.ok) return parseJson(text);
    const status = response.status;
    if (status >= 500 || status === 429) {
      throw new TransientFailure(`${status} ${response.statusText}`.trim(), status);
    }
    const answer = (parseJson(text) ?? {}) as WordPressErrorBody;
    const said = `${status}${answer.code ? ` ${answer.code}` : ''}${answer.message ? `: ${answer.message}` : ''}`;
    const details = { cms: this.cms, status, wordpressCode: answer.code ?? null };
    if (status === 401 || status === 403) {
      throw new DomainError(
        'CMS_AUTH_FAILED',
        `WordPress refused the application password of the user "${this.config.username}" (${said}). Check HUB_WORDPRESS_USERNAME and HUB_WORDPRESS_APP_PASSWORD, and that the user may publish posts.`,
        details,
      );
    }
    throw new DomainError('CMS_REJECTED', `WordPress refused the request (${said}).`, details);
  }
}

function contentFields(content: Partial<CmsPostContent>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (content.title !== undefined) fields.title = content.title;
  if (content.body !== undefined) fields.content = markdownToHtml(content.body);
  if (content.summary !== undefined) fields.excerpt = content.summary ?? '';
  if (content.slug) fields.slug = content.slug;
  return fields;
}

function postOf(json: unknown): CmsPost {
  const post = json as Partial<WordPressPost> | null;
  if (!post || typeof post.id !== 'number' || typeof post.link !== 'string') {
    throw new DomainError('CMS_REJECTED', 'WordPress answered without a post (no id or link).', {
      cms: 'wordpress',
    });
  }
  return {
    externalId: String(post.id),
    url: post.link,
    status: post.status ?? 'draft',
    date: post.date_gmt ? new Date(`${post.date_gmt}Z`) : null,
    title: post.title?.raw ?? post.title?.rendered ?? '',
  };
}

/** WordPress reads date_gmt as "YYYY-MM-DDTHH:MM:SS" in UTC. */
function wordPressDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

function postId(externalId: string): string {
  if (!/^\d+$/.test(externalId)) {
    throw new DomainError('CMS_REJECTED', `"${externalId}" is not a WordPress post id.`, {
      cms: 'wordpress',
    });
  }
  return externalId;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
