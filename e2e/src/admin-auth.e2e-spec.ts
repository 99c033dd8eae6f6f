import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyOperation, ResultOf, VariablesOf } from '@zactonics/schema';
import WebSocket from 'ws';
import type { AdminRole } from './gql/console/graphql.js';
import { graphql } from './gql/console/index.js';
import { errorCodeOf, startTestHub, type TestHub } from './harness.js';

const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      id
      role
    }
  }
`);
const SIGNED_IN_PERSON = graphql(`
  query SignedInPerson {
    me {
      email
      role
      lastSignInAt
    }
  }
`);
const VIEWER_READS_AGENTS = graphql(`
  query ViewerReadsAgents {
    agents {
      key
    }
  }
`);
const ADMIN_WRITES_ARTICLE = graphql(`
  mutation AdminWritesArticle {
    createKnowledgeArticle(input: { title: "Gift wrapping", body: "Yes, for $3." }) {
      slug
    }
  }
`);
const CONSOLE_API_KEY = graphql(`
  mutation ConsoleApiKey {
    createApiKey(name: "Zapier") {
      plainKey
      apiKey {
        id
        name
        displayPrefix
        revokedAt
      }
    }
  }
`);
const CONSOLE_API_KEYS = graphql(`
  query ConsoleApiKeys {
    apiKeys {
      id
      name
      displayPrefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);
const REVOKE_CONSOLE_API_KEY = graphql(`
  mutation RevokeConsoleApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      revokedAt
    }
  }
`);

// The demo seed's dates are relative to the hub's clock; this one can be moved (session expiry).
const NOW = new Date('2026-11-26T15:00:00.000Z');
let now = NOW;
const clock = { now: () => now };

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';
const FOREIGN_ORIGIN = 'https://evil.example';

let t: TestHub;
let origin: string;
const sockets: Client[] = [];

beforeAll(async () => {
  t = await startTestHub(
    {
      HUB_ADMIN_EMAIL: 'Owner@JuniperLane.example',
      HUB_ADMIN_PASSWORD: OWNER_PASSWORD,
      HUB_ADMIN_SESSION_HOURS: '1',
    },
    { clock },
  );
  origin = t.hub.url;
});

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await t?.close();
});

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; errorCode?: string } }>;
}

interface SignedIn {
  status: number;
  body: { user?: { id: string; email: string; name: string; role: string } } & Partial<ErrorBody>;
  setCookie: string | null;
  /** `zac_session=<token>`, as the browser would send it back. */
  cookie: string;
}

