// The sections of the hub's configuration (config.ts reads them from the environment): their
// shapes alone, so that config.ts keeps to reading and checking.

/**
 * Where /metrics is served. With a token only, on the hub's own port (a worker's too) to callers
 * sending `Authorization: Bearer <token>`; with a port, on a listener of its own (on an internal
 * interface, 127.0.0.1 by default) and not on the hub's port; with both, that listener asks for
 * the token too.
 */
export interface MetricsConfig {
  /** HUB_METRICS_TOKEN: 16 to 256 characters (letters, digits and . _ ~ + / = -). */
  readonly token: string | undefined;
  /** HUB_METRICS_PORT (0 picks a free one): /metrics on a listener of its own. */
  readonly port: number | undefined;
  /** HUB_METRICS_HOST (default 127.0.0.1): that listener's interface. */
  readonly host: string;
}

/** Runs the hub starts by itself, without anyone asking. */
export interface AutomationConfig {
  /**
   * HUB_AUTOMATION=on|off (default on). Off: this process runs no schedule loop nor threshold
   * monitor (e.g. an API-only process, or tests that must not see demo schedules fire); the API
   * still manages them.
   */
  readonly enabled: boolean;
  /**
   * A tick run up to this many seconds late still counts as on time (HUB_SCHEDULE_GRACE_SECONDS,
   * default 120); an older one was missed and follows the schedule's missed-tick policy.
   */
  readonly scheduleGraceSeconds: number;
}

/** Signed requests from other systems (POST /hooks/<endpoint id>). */
export interface InboundWebhookConfig {
  /**
   * How far a request's webhook-timestamp may be from the hub's clock, either way, in seconds
   * (HUB_WEBHOOK_TOLERANCE_SECONDS, default 300): older ones are refused as replays.
   */
  readonly toleranceSeconds: number;
}

/** Outbound webhooks: signed POSTs of the workspace's events to subscribed receivers. */
export interface OutboundWebhookConfig {
  /** One attempt's whole exchange, in milliseconds (HUB_WEBHOOK_TIMEOUT_MS, default 10,000). */
  readonly timeoutMs: number;
  /**
   * A subscription whose every attempt failed for this many hours (and at least 5 in a row) is
   * disabled (HUB_WEBHOOK_DISABLE_AFTER_HOURS, default 120 = 5 days, like svix).
   */
  readonly disableAfterHours: number;
  /**
   * Whether receivers on loopback, private and link-local addresses may be called: always outside
   * production (local receivers); in production (NODE_ENV=production) only with
   * HUB_WEBHOOKS_ALLOW_PRIVATE=true.
   */
  readonly allowPrivateNetworks: boolean;
}

/** Limits of the HTTP server (one port for HTTP and WebSocket). */
export interface HttpConfig {
  /** Time a client has to send a request's headers (HUB_HTTP_HEADERS_TIMEOUT_MS). */
  readonly headersTimeoutMs: number;
  /**
   * Time a client has to send a whole request, headers and body (HUB_HTTP_REQUEST_TIMEOUT_MS).
   * It ends once the request is received: not a limit on answering it, nor on an upgraded
   * WebSocket.
   */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (HUB_HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  readonly keepAliveTimeoutMs: number;
  /**
   * Connections (WebSockets included) open at once from one address, or one IPv6 /64
   * (HUB_MAX_CONNECTIONS_PER_IP).
   */
  readonly maxConnectionsPerAddress: number;
  /**
   * The same from each loopback address (HUB_MAX_LOOPBACK_CONNECTIONS): a reverse proxy on the
   * same machine connects from there with every visitor's traffic, as do tests and the benchmark.
   */
  readonly maxConnectionsPerLoopbackAddress: number;
}

/** The admin console's sign-in. */
export interface AdminConfig {
  /** The first owner's email, used only when the workspace has no console user yet. */
  readonly email: string | undefined;
  /** The first owner's password (at least 12 characters); generated and printed when absent. */
  readonly password: string | undefined;
  /** How long a console session lasts after sign-in, in hours. */
  readonly sessionHours: number;
  /** Failed sign-ins allowed per window (see sign-in-throttle.ts); successes do not count. */
  readonly signInLimits: {
    /** From one address (IPv6: one /64), whatever the emails. HUB_ADMIN_SIGN_IN_FAILURES_PER_ADDRESS */
    readonly failuresPerAddress: number;
    /** For one email from one address. HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL_AND_ADDRESS */
    readonly failuresPerEmailAndAddress: number;
    /**
     * For one email from all addresses; addresses it signed in from before stay allowed.
     * HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL
     */
    readonly failuresPerEmail: number;
    /** HUB_ADMIN_SIGN_IN_WINDOW_SECONDS */
    readonly windowSeconds: number;
  };
}

/** Caps on what the storefront widget's public key lets visitors do. */
export interface WidgetConfig {
  /** Messages one visitor may send per minute (a fixed one-minute window). */
  readonly visitorMessagesPerMinute: number;
  /** Requests one publishable key may serve per minute, all visitors together. */
  readonly keyRequestsPerMinute: number;
  /** New visitor sessions per minute from one IP address. */
  readonly sessionsPerMinute: number;
  /** Requests per minute from one client address (IPv6: a /64), counted before the key's. */
  readonly addressRequestsPerMinute: number;
  /** Requests per minute with one visitor token, counted before the key's. */
  readonly visitorRequestsPerMinute: number;
  /** Sockets held at once (and, separately, live subscriptions) per visitor, address and key. */
  readonly socketsPerVisitor: number;
  readonly socketsPerAddress: number;
  readonly socketsPerKey: number;
  /** How long a rotated widget identity secret still verifies identities, in hours. */
  readonly identitySecretGraceHours: number;
  /** Sets the demo storefront's publishable key instead of generating one. */
  readonly demoPublishableKey: string | undefined;
}

export interface AnthropicConfig {
  readonly apiKey: string;
  /** Without `/v1`; undefined means the SDK's default (api.anthropic.com). */
  readonly baseUrl: string | undefined;
  /** Per attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** Retries after the first attempt, with the SDK's backoff. */
  readonly maxRetries: number;
}
