import { resolve } from 'node:path';
import type { LogConfig, LogFormat, LogLevel } from './logging/hub-logger.js';
import { parseMailConfig, type MailConfig } from './modules/leads/mail/mail-config.js';
import {
  parsePlaidCredentials,
  type PlaidCredentials,
} from './modules/finance/bank-sync/plaid-connector.js';
import {
  parseCarrierCredentials,
  type CarrierCredentials,
} from './modules/orders/carriers/carrier-credentials.js';
import {
  parseWordPressConfig,
  type WordPressConfig,
} from './modules/content/publishing/wordpress-config.js';
import {
  parseSerpApiConfig,
  type SerpApiSettings,
} from './modules/content/trends/serpapi-config.js';
import { parseTracingConfig, type TracingConfig } from './observability/tracing-config.js';
import type {
  MetricsConfig,
  AutomationConfig,
  InboundWebhookConfig,
  OutboundWebhookConfig,
  HttpConfig,
  AdminConfig,
  WidgetConfig,
  AnthropicConfig,
} from './config-sections.js';

export type * from './config-sections.js';

/** Everything the hub reads from its environment, parsed once. Nothing else reads process.env. */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** PostgreSQL URL; absent means embedded PGlite under `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * Redis (REDIS_URL): run steps, run updates and conversation notices then travel through
   * Redis pub/sub, so a subscriber on any hub process sees what any process publishes.
   */
  readonly redis: { url: string; prefix: string } | undefined;
  /**
   * What this process does (HUB_ROLE): `both` (the default) serves the APIs and executes runs;
   * `api` serves and enqueues; `worker` executes runs and does the hub's background work. `api`
   * and `worker` share one PostgreSQL and one Redis (the BullMQ run queue), so both need them.
   */
  readonly role: HubRole;
  readonly dataDir: string;
  /** PostgreSQL cancels a statement running longer than this (HUB_DB_STATEMENT_TIMEOUT_MS). */
  readonly statementTimeoutMs: number;
  /** Sets the demo workspace's secret key instead of generating one (tests, scripts). */
  readonly bootstrapApiKey: string | undefined;
  readonly development: boolean;
  /** Runs executed at once by this process's in-process queue. */
  readonly runConcurrency: number;
  /**
   * The OS niceness a `worker` process lowers itself to (HUB_WORKER_NICENESS, 0-19; 0 leaves it).
   * Runs are background work: where a worker shares cores with an API process (one host, or
   * containers on one host), the people waiting on the API should get the CPU first.
   */
  readonly workerNiceness: number;
  /** A RUNNING run whose heartbeat is older than this is treated as orphaned by a dead process. */
  readonly runLeaseMs: number;
  /**
   * How long a SIGTERM or SIGINT drain may take (HUB_SHUTDOWN_TIMEOUT_MS); then the process exits
   * and runs still in flight are left to the next start's recovery.
   */
  readonly shutdownTimeoutMs: number;
  /** The HTTP server's limits on slow and connection-hoarding clients. */
  readonly http: HttpConfig;
  /**
   * What the hub logs and how (HUB_LOG_LEVEL, HUB_LOG_FORMAT; docs/OBSERVABILITY.md#logs): JSON
   * lines by default, a readable format with NODE_ENV=development.
   */
  readonly log: LogConfig;
  /** Present when ANTHROPIC_API_KEY is set: runs use Claude; absent: the offline provider. */
  readonly anthropic: AnthropicConfig | undefined;
  /** Outbound email (HUB_SMTP_URL, HUB_MAIL_FROM); without an SMTP URL nothing is sent. */
  readonly mail: MailConfig;
  /** Carrier tracking API credentials; a carrier without them is tracked from the shop's scans. */
  readonly carriers: CarrierCredentials;
  /** Bank sync through Plaid (PLAID_CLIENT_ID, PLAID_SECRET, PLAID_ACCESS_TOKEN); absent: files only. */
  readonly plaid: PlaidCredentials | undefined;
  /**
   * The shop's WordPress site (HUB_WORDPRESS_URL, HUB_WORDPRESS_USERNAME,
   * HUB_WORDPRESS_APP_PASSWORD, all or none); absent: drafts stay in the hub and approved posts
   * wait until it is connected.
   */
  readonly wordpress: WordPressConfig | undefined;
  /**
   * Google Trends through SerpApi (HUB_SERPAPI_KEY; HUB_SERPAPI_URL, default https://serpapi.com);
   * absent: trend reports use the stored search-interest series only and say so.
   */
  readonly serpApi: SerpApiSettings | undefined;
  readonly widget: WidgetConfig;
  readonly admin: AdminConfig;
  /** Events told to other systems (outbound webhook subscriptions). */
  readonly outboundWebhooks: OutboundWebhookConfig;
  /**
   * The hub's address as other systems reach it (HUB_PUBLIC_URL, e.g. https://hub.shop.example):
   * the absolute links the hub hands out (a webhook endpoint's URL) start with it; absent, they
   * start with the address the asking request came to.
   */
  readonly publicUrl: string | undefined;
  readonly inboundWebhooks: InboundWebhookConfig;
  /** What the hub starts on its own: schedules (and threshold monitors). */
  readonly automation: AutomationConfig;
  /**
   * Prometheus metrics (GET /metrics): absent unless HUB_METRICS_TOKEN or HUB_METRICS_PORT is
   * set, and never served to an unauthenticated caller on the hub's public port.
   */
  readonly metrics: MetricsConfig | undefined;
  /**
   * OpenTelemetry traces, exported over OTLP/HTTP: present only when OTEL_EXPORTER_OTLP_ENDPOINT
   * or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set (docs/OBSERVABILITY.md#traces); absent, no
   * tracing SDK starts at all.
   */
  readonly tracing: TracingConfig | undefined;
  /**
   * HUB_BACKUP_TOKEN: an operator's token for GET /backups/database.tar.gz, an online copy of the
   * embedded database's folder (every workspace: not for a workspace's owner). Absent: no such
   * route. PGlite only (PostgreSQL has pg_dump).
   */
  readonly backupToken: string | undefined;
}

export type HubRole = 'both' | 'api' | 'worker';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const bootstrapApiKey = env.HUB_BOOTSTRAP_API_KEY || undefined;
  if (bootstrapApiKey !== undefined && !/^sk_[A-Za-z0-9_]{16,}$/.test(bootstrapApiKey)) {
    throw new ConfigError(
      'HUB_BOOTSTRAP_API_KEY must look like sk_ followed by at least 16 letters, digits or _',
    );
  }
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    redis: redisConfig(env),
    role: hubRole(env),
    dataDir: resolve(env.HUB_DATA_DIR || '.data'),
    statementTimeoutMs: integer(env, 'HUB_DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
    bootstrapApiKey,
    development: env.NODE_ENV === 'development',
    runConcurrency: integer(env, 'HUB_RUN_CONCURRENCY', 8, 1, 256),
    workerNiceness: integer(env, 'HUB_WORKER_NICENESS', 10, 0, 19),
    runLeaseMs: integer(env, 'HUB_RUN_LEASE_MS', 30_000, 1_000, 3_600_000),
    shutdownTimeoutMs: integer(env, 'HUB_SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    http: httpConfig(env),
    log: logConfig(env),
    anthropic: env.ANTHROPIC_API_KEY
      ? Object.freeze({
          apiKey: env.ANTHROPIC_API_KEY,
          baseUrl: env.ANTHROPIC_BASE_URL || undefined,
          timeoutMs: integer(env, 'HUB_MODEL_TIMEOUT_MS', 60_000, 100, 600_000),
          maxRetries: integer(env, 'HUB_MODEL_MAX_RETRIES', 3, 0, 10),
        })
      : undefined,
    mail: parseMailConfig(env, (message) => new ConfigError(message)),
    carriers: parseCarrierCredentials(env, (message) => new ConfigError(message)),
    plaid: parsePlaidCredentials(env, (message) => new ConfigError(message)),
    wordpress: parseWordPressConfig(env, (message) => new ConfigError(message)),
    serpApi: parseSerpApiConfig(env, (message) => new ConfigError(message)),
    widget: Object.freeze({
      visitorMessagesPerMinute: integer(env, 'HUB_WIDGET_MESSAGES_PER_MINUTE', 12, 1, 10_000),
      keyRequestsPerMinute: integer(env, 'HUB_WIDGET_KEY_REQUESTS_PER_MINUTE', 6_000, 1, 1_000_000),
      sessionsPerMinute: integer(env, 'HUB_WIDGET_SESSIONS_PER_MINUTE', 30, 1, 100_000),
      addressRequestsPerMinute: integer(
        env,
        'HUB_WIDGET_ADDRESS_REQUESTS_PER_MINUTE',
        600,
        1,
        1_000_000,
      ),
      visitorRequestsPerMinute: integer(
        env,
        'HUB_WIDGET_VISITOR_REQUESTS_PER_MINUTE',
        120,
        1,
        1_000_000,
      ),
      socketsPerVisitor: integer(env, 'HUB_WIDGET_SOCKETS_PER_VISITOR', 20, 1, 10_000),
      socketsPerAddress: integer(env, 'HUB_WIDGET_SOCKETS_PER_ADDRESS', 200, 1, 1_000_000),
      socketsPerKey: integer(env, 'HUB_WIDGET_SOCKETS_PER_KEY', 5_000, 1, 10_000_000),
      identitySecretGraceHours: integer(
        env,
        'HUB_WIDGET_IDENTITY_SECRET_GRACE_HOURS',
        24,
        0,
        24 * 30,
      ),
      demoPublishableKey: demoPublishableKey(env.HUB_DEMO_PUBLISHABLE_KEY),
    }),
    publicUrl: publicUrl(env.HUB_PUBLIC_URL),
    inboundWebhooks: Object.freeze({
      toleranceSeconds: integer(env, 'HUB_WEBHOOK_TOLERANCE_SECONDS', 300, 1, 3_600),
    }),
    automation: Object.freeze({
      enabled: onOff(env, 'HUB_AUTOMATION', true),
      scheduleGraceSeconds: integer(env, 'HUB_SCHEDULE_GRACE_SECONDS', 120, 0, 3_600),
    }),
    outboundWebhooks: Object.freeze({
      timeoutMs: integer(env, 'HUB_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      disableAfterHours: integer(env, 'HUB_WEBHOOK_DISABLE_AFTER_HOURS', 120, 1, 24 * 90),
      allowPrivateNetworks:
        env.NODE_ENV !== 'production' || trueFalse(env, 'HUB_WEBHOOKS_ALLOW_PRIVATE', false),
    }),
    admin: Object.freeze({
      email: adminEmail(env.HUB_ADMIN_EMAIL),
      password: adminPassword(env.HUB_ADMIN_PASSWORD),
      sessionHours: integer(env, 'HUB_ADMIN_SESSION_HOURS', 12, 1, 24 * 90),
      signInLimits: Object.freeze({
        failuresPerAddress: integer(env, 'HUB_ADMIN_SIGN_IN_FAILURES_PER_ADDRESS', 30, 1, 100_000),
        failuresPerEmailAndAddress: integer(
          env,
          'HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL_AND_ADDRESS',
          10,
          1,
          100_000,
        ),
        failuresPerEmail: integer(env, 'HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL', 100, 1, 1_000_000),
        windowSeconds: integer(env, 'HUB_ADMIN_SIGN_IN_WINDOW_SECONDS', 900, 1, 86_400),
      }),
    }),
    metrics: metricsConfig(env),
    tracing: parseTracingConfig(env, (message) => new ConfigError(message)),
    backupToken: backupToken(env),
  });
}

/** HUB_BACKUP_TOKEN: like the metrics token; refused with DATABASE_URL. */
function backupToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.HUB_BACKUP_TOKEN || undefined;
  if (token === undefined) return undefined;
  if (!/^[A-Za-z0-9._~+/=-]{16,256}$/.test(token)) {
    throw new ConfigError(
      'HUB_BACKUP_TOKEN must be 16 to 256 letters, digits or . _ ~ + / = - characters',
    );
  }
  if (env.DATABASE_URL) {
    throw new ConfigError(
      'HUB_BACKUP_TOKEN serves a copy of the embedded database; with DATABASE_URL use pg_dump',
    );
  }
  return token;
}

/** HUB_METRICS_TOKEN, HUB_METRICS_PORT and HUB_METRICS_HOST; neither token nor port: off. */
function metricsConfig(env: NodeJS.ProcessEnv): MetricsConfig | undefined {
  const token = env.HUB_METRICS_TOKEN || undefined;
  if (token !== undefined && !/^[A-Za-z0-9._~+/=-]{16,256}$/.test(token)) {
    // The message names the rule, never the token.
    throw new ConfigError(
      'HUB_METRICS_TOKEN must be 16 to 256 letters, digits or . _ ~ + / = - characters',
    );
  }
  const port =
    env.HUB_METRICS_PORT === undefined || env.HUB_METRICS_PORT === ''
      ? undefined
      : integer(env, 'HUB_METRICS_PORT', 0, 0, 65535);
  const host = env.HUB_METRICS_HOST || undefined;
  if (host !== undefined && port === undefined) {
    throw new ConfigError('HUB_METRICS_HOST needs HUB_METRICS_PORT (the listener it is for)');
  }
  if (token === undefined && port === undefined) return undefined;
  return Object.freeze({ token, port, host: host ?? '127.0.0.1' });
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/**
 * HUB_LOG_LEVEL (default info; the older HUB_LOG=silent still means silent) and HUB_LOG_FORMAT
 * (json or pretty). The format defaults to pretty only with NODE_ENV=development, not on a TTY:
 * `docker run -t` gives production a TTY, and a log collector must get JSON there too.
 */
function logConfig(env: NodeJS.ProcessEnv): LogConfig {
  const rawLevel = env.HUB_LOG_LEVEL || (env.HUB_LOG === 'silent' ? 'silent' : 'info');
  const level = LOG_LEVELS.find((candidate) => candidate === rawLevel);
  if (!level) {
    throw new ConfigError(
      `HUB_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${rawLevel}"`,
    );
  }
  const rawFormat = env.HUB_LOG_FORMAT || (env.NODE_ENV === 'development' ? 'pretty' : 'json');
  if (rawFormat !== 'json' && rawFormat !== 'pretty') {
    throw new ConfigError(`HUB_LOG_FORMAT must be json or pretty, got "${rawFormat}"`);
  }
  const format: LogFormat = rawFormat;
  return Object.freeze({ level, format });
}

