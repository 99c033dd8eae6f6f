import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationCostPlugin } from './guarded-transports.js';
import { CONSOLE_LIMITS, OperationGuard } from './operation-limits.js';

describe('operationCostPlugin over HTTP', () => {
  const schema = buildSchema(`
    type Item { id: ID! }
    type Query { echo(text: String, data: [[[[[[[[[[String]]]]]]]]]]): String, items(first: Int): [Item!]! }
  `);
  const apollo = new ApolloServer({
    schema,
    plugins: [operationCostPlugin(new OperationGuard(schema, CONSOLE_LIMITS))],
  });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  async function post(query: string, variables: Record<string, unknown>) {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        body: { query, variables },
        search: '',
      },
      context: async () => ({}),
    });
    const body = JSON.parse(response.body.kind === 'complete' ? response.body.string : '{}') as {
      errors?: { extensions: Record<string, unknown> }[];
    };
    return { status: response.status ?? 200, errors: body.errors ?? [] };
  }

  it('answers refused variables with 400 and INVALID_INPUT, not 500', async () => {
    const nul = await post('query($t: String) { echo(text: $t) }', { t: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(nul.errors[0]?.extensions.errorCode).toBe('INVALID_INPUT');
    // Apollo reads the status from extensions.http and leaves it out of the answer.
    expect(nul.errors[0]?.extensions).not.toHaveProperty('http');

    let nested: unknown = 'x';
    for (let i = 0; i < 10; i++) nested = [nested];
    const deep = await post('query($d: [[[[[[[[[[String]]]]]]]]]]) { echo(data: $d) }', {
      d: nested,
    });
    expect(deep.status).toBe(400);
    expect(deep.errors[0]?.extensions.errorCode).toBe('INVALID_INPUT');
  });

  it('answers an operation over the cost limit with 400 and QUERY_TOO_COMPLEX, not 500', async () => {
    const costly = await post('query($n: Int) { items(first: $n) { id } }', { n: 2_147_483_647 });
    expect(costly.status).toBe(400);
    expect(costly.errors[0]?.extensions).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxCost',
    });
  });
});
