import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { domainErrorStatusPlugin, formatError, toGraphQLError } from './domain-errors.js';

function format(formatted: GraphQLFormattedError, error: unknown, development = false) {
  const logged: Array<{ message: string; error: unknown }> = [];
  const result = formatError(formatted, error, {
    development,
    log: (message, cause) => logged.push({ message, error: cause }),
  });
  return { result, logged };
}

describe('formatError', () => {
  it('keeps a DomainError message, code and details, and drops the stack trace', () => {
    const error = new DomainError('RUN_NOT_FOUND', 'No run with id "r1".', { runId: 'r1' });
    // As Apollo hands over a resolver's throw: graphql-js located it, Apollo added its own code.
    const located = new GraphQLError(error.message, { path: ['run'], originalError: error });
    const formatted = {
      ...located.toJSON(),
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: ['DomainError: No run', '    at get'],
      },
    };

    const { result, logged } = format(formatted, located);

    expect(result).toEqual({
      message: 'No run with id "r1".',
      path: ['run'],
      extensions: { code: 'RUN_NOT_FOUND', errorCode: 'RUN_NOT_FOUND', runId: 'r1' },
    });
    expect(logged).toEqual([]);
  });

  it.each([
    ['GRAPHQL_PARSE_FAILED', 'MALFORMED_QUERY'],
    ['GRAPHQL_VALIDATION_FAILED', 'INVALID_QUERY'],
    ['BAD_USER_INPUT', 'INVALID_INPUT'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ])("maps Apollo's %s to errorCode %s, keeping the message", (code, errorCode) => {
    const formatted = {
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 8 }],
      extensions: { code, stacktrace: ['GraphQLError: Syntax Error'] },
    };

    const { result } = format(formatted, new GraphQLError(formatted.message));

    expect(result).toEqual({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 8 }],
      extensions: { code, errorCode },
    });
  });

  it('quotes at most an excerpt of what the client sent, in the message and in the details', () => {
    const key = 'k'.repeat(70_000);
    const error = new DomainError('AGENT_NOT_FOUND', `No agent with key "${key}".`, { key });

    const { result } = format({ message: error.message }, error);

    expect(result.message).toBe(`No agent with key "${'k'.repeat(481)}… (70021 characters)`);
    expect(result.extensions?.key).toBe(`${'k'.repeat(500)}… (70000 characters)`);
    expect(result.extensions?.errorCode).toBe('AGENT_NOT_FOUND');
    const tools = new DomainError('INVALID_INPUT', 'Unknown tools.', { tools: [key, 'ok'] });
    expect(format({ message: tools.message }, tools).result.extensions?.tools).toEqual([
      `${'k'.repeat(500)}… (70000 characters)`,
      'ok',
    ]);
    // An emoji across the cut is kept whole or left out, never halved.
    const emoji = new DomainError('INVALID_INPUT', `${'x'.repeat(499)}🙂 and more`);
    expect(format({ message: emoji.message }, emoji).result.message).toBe(
      `${'x'.repeat(499)}… (510 characters)`,
    );
  });

  it('hides an unexpected error outside development: generic message, INTERNAL, no stack', () => {
    const cause = new Error('connect ECONNREFUSED 10.0.0.7:5432 (password=hunter2)');
    const formatted = {
      message: cause.message,
      locations: [{ line: 2, column: 3 }],
      path: ['runs', 0, 'agent'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [`Error: ${cause.message}`] },
    };

    const { result, logged } = format(formatted, cause);

    expect(result).toEqual({
      message: 'Internal error',
      path: ['runs', 0, 'agent'],
      extensions: { code: 'INTERNAL', errorCode: 'INTERNAL' },
    });
    expect(JSON.stringify(result)).not.toContain('ECONNREFUSED');
    expect(logged).toEqual([
      { message: 'unexpected error while serving a GraphQL request', error: cause },
    ]);
  });

  it('shows an unexpected error message in development, still as INTERNAL without a stack', () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'id')");
    const formatted = {
      message: cause.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [`TypeError: ${cause.message}`] },
    };

    const { result } = format(formatted, cause, true);

    expect(result).toEqual({
      message: "Cannot read properties of undefined (reading 'id')",
      extensions: { code: 'INTERNAL', errorCode: 'INTERNAL' },
    });
  });

  it('treats an error with an unknown errorCode as unexpected', () => {
    const formatted = { message: 'secret detail', extensions: { errorCode: 'NOT_A_CODE' } };

    const { result } = format(formatted, new Error('secret detail'));

    expect(result).toEqual({
      message: 'Internal error',
      extensions: { code: 'INTERNAL', errorCode: 'INTERNAL' },
    });
  });
});

