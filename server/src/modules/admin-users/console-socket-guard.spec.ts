import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryPubSub } from '../../events/in-memory-pub-sub.js';
import type { ConsolePrincipal } from './console-auth.js';
import { closeWhenCredentialEnds } from './console-socket-guard.js';
import { CredentialRevocations } from './credential-revocations.js';

/** A socket as the guard sees it: open until closed, and it says so with 'close'. */
class FakeSocket extends EventEmitter {
  readyState = 1;
  closedWith: { code: number; reason: string } | undefined;

  close(code: number, reason: string): void {
    this.readyState = 2;
    this.closedWith = { code, reason };
    queueMicrotask(() => {
      this.readyState = 3;
      this.emit('close');
    });
  }
}

const START = new Date('2026-11-26T15:00:00.000Z');

function sessionPrincipal(expiresAt: Date, sessionId = 's1', userId = 'u1'): ConsolePrincipal {
  return {
    workspaceId: 'w1',
    actor: `user:${userId}`,
    role: 'ADMIN',
    userId,
    revocableBy: [
      { kind: 'session', id: sessionId },
      { kind: 'user', id: userId },
    ],
    expiresAt,
  };
}

const keyPrincipal: ConsolePrincipal = {
  workspaceId: 'w1',
  actor: 'api_key:k1',
  role: 'ADMIN',
  userId: null,
  revocableBy: [{ kind: 'api_key', id: 'k1' }],
  expiresAt: null,
};

let revocations: CredentialRevocations;
const clock = { now: () => new Date() };
const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
  revocations = new CredentialRevocations(new InMemoryPubSub());
});

afterEach(() => {
  vi.useRealTimers();
});

describe('closeWhenCredentialEnds', () => {
  it('closes a key socket with 4403 when the key is revoked, and only that one', async () => {
    const socket = new FakeSocket();
    const other = new FakeSocket();
    closeWhenCredentialEnds(socket, keyPrincipal, { credentialRevocations: revocations, clock });
    closeWhenCredentialEnds(
      other,
      { ...keyPrincipal, revocableBy: [{ kind: 'api_key', id: 'k2' }] },
      { credentialRevocations: revocations, clock },
    );

    await revocations.revoke({ kind: 'api_key', id: 'k1', reason: 'The API key was revoked.' });
    await flush();

    expect(socket.closedWith).toEqual({ code: 4403, reason: 'The API key was revoked.' });
    expect(other.closedWith).toBeUndefined();
  });

  it('closes a session socket when its session ends or its user is removed', async () => {
    const signedOut = new FakeSocket();
    const removed = new FakeSocket();
    const later = new Date(START.getTime() + 3_600_000);
    const deps = { credentialRevocations: revocations, clock };
    closeWhenCredentialEnds(signedOut, sessionPrincipal(later, 's1', 'u1'), deps);
    closeWhenCredentialEnds(removed, sessionPrincipal(later, 's2', 'u2'), deps);

    await revocations.revoke({ kind: 'session', id: 's1', reason: 'Signed out.' });
    await revocations.revoke({
      kind: 'user',
      id: 'u2',
      reason: 'Your console access was removed.',
    });
    await flush();

    expect(signedOut.closedWith).toEqual({ code: 4403, reason: 'Signed out.' });
    expect(removed.closedWith).toEqual({ code: 4403, reason: 'Your console access was removed.' });
  });

  it('closes a session socket when the session expires, not before', async () => {
    const socket = new FakeSocket();
    const expiresAt = new Date(START.getTime() + 60_000);
    closeWhenCredentialEnds(socket, sessionPrincipal(expiresAt), {
      credentialRevocations: revocations,
      clock,
    });

    vi.advanceTimersByTime(59_999);
    expect(socket.closedWith).toBeUndefined();
    vi.advanceTimersByTime(1);

    expect(socket.closedWith).toEqual({
      code: 4403,
      reason: 'Your session expired; sign in again.',
    });
  });

  it('waits out a session longer than one timer can (90 days)', () => {
    const socket = new FakeSocket();
    const ninetyDays = 90 * 24 * 3_600_000;
    closeWhenCredentialEnds(socket, sessionPrincipal(new Date(START.getTime() + ninetyDays)), {
      credentialRevocations: revocations,
      clock,
    });

    vi.advanceTimersByTime(ninetyDays - 1);
    expect(socket.closedWith).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(socket.closedWith?.code).toBe(4403);
  });

  it('closes a socket registered just after its credential was revoked', async () => {
    await revocations.revoke({ kind: 'api_key', id: 'k1', reason: 'The API key was revoked.' });
    await flush();
    const socket = new FakeSocket();

    closeWhenCredentialEnds(socket, keyPrincipal, { credentialRevocations: revocations, clock });
    await flush();

    expect(socket.closedWith?.code).toBe(4403);
  });

  it('lets go of everything once the socket closes by itself', async () => {
    const socket = new FakeSocket();
    closeWhenCredentialEnds(socket, sessionPrincipal(new Date(START.getTime() + 60_000)), {
      credentialRevocations: revocations,
      clock,
    });
    expect(revocations.watchedCount).toBe(2);
    expect(vi.getTimerCount()).toBe(1);

    socket.close(1000, 'bye');
    await flush();

    expect(revocations.watchedCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
