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

/** The scopes one slot counts in; a null one is not counted (a visitor not yet known). */
interface Scopes {
  visitor: string | null;
  address: string | null;
  key: string | null;
}

const SCOPES: Scope[] = ['visitor', 'address', 'key'];

/** Counts of one kind of thing held open (sockets, or subscriptions), per scope. */
class Counter {
  private readonly held = new Map<string, number>();

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly what: string,
  ) {}

  /** Takes one in each scope, or none: throws TOO_MANY_CONNECTIONS naming the first full one. */
  take(scopes: Scopes): void {
    for (const scope of SCOPES) {
      const id = scopes[scope];
      const limit = this.limitOf(scope);
      if (id && (this.held.get(`${scope}:${id}`) ?? 0) >= limit) {
        throw new DomainError(
          'TOO_MANY_CONNECTIONS',
          `Too many ${this.what} for ${SCOPE_NAMES[scope]} (at most ${limit} at once); close one first.`,
          { limit, scope },
        );
      }
    }
    this.add(scopes, 1);
  }

  /** Gives back a slot `take` took with the same scopes. */
  give(scopes: Scopes): void {
    this.add(scopes, -1);
  }

  private add(scopes: Scopes, delta: number): void {
    for (const scope of SCOPES) {
      const id = scopes[scope];
      if (!id) continue;
      const key = `${scope}:${id}`;
      const count = (this.held.get(key) ?? 0) + delta;
      if (count > 0) this.held.set(key, count);
      else this.held.delete(key);
    }
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
    this.sockets.take({ visitor: null, address, key: keyId });
    return new Lease(this.sockets, this.subscriptions, address, keyId);
  }
}

/**
 * A plain object with its state in fields, not closures: a storefront visitor's socket holds
 * its lease for hours, and ten thousand of them are what the idle-socket benchmark measures.
 */
class Lease implements SocketLease {
  private visitorId: string | null = null;
  private closed = false;
  /** Each subscription's slot, by id: the scopes it was taken in (the visitor may come later). */
  private subscriptions: Map<string, Scopes> | undefined;

  constructor(
    private readonly sockets: Counter,
    private readonly subscriptionSlots: Counter,
    private readonly address: string,
    private readonly keyId: string,
  ) {}

  identify(visitorId: string): void {
    if (this.closed || this.visitorId) return;
    this.sockets.take({ visitor: visitorId, address: null, key: null });
    this.visitorId = visitorId;
  }

  subscribe(id: string): void {
    if (this.closed) return;
    const scopes = { visitor: this.visitorId, address: this.address, key: this.keyId };
    this.subscriptionSlots.take(scopes);
    this.unsubscribe(id); // the same id again: its earlier slot goes back
    (this.subscriptions ??= new Map()).set(id, scopes);
  }

  unsubscribe(id: string): void {
    const scopes = this.subscriptions?.get(id);
    if (!scopes) return;
    this.subscriptionSlots.give(scopes);
    this.subscriptions?.delete(id);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const scopes of this.subscriptions?.values() ?? []) this.subscriptionSlots.give(scopes);
    this.subscriptions = undefined;
    this.sockets.give({ visitor: null, address: this.address, key: this.keyId });
    if (this.visitorId) this.sockets.give({ visitor: this.visitorId, address: null, key: null });
  }
}

function exhaustive(scope: never): number {
  throw new Error(`unknown scope ${String(scope)}`);
}
