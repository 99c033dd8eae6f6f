import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { HubMetrics } from './metrics.js';
import {
  activeOperationSpan,
  failOperationSpan,
  nameOperationSpan,
  type GraphQLEndpointName,
} from './tracing-graphql.js';

/**
 * Counts each GraphQL operation an endpoint answers over HTTP (hub_graphql_requests_total) and
 * times it (hub_graphql_request_duration_seconds). The outcome is `ok`, or the first error's code:
 * the hub's `errorCode` (a closed set) or Apollo's `code` (e.g. GRAPHQL_VALIDATION_FAILED).
 * A request refused before Apollo (a missing credential, an oversized body) is not an
 * operation: hub_http_responses_total counts it.
 *
 * With tracing on it also names the operation's span (tracing-graphql.ts) and marks it failed
 * when the response carries errors.
 */
export function graphqlMetricsPlugin<C extends BaseContext>(
  metrics: HubMetrics,
  endpoint: GraphQLEndpointName,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      const span = activeOperationSpan();
      return {
        async didResolveOperation({ operation, operationName }) {
          if (span && operation)
            nameOperationSpan(span, operation.operation, operationName ?? null);
        },
        async willSendResponse({ operation, operationName, response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const first = errors?.[0]?.extensions;
          const code = first?.errorCode ?? first?.code;
          const outcome = errors?.length ? (typeof code === 'string' ? code : 'error') : 'ok';
          metrics.graphqlRequest({
            endpoint,
            // No operation: the request did not parse or validate.
            operation: operation ? (operationName ?? null) : undefined,
            type: operation?.operation ?? 'invalid',
            outcome,
            durationMs: performance.now() - started,
          });
          if (span && outcome !== 'ok') failOperationSpan(span, outcome);
        },
      };
    },
  };
}
