import type { IncomingHttpHeaders } from 'node:http';

/** The path other systems post to; the route (http/inbound-webhook-route.ts) serves it. */
export const INBOUND_WEBHOOK_PATH = '/hooks';

/**
 * The absolute URL of an endpoint: under HUB_PUBLIC_URL when set (the address other systems
 * reach the hub at, e.g. behind a proxy), else under the address the asking request came to;
 * relative when neither is known (a service called outside a request).
 */
export function endpointUrl(
  endpointId: string,
  base: { publicUrl: string | undefined; requestOrigin: string | undefined },
): string {
  const root = base.publicUrl ?? base.requestOrigin ?? '';
  return `${root}${INBOUND_WEBHOOK_PATH}/${endpointId}`;
}

// A host name, IPv4 or [IPv6] address, with an optional port: nothing that could break out of
// the URL (the Host header is the client's to write).
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * scheme://host of the request, from its Host header (and X-Forwarded-Proto when a proxy says
 * https). The hub serves plain HTTP itself; behind a proxy, set HUB_PUBLIC_URL instead.
 * Undefined when the Host header is missing or not a plain host.
 */
export function requestOrigin(headers: IncomingHttpHeaders): string | undefined {
  const host = headers.host;
  if (!host || !HOST.test(host)) return undefined;
  const forwarded = headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
