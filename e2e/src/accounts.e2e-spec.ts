import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '@zactonics/db/testing';
import type { AnyOperation, ResultOf, VariablesOf } from '@zactonics/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import { startTestHub, type TestHub } from './harness.js';

/**
 * A shop owner's accounts as people use them: the hub's front door, changing one's password in
 * the console, inviting a colleague through the (caught) email, and the owner's way back in from
 * the command line when the password is lost.
 */

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPasswordE2e($input: ChangePasswordInput!) {
    changeMyPassword(input: $input) {
      id
      email
    }
  }
`);
const INVITE = graphql(`
  mutation InviteColleagueE2e($input: InviteAdminUserInput!) {
    inviteAdminUser(input: $input) {
      link
      emailed
      expiresAt
      user {
        id
        email
        role
        invitedAt
      }
    }
  }
`);
const CAUGHT = graphql(`
  query CaughtInvitationsE2e {
    caughtEmails(first: 20) {
      items {
        toAddress
        subject
        textBody
        confidential
      }
    }
  }
`);

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';

let t: TestHub;
/** The console page's origin: the hub's, which moves to a new port when the hub restarts. */
const origin = () => t.hub.url;

beforeAll(async () => {
  t = await startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD });
});
afterAll(() => t?.close());

async function post(path: string, body: unknown, cookie = '') {
  const response = await fetch(`${t.hub.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: origin(),
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
    body: (await response.json()) as {
      user?: { email: string };
      email?: string;
      purpose?: string;
      errors?: Array<{ extensions: { errorCode: string } }>;
    },
  };
}

async function signIn(email: string, password: string) {
  return post('/auth/sign-in', { email, password });
}

async function me(cookie: string): Promise<number> {
  return (await fetch(`${t.hub.url}/auth/me`, { headers: { cookie } })).status;
}

async function asPerson<TOperation extends AnyOperation>(
  cookie: string,
  operation: TOperation,
  variables: VariablesOf<TOperation>,
): Promise<{ data?: ResultOf<TOperation>; errors?: Array<{ extensions: { errorCode: string } }> }> {
  const response = await fetch(t.hub.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: origin() },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  return (await response.json()) as never;
}

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe("the hub's front door", () => {
  it('GET / redirects to the console', async () => {
    const response = await fetch(`${t.hub.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/admin/');
  });
});

describe('changing your own password in the console', () => {
  it('refuses a wrong current password, then changes it and ends only the other sessions', async () => {
    const here = await signIn(OWNER_EMAIL, OWNER_PASSWORD);
    const there = await signIn(OWNER_EMAIL, OWNER_PASSWORD);
    expect([here.status, there.status]).toEqual([200, 200]);

    const wrong = await asPerson(here.cookie, CHANGE_MY_PASSWORD, {
      input: { currentPassword: 'not it at all', newPassword: 'a new owner password' },
    });
    expect(wrong.errors?.[0]?.extensions.errorCode).toBe('WRONG_CURRENT_PASSWORD');

    const changed = await asPerson(here.cookie, CHANGE_MY_PASSWORD, {
      input: { currentPassword: OWNER_PASSWORD, newPassword: 'a new owner password' },
    });
    expect(changed.data?.changeMyPassword.email).toBe(OWNER_EMAIL);
    expect(await me(here.cookie)).toBe(200);
    expect(await me(there.cookie)).toBe(401);
    expect((await signIn(OWNER_EMAIL, OWNER_PASSWORD)).status).toBe(401);
    expect((await signIn(OWNER_EMAIL, 'a new owner password')).status).toBe(200);

    // Put it back for the specs below.
    await asPerson(here.cookie, CHANGE_MY_PASSWORD, {
      input: { currentPassword: 'a new owner password', newPassword: OWNER_PASSWORD },
    });
  });
});

describe('inviting a colleague', () => {
  it('mails a one-time link (caught in the Outbox) that sets their password once', async () => {
    const owner = await signIn(OWNER_EMAIL, OWNER_PASSWORD);
    const { data } = await asPerson(owner.cookie, INVITE, {
      input: { email: 'rosa@juniperlane.example', name: 'Rosa', role: 'ADMIN' },
    });
    const invite = data?.inviteAdminUser;
    expect(invite).toMatchObject({
      emailed: true,
      user: { email: 'rosa@juniperlane.example', role: 'ADMIN' },
    });
    expect(invite?.user.invitedAt).not.toBeNull();
    expect(invite?.link.startsWith(`${origin()}/admin/set-password#token=`)).toBe(true);

    const caught = await asPerson(owner.cookie, CAUGHT, {});
    const mail = caught.data?.caughtEmails.items.find(
      (m) => m.toAddress === 'rosa@juniperlane.example',
    );
    expect(mail).toMatchObject({
      subject: "You're invited to the Juniper Lane Goods console",
      confidential: true,
    });
    expect(mail?.textBody).toContain(invite?.link);

    const token = tokenOf(invite?.link ?? '');
    const described = await post('/auth/password-link', { token });
    expect(described.body).toMatchObject({ email: 'rosa@juniperlane.example', purpose: 'INVITE' });
    expect((await signIn('rosa@juniperlane.example', 'rosa picks this')).status).toBe(401);
    const set = await post('/auth/set-password', { token, password: 'rosa picks this' });
    expect([set.status, set.body.user?.email]).toEqual([200, 'rosa@juniperlane.example']);
    expect((await signIn('rosa@juniperlane.example', 'rosa picks this')).status).toBe(200);

    const again = await post('/auth/set-password', { token, password: 'someone else now' });
    expect([again.status, again.body.errors?.[0]?.extensions.errorCode]).toEqual([
      400,
      'PASSWORD_LINK_INVALID',
    ]);
  });
});

const SCRIPTS = fileURLToPath(new URL('../../server/src/scripts/', import.meta.url));
const REGISTER_SOURCE_LOADER = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(
    new URL('./source-loader.mjs', import.meta.url).href,
  )});`,
)}`;

