import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { TLSSocket } from 'node:tls';

/** The console's session cookie: HttpOnly, SameSite=Strict, the whole hub (Path=/). */
export const SESSION_COOKIE = 'zac_session';

/** `name=value` pairs of a Cookie header; the first occurrence of a name wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1);
    }
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

export function sessionTokenOf(headers: IncomingHttpHeaders): string | undefined {
  return parseCookies(headers.cookie).get(SESSION_COOKIE) || undefined;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}

/** Over TLS, or behind a proxy that terminated TLS (X-Forwarded-Proto: https). */
export function isSecureRequest(request: IncomingMessage): boolean {
  return schemeOf(request) === 'https';
}

/**
 * The hub's own origin as this request reached it: scheme (TLS, or X-Forwarded-Proto) and the
 * Host header. Undefined without a usable Host.
 */
export function hubOriginOf(request: IncomingMessage): string | undefined {
  const host = request.headers.host;
  if (!host) return undefined;
  try {
    return new URL(`${schemeOf(request)}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether the request's Origin header names the hub itself. A cookie rides along with any
 * request the browser makes to the hub, so cookie-authenticated writes (and WebSocket upgrades)
 * must prove they come from the hub's own pages.
 */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const own = hubOriginOf(request);
  if (!origin || !own) return false;
  try {
    return new URL(origin).origin === own;
  } catch {
    return false;
  }
}

function schemeOf(request: IncomingMessage): 'http' | 'https' {
  if (request.socket instanceof TLSSocket) return 'https';
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first?.toLowerCase() === 'https' ? 'https' : 'http';
}
