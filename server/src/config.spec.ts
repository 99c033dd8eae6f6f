import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function captureError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4000, embedded PGlite under .data, production mode', () => {
    const config = loadConfig({});

    expect(config).toEqual({
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: undefined,
      role: 'both',
      dataDir: resolve('.data'),
      bootstrapApiKey: undefined,
      statementTimeoutMs: 15_000,
      development: false,
      shutdownTimeoutMs: 10_000,
      http: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxConnectionsPerAddress: 128,
        maxConnectionsPerLoopbackAddress: 4_096,
      },
      runConcurrency: 8,
      workerNiceness: 10,
      runLeaseMs: 30_000,
      log: { level: 'info', format: 'json' },
      anthropic: undefined,
      // No SMTP and not production: mail is caught for the console's Outbox.
      mail: {
        smtpUrl: undefined,
        from: 'Juniper Lane Goods <hello@juniperlane.example>',
        catcher: true,
      },
      carriers: {},
      widget: {
        visitorMessagesPerMinute: 12,
        keyRequestsPerMinute: 6_000,
        sessionsPerMinute: 30,
        addressRequestsPerMinute: 600,
        visitorRequestsPerMinute: 120,
        socketsPerVisitor: 20,
        socketsPerAddress: 200,
        socketsPerKey: 5_000,
        identitySecretGraceHours: 24,
        demoPublishableKey: undefined,
      },
      admin: {
        email: undefined,
        password: undefined,
        sessionHours: 12,
        signInLimits: {
          failuresPerAddress: 30,
          failuresPerEmailAndAddress: 10,
          failuresPerEmail: 100,
          windowSeconds: 900,
        },
      },
      publicUrl: undefined,
      inboundWebhooks: { toleranceSeconds: 300 },
      outboundWebhooks: { timeoutMs: 10_000, disableAfterHours: 120, allowPrivateNetworks: true },
      automation: { enabled: true, scheduleGraceSeconds: 120 },
      metrics: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('logs JSON lines at info by default, pretty ones in development, and takes a level and a format', () => {
    expect(loadConfig({}).log).toEqual({ level: 'info', format: 'json' });
    expect(Object.isFrozen(loadConfig({}).log)).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).log).toEqual({
      level: 'info',
      format: 'pretty',
    });
    expect(loadConfig({ NODE_ENV: 'production', HUB_LOG_FORMAT: 'pretty' }).log.format).toBe(
      'pretty',
    );
    expect(loadConfig({ NODE_ENV: 'development', HUB_LOG_FORMAT: 'json' }).log.format).toBe('json');
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const) {
      expect(loadConfig({ HUB_LOG_LEVEL: level }).log.level).toBe(level);
    }
    // The older switch still silences the hub (the benchmark's hubs use it).
    expect(loadConfig({ HUB_LOG: 'silent' }).log.level).toBe('silent');
    expect(loadConfig({ HUB_LOG: 'silent', HUB_LOG_LEVEL: 'error' }).log.level).toBe('error');
  });

  it('refuses an unknown log level or format', () => {
    expect(() => loadConfig({ HUB_LOG_LEVEL: 'verbose' })).toThrow(
      'HUB_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
    expect(() => loadConfig({ HUB_LOG_FORMAT: 'text' })).toThrow(
      'HUB_LOG_FORMAT must be json or pretty, got "text"',
    );
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ HOST: '', PORT: '', DATABASE_URL: '', HUB_BOOTSTRAP_API_KEY: '' });

    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: undefined,
      bootstrapApiKey: undefined,
    });
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '0',
      DATABASE_URL: 'postgres://hub@db:5432/hub',
      REDIS_URL: 'redis://cache:6379',
      HUB_REDIS_PREFIX: 'shop1:',
      HUB_ROLE: 'worker',
      HUB_DATA_DIR: '/var/lib/hub',
      HUB_BOOTSTRAP_API_KEY: 'sk_test_0123456789abcdef',
      NODE_ENV: 'development',
      HUB_RUN_CONCURRENCY: '2',
      HUB_WORKER_NICENESS: '0',
      HUB_RUN_LEASE_MS: '5000',
      HUB_LOG_LEVEL: 'warn',
      HUB_LOG_FORMAT: 'json',
      HUB_SMTP_URL: 'smtp://127.0.0.1:2525',
      HUB_MAIL_FROM: 'Shop <hello@shop.example>',
      HUB_WIDGET_MESSAGES_PER_MINUTE: '3',
      HUB_WIDGET_KEY_REQUESTS_PER_MINUTE: '100',
      HUB_WIDGET_SESSIONS_PER_MINUTE: '5',
      HUB_DEMO_PUBLISHABLE_KEY: 'pk_test_0123456789abcdef',
      HUB_ADMIN_EMAIL: 'Owner@Shop.example',
      HUB_ADMIN_PASSWORD: 'correct horse battery',
      HUB_ADMIN_SESSION_HOURS: '8',
      HUB_ADMIN_SIGN_IN_FAILURES_PER_ADDRESS: '7',
      HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL_AND_ADDRESS: '3',
      HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL: '50',
      HUB_ADMIN_SIGN_IN_WINDOW_SECONDS: '60',
      HUB_DB_STATEMENT_TIMEOUT_MS: '2000',
      HUB_SHUTDOWN_TIMEOUT_MS: '4000',
      HUB_HTTP_HEADERS_TIMEOUT_MS: '2000',
      HUB_HTTP_REQUEST_TIMEOUT_MS: '3000',
      HUB_HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      HUB_MAX_CONNECTIONS_PER_IP: '16',
      HUB_MAX_LOOPBACK_CONNECTIONS: '64',
      HUB_WIDGET_ADDRESS_REQUESTS_PER_MINUTE: '60',
      HUB_WIDGET_VISITOR_REQUESTS_PER_MINUTE: '30',
      HUB_WIDGET_SOCKETS_PER_VISITOR: '2',
      HUB_WIDGET_SOCKETS_PER_ADDRESS: '8',
      HUB_WIDGET_SOCKETS_PER_KEY: '100',
      HUB_WIDGET_IDENTITY_SECRET_GRACE_HOURS: '1',
      HUB_PUBLIC_URL: 'https://hub.shop.example/',
      HUB_WEBHOOK_TOLERANCE_SECONDS: '60',
      HUB_WEBHOOK_TIMEOUT_MS: '2500',
      HUB_WEBHOOK_DISABLE_AFTER_HOURS: '24',
      HUB_WEBHOOKS_ALLOW_PRIVATE: 'false',
      HUB_AUTOMATION: 'off',
      HUB_SCHEDULE_GRACE_SECONDS: '30',
    });

    expect(config).toEqual({
      host: '0.0.0.0',
      port: 0,
      databaseUrl: 'postgres://hub@db:5432/hub',
      redis: { url: 'redis://cache:6379', prefix: 'shop1:' },
      role: 'worker',
      dataDir: '/var/lib/hub',
      bootstrapApiKey: 'sk_test_0123456789abcdef',
      statementTimeoutMs: 2_000,
      development: true,
      shutdownTimeoutMs: 4_000,
      http: {
        headersTimeoutMs: 2_000,
        requestTimeoutMs: 3_000,
        keepAliveTimeoutMs: 1_000,
        maxConnectionsPerAddress: 16,
        maxConnectionsPerLoopbackAddress: 64,
      },
      runConcurrency: 2,
      workerNiceness: 0,
      runLeaseMs: 5_000,
      log: { level: 'warn', format: 'json' },
      anthropic: undefined,
      mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'Shop <hello@shop.example>', catcher: false },
      carriers: {},
      widget: {
        visitorMessagesPerMinute: 3,
        keyRequestsPerMinute: 100,
        sessionsPerMinute: 5,
        addressRequestsPerMinute: 60,
        visitorRequestsPerMinute: 30,
        socketsPerVisitor: 2,
        socketsPerAddress: 8,
        socketsPerKey: 100,
        identitySecretGraceHours: 1,
        demoPublishableKey: 'pk_test_0123456789abcdef',
      },
      admin: {
        email: 'owner@shop.example',
        password: 'correct horse battery',
        sessionHours: 8,
        signInLimits: {
          failuresPerAddress: 7,
          failuresPerEmailAndAddress: 3,
          failuresPerEmail: 50,
          windowSeconds: 60,
        },
      },
      publicUrl: 'https://hub.shop.example',
      inboundWebhooks: { toleranceSeconds: 60 },
      outboundWebhooks: { timeoutMs: 2_500, disableAfterHours: 24, allowPrivateNetworks: true },
      automation: { enabled: false, scheduleGraceSeconds: 30 },
    });
  });

  it('takes HUB_AUTOMATION as on or off only, and a schedule grace of at most an hour', () => {
    expect(loadConfig({ HUB_AUTOMATION: 'on' }).automation.enabled).toBe(true);
    expect(() => loadConfig({ HUB_AUTOMATION: 'yes' })).toThrow(
      'HUB_AUTOMATION must be on or off, got "yes"',
    );
    expect(() => loadConfig({ HUB_SCHEDULE_GRACE_SECONDS: '3601' })).toThrow(ConfigError);
  });

  it('sends webhooks to private addresses outside production, and in production only with HUB_WEBHOOKS_ALLOW_PRIVATE=true', () => {
    expect(loadConfig({}).outboundWebhooks.allowPrivateNetworks).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).outboundWebhooks.allowPrivateNetworks).toBe(
      false,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', HUB_WEBHOOKS_ALLOW_PRIVATE: 'true' }).outboundWebhooks
        .allowPrivateNetworks,
    ).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_WEBHOOKS_ALLOW_PRIVATE: 'yes' })).toThrow(
      'HUB_WEBHOOKS_ALLOW_PRIVATE must be true or false, got "yes"',
    );
    expect(() => loadConfig({ HUB_WEBHOOK_TIMEOUT_MS: '60001' })).toThrow(ConfigError);
    expect(() => loadConfig({ HUB_WEBHOOK_DISABLE_AFTER_HOURS: '0' })).toThrow(ConfigError);
  });

  it('keeps HUB_PUBLIC_URL with its path but without trailing slashes, and refuses other URLs', () => {
    expect(loadConfig({ HUB_PUBLIC_URL: 'https://shop.example/hub//' }).publicUrl).toBe(
      'https://shop.example/hub',
    );
    for (const raw of ['hub.shop.example', 'ftp://hub.shop.example', 'https://x.example/?a=1']) {
      expect(() => loadConfig({ HUB_PUBLIC_URL: raw })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ HUB_PUBLIC_URL: 'https://user:pw@hub.example' })).toThrow(
      'HUB_PUBLIC_URL must not carry a user name or password',
    );
    expect(() => loadConfig({ HUB_WEBHOOK_TOLERANCE_SECONDS: '0' })).toThrow(
      'HUB_WEBHOOK_TOLERANCE_SECONDS must be an integer from 1 to 3600, got "0"',
    );
  });

  it('turns on the Anthropic provider when ANTHROPIC_API_KEY is set, with default timeout and retries', () => {
    const config = loadConfig({ ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: '' });

    expect(config.anthropic).toEqual({
      apiKey: 'sk-ant-test',
      baseUrl: undefined,
      timeoutMs: 60_000,
      maxRetries: 3,
    });
    expect(Object.isFrozen(config.anthropic)).toBe(true);
  });

  it('reads the Anthropic base URL, per-attempt timeout and retry count', () => {
    const config = loadConfig({
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:5555',
      HUB_MODEL_TIMEOUT_MS: '500',
      HUB_MODEL_MAX_RETRIES: '0',
    });

    expect(config.anthropic).toEqual({
      apiKey: 'sk-ant-test',
      baseUrl: 'http://127.0.0.1:5555',
      timeoutMs: 500,
      maxRetries: 0,
    });
  });

  it('ignores the model settings without ANTHROPIC_API_KEY (the offline provider runs)', () => {
    expect(
      loadConfig({ ANTHROPIC_BASE_URL: 'http://x', HUB_MODEL_TIMEOUT_MS: '500' }).anthropic,
    ).toBe(undefined);
  });

  it.each(['abc', '65536', '-1', '4000.5', '80a'])('refuses PORT=%j with a ConfigError', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(
      `PORT must be an integer from 0 to 65535, got "${port}"`,
    );
  });

  it.each([
    ['HUB_RUN_CONCURRENCY', '0', 'HUB_RUN_CONCURRENCY must be an integer from 1 to 256, got "0"'],
    ['HUB_WORKER_NICENESS', '20', 'HUB_WORKER_NICENESS must be an integer from 0 to 19, got "20"'],
    [
      'HUB_RUN_LEASE_MS',
      '500',
      'HUB_RUN_LEASE_MS must be an integer from 1000 to 3600000, got "500"',
    ],
    [
      'HUB_MODEL_TIMEOUT_MS',
      '50',
      'HUB_MODEL_TIMEOUT_MS must be an integer from 100 to 600000, got "50"',
    ],
    [
      'HUB_MODEL_MAX_RETRIES',
      '11',
      'HUB_MODEL_MAX_RETRIES must be an integer from 0 to 10, got "11"',
    ],
  ])('refuses %s=%s outside its range', (name, value, message) => {
    expect(() => loadConfig({ ANTHROPIC_API_KEY: 'sk-ant-test', [name]: value })).toThrow(message);
  });

  it.each([
    'sk_short',
    'pk_live_0123456789abcdef',
    'sk_live-0123456789abcdef',
    'sk_ 0123456789abcdef',
  ])(
    'refuses HUB_BOOTSTRAP_API_KEY=%j with a ConfigError that names the shape, not the key',
    (key) => {
      const error = captureError(() => loadConfig({ HUB_BOOTSTRAP_API_KEY: key }));

      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(
        'HUB_BOOTSTRAP_API_KEY must look like sk_ followed by at least 16 letters, digits or _',
      );
    },
  );

  it('refuses a HUB_ADMIN_PASSWORD under 12 characters without echoing it', () => {
    const error = captureError(() => loadConfig({ HUB_ADMIN_PASSWORD: 'hunter2' }));

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'HUB_ADMIN_PASSWORD must be at least 12 characters',
    );
  });

  it.each(['owner', 'owner@', 'a b@shop.example'])('refuses HUB_ADMIN_EMAIL=%j', (email) => {
    expect(() => loadConfig({ HUB_ADMIN_EMAIL: email })).toThrow(ConfigError);
  });

  it('refuses HUB_ADMIN_SESSION_HOURS=0', () => {
    expect(() => loadConfig({ HUB_ADMIN_SESSION_HOURS: '0' })).toThrow(
      'HUB_ADMIN_SESSION_HOURS must be an integer from 1 to 2160, got "0"',
    );
  });

  // Bug: Number() accepts blank, hexadecimal and exponent forms, so PORT=" " silently becomes
  // port 0 (a random port) and PORT="0x1F90" port 8080, instead of a ConfigError.
  it.each([' ', '0x1F90'])('refuses PORT=%j, which is not a decimal integer', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
  });

  it('takes HUB_ROLE api or worker only with the shared PostgreSQL and Redis a split hub needs', () => {
    const shared = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hub',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(loadConfig({ ...shared, HUB_ROLE: 'worker' }).role).toBe('worker');
    expect(loadConfig({ ...shared, HUB_ROLE: 'api' }).role).toBe('api');
    expect(loadConfig({ HUB_ROLE: 'both' }).role).toBe('both');
    expect(
      captureError(() => loadConfig({ HUB_ROLE: 'worker', REDIS_URL: shared.REDIS_URL })),
    ).toMatchObject({ name: 'ConfigError', message: expect.stringContaining('DATABASE_URL') });
    expect(
      captureError(() => loadConfig({ HUB_ROLE: 'api', DATABASE_URL: shared.DATABASE_URL })),
    ).toMatchObject({ name: 'ConfigError', message: expect.stringContaining('REDIS_URL') });
    expect(captureError(() => loadConfig({ ...shared, HUB_ROLE: 'scheduler' }))).toMatchObject({
      name: 'ConfigError',
      message: 'HUB_ROLE must be both, api or worker',
    });
  });

  it('serves no metrics unless a token or a port is set', () => {
    expect(loadConfig({}).metrics).toBeUndefined();
    expect(loadConfig({ HUB_METRICS_TOKEN: '', HUB_METRICS_PORT: '' }).metrics).toBeUndefined();
  });

  it('takes a metrics token alone (the hub port, bearer), a port alone (its own listener) or both', () => {
    const token = 'metrics_0123456789abcdef';
    const byToken = loadConfig({ HUB_METRICS_TOKEN: token }).metrics;
    expect(byToken).toEqual({ token, port: undefined, host: '127.0.0.1' });
    expect(Object.isFrozen(byToken)).toBe(true);
    expect(loadConfig({ HUB_METRICS_PORT: '9464' }).metrics).toEqual({
      token: undefined,
      port: 9464,
      host: '127.0.0.1',
    });
    expect(
      loadConfig({ HUB_METRICS_TOKEN: token, HUB_METRICS_PORT: '0', HUB_METRICS_HOST: '10.0.0.5' })
        .metrics,
    ).toEqual({ token, port: 0, host: '10.0.0.5' });
  });

  it('refuses a short or oddly formed metrics token without echoing it, a bad port and a host without a port', () => {
    for (const bad of ['short-token', 'has spaces in the token!!']) {
      const error = captureError(() => loadConfig({ HUB_METRICS_TOKEN: bad }));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain(bad);
    }
    expect(() => loadConfig({ HUB_METRICS_PORT: '70000' })).toThrow(
      'HUB_METRICS_PORT must be an integer from 0 to 65535, got "70000"',
    );
    expect(() => loadConfig({ HUB_METRICS_HOST: '0.0.0.0' })).toThrow(
      'HUB_METRICS_HOST needs HUB_METRICS_PORT',
    );
  });

  it('takes a backup token for the embedded database only, and never echoes a bad one', () => {
    expect(loadConfig({}).backupToken).toBeUndefined();
    const token = 'backup_0123456789abcdef';
    expect(loadConfig({ HUB_BACKUP_TOKEN: token }).backupToken).toBe(token);
    const error = captureError(() => loadConfig({ HUB_BACKUP_TOKEN: 'too-short' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toContain('too-short');
    expect(() =>
      loadConfig({ HUB_BACKUP_TOKEN: token, DATABASE_URL: 'postgres://hub@db/hub' }),
    ).toThrow('with DATABASE_URL use pg_dump');
  });
});
