import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for a WordPress site's REST API (`/wp-json/wp/v2/posts`), so specs drive the
 * real adapter over real HTTP with no network and no fetch mocks. It checks HTTP Basic auth
 * against one user's application password, keeps posts in memory, answers errors in WordPress's
 * JSON shape ({code, message, data: {status}}), can be told to fail the next requests with a
 * 503, and records every request (never the password). Exported for the e2e package as
 * `@zactonics/server/testing/fake-wordpress`; it imports nothing from the hub.
 */

export interface FakeWordPressPost {
  id: number;
  slug: string;
  status: 'draft' | 'publish' | 'future' | 'pending' | 'private';
  title: string;
  /** The HTML the client sent. */
  content: string;
  excerpt: string;
  /** UTC. */
  dateGmt: Date;
  link: string;
}

export interface FakeWordPressRequest {
  method: string;
  /** Path and query, e.g. /wp-json/wp/v2/posts/7?context=edit */
  path: string;
  /** The user name the Basic credentials named, or null without them. */
  username: string | null;
  body: Record<string, unknown> | null;
  /** The status the fake answered. */
  status: number;
}

export interface FakeWordPressOptions {
  username?: string;
  appPassword?: string;
  /** The site's clock (a post's date, whether a `future` date has passed). */
  now?: () => Date;
}

export interface FakeWordPress {
  /** The site's root, e.g. http://127.0.0.1:54321 (what HUB_WORDPRESS_URL would be). */
  url: string;
  username: string;
  appPassword: string;
  posts: Map<number, FakeWordPressPost>;
  requests: FakeWordPressRequest[];
  /** The next `count` requests answer `status` (503 by default) before anything else. */
  failNext(count: number, status?: number): void;
  /** Forgets posts, requests and failures; ids start at 101 again. */
  reset(): void;
  close(): Promise<void>;
}

const STATUSES = new Set(['draft', 'publish', 'future', 'pending', 'private']);

