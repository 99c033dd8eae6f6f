import type { AdminRole } from '../gql/graphql.js';
import { ConsoleError, type ErrorShape } from './client.js';
import { setWorkspaceLocale } from '../i18n/index.js';

export type { AdminRole };

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
}

async function call(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ConsoleError([
      { message: 'The hub cannot be reached. Check your connection and try again.' },
    ]);
  }
}

async function refusal(response: Response): Promise<ConsoleError> {
  try {
    const body = (await response.json()) as { errors?: ErrorShape[] };
    if (body.errors?.length) return new ConsoleError(body.errors);
  } catch {
    // fall through: a body that is not the hub's error shape
  }
  return new ConsoleError([{ message: `The hub answered ${response.status}.` }]);
}

/** What the hub sends with the user: the workspace's locale and currency the console reads in. */
interface SignedInBody {
  user: SignedInUser;
  workspace?: { locale: string; currency: string };
}

function signedIn(body: SignedInBody): SignedInUser {
  if (body.workspace) setWorkspaceLocale(body.workspace.locale, body.workspace.currency);
  return body.user;
}

/** The cookie session's user; throws UNAUTHENTICATED or SESSION_EXPIRED when there is none. */
export async function currentUser(): Promise<SignedInUser> {
  const response = await call('/auth/me', { headers: { accept: 'application/json' } });
  if (!response.ok) throw await refusal(response);
  return signedIn((await response.json()) as SignedInBody);
}

/** Signs in; the hub sets the HttpOnly session cookie. */
export async function signIn(email: string, password: string): Promise<SignedInUser> {
  const response = await call('/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await refusal(response);
  return signedIn((await response.json()) as SignedInBody);
}

export async function signOut(): Promise<void> {
  const response = await call('/auth/sign-out', { method: 'POST' });
  if (!response.ok && response.status !== 401) throw await refusal(response);
}

/** The words the sign-in page shows for a refusal. */
export function signInMessage(error: unknown): string {
  if (!(error instanceof ConsoleError)) return 'Signing in failed. Try again.';
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'Wrong email or password.';
    case 'RATE_LIMITED':
      return error.retryAfterSeconds
        ? `Too many sign-in attempts. Try again in ${error.retryAfterSeconds} seconds.`
        : 'Too many sign-in attempts. Wait a minute and try again.';
    case 'SESSION_EXPIRED':
      return 'Your session expired; sign in again.';
    default:
      return error.message;
  }
}