function httpConfig(env: NodeJS.ProcessEnv): HttpConfig {
  const headersTimeoutMs = integer(env, 'HUB_HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = integer(env, 'HUB_HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError(
      'HUB_HTTP_HEADERS_TIMEOUT_MS must not be longer than HUB_HTTP_REQUEST_TIMEOUT_MS',
    );
  }
  return Object.freeze({
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, 'HUB_HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    maxConnectionsPerAddress: integer(env, 'HUB_MAX_CONNECTIONS_PER_IP', 128, 1, 1_000_000),
    maxConnectionsPerLoopbackAddress: integer(
      env,
      'HUB_MAX_LOOPBACK_CONNECTIONS',
      4_096,
      1,
      1_000_000,
    ),
  });
}

function adminEmail(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const email = raw.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    throw new ConfigError(`HUB_ADMIN_EMAIL must be an email address, got "${raw}"`);
  }
  return email;
}

function adminPassword(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // The message names the rule, never the password.
  if (raw.length < 12) throw new ConfigError('HUB_ADMIN_PASSWORD must be at least 12 characters');
  return raw;
}

function demoPublishableKey(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^pk_[A-Za-z0-9_]{16,}$/.test(raw)) {
    throw new ConfigError(
      'HUB_DEMO_PUBLISHABLE_KEY must look like pk_ followed by at least 16 letters, digits or _',
    );
  }
  return raw;
}

