/** Structured fields of a log line (scrubbed of secrets before they are written). */
export type LogFields = Record<string, unknown>;

/**
 * Where the hub reports what an operator should see. The hub's implementation
 * (logging/hub-logger.ts) writes JSON lines (or a readable format in development) carrying the
 * request, workspace, run and trace ids of the work in progress (logging/log-context.ts), with
 * secrets scrubbed from messages, fields and errors. Methods never depend on `this`: callers
 * pass `logger.error` around as a function.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  /** `error` is whatever was thrown (an Error's message, stack, code and cause are kept). */
  error(message: string, error?: unknown, fields?: LogFields): void;
  /** A logger whose lines all carry `bindings` (e.g. `{ component: 'webhooks' }`). */
  child(bindings: LogFields): Logger;
}

/** What `start()` accepts: `info` and `error` at least (benchmarks and tests pass just those). */
export type LoggerLike = Pick<Logger, 'info' | 'error'> & Partial<Logger>;

const ignore = () => undefined;

export const silentLogger: Logger = {
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => silentLogger,
};

/** `logger` with the methods it lacks: `warn` goes to `info`, `debug` nowhere. */
export function completeLogger(logger: LoggerLike): Logger {
  if (logger.debug && logger.warn && logger.child) return logger as Logger;
  const complete: Logger = {
    debug: logger.debug ?? ignore,
    info: logger.info,
    warn: logger.warn ?? logger.info,
    error: logger.error,
    child: logger.child ?? (() => complete),
  };
  return complete;
}
