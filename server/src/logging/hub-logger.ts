import { pino, stdTimeFunctions, type DestinationStream, type Logger as Pino } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogFields, Logger } from '../logger.js';
import { currentLogFields } from './log-context.js';
import { REDACTED, scrubText, scrubValue } from './secret-scrubber.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type LogFormat = 'json' | 'pretty';

/** HUB_LOG_LEVEL and HUB_LOG_FORMAT (config.ts). */
export interface LogConfig {
  readonly level: LogLevel;
  readonly format: LogFormat;
}

/** The hub's logger, plus what main.ts needs around the process's end. */
export interface HubLogger extends Logger {
  /** For a failure that ends the process (written at once, whatever the level). */
  fatal(message: string, error?: unknown, fields?: LogFields): void;
}

/**
 * Known places of secrets in what callers log (headers of a request, credentials): pino blanks
 * them before serializing. scrubValue already replaces secret fields at any depth by name; these
 * paths keep that true of anything that reaches pino by another way.
 */
const REDACT_PATHS = [
  'authorization',
  'cookie',
  'password',
  'token',
  'apiKey',
  'secret',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-zac-visitor"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-zac-visitor"]',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.token',
  '*.apiKey',
  '*.secret',
];

/**
 * The hub's logger: pino writing one JSON object a line (`format: 'json'`), or pino-pretty's
 * readable lines (`'pretty'`, for development), to stdout unless `destination` says otherwise.
 * Every line carries `time` (ISO 8601), `level` (a name), `msg`, the ids of the current log
 * context (requestId, traceId, workspaceId, runId: log-context.ts) and the caller's fields;
 * messages, fields and errors are scrubbed of secrets and card numbers (secret-scrubber.ts).
 * Writes are synchronous: nothing is lost when the process exits right after a line.
 */
export function createHubLogger(
  config: LogConfig,
  options: { destination?: DestinationStream; colorize?: boolean } = {},
): HubLogger {
  const base = pino(
    {
      level: config.level,
      messageKey: 'msg',
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors arrive already serialized and scrubbed (scrubValue); pino's own serializer would
      // rename their type and fold their causes into the message.
      serializers: { err: (err: unknown) => err },
      mixin: () => ({ ...currentLogFields() }),
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destinationFor(config.format, options),
  );
  return hubLogger(base);
}

function destinationFor(
  format: LogFormat,
  options: { destination?: DestinationStream; colorize?: boolean },
): DestinationStream {
  if (format === 'json') return options.destination ?? pino.destination({ dest: 1, sync: true });
  return PinoPretty({
    sync: true,
    destination: options.destination ?? 1,
    colorize: options.colorize ?? false,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    messageKey: 'msg',
    // The ids are shown after the message like any field; these keep lines short.
    singleLine: true,
  });
}

function hubLogger(base: Pino): HubLogger {
  const at =
    (level: 'debug' | 'info' | 'warn') =>
    (message: string, fields?: LogFields): void => {
      if (!base.isLevelEnabled(level)) return;
      base[level](scrubFields(fields), scrubText(message));
    };
  const failure =
    (level: 'error' | 'fatal') =>
    (message: string, error?: unknown, fields?: LogFields): void => {
      if (!base.isLevelEnabled(level)) return;
      const line = scrubFields(fields);
      if (error !== undefined) line.err = scrubValue(error);
      base[level](line, scrubText(message));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: failure('error'),
    fatal: failure('fatal'),
    child: (bindings) => hubLogger(base.child(scrubFields(bindings))),
  };
}

function scrubFields(fields: LogFields | undefined): Record<string, unknown> {
  if (!fields) return {};
  return scrubValue(fields) as Record<string, unknown>;
}
