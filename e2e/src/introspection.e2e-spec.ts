import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestHub, TEST_API_KEY, type TestHub } from './harness.js';
import { WidgetTestClient } from './widget-client.js';

const OWNER_EMAIL = 'owner@introspection.example';
const OWNER_PASSWORD = 'correct horse battery staple';

/** The query GraphiQL, GraphQL Code Generator and Postman send, with every option on. */
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const SHALLOW_INTROSPECTION = '{ __schema { queryType { name } } }';

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The typed contract reaches the tools built for it in production: a caller holding a secret key
 * or a console session reads the whole schema with the standard introspection query, and the
 * console endpoint passes every MUST of the GraphQL-over-HTTP audit. Anonymous callers and
 * storefront visitors stay refused.
 */
describe('introspection and GraphQL over HTTP in production', () => {
  let t: TestHub;
  let widget: WidgetTestClient;

  beforeAll(async () => {
    // Apollo and graphql-js read NODE_ENV from the process when the hub starts.
    vi.stubEnv('NODE_ENV', 'production');
    t = await startTestHub({
      NODE_ENV: 'production',
      HUB_ADMIN_EMAIL: OWNER_EMAIL,
      HUB_ADMIN_PASSWORD: OWNER_PASSWORD,
    });
    widget = new WidgetTestClient(t.hub.url, t.hub.demoPublishableKey, t.hub.url);
    await widget.startSession();
  });
  afterAll(async () => {
    await widget?.close();
    await t?.close();
    vi.unstubAllEnvs();
  });

  async function postConsole(
    query: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody }> {
    const response = await fetch(t.hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }

  async function ownerSessionHeaders(): Promise<Record<string, string>> {
    const response = await fetch(`${t.hub.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.hub.url },
      body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    return { cookie, origin: t.hub.url };
  }

  const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.errorCode);

  function expectWholeSchema(body: GraphQLBody): void {
    expect(body.errors).toBeUndefined();
    const schema = buildClientSchema(body.data as IntrospectionQuery);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['agents', 'runs', 'scenarios']),
    );
    expect(schema.getSubscriptionType()?.getFields()).toHaveProperty('runSteps');
  }

  it('gives a secret-key caller the whole schema through the standard introspection query', async () => {
    const { status, body } = await postConsole(FULL_INTROSPECTION, {
      authorization: `Bearer ${TEST_API_KEY}`,
    });
    expect(status).toBe(200);
    expectWholeSchema(body);
  });

  it('gives a signed-in console user the whole schema', async () => {
    const { status, body } = await postConsole(FULL_INTROSPECTION, await ownerSessionHeaders());
    expect(status).toBe(200);
    expectWholeSchema(body);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED, whatever the introspection query', async () => {
    for (const query of [SHALLOW_INTROSPECTION, FULL_INTROSPECTION]) {
      const { status, body } = await postConsole(query, {});
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a storefront visitor as before: INVALID_QUERY, and the deep query QUERY_TOO_COMPLEX', async () => {
    const shallow = await widget.post(SHALLOW_INTROSPECTION);
    expect(shallow.body.data).toBeUndefined();
    expect(codes(shallow.body)).toEqual(['INVALID_QUERY']);
    const full = await widget.post(FULL_INTROSPECTION);
    expect(full.body.data).toBeUndefined();
    expect(codes(full.body)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('passes every MUST of the graphql-http server audit with a secret key', async () => {
    // The key travels as a tool's would; a request without a content type gets JSON's, which
    // also satisfies Apollo's CSRF prevention for the audit's GET requests.
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${TEST_API_KEY}`);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: t.hub.graphqlUrl, fetchFn });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    const failed = musts.flatMap((result) =>
      result.status === 'ok' ? [] : [`${result.name}: ${result.reason}`],
    );
    expect(failed, failed.join('\n')).toEqual([]);
    // graphql-http 1.23 has 13 MUST audits (and SHOULDs, which are recommendations).
    expect(musts.length).toBeGreaterThanOrEqual(13);
  });
});