describe('a DomainError at the GraphQL edge', () => {
  const typeDefs = 'type Query { run: Int, visitor: Int }';
  const rateLimited = new DomainError(
    'RATE_LIMITED',
    'Too many messages; try again in 20 seconds.',
    {
      retryAfterSeconds: 20,
      http: { status: 429 },
    },
  );

  async function serve(plugins: ApolloServerPlugin[] = []) {
    const server = new ApolloServer({
      typeDefs,
      resolvers: {
        Query: {
          run: () => {
            throw new DomainError('RUN_NOT_FOUND', 'No run with id "r1".', { runId: 'r1' });
          },
          visitor: () => {
            throw rateLimited;
          },
        },
      },
      formatError: (formatted, error) =>
        formatError(formatted, error, { development: false, log: () => undefined }),
      plugins: [...plugins, domainErrorStatusPlugin()],
    });
    await server.start();
    return server;
  }

  async function answer(server: ApolloServer, query: string) {
    const { http, body } = await server.executeOperation({ query });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return { status: http.status, errors: body.singleResult.errors };
  }

  it("reaches a client as the same extensions when a resolver throws it, with the HTTP status it names and no 'http'", async () => {
    const server = await serve();

    expect(await answer(server, '{ run }')).toEqual({
      status: undefined,
      errors: [
        {
          message: 'No run with id "r1".',
          locations: [{ line: 1, column: 3 }],
          path: ['run'],
          extensions: { code: 'RUN_NOT_FOUND', errorCode: 'RUN_NOT_FOUND', runId: 'r1' },
        },
      ],
    });
    expect(await answer(server, '{ visitor }')).toEqual({
      status: 429,
      errors: [
        {
          message: 'Too many messages; try again in 20 seconds.',
          locations: [{ line: 1, column: 3 }],
          path: ['visitor'],
          extensions: { code: 'RATE_LIMITED', errorCode: 'RATE_LIMITED', retryAfterSeconds: 20 },
        },
      ],
    });
    await server.stop();
  });

  it('answers a refusal thrown from a plugin before execution with its status (not 500)', async () => {
    const forbidden = new DomainError('FORBIDDEN', 'Owners only.', { http: { status: 403 } });
    const server = await serve([
      {
        requestDidStart: async () => ({
          didResolveOperation: async () => {
            throw forbidden;
          },
        }),
      },
    ]);

    expect(await answer(server, '{ run }')).toEqual({
      status: 403,
      errors: [
        { message: 'Owners only.', extensions: { code: 'FORBIDDEN', errorCode: 'FORBIDDEN' } },
      ],
    });
    await server.stop();
  });

  it('becomes a GraphQLError for graphql-ws and Apollo hooks, shaped like any other', () => {
    const error = toGraphQLError(rateLimited);

    expect(error.extensions).toEqual({
      code: 'RATE_LIMITED',
      errorCode: 'RATE_LIMITED',
      retryAfterSeconds: 20,
      http: { status: 429 },
    });
    // graphql-ws sends errors through formatError too: the status hint stays out of the frame.
    expect(format(error.toJSON(), error).result).toEqual({
      message: 'Too many messages; try again in 20 seconds.',
      extensions: { code: 'RATE_LIMITED', errorCode: 'RATE_LIMITED', retryAfterSeconds: 20 },
    });
  });
});
