import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import {
  execute as graphqlExecute,
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
} from 'graphql';
import { DomainError } from '../errors.js';
import type { GraphQLWsOptions } from '../http/graphql-ws-server.js';
import type { HubMetrics } from './metrics.js';
import { ATTR_HUB_ENDPOINT, ATTR_HUB_TRANSPORT } from './tracing-attributes.js';
import {
  failOperationSpan,
  nameOperationSpan,
  type GraphQLEndpointName,
} from './tracing-graphql.js';
import { startSpan, tracingEnabled, withContext } from './tracing.js';

type Payload = Record<string, unknown> | undefined;

/**
 * The GraphQL-over-WebSocket counterpart of graphql-metrics-plugin.ts and tracing-graphql.ts:
 * makes a function that takes an endpoint's graphql-ws options and returns them with each operation counted in
 * hub_websocket_operations_total (by name, type and outcome, names capped as over HTTP) and,
 * with tracing on, each query and mutation over the socket executed in a span of its own.
 *
 * Counted once per operation, when it starts: a query or mutation with its result's outcome, a
 * subscription `ok` once it streams (or the code that refused it). Nothing here runs per event
 * a subscription delivers: the fan-out path is untouched.
 */
export function observeSocketOperations(metrics: HubMetrics, endpoint: GraphQLEndpointName) {
  return <P extends Payload, X>(options: GraphQLWsOptions<P, X>): GraphQLWsOptions<P, X> =>
    observed(options, metrics, endpoint);
}

function observed<P extends Payload, X>(
  options: GraphQLWsOptions<P, X>,
  metrics: HubMetrics,
  endpoint: GraphQLEndpointName,
): GraphQLWsOptions<P, X> {
  const { onOperation, onError } = options;
  type Execute = NonNullable<GraphQLWsOptions<P, X>['execute']>;
  const execute: Execute = options.execute ?? graphqlExecute;
  return {
    ...options,
    execute: (args: ExecutionArgs) =>
      tracingEnabled() ? traced(execute, args, endpoint) : execute(args),
    async onOperation(ctx, id, payload, args, result) {
      const replaced = await onOperation?.(ctx, id, payload, args, result);
      const operation = getOperationAST(args.document, args.operationName);
      // graphql-ws passes the settled result: a result, or a subscription's stream.
      const errors = errorsOf(replaced || result);
      metrics.websocketOperation({
        endpoint,
        operation: operation ? (operation.name?.value ?? null) : undefined,
        type: operation?.operation ?? 'invalid',
        outcome: errors?.length ? codeOf(errors) : 'ok',
      });
      return replaced;
    },
    // Refused before executing: the operation did not parse or validate, or the socket's
    // credential or role does not allow it (as over HTTP, `(invalid)` with its error's code).
    onError(ctx, id, payload, errors) {
      metrics.websocketOperation({
        endpoint,
        operation: undefined,
        type: 'invalid',
        outcome: codeOf(errors),
      });
      return onError?.(ctx, id, payload, errors);
    },
  };
}

/** A query or mutation over the socket, executed in its own span (a new trace: no headers). */
function traced<R>(
  execute: (args: ExecutionArgs) => R,
  args: ExecutionArgs,
  endpoint: GraphQLEndpointName,
): R {
  const operation = getOperationAST(args.document, args.operationName);
  const span = startSpan(
    'graphql',
    {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HUB_ENDPOINT]: endpoint, [ATTR_HUB_TRANSPORT]: 'websocket' },
    },
    ROOT_CONTEXT,
  );
  if (operation) nameOperationSpan(span, operation.operation, operation.name?.value ?? null);
  const end = <T>(result: T): T => {
    const errors = errorsOf(result);
    if (errors?.length) failOperationSpan(span, codeOf(errors));
    span.end();
    return result;
  };
  try {
    const result = withContext(trace.setSpan(ROOT_CONTEXT, span), () => execute(args));
    return result instanceof Promise
      ? (result.then(end, (error: unknown) => {
          failOperationSpan(span, 'INTERNAL');
          span.end();
          throw error;
        }) as R)
      : end(result);
  } catch (error) {
    failOperationSpan(span, 'INTERNAL');
    span.end();
    throw error;
  }
}

/**
 * The first error's code, as the HTTP counter reports it once errors are formatted: the hub's
 * `errorCode`, else graphql's or Apollo's `code`, else INTERNAL for an unexpected exception.
 */
function codeOf(errors: readonly GraphQLError[]): string {
  const first = errors[0];
  if (!first) return 'error';
  const original = first.originalError;
  if (original instanceof DomainError) return original.errorCode;
  const extensions = first.extensions ?? {};
  const code = extensions.errorCode ?? extensions.code;
  if (typeof code === 'string') return code;
  return original ? 'INTERNAL' : 'GRAPHQL_VALIDATION_FAILED';
}

/** A single result's errors; none for a subscription's stream. */
function errorsOf(result: unknown): readonly GraphQLError[] | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  if (Symbol.asyncIterator in result) return undefined;
  return (result as ExecutionResult).errors;
}
