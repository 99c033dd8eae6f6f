import type { PubSub } from '../../events/pub-sub.js';

/** What can stop being valid while a socket holds it open. */
export type CredentialKind = 'api_key' | 'session' | 'user';

export interface CredentialRef {
  kind: CredentialKind;
  id: string;
}

/** A credential that ended, and why, in words a client may show. */
export interface CredentialRevocation extends CredentialRef {
  reason: string;
}

/** One topic for the whole hub: revocations are rare, and every process must hear each one. */
export const CREDENTIAL_REVOCATIONS_TOPIC = 'credential-revocations';

/** A revocation heard this recently still ends a credential registered after it (see `watch`). */
const RECENT_MS = 60_000;
const MAX_RECENT = 10_000;

type Listener = (revocation: CredentialRevocation) => void;

/**
 * Tells whoever holds a credential open that it ended: a secret key revoked, a session signed out,
 * a console user removed. Services call `revoke` after their change commits; the notice goes
 * through the hub's PubSub, so with a shared PubSub (Redis) every process hears it, and each
 * process closes its own sockets (`watch`) and drops its caches (`onRevoked`).
 */
export class CredentialRevocations {
  private readonly watchers = new Map<string, Set<Listener>>();
  private readonly listeners = new Set<Listener>();
  /** `kind:id` -> when its revocation was heard (performance.now()), oldest first. */
  private readonly recent = new Map<string, { at: number; revocation: CredentialRevocation }>();

  constructor(private readonly pubSub: PubSub) {
    const notices = pubSub.subscribe<CredentialRevocation>(CREDENTIAL_REVOCATIONS_TOPIC);
    void (async () => {
      for await (const revocation of notices) this.deliver(revocation);
    })();
  }

  /** Announces that a credential ended. Call after the change is committed. */
  revoke(revocation: CredentialRevocation): Promise<void> {
    return this.pubSub.publish(CREDENTIAL_REVOCATIONS_TOPIC, revocation);
  }

  /**
   * Calls `onRevoked` (once) when any of `credentials` ends; returns the function that stops
   * watching. A credential revoked in the last minute is reported right away: a socket that
   * authenticated just before the revocation committed, and registers just after its notice
   * went by, is closed all the same.
   */
  watch(credentials: readonly CredentialRef[], onRevoked: Listener): () => void {
    let done = false;
    const keys = credentials.map(keyOf);
    const listener: Listener = (revocation) => {
      if (done) return;
      stop();
      onRevoked(revocation);
    };
    const stop = () => {
      done = true;
      for (const key of keys) {
        const set = this.watchers.get(key);
        set?.delete(listener);
        if (set?.size === 0) this.watchers.delete(key);
      }
    };
    for (const key of keys) {
      let set = this.watchers.get(key);
      if (!set) this.watchers.set(key, (set = new Set()));
      set.add(listener);
    }
    const missed = keys.map((key) => this.recentRevocation(key)).find((r) => r !== undefined);
    // Reported after `watch` returns, like every other notice: callers hold `stop` by then.
    if (missed) queueMicrotask(() => listener(missed));
    return stop;
  }

  /** Hears every revocation (caches keyed by credential). */
  onRevoked(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Credentials watched right now (for tests and metrics). */
  get watchedCount(): number {
    return this.watchers.size;
  }

  private deliver(revocation: CredentialRevocation): void {
    const key = keyOf(revocation);
    this.remember(key, revocation);
    for (const listener of [...this.listeners, ...(this.watchers.get(key) ?? [])]) {
      try {
        listener(revocation);
      } catch {
        // One holder failing to let go (a socket already torn down) must not spare the others.
      }
    }
  }

  private remember(key: string, revocation: CredentialRevocation): void {
    this.recent.delete(key);
    this.recent.set(key, { at: performance.now(), revocation });
    for (const [oldest, { at }] of this.recent) {
      if (this.recent.size <= MAX_RECENT && performance.now() - at < RECENT_MS) break;
      this.recent.delete(oldest);
    }
  }

  private recentRevocation(key: string): CredentialRevocation | undefined {
    const entry = this.recent.get(key);
    return entry && performance.now() - entry.at < RECENT_MS ? entry.revocation : undefined;
  }
}

function keyOf(credential: CredentialRef): string {
  return `${credential.kind}:${credential.id}`;
}
