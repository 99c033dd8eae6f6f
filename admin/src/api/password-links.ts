// One-time password links (an invitation or a reset): read and used without a session.
import { ConsoleError, type ErrorShape } from './client.js';
import type { SignedInUser } from './auth.js';

export interface PasswordLinkInfo {
  email: string;
  purpose: 'INVITE' | 'RESET';
  expiresAt: string;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ConsoleError([
      { message: 'The hub cannot be reached. Check your connection and try again.' },
    ]);
  }
  const parsed = (await response.json().catch(() => ({}))) as T & { errors?: ErrorShape[] };
  if (!response.ok) {
    throw new ConsoleError(
      parsed.errors?.length ? parsed.errors : [{ message: `The hub answered ${response.status}.` }],
    );
  }
  return parsed;
}

/** Who the link is for and what it does; PASSWORD_LINK_INVALID when used, replaced or expired. */
export function describePasswordLink(token: string): Promise<PasswordLinkInfo> {
  return post('/auth/password-link', { token });
}

/** Sets the password with the link (once); the person then signs in with it. */
export async function setPasswordWithLink(token: string, password: string): Promise<SignedInUser> {
  return (await post<{ user: SignedInUser }>('/auth/set-password', { token, password })).user;
}

/** The token of a link `/admin/set-password#token=...` (in the fragment: never sent to servers). */
export function tokenFromLocation(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
