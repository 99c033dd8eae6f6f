import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import {
  getOperationAST,
  type DocumentNode,
  GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { DomainError } from '../errors.js';
import { toGraphQLError, type ErrorShaper } from './domain-errors.js';
import type { OperationGuard } from './operation-limits.js';

/**
 * The operation limits on each transport. Over HTTP the bounds are checked before Apollo parses
 * (Apollo then validates a document known to be small) and the cost once Apollo resolved the
 * operation; over WebSocket everything runs in onSubscribe. The answers are the same either way.
 */

/** Express middleware in front of Apollo: refuses a POST body whose query breaks a bound. */
export function operationBoundsMiddleware(
  guard: OperationGuard,
  shape: ErrorShaper,
): express.Handler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      return refuse(res, shape, [
        toGraphQLError(
          new DomainError('MALFORMED_QUERY', 'Send one operation per request (no batches).'),
        ),
      ]);
    }
    const query =
      body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined;
    const checked = guard.checkBounds(query);
    if (Array.isArray(checked)) return refuse(res, shape, checked);
    next();
  };
}

/** Apollo plugin: the variables' shape and the operation's cost, before it executes. */
export function operationCostPlugin<Context extends object>(
  guard: OperationGuard,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        const cost = guard.checkExecution(document, request.variables, request.operationName);
        if (Array.isArray(cost)) throw asClientError(cost[0] as GraphQLError);
      },
    }),
  };
}

/** WebSocket subscribe: every check, then the single operation to run. */
export function checkSocketOperation(
  guard: OperationGuard,
  payload: { query: string; variables?: unknown; operationName?: unknown },
): { document: DocumentNode; operation: OperationDefinitionNode } | GraphQLError[] {
  const checked = guard.check(payload);
  if (Array.isArray(checked)) return checked;
  const name = typeof payload.operationName === 'string' ? payload.operationName : undefined;
  const operation = getOperationAST(checked.document, name);
  if (!operation) {
    return [
      toGraphQLError(
        new DomainError(
          'INVALID_QUERY',
          'Name the operation to run (operationName): the document holds several, or the name matches none.',
        ),
      ),
    ];
  }
  return { document: checked.document, operation };
}

/**
 * Apollo answers an error thrown from a plugin hook with HTTP 500 unless the error names its
 * status; these are the client's mistakes (variables, cost), answered 400 like the bounds above.
 * Apollo takes `extensions.http` out before the error reaches the client.
 */
export function asClientError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

function refuse(res: express.Response, shape: ErrorShaper, errors: GraphQLError[]): void {
  res.status(400).json({ errors: errors.map((error) => shape(error.toJSON(), error)) });
}