async function signIn(
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignedIn> {
  const response = await fetch(`${t.hub.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    body: (await response.json()) as SignedIn['body'],
    setCookie,
    cookie: setCookie?.split(';')[0] ?? '',
  };
}

/**
 * A console request as the browser makes it: the session cookie and the page's Origin. A generated
 * operation types the answer; text (for requests the hub must refuse) leaves it unknown.
 */
async function consoleRequest<TOperation extends AnyOperation = AnyOperation>(
  cookie: string,
  operation: TOperation | string,
  variables?: VariablesOf<TOperation>,
  options: { origin?: string | null } = {},
): Promise<{ status: number; data?: ResultOf<TOperation>; errors?: ErrorBody['errors'] }> {
  const pageOrigin = options.origin === undefined ? origin : options.origin;
  const response = await fetch(t.hub.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      ...(pageOrigin ? { origin: pageOrigin } : {}),
    },
    body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function me(cookie: string) {
  const response = await fetch(`${t.hub.url}/auth/me`, { headers: { cookie } });
  return { status: response.status, body: (await response.json()) as SignedIn['body'] };
}

/** A graphql-ws client whose upgrade carries `headers` (cookie, Origin), as a browser's would. */
function socket(headers: Record<string, string>, options: { keepOpen?: boolean } = {}): Client {
  const client = createClient({
    url: t.hub.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    retryAttempts: 0,
    // Lazy sockets close when their last operation ends; kept open, one socket serves them all.
    lazy: !options.keepOpen,
  });
  sockets.push(client);
  return client;
}

/** Runs one operation over a socket: its result, or what the socket or server refused it with. */
async function overSocket(client: Client, query: string): Promise<unknown> {
  try {
    for await (const result of client.iterate({ query })) return result;
    return undefined;
  } catch (error) {
    if (Array.isArray(error)) return { errors: error as unknown[] };
    const { code, reason } = error as { code?: number; reason?: string };
    return { closed: { code, reason } };
  }
}

/** A fresh owner session (sign-in is throttled to 10 a minute, and this clock stands still). */
async function newOwnerCookie(): Promise<string> {
  const { status, cookie } = await signIn(OWNER_EMAIL, OWNER_PASSWORD);
  expect(status).toBe(200);
  return cookie;
}

let ownerSession: string | undefined;
/** The owner's session, signed in once and reused like a browser tab would. */
async function ownerCookie(): Promise<string> {
  ownerSession ??= await newOwnerCookie();
  return ownerSession;
}

let people = 0;
/** A console user made by the owner through the API, signed in. */
async function signedInAs(role: AdminRole) {
  people += 1;
  const email = `${role.toLowerCase()}${people}@juniperlane.example`;
  const password = `${role} password ${people}`;
  const created = await consoleRequest(await ownerCookie(), CREATE_PERSON, {
    input: { email, name: `${role} ${people}`, role, password },
  });
  expect(created.data?.createAdminUser.role).toBe(role);
  const { cookie } = await signIn(email, password);
  return { id: created.data?.createAdminUser.id, cookie };
}

const count = async (sql: string, parameters: unknown[] = []) =>
  Number((await t.query<{ n: string }>(sql, parameters))[0]?.n);

describe('the first owner', () => {
  it('is created on first start from HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD, and only then', async () => {
    expect(t.hub.createdAdmin).toEqual({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    expect(
      await t.query(`SELECT email, name, role FROM admin_user WHERE workspace_id = $1`, [
        t.hub.demoWorkspaceId,
      ]),
    ).toEqual([{ email: OWNER_EMAIL, name: 'Owner', role: 'OWNER' }]);

    await t.restart();
    origin = t.hub.url; // a new port

    expect(t.hub.createdAdmin).toBeUndefined();
    expect(await count('SELECT count(*)::text AS n FROM admin_user')).toBe(1);
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie for the whole hub and answers the user', async () => {
    const { status, body, setCookie, cookie } = await signIn(OWNER_EMAIL, OWNER_PASSWORD);

    expect(status).toBe(200);
    expect(body).toEqual({
      user: { id: expect.any(String), email: OWNER_EMAIL, name: 'Owner', role: 'OWNER' },
      // How the console formats dates and money for this workspace.
      workspace: { locale: 'en-US', currency: 'USD', timeZone: expect.any(String) },
    });
    expect(cookie).toMatch(/^zac_session=[A-Za-z0-9_-]{43}$/);
    const attributes = (setCookie ?? '').split(';').map((a) => a.trim());
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=3600']),
    );
    expect(attributes).not.toContain('Secure');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const { status, setCookie } = await signIn(OWNER_EMAIL, OWNER_PASSWORD, {
      'x-forwarded-proto': 'https',
      origin: origin.replace(/^http:/, 'https:'),
    });

    expect(status).toBe(200);
    expect(setCookie).toMatch(/; Secure$/);
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS and no cookie', async () => {
    const { status, body, setCookie } = await signIn(OWNER_EMAIL, 'not the right password');

    expect(status).toBe(401);
    expect(body.errors).toEqual([
      {
        message: 'Wrong email or password.',
        extensions: { code: 'INVALID_CREDENTIALS', errorCode: 'INVALID_CREDENTIALS' },
      },
    ]);
    expect(setCookie).toBeNull();
  });

  it('refuses a sign-in posted from another site', async () => {
    const { status, body } = await signIn(OWNER_EMAIL, OWNER_PASSWORD, { origin: FOREIGN_ORIGIN });

    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the session over /graphql', () => {
  it('answers me with the cookie, over HTTP and GET /auth/me; null with an API key', async () => {
    const cookie = await ownerCookie();

    const result = await consoleRequest(cookie, SIGNED_IN_PERSON);

    expect(result.data?.me).toMatchObject({ email: OWNER_EMAIL, role: 'OWNER' });
    expect(await me(cookie)).toMatchObject({
      status: 200,
      body: { user: { email: OWNER_EMAIL, role: 'OWNER' } },
    });
    expect(await t.client.request('{ me { id } }')).toEqual({ me: null });
  });

  it("refuses a viewer's mutation with FORBIDDEN and writes nothing; a viewer's query works", async () => {
    const viewer = await signedInAs('VIEWER');
    const before = await count('SELECT count(*)::text AS n FROM knowledge_article');

    const refused = await consoleRequest(
      viewer.cookie,
      `
        mutation {
          createKnowledgeArticle(input: { title: "Viewer was here", body: "x" }) {
            id
          }
        }
      `,
    );

    expect(refused.status).toBe(403);
    expect(refused.errors).toEqual([
      {
        message: 'Your role (viewer) cannot change anything.',
        extensions: { code: 'FORBIDDEN', errorCode: 'FORBIDDEN' },
      },
    ]);
    expect(await count('SELECT count(*)::text AS n FROM knowledge_article')).toBe(before);
    const read = await consoleRequest(viewer.cookie, VIEWER_READS_AGENTS);
    expect(read.data?.agents).toHaveLength(6);
  });

  it('lets an admin change things but refuses an owner-only mutation', async () => {
    const admin = await signedInAs('ADMIN');
    const keysBefore = await count('SELECT count(*)::text AS n FROM api_key');

    const refused = await consoleRequest(
      admin.cookie,
      'mutation { createApiKey(name: "mine") { plainKey } }',
    );
    const allowed = await consoleRequest(admin.cookie, ADMIN_WRITES_ARTICLE);

    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Your role (admin) cannot run createApiKey: owners only.',
      extensions: { errorCode: 'FORBIDDEN' },
    });
    expect(await count('SELECT count(*)::text AS n FROM api_key')).toBe(keysBefore);
    expect(allowed.data?.createKnowledgeArticle.slug).toBe('gift-wrapping');
    // The owner's session acted as the owner: the audit log says which person did it.
    const [audit] = await t.query<{ actor: string }>(
      `SELECT e.actor FROM audit_event e JOIN admin_user u ON e.actor = 'user:' || u.id
        WHERE e.action = 'admin_user.create' AND e.target_id = $1 AND u.role = 'OWNER'`,
      [admin.id],
    );
    expect(audit?.actor).toMatch(/^user:/);
  });

  it('refuses a cookie request from another origin, or a cookie write without an Origin', async () => {
    const cookie = await ownerCookie();

    for (const pageOrigin of [FOREIGN_ORIGIN, null]) {
      const result = await consoleRequest(cookie, '{ me { email } }', undefined, {
        origin: pageOrigin,
      });
      expect(result.status).toBe(403);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Cross-site request refused.',
        extensions: { errorCode: 'FORBIDDEN' },
      });
    }
  });
});

describe('the session over WebSocket', () => {
  it('accepts the cookie from the hub origin and enforces the role per operation', async () => {
    const owner = socket({ cookie: await ownerCookie(), origin });
    const viewer = socket({ cookie: (await signedInAs('VIEWER')).cookie, origin });

    expect(await overSocket(owner, '{ me { email role } }')).toEqual({
      data: { me: { email: OWNER_EMAIL, role: 'OWNER' } },
    });
    expect(await overSocket(viewer, 'mutation { createApiKey(name: "ws") { plainKey } }')).toEqual({
      errors: [
        expect.objectContaining({
          message: 'Your role (viewer) cannot change anything.',
          extensions: { code: 'FORBIDDEN', errorCode: 'FORBIDDEN' },
        }),
      ],
    });
  });

  it('refuses the cookie from a foreign origin: closed with 4403 before any operation', async () => {
    const foreign = socket({ cookie: await ownerCookie(), origin: FOREIGN_ORIGIN });

    expect(await overSocket(foreign, '{ me { email } }')).toEqual({
      closed: { code: 4403, reason: 'Cross-site request refused.' },
    });
  });
});

describe('secret keys from the console', () => {
  it('shows a new key once; it works at once as ADMIN, and revoking stops it at once', async () => {
    const cookie = await ownerCookie();

    const created = await consoleRequest(cookie, CONSOLE_API_KEY);
    const { plainKey, apiKey } = created.data?.createApiKey ?? { plainKey: '', apiKey: { id: '' } };

    expect(plainKey).toMatch(/^sk_live_/);
    expect(apiKey).toMatchObject({ name: 'Zapier', displayPrefix: plainKey.slice(0, 12) });
    const listed = await consoleRequest(cookie, CONSOLE_API_KEYS);
    const row = listed.data?.apiKeys.find((k) => k.id === apiKey.id);
    expect(row).toMatchObject({ name: 'Zapier', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(plainKey);
    const zapier = t.newClient(plainKey);
    expect(await zapier.request('{ me { id } }')).toEqual({ me: null });
    expect(
      await errorCodeOf(zapier.request('mutation { createApiKey(name: "x") { plainKey } }')),
    ).toBe('FORBIDDEN');

    const revoked = await consoleRequest(cookie, REVOKE_CONSOLE_API_KEY, { id: apiKey.id });

    expect(revoked.data?.revokeApiKey.revokedAt).toBe(NOW.toISOString());
    expect(await errorCodeOf(zapier.request('{ agents { key } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('the end of a session', () => {
  it('signs out: 204, the cookie cleared, the session refused afterwards and its open socket closed', async () => {
    const cookie = await newOwnerCookie();
    const open = socket({ cookie, origin }, { keepOpen: true });
    expect(await overSocket(open, '{ me { email } }')).toEqual({
      data: { me: { email: OWNER_EMAIL } },
    });

    const response = await fetch(`${t.hub.url}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(
      /^zac_session=; Path=\/; Max-Age=0; HttpOnly/,
    );
    expect(await me(cookie)).toMatchObject({
      status: 401,
      body: {
        errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    const result = await consoleRequest(cookie, '{ me { email } }');
    expect(result.errors?.[0]?.extensions.errorCode).toBe('UNAUTHENTICATED');
    // The open socket was closed at sign-out (abuse-console-auth.e2e-spec.ts has the details),
    // and connecting again is refused.
    expect(await overSocket(open, '{ me { email } }')).toMatchObject({ closed: { code: 4403 } });
  });

  it('expires after HUB_ADMIN_SESSION_HOURS: SESSION_EXPIRED over HTTP, /auth/me and WebSocket', async () => {
    const cookie = await newOwnerCookie();
    expect((await me(cookie)).status).toBe(200);

    now = new Date(now.getTime() + 3_600_000);

    const result = await consoleRequest(cookie, '{ me { email } }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Your session expired; sign in again.',
      extensions: { errorCode: 'SESSION_EXPIRED' },
    });
    expect(await me(cookie)).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'SESSION_EXPIRED' } }] },
    });
    expect(await overSocket(socket({ cookie, origin }), '{ me { email } }')).toEqual({
      closed: { code: 4403, reason: 'Your session expired; sign in again.' },
    });
    // A new sign-in works again.
    expect((await me(await newOwnerCookie())).status).toBe(200);
  });
});