export async function startFakeWordPress(
  options: FakeWordPressOptions = {},
): Promise<FakeWordPress> {
  const username = options.username ?? 'editor';
  const appPassword = options.appPassword ?? 'abcd EFGH 1234 ijkl MNOP 5678';
  const now = options.now ?? (() => new Date());
  const posts = new Map<number, FakeWordPressPost>();
  const requests: FakeWordPressRequest[] = [];
  const failures: number[] = [];
  let nextId = 101;
  let url = '';

  const linkOf = (post: Pick<FakeWordPressPost, 'id' | 'slug' | 'status' | 'dateGmt'>) => {
    if (post.status !== 'publish') return `${url}/?p=${post.id}`;
    const [year, month, day] = post.dateGmt.toISOString().slice(0, 10).split('-');
    return `${url}/${year}/${month}/${day}/${post.slug}/`;
  };

  const json = (post: FakeWordPressPost) => ({
    id: post.id,
    date_gmt: post.dateGmt.toISOString().slice(0, 19),
    slug: post.slug,
    status: post.status,
    link: post.link,
    title: { raw: post.title, rendered: post.title },
    content: { raw: post.content, rendered: post.content },
    excerpt: { raw: post.excerpt, rendered: post.excerpt },
  });

  /** WordPress's own rules for a write: a valid status, a parsable date, a unique slug. */
  const write = (
    post: FakeWordPressPost,
    body: Record<string, unknown>,
  ): { status: number; answer: unknown } => {
    const status = body.status ?? post.status;
    if (typeof status !== 'string' || !STATUSES.has(status)) {
      return invalidParam(
        'status',
        'status is not one of publish, future, draft, pending, private.',
      );
    }
    let dateGmt = post.dateGmt;
    if (body.date_gmt !== undefined) {
      const parsed = new Date(`${String(body.date_gmt)}Z`);
      if (Number.isNaN(parsed.getTime())) return invalidParam('date_gmt', 'Invalid date.');
      dateGmt = parsed;
    } else if (status === 'publish' && post.status !== 'publish') {
      dateGmt = now();
    }
    // As WordPress does: a `future` post whose date has passed is published at once.
    const finalStatus = status === 'future' && dateGmt <= now() ? 'publish' : status;
    const slug =
      typeof body.slug === 'string' && body.slug ? body.slug : post.slug || slugify(post.title);
    const taken = [...posts.values()].some((p) => p.id !== post.id && p.slug === slug);
    Object.assign(post, {
      status: finalStatus,
      dateGmt,
      slug: taken ? `${slug}-${post.id}` : slug,
      title: typeof body.title === 'string' ? body.title : post.title,
      content: typeof body.content === 'string' ? body.content : post.content,
      excerpt: typeof body.excerpt === 'string' ? body.excerpt : post.excerpt,
    });
    post.link = linkOf(post);
    posts.set(post.id, post);
    return { status: 200, answer: json(post) };
  };

  const handle = (
    method: string,
    path: string,
    user: string | null,
    authorized: boolean,
    body: Record<string, unknown> | null,
  ): { status: number; answer: unknown } => {
    const failure = failures.shift();
    if (failure !== undefined) {
      return {
        status: failure,
        answer: error('internal_server_error', 'Temporarily unavailable.', failure),
      };
    }
    const route = /^\/wp-json\/wp\/v2\/posts(?:\/(\d+))?(?:\?.*)?$/.exec(path);
    if (!route)
      return {
        status: 404,
        answer: error(
          'rest_no_route',
          'No route was found matching the URL and request method.',
          404,
        ),
      };
    if (user !== null && !authorized) {
      return {
        status: 401,
        answer: error(
          'incorrect_password',
          'The provided password is an invalid application password.',
          401,
        ),
      };
    }
    if (!authorized) {
      return {
        status: 401,
        answer: error('rest_not_logged_in', 'You are not currently logged in.', 401),
      };
    }
    const id = route[1] === undefined ? null : Number(route[1]);
    if (id === null) {
      if (method !== 'POST')
        return {
          status: 404,
          answer: error(
            'rest_no_route',
            'No route was found matching the URL and request method.',
            404,
          ),
        };
      const post: FakeWordPressPost = {
        id: nextId++,
        slug: '',
        status: 'draft',
        title: '',
        content: '',
        excerpt: '',
        dateGmt: now(),
        link: '',
      };
      const written = write(post, body ?? {});
      return written.status === 200 ? { status: 201, answer: written.answer } : written;
    }
    const post = posts.get(id);
    if (!post)
      return { status: 404, answer: error('rest_post_invalid_id', 'Invalid post ID.', 404) };
    if (method === 'GET') {
      // As WordPress's cron does: a scheduled post whose date has passed is published.
      if (post.status === 'future' && post.dateGmt <= now()) {
        post.status = 'publish';
        post.link = linkOf(post);
      }
      return { status: 200, answer: json(post) };
    }
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      return write({ ...post }, body ?? {});
    }
    return {
      status: 404,
      answer: error(
        'rest_no_route',
        'No route was found matching the URL and request method.',
        404,
      ),
    };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = parseBody(raw);
      const credentials = basicCredentials(req.headers.authorization);
      const authorized =
        credentials !== null &&
        credentials.username === username &&
        // WordPress ignores the spaces it shows an application password with.
        credentials.password.replace(/\s/g, '') === appPassword.replace(/\s/g, '');
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const { status, answer } = handle(
        method,
        path,
        credentials?.username ?? null,
        authorized,
        body,
      );
      requests.push({ method, path, username: credentials?.username ?? null, body, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    username,
    appPassword,
    posts,
    requests,
    failNext(count, status = 503) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    reset() {
      nextId = 101;
      posts.clear();
      requests.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function parseBody(raw: string): Record<string, unknown> | null {
  try {
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function error(code: string, message: string, status: number) {
  return { code, message, data: { status } };
}

function invalidParam(param: string, detail: string): { status: number; answer: unknown } {
  return {
    status: 400,
    answer: {
      code: 'rest_invalid_param',
      message: `Invalid parameter(s): ${param}`,
      data: { status: 400, params: { [param]: detail } },
    },
  };
}

function basicCredentials(
  header: string | undefined,
): { username: string; password: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'post'
  );
}
