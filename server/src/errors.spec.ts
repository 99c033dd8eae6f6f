import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, formatError } from './errors.js';

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
    const formatted = {
      ...error.toJSON(),
      path: ['run'],
      extensions: { ...error.extensions, stacktrace: ['DomainError: No run', '    at get'] },
    };

    const { result, logged } = format(formatted, error);

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

    const { result } = format(error.toJSON(), error);

    expect(result.message).toBe(`No agent with key "${'k'.repeat(481)}… (70021 characters)`);
    expect(result.extensions?.key).toBe(`${'k'.repeat(500)}… (70000 characters)`);
    expect(result.extensions?.errorCode).toBe('AGENT_NOT_FOUND');
    const tools = new DomainError('INVALID_INPUT', 'Unknown tools.', { tools: [key, 'ok'] });
    expect(format(tools.toJSON(), tools).result.extensions?.tools).toEqual([
      `${'k'.repeat(500)}… (70000 characters)`,
      'ok',
    ]);
    // An emoji across the cut is kept whole or left out, never halved.
    const emoji = new DomainError('INVALID_INPUT', `${'x'.repeat(499)}🙂 and more`);
    expect(format(emoji.toJSON(), emoji).result.message).toBe(
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
