import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { HubMetrics } from './metrics.js';

/**
 * Counts each GraphQL operation an endpoint answers over HTTP (hub_graphql_requests_total) and
 * times it (hub_graphql_request_duration_seconds). The outcome is `ok`, or the first error's code:
 * the hub's `errorCode` (a closed set) or Apollo's `code` (e.g. GRAPHQL_VALIDATION_FAILED).
 * A request refused before Apollo (a missing credential, an oversized body) is not an
 * operation: hub_http_responses_total counts it.
 */
export function graphqlMetricsPlugin<C extends BaseContext>(
  metrics: HubMetrics,
  endpoint: 'console' | 'widget',
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const first = errors?.[0]?.extensions;
          const code = first?.errorCode ?? first?.code;
          metrics.graphqlRequest({
            endpoint,
            // No operation: the request did not parse or validate.
            operation: operation ? (operationName ?? null) : undefined,
            type: operation?.operation ?? 'invalid',
            outcome: errors?.length ? (typeof code === 'string' ? code : 'error') : 'ok',
            durationMs: performance.now() - started,
          });
        },
      };
    },
  };
}
