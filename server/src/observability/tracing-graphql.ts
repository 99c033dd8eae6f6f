import {
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import {
  ATTR_ERROR_TYPE,
  ATTR_GRAPHQL_OPERATION_NAME,
  ATTR_GRAPHQL_OPERATION_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HUB_ENDPOINT,
  ATTR_HUB_ERROR_CODE,
  ATTR_HUB_TRANSPORT,
  ATTR_URL_PATH,
} from './tracing-attributes.js';
import { startSpan, tracingEnabled, withContext } from './tracing.js';

export type GraphQLEndpointName = 'console' | 'widget';

/**
 * The span of each GraphQL operation over HTTP, active for everything the operation does (its
 * resolvers, the transactions they open, the run it queues). Mounted just before Apollo, after
 * the body is parsed: Apollo's plugins cannot make a span active, so this middleware does, and
 * the metrics plugin names it once Apollo knows the operation (`nameOperationSpan`). Ended when
 * the response closes. Off, it only calls `next`.
 *
 * A console caller's `traceparent` is continued (the operator's own tools may trace); the
 * widget's callers are anonymous visitors, whose headers must not choose the hub's sampling,
 * so a widget operation starts a trace of its own.
 */
export function graphqlOperationSpans(endpoint: GraphQLEndpointName) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!tracingEnabled()) return next();
    const parent =
      endpoint === 'console' ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
    const span = startSpan(
      'graphql',
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HUB_ENDPOINT]: endpoint,
          [ATTR_HUB_TRANSPORT]: 'http',
          [ATTR_HTTP_REQUEST_METHOD]: req.method,
          [ATTR_URL_PATH]: `${req.baseUrl}${req.path}`,
        },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    withContext(trace.setSpan(parent, span), next);
  };
}

/** The operation span active now (made by `graphqlOperationSpans`), when tracing is on. */
export function activeOperationSpan(): Span | undefined {
  if (!tracingEnabled()) return undefined;
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}

/**
 * Names the span after its operation, as the GraphQL semantic conventions do:
 * `query AgentList`, `mutation StartRun` (`mutation` alone when the operation has no name).
 */
export function nameOperationSpan(span: Span, type: string, name: string | null): void {
  span.updateName(name ? `${type} ${name}` : type);
  span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
  if (name) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, name);
}

/** An operation answered with errors: error status, with the first error's code. */
export function failOperationSpan(span: Span, code: string): void {
  span.setAttribute(ATTR_HUB_ERROR_CODE, code);
  span.setAttribute(ATTR_ERROR_TYPE, code);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
}
