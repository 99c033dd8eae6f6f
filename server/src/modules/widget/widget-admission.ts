import type { IncomingMessage } from 'node:http';
import { DomainError } from '../../errors.js';
import { clientAddressKey, type LimiterStore } from '../../rate-limits/index.js';
import {
  ConnectionCaps,
  isOriginAllowed,
  WidgetRequestRates,
  type ConnectionLimits,
  type RequestRateLimits,
  type SocketLease,
} from './access/index.js';
import type { PublishableKeyPrincipal, PublishableKeyService } from './publishable-key.service.js';
import type { VisitorPrincipal, VisitorSessionService } from './visitor-session.service.js';

export interface WidgetAdmissionLimits {
  requests: RequestRateLimits;
  connections: ConnectionLimits;
}

/** Who a widget request or socket acts for, once admitted. */
export interface WidgetCaller {
  key: PublishableKeyPrincipal;
  /** The client's address as limits count it (IPv6: its /64). */
  address: string;
  /** Null until the visitor has a valid token for this key. */
  visitor: VisitorPrincipal | null;
  /** Why the token sent was refused, when one was sent; operations that need a visitor say it. */
  visitorRefusal: DomainError | null;
}

/** The close code of a socket refused for holding too many (graphql-ws clients retry it). */
export const TOO_MANY_CONNECTIONS_CLOSE_CODE = 4420;

/**
 * The widget's door, in the order that keeps one client from spending what others share: the
 * client address's request rate first (before the key is even looked up), then the key and the
 * page's Origin, then the visitor's token and its rate, and only then the key's rate, which all
 * of a shop's visitors share. Sockets also take a slot per address, key and visitor, and each
 * subscription one more (ConnectionCaps).
 */
export class WidgetAdmission {
  private readonly rates: WidgetRequestRates;
  private readonly caps: ConnectionCaps;

  constructor(
    private readonly services: {
      publishableKeys: PublishableKeyService;
      visitorSessions: VisitorSessionService;
      /** Request rates count here: per process, or shared by every process through Redis. */
      rateLimits: LimiterStore;
    },
    limits: WidgetAdmissionLimits,
  ) {
    this.rates = new WidgetRequestRates(limits.requests, services.rateLimits);
    this.caps = new ConnectionCaps(limits.connections);
  }

  /** An HTTP request: the caller, or a typed refusal (RATE_LIMITED, KEY_INVALID, ORIGIN_NOT_ALLOWED). */
  async admitRequest(request: IncomingMessage, visitorToken: unknown): Promise<WidgetCaller> {
    const { key, address } = await this.admitClient(request);
    const caller = await this.identify(key, address, visitorToken);
    if (caller.visitor) await this.rates.admitVisitor(caller.visitor.visitorId);
    await this.rates.admitKey(key.keyId);
    return caller;
  }

  /**
   * A WebSocket upgrade, before the handshake: the client (address rate, key, Origin, key rate);
   * the visitor comes with connection_init (see `connect`).
   */
  async admitUpgrade(request: IncomingMessage): Promise<WidgetCaller> {
    const { key, address } = await this.admitClient(request);
    await this.rates.admitKey(key.keyId);
    return { key, address, visitor: null, visitorRefusal: null };
  }

  /** A socket slot for the upgraded connection; throws TOO_MANY_CONNECTIONS. */
  openSocket(caller: WidgetCaller): SocketLease {
    return this.caps.open(caller.address, caller.key.keyId);
  }

  /**
   * connection_init: the visitor its token names (a socket needs one), a socket slot for that
   * visitor, and the visitor's rate (the upgrade paid the address's and the key's). Throws
   * VISITOR_TOKEN_INVALID, TOO_MANY_CONNECTIONS or RATE_LIMITED.
   */
  async connect(
    caller: WidgetCaller,
    lease: SocketLease,
    visitorToken: unknown,
  ): Promise<WidgetCaller> {
    const identified = await this.identify(caller.key, caller.address, visitorToken);
    if (!identified.visitor) {
      throw (
        identified.visitorRefusal ??
        new DomainError('VISITOR_TOKEN_INVALID', 'A visitor token is required.', {
          http: { status: 401 },
        })
      );
    }
    lease.identify(identified.visitor.visitorId);
    await this.rates.admitVisitor(identified.visitor.visitorId);
    return identified;
  }

  /**
   * A subscribe message: a subscription slot (given back by `lease.unsubscribe(id)` when it
   * ends) and one request of each rate. Throws TOO_MANY_CONNECTIONS or RATE_LIMITED, holding
   * nothing then.
   */
  async subscribe(caller: WidgetCaller, lease: SocketLease, id: string): Promise<void> {
    lease.subscribe(id);
    try {
      await this.rates.admitAddress(caller.address);
      if (caller.visitor) await this.rates.admitVisitor(caller.visitor.visitorId);
      await this.rates.admitKey(caller.key.keyId);
    } catch (error) {
      lease.unsubscribe(id);
      throw error;
    }
  }

  private async admitClient(
    request: IncomingMessage,
  ): Promise<{ key: PublishableKeyPrincipal; address: string }> {
    const address = clientAddressKey(request.socket.remoteAddress ?? 'unknown');
    await this.rates.admitAddress(address);
    const url = new URL(request.url ?? '/', 'http://hub.invalid');
    const key = await this.services.publishableKeys.authenticate(url.searchParams.get('key'));
    const origin = request.headers.origin;
    if (!isOriginAllowed(origin, key.allowedOrigins)) {
      throw new DomainError(
        'ORIGIN_NOT_ALLOWED',
        origin
          ? `This site (${origin}) is not allowed to use this widget key: add it to the key's allowed origins.`
          : 'Widget requests must come from a browser page on an allowed origin (no Origin header).',
        { http: { status: 403 } },
      );
    }
    return { key, address };
  }

  private async identify(
    key: PublishableKeyPrincipal,
    address: string,
    visitorToken: unknown,
  ): Promise<WidgetCaller> {
    if (!visitorToken) return { key, address, visitor: null, visitorRefusal: null };
    try {
      const visitor = await this.services.visitorSessions.authenticate(key, visitorToken);
      return { key, address, visitor, visitorRefusal: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { key, address, visitor: null, visitorRefusal: error };
    }
  }
}
