import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '../../../errors.js';

/** Whether receivers on loopback, private and link-local addresses may be called. */
export interface WebhookNetworkPolicy {
  /**
   * False in production unless HUB_WEBHOOKS_ALLOW_PRIVATE=true: a subscription must not turn the
   * hub into a way to reach the machines behind it (SSRF). True elsewhere, for local receivers.
   */
  allowPrivateNetworks: boolean;
}

export const MAX_WEBHOOK_URL_CHARS = 2_000;

/** Addresses that are not the public internet: loopback, private, link-local, reserved. */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible (deprecated)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IP literal, IPv6 without brackets) is outside the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const mapped = ipv4Mapped(address);
  if (mapped !== null) return NOT_PUBLIC.check(mapped, 'ipv4');
  return NOT_PUBLIC.check(address, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:10.0.0.1, ::ffff:a00:1), or null. */
function ipv4Mapped(address: string): string | null {
  // The URL parser writes every spelling of an IPv6 address the same way (::ffff:a00:1).
  const canonical = new URL(`http://[${address}]/`).hostname;
  const groups = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(canonical);
  if (!groups) return null;
  const high = parseInt(groups[1] as string, 16);
  const low = parseInt(groups[2] as string, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The host of a URL as an address or name: IPv6 without its brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks a receiver URL when a subscription is saved and returns it normalised: http or https,
 * no user name or password (secrets in URLs end up in logs), at most 2,000 characters; when
 * private networks are not allowed, a host that is or resolves to a private address is refused
 * (it is checked again at every send: DNS can change).
 */
export async function checkWebhookUrl(
  raw: string,
  policy: WebhookNetworkPolicy,
  resolve: (host: string) => Promise<LookupAddress[]> = resolveAll,
): Promise<string> {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_WEBHOOK_URL_CHARS) {
    throw invalidUrl('LENGTH', `url must be 1 to ${MAX_WEBHOOK_URL_CHARS} characters.`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidUrl('MALFORMED', `"${text.slice(0, 100)}" is not an absolute URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidUrl('SCHEME', `url must start with https:// or http://, not ${url.protocol}//.`);
  }
  if (url.username || url.password) {
    throw invalidUrl(
      'CREDENTIALS',
      'url must not carry a user name or password; the receiver checks the webhook signature instead.',
    );
  }
  if (url.href.length > MAX_WEBHOOK_URL_CHARS) {
    throw invalidUrl('LENGTH', `url must be at most ${MAX_WEBHOOK_URL_CHARS} characters.`);
  }
  if (!policy.allowPrivateNetworks) await refusePrivateHost(url, resolve);
  return url.href;
}

async function refusePrivateHost(
  url: URL,
  resolve: (host: string) => Promise<LookupAddress[]>,
): Promise<void> {
  const host = bareHost(url);
  const privateHost = isIP(host)
    ? isPrivateAddress(host)
    : host === 'localhost' || host.endsWith('.localhost');
  if (privateHost) throw notAllowed(host, host);
  if (isIP(host)) return;
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    throw invalidUrl('UNRESOLVABLE', `${host} does not resolve to an address.`);
  }
  const inside = addresses.find((entry) => isPrivateAddress(entry.address));
  if (inside) throw notAllowed(host, inside.address);
}

function notAllowed(host: string, address: string): DomainError {
  return new DomainError(
    'WEBHOOK_URL_NOT_ALLOWED',
    `${host === address ? host : `${host} (${address})`} is a loopback, private or link-local address; the hub does not send webhooks inside its own network unless HUB_WEBHOOKS_ALLOW_PRIVATE=true.`,
    { field: 'url', address },
  );
}

function invalidUrl(reason: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field: 'url', reason });
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/** The error a guarded lookup fails a connection with; its message says why. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a loopback, private or link-local address: not sent`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http that refuses to connect when any address of the host is private, at
 * connection time: what is checked is what is connected to (no gap between a check and the
 * connection for DNS to change in).
 */
export function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const inside = addresses.find((entry) => isPrivateAddress(entry.address));
    if (inside) return callback(new PrivateAddressError(hostname, inside.address), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(
        Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }),
        [],
      );
    callback(null, first.address, first.family);
  });
}
