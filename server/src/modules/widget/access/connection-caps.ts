/**
 * Caps on what widget clients hold open at once: sockets, and live subscriptions on them, per
 * visitor, per client address and per publishable key. Every subscription of a conversation is
 * served from the hub's memory and event loop, so without a cap one visitor token could open
 * sockets until the hub stalls (500 sockets of one visitor made /healthz take 28 s). The
 * defaults leave a real shop far inside them: a visitor with many tabs, an office or a mobile
 * carrier's shared address.
 *
 * Counted in this process's memory: each hub process enforces its own caps.
 */
import { DomainError } from '../../../errors.js';

export interface ConnectionLimits {
  /** Sockets (and, separately, subscriptions) one visitor token may hold. */
  readonly perVisitor: number;
  /** Sockets (and subscriptions) from one client address (IPv6: one /64). */
  readonly perAddress: number;
  /** Sockets (and subscriptions) for one publishable key, all visitors together. */
  readonly perKey: number;
}

type Scope = 'visitor' | 'address' | 'key';

const SCOPE_NAMES: Record<Scope, string> = {
  visitor: 'this visitor',
  address: 'this address',
  key: 'this widget key',
};

/** Counts of one kind of thing held open (sockets, or subscriptions), per scope. */
class Counter {
  private readonly held = new Map<string, number>();

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly what: string,
  ) {}

  /**
   * Takes one in each scope given, or none: throws TOO_MANY_CONNECTIONS naming the first scope
   * that is full. Returns the release, which is safe to call more than once.
   */
  acquire(scopes: Partial<Record<Scope, string>>): () => void {
    const entries = (Object.entries(scopes) as [Scope, string][]).filter(([, id]) => id);
    for (const [scope, id] of entries) {
      const limit = this.limitOf(scope);
      if ((this.held.get(`${scope}:${id}`) ?? 0) >= limit) {
        throw new DomainError(
          'TOO_MANY_CONNECTIONS',
          `Too many ${this.what} for ${SCOPE_NAMES[scope]} (at most ${limit} at once); close one first.`,
          { limit, scope },
        );
      }
    }
    for (const [scope, id] of entries) this.add(`${scope}:${id}`, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [scope, id] of entries) this.add(`${scope}:${id}`, -1);
    };
  }

  private add(key: string, delta: number): void {
    const count = (this.held.get(key) ?? 0) + delta;
    if (count > 0) this.held.set(key, count);
    else this.held.delete(key);
  }

  private limitOf(scope: Scope): number {
    switch (scope) {
      case 'visitor':
        return this.limits.perVisitor;
      case 'address':
        return this.limits.perAddress;
      case 'key':
        return this.limits.perKey;
      default:
        return exhaustive(scope);
    }
  }
}

/**
 * One socket's share of the caps: taken at the upgrade (address, key), when the visitor is
 * known (connection_init), and per subscription; `close()` gives everything back.
 */
export interface SocketLease {
  /** The visitor's socket slot; throws TOO_MANY_CONNECTIONS when the visitor holds too many. */
  identify(visitorId: string): void;
  /** A slot for subscription `id` on this socket; throws TOO_MANY_CONNECTIONS. */
  subscribe(id: string): void;
  /** Subscription `id` ended (completed, failed or refused). */
  unsubscribe(id: string): void;
  close(): void;
}

/** The widget endpoint's caps on sockets and subscriptions. */
export class ConnectionCaps {
  private readonly sockets: Counter;
  private readonly subscriptions: Counter;

  constructor(limits: ConnectionLimits) {
    this.sockets = new Counter(limits, 'connections');
    this.subscriptions = new Counter(limits, 'live subscriptions');
  }

  /** A new socket from `address` with key `keyId`; throws TOO_MANY_CONNECTIONS. */
  open(address: string, keyId: string): SocketLease {
    const releases: (() => void)[] = [this.sockets.acquire({ address, key: keyId })];
    const subscriptions = new Map<string, () => void>();
    let visitorId: string | null = null;
    let closed = false;
    return {
      identify: (id) => {
        if (closed || visitorId) return;
        releases.push(this.sockets.acquire({ visitor: id }));
        visitorId = id;
      },
      subscribe: (id) => {
        if (closed) return;
        const release = this.subscriptions.acquire({
          visitor: visitorId ?? undefined,
          address,
          key: keyId,
        });
        subscriptions.get(id)?.();
        subscriptions.set(id, release);
      },
      unsubscribe: (id) => {
        subscriptions.get(id)?.();
        subscriptions.delete(id);
      },
      close: () => {
        if (closed) return;
        closed = true;
        for (const release of subscriptions.values()) release();
        subscriptions.clear();
        for (const release of releases.splice(0)) release();
      },
    };
  }
}

function exhaustive(scope: never): number {
  throw new Error(`unknown scope ${String(scope)}`);
}
