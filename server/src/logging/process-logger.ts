import { silentLogger, type Logger } from '../logger.js';

/**
 * The process's logger, for the few places that report an unexpected failure and are given no
 * logger of their own (a socket's internal error in http/graphql-ws-server.ts). main.ts sets
 * the hub's logger; until then (tests, the benchmark's servers) the failure goes to stderr as
 * plain text, as it did before there was a logger. Everything else is handed its logger.
 */
let current: Logger | undefined;

export function setProcessLogger(logger: Logger): void {
  current = logger;
}

export function processLogger(): Logger {
  return current ?? stderrLogger;
}

const stderrLogger: Logger = {
  ...silentLogger,
  error: (message, error) => console.error(message, error ?? ''),
};