/** An http(s) URL without query or fragment, kept without its trailing slash. */
function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`HUB_PUBLIC_URL must be an http(s) URL, got "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new ConfigError(`HUB_PUBLIC_URL must be an http(s) URL without query or fragment`);
  }
  if (url.username || url.password) {
    throw new ConfigError('HUB_PUBLIC_URL must not carry a user name or password');
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

function trueFalse(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** HUB_ROLE; a split role needs the shared database and queue a single process can do without. */
function hubRole(env: NodeJS.ProcessEnv): HubRole {
  const role = env.HUB_ROLE?.trim() || 'both';
  if (role !== 'both' && role !== 'api' && role !== 'worker') {
    throw new ConfigError('HUB_ROLE must be both, api or worker');
  }
  if (role !== 'both' && !(env.REDIS_URL?.trim() && env.DATABASE_URL)) {
    throw new ConfigError(
      `HUB_ROLE=${role} needs REDIS_URL (the run queue) and DATABASE_URL (PostgreSQL shared by every process)`,
    );
  }
  return role;
}

/** REDIS_URL (redis:// or rediss://) and HUB_REDIS_PREFIX, the channel prefix (default `zac:`). */
function redisConfig(env: NodeJS.ProcessEnv): Config['redis'] {
  const url = env.REDIS_URL?.trim();
  if (!url) return undefined;
  if (!/^rediss?:\/\/./.test(url)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  const prefix = env.HUB_REDIS_PREFIX ?? 'zac:';
  if (!/^[A-Za-z0-9:_.-]{0,64}$/.test(prefix)) {
    throw new ConfigError('HUB_REDIS_PREFIX may hold at most 64 letters, digits and : _ . -');
  }
  return { url, prefix };
}
