import type { Server } from 'node:http';
import { isIPv4 } from 'node:net';
import { clientAddressKey } from '../rate-limits/index.js';

export interface ConnectionLimits {
  /** Open connections (HTTP keep-alive and WebSocket alike) from one client address. */
  readonly perAddress: number;
  /**
   * The same for each loopback address (127.0.0.0/8, ::1): where a reverse proxy on the same
   * machine connects from, carrying every visitor's traffic, and where tests and the benchmark run.
   */
  readonly perLoopbackAddress: number;
}

export interface ConnectionCounter {
  /** Connections open now from `address` (an IPv6 address: from its /64). */
  openFrom(address: string): number;
  /** Connections refused so far for being over the cap. */
  readonly refused: number;
}

/**
 * Caps the connections one address holds open at once: past the cap, a new connection is
 * destroyed before a byte of it is read, so one client cannot hold the sockets (and ~30-40 KB of
 * memory each) that slow-body or idle-socket attacks rely on. Counted on the TCP connection, so a
 * WebSocket counts from its upgrade request until it closes.
 */
export function limitConnectionsPerAddress(
  server: Server,
  limits: ConnectionLimits,
): ConnectionCounter {
  const open = new Map<string, number>();
  let refused = 0;
  server.on('connection', (socket) => {
    const remote = socket.remoteAddress ?? '';
    // An IPv6 client counts by its /64 (one subscriber is given a whole /64), as sign-in does.
    const address = clientAddressKey(remote);
    const count = open.get(address) ?? 0;
    if (count >= capFor(remote, limits)) {
      refused += 1;
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  return {
    openFrom: (address) => open.get(clientAddressKey(address)) ?? 0,
    get refused() {
      return refused;
    },
  };
}

/** The cap for one address: loopback addresses have their own. */
export function capFor(address: string, limits: ConnectionLimits): number {
  return isLoopback(address) ? limits.perLoopbackAddress : limits.perAddress;
}

/** 127.0.0.0/8 (also IPv4-mapped) and ::1. */
export function isLoopback(address: string): boolean {
  const ipv4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (ipv4 && isIPv4(ipv4)) return ipv4.startsWith('127.');
  return address === '::1'; // Node reports addresses in canonical form
}