/** The reset-password command as an operator runs it, with `stdin` piped in when given. */
function resetPassword(
  database: TestDatabase,
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; output: string }> {
  const env = database.options.databaseUrl
    ? { DATABASE_URL: database.options.databaseUrl }
    : { HUB_DATA_DIR: database.options.dataDir };
  const child = spawn(
    process.execPath,
    ['--import', REGISTER_SOURCE_LOADER, join(SCRIPTS, 'reset-password.ts'), ...args],
    {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  if (stdin !== undefined) child.stdin?.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** PGlite's folder is locked while the hub runs: the command runs with the hub stopped. */
async function withHubStopped<T>(work: () => Promise<T>): Promise<T> {
  if (t.database.options.databaseUrl) return work();
  let result: T | undefined;
  await t.restart(async () => {
    result = await work();
  });
  return result as T;
}

/** Each case may stop and restart the hub around a child process that loads the sources. */
const SCRIPT_TIMEOUT_MS = 120_000;

describe('the command-line reset of a lost owner password', () => {
  it(
    'sets a password read from stdin, never printing it, and ends every session',
    async () => {
      const before = await signIn(OWNER_EMAIL, OWNER_PASSWORD);
      const { code, output } = await withHubStopped(() =>
        resetPassword(
          t.database,
          ['--email', OWNER_EMAIL, '--password-stdin'],
          'the owner is back in\n',
        ),
      );
      expect(code, output).toBe(0);
      expect(output).toContain(`The password of ${OWNER_EMAIL} is set`);
      expect(output).not.toContain('the owner is back in');

      expect(await me(before.cookie)).toBe(401);
      expect((await signIn(OWNER_EMAIL, OWNER_PASSWORD)).status).toBe(401);
      expect((await signIn(OWNER_EMAIL, 'the owner is back in')).status).toBe(200);
      const [event] = await t.query<{ actor: string }>(
        `SELECT actor FROM audit_event WHERE action = 'admin_user.reset_password' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(event?.actor).toBe('cli');
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    'prints a one-time link the owner opens to choose a new password',
    async () => {
      const { code, output } = await withHubStopped(() =>
        resetPassword(t.database, ['--email', OWNER_EMAIL, '--url', 'https://hub.shop.example/']),
      );
      expect(code, output).toBe(0);
      const link = /https:\/\/hub\.shop\.example\/admin\/set-password#token=[\w-]{43}/.exec(output);
      expect(link, output).not.toBeNull();

      const set = await post('/auth/set-password', {
        token: tokenOf(link?.[0] ?? ''),
        password: 'chosen through the link',
      });
      expect(set.status).toBe(200);
      expect((await signIn(OWNER_EMAIL, 'chosen through the link')).status).toBe(200);
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    'says so, with exit status 1, for an email that is no console user',
    async () => {
      const { code, output } = await withHubStopped(() =>
        resetPassword(t.database, ['--email', 'nobody@juniperlane.example']),
      );
      expect(code).toBe(1);
      expect(output).toContain('No console user has the email nobody@juniperlane.example');
    },
    SCRIPT_TIMEOUT_MS,
  );
});
