import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capFor, isLoopback, limitConnectionsPerAddress } from './connection-limits.js';

const limits = { perAddress: 2, perLoopbackAddress: 3 };

describe('capFor', () => {
  it('gives loopback addresses their own cap and every other address the per-address cap', () => {
    for (const loopback of ['127.0.0.1', '127.9.8.7', '::ffff:127.0.0.1', '::1']) {
      expect(isLoopback(loopback)).toBe(true);
      expect(capFor(loopback, limits)).toBe(3);
    }
    for (const remote of ['203.0.113.7', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1', '::2']) {
      expect(isLoopback(remote)).toBe(false);
      expect(capFor(remote, limits)).toBe(2);
    }
  });
});

describe('limitConnectionsPerAddress', () => {
  let server: Server;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Opens a connection from `from`; resolves whether the server answered a request on it. */
  const answered = (port: number, from: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1', localAddress: from });
      sockets.push(socket);
      socket.once('data', () => resolve(true));
      socket.once('close', () => resolve(false));
      socket.once('error', () => resolve(false));
      socket.write('GET / HTTP/1.1\r\nHost: hub\r\n\r\n');
    });

  it('refuses connections past the cap from one address, not from another, and frees a slot on close', async () => {
    server = createServer((_req, res) => res.end('ok'));
    const counter = limitConnectionsPerAddress(server, limits);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    // Kept alive after answering: each still holds its slot.
    expect(await Promise.all([1, 2, 3].map(() => answered(port, '127.0.0.1')))).toEqual([
      true,
      true,
      true,
    ]);
    expect(await answered(port, '127.0.0.1')).toBe(false);
    expect(await answered(port, '127.0.0.2')).toBe(true);
    expect(counter.openFrom('127.0.0.1')).toBe(3);
    expect(counter.refused).toBe(1);

    sockets[0]?.destroy();
    await expect.poll(() => counter.openFrom('127.0.0.1')).toBe(2);
    expect(await answered(port, '127.0.0.1')).toBe(true);
  });
});
