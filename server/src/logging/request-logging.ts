import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import {
  newTraceId,
  requestIdFrom,
  traceIdOf,
  withLogContext,
  type LogContextFields,
} from './log-context.js';

/** Paths polled by probes and scrapers: their successful answers are logged at debug only. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The first middleware of the hub's HTTP server. It gives each request its id (the client's
 * `x-request-id` when it is short and plain, else a new one; echoed in the response's
 * `x-request-id`) and its trace id (the W3C `traceparent`'s, else a new one), runs the rest of
 * the request in that log context, and logs one line when the response is sent: method, path
 * (never the query string), status, duration and the GraphQL operation's name. The endpoints add
 * the workspace to the context once they know the caller (console-endpoint.ts,
 * widget-endpoint.ts), so that line and every line logged while handling the request carry it.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const context: LogContextFields = {
      requestId: requestIdFrom(req.headers['x-request-id']),
      traceId: traceIdOf(req.headers.traceparent) ?? newTraceId(),
    };
    res.setHeader('x-request-id', context.requestId as string);
    const started = performance.now();
    res.once('finish', () =>
      withLogContext(context, () => {
        const path = req.originalUrl.split('?')[0] ?? '/';
        const status = res.statusCode;
        const fields = {
          method: req.method,
          path: path.slice(0, 200),
          status,
          durationMs: Math.round(performance.now() - started),
          ...operationOf(req),
        };
        if (status >= 500) logger.warn('request', fields);
        else if (
          PROBES.has(path) ||
          ((req.method === 'GET' || req.method === 'HEAD') && status < 400)
        ) {
          logger.debug('request', fields);
        } else logger.info('request', fields);
      }),
    );
    withLogContext(context, next);
  };
}

/** The GraphQL operation's name, when the parsed body names one. */
function operationOf(req: Request): { operation?: string } {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return {};
  const name = (body as { operationName?: unknown }).operationName;
  return typeof name === 'string' && name !== '' ? { operation: name.slice(0, 100) } : {};
}
