import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { ConnectionCaps, type SocketLease } from './connection-caps.js';

function refusal(attempt: () => unknown): DomainError {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('the cap allowed it');
}

const limits = { perVisitor: 3, perAddress: 5, perKey: 8 };

describe('ConnectionCaps', () => {
  it('refuses a visitor its fourth socket with TOO_MANY_CONNECTIONS, and takes one back when one closes', () => {
    const caps = new ConnectionCaps(limits);
    const open = (address: string) => {
      const lease = caps.open(address, 'key-1');
      lease.identify('visitor-a');
      return lease;
    };
    const leases = ['192.0.2.1', '192.0.2.2', '192.0.2.3'].map(open);

    const fourth = refusal(() => open('192.0.2.4'));
    leases[0]?.close();
    leases[0]?.close(); // closing twice gives back once
    open('192.0.2.5');
    const again = refusal(() => open('192.0.2.6'));

    expect(fourth.errorCode).toBe('TOO_MANY_CONNECTIONS');
    expect(fourth.message).toBe(
      'Too many connections for this visitor (at most 3 at once); close one first.',
    );
    expect(fourth.details).toMatchObject({ limit: 3, scope: 'visitor' });
    expect(again.errorCode).toBe('TOO_MANY_CONNECTIONS');
  });

  it('caps sockets per address and per key, before any visitor is known', () => {
    const caps = new ConnectionCaps(limits);
    for (let i = 0; i < 5; i += 1) caps.open('192.0.2.1', 'key-1');
    const address = refusal(() => caps.open('192.0.2.1', 'key-1'));
    for (let i = 0; i < 3; i += 1) caps.open(`198.51.100.${i}`, 'key-1');
    const key = refusal(() => caps.open('198.51.100.9', 'key-1'));
    caps.open('198.51.100.9', 'key-2');

    expect(address.details).toMatchObject({ scope: 'address', limit: 5 });
    expect(key.details).toMatchObject({ scope: 'key', limit: 8 });
  });

  it('caps live subscriptions per visitor across its sockets, and gives them back as they end', () => {
    const caps = new ConnectionCaps(limits);
    const sockets: SocketLease[] = [0, 1].map((i) => {
      const lease = caps.open(`192.0.2.${i}`, 'key-1');
      lease.identify('visitor-a');
      return lease;
    });
    sockets[0]?.subscribe('1');
    sockets[0]?.subscribe('2');
    sockets[1]?.subscribe('1');

    const fourth = refusal(() => sockets[1]?.subscribe('2'));
    sockets[0]?.unsubscribe('2');
    sockets[1]?.subscribe('2');
    sockets[1]?.close();
    sockets[0]?.subscribe('3');
    sockets[0]?.subscribe('4');

    expect(fourth.message).toBe(
      'Too many live subscriptions for this visitor (at most 3 at once); close one first.',
    );
  });

  it('refuses nothing partially: a refused socket holds no slot in any scope', () => {
    const caps = new ConnectionCaps({ perVisitor: 1, perAddress: 2, perKey: 2 });
    const first = caps.open('192.0.2.1', 'key-1');
    first.identify('visitor-a');
    const second = caps.open('192.0.2.1', 'key-1');
    refusal(() => second.identify('visitor-a'));
    second.close();
    first.close();

    const fresh = [caps.open('192.0.2.1', 'key-1'), caps.open('192.0.2.1', 'key-1')];
    fresh[0]?.identify('visitor-a');

    expect(fresh).toHaveLength(2);
  });
});
