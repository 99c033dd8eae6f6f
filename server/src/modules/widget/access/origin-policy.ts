/**
 * Which web pages may embed a workspace's widget. A publishable key is public (it sits in the
 * shop's HTML), so the browser's Origin header is what ties a request to the shop's own site:
 * each key carries a list of allowed origins, stored in one canonical form (`normalizeOrigin`)
 * and compared against the request's Origin header (`isOriginAllowed`).
 */
import { DomainError } from '../../../errors.js';

/** The allowed-origin entry that lets any http(s) page embed the widget. For development only. */
export const ANY_ORIGIN = '*';

const WILDCARD_PREFIX = '*.';
// scheme://host[:port] with at most a lone trailing slash; the host part is checked further below.
const ORIGIN_SHAPE = /^(https?):\/\/([^/?#\\@%\s]+)\/?$/i;

interface ParsedOrigin {
  scheme: 'http:' | 'https:';
  /** Lower-case host (punycode for IDNs, brackets for IPv6), without a wildcard label. */
  host: string;
  /** Empty for the scheme's default port. */
  port: string;
  wildcard: boolean;
}

/**
 * Validates an allowed-origin entry and returns its canonical form: `https://shop.example.com`,
 * `http://localhost:3000`, `https://*.example.com` (any subdomain, at any depth, not the domain
 * itself) or `*` (any origin; for development only). Throws INVALID_INPUT otherwise.
 */
export function normalizeOrigin(raw: string): string {
  const entry = raw.trim();
  if (entry === ANY_ORIGIN) return ANY_ORIGIN;
  const parsed = parseOrigin(entry, { allowWildcard: true });
  if (typeof parsed === 'string') {
    throw new DomainError('INVALID_INPUT', `"${raw}" is not a valid allowed origin: ${parsed}`);
  }
  return format(parsed);
}

/**
 * Whether a request whose Origin header is `origin` may use a key with these allowed origins.
 * A missing or opaque ("null") origin is never allowed, not even by `*`.
 */
export function isOriginAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined || origin === 'null') return false;
  const request = parseOrigin(origin, { allowWildcard: false });
  if (typeof request === 'string') return false;
  for (const entry of allowed) {
    if (entry.trim() === ANY_ORIGIN) return true;
    const rule = parseOrigin(entry.trim(), { allowWildcard: true });
    if (typeof rule === 'string') continue;
    if (rule.scheme !== request.scheme || rule.port !== request.port) continue;
    if (rule.wildcard ? request.host.endsWith(`.${rule.host}`) : request.host === rule.host) {
      return true;
    }
  }
  return false;
}

function format(origin: ParsedOrigin): string {
  const host = origin.wildcard ? `${WILDCARD_PREFIX}${origin.host}` : origin.host;
  return `${origin.scheme}//${host}${origin.port ? `:${origin.port}` : ''}`;
}

/** The parsed origin, or why it is not one. */
function parseOrigin(value: string, options: { allowWildcard: boolean }): ParsedOrigin | string {
  const [, rawScheme, rawHostPort] = ORIGIN_SHAPE.exec(value) ?? [];
  if (rawScheme === undefined || rawHostPort === undefined) {
    return 'use scheme://host[:port] with http or https and no path, query, fragment or user info.';
  }
  const scheme = rawScheme.toLowerCase();
  let hostPort = rawHostPort;
  const wildcard = options.allowWildcard && hostPort.startsWith(WILDCARD_PREFIX);
  if (wildcard) hostPort = hostPort.slice(WILDCARD_PREFIX.length);
  if (hostPort.includes('*')) {
    return 'a wildcard is only allowed as the whole first label, as in https://*.example.com.';
  }
  let url: URL;
  try {
    url = new URL(`${scheme}://${hostPort}`);
  } catch {
    return 'the host or port is not valid.';
  }
  const host = url.hostname;
  if (!host || url.username || url.password || url.pathname !== '/') {
    return 'the host is not valid.';
  }
  const isIp = host.startsWith('[') || /^[\d.]+$/.test(host);
  if (!isIp && host.split('.').some((label) => label === '')) {
    return 'the host has an empty label or a trailing dot.';
  }
  if (wildcard && (isIp || !host.includes('.'))) {
    return 'a wildcard needs a domain of at least two labels after it, as in https://*.example.com.';
  }
  return { scheme: scheme === 'https' ? 'https:' : 'http:', host, port: url.port, wildcard };
}
