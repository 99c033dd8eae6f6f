import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../modules/paging.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from './build-schema.js';
import { buildWidgetSchema } from './build-widget-schema.js';
import {
  CONSOLE_LIMITS,
  OperationGuard,
  WIDGET_LIMITS,
  type CheckedOperation,
} from './operation-limits.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let hubSchema: GraphQLSchema;
let widgetSchema: GraphQLSchema;
beforeAll(async () => {
  hubSchema = await buildHubSchema();
  widgetSchema = await buildWidgetSchema();
});

function codesOf(result: CheckedOperation | readonly { extensions: Record<string, unknown> }[]) {
  return Array.isArray(result)
    ? result.map((error: { extensions: Record<string, unknown> }) => error.extensions.errorCode)
    : [];
}

function refusal(result: unknown): { errorCode: unknown; limit: unknown; message: string } {
  expect(Array.isArray(result)).toBe(true);
  const [error] = result as { message: string; extensions: Record<string, unknown> }[];
  return {
    errorCode: error?.extensions.errorCode,
    limit: error?.extensions.limit,
    message: error?.message ?? '',
  };
}

describe('OperationGuard on the console schema', () => {
  const guard = () => new OperationGuard(hubSchema, CONSOLE_LIMITS);

  it('refuses a query nested past maxDepth with QUERY_TOO_COMPLEX naming the limit', () => {
    let selection = 'key';
    for (let i = 0; i < 8; i++) selection = `scenarios { agent { ${selection} } }`;
    const result = guard().check({ query: `{ agents { ${selection} } }` });
    expect(refusal(result)).toMatchObject({ errorCode: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
  });

  it('counts depth by fields: naming selections as fragments adds no level, nesting through them does', () => {
    const named = guard().check({
      query:
        'query { agents { ...A } } fragment A on Agent { ...B } fragment B on Agent { ...C }' +
        ' fragment C on Agent { ...D } fragment D on Agent { key }',
    });
    expect(Array.isArray(named)).toBe(false);
    let selection = 'key';
    for (let i = 0; i < 4; i++) selection = `scenarios { agent { ${selection} } }`;
    const deep = guard().check({
      query: `query { agents { ...A } } fragment A on Agent { ${selection} }`,
    });
    expect(refusal(deep)).toMatchObject({ errorCode: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
  });

  it('counts depth through fragments and refuses fragment cycles as an invalid query', () => {
    const cyclic = guard().check({
      query: 'query { agents { ...A } } fragment A on Agent { scenarios { agent { ...A } } }',
    });
    expect(codesOf(cyclic as never)).not.toContain('INTERNAL');
    expect(Array.isArray(cyclic)).toBe(true);
  });

  it('refuses an alias bomb before the quadratic overlapping-fields rule runs', () => {
    const aliases = Array.from({ length: 1_600 }, (_, i) => `a${i}: agents { key }`).join(' ');
    const started = performance.now();
    const result = guard().check({ query: `{ ${aliases} }` });
    const elapsed = performance.now() - started;
    // Either bound may trip first; both are typed and fast.
    expect(refusal(result).errorCode).toBe('QUERY_TOO_COMPLEX');
    expect(elapsed).toBeLessThan(500);
  });

  it('refuses more aliases than maxAliases in a small query', () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: agents { key }`).join(' ');
    expect(refusal(guard().check({ query: `{ ${aliases} }` }))).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxAliases',
    });
  });

  it('refuses a document with more tokens than maxTokens without parsing it all', () => {
    const query = `{ agents { ${'key '.repeat(3_000)} } }`;
    expect(refusal(guard().check({ query }))).toMatchObject({
      errorCode: 'QUERY_TOO_COMPLEX',
      limit: 'maxTokens',
    });
  });

  it('refuses query text over maxQueryBytes before parsing', () => {
    const query = `{ agents { key } } # ${'x'.repeat(20_000)}`;
    expect(refusal(guard().check({ query }))).toMatchObject({ limit: 'maxQueryBytes' });
  });

  it('prices lists by their page size: 100 runs with their steps cost more than a page of 5', () => {
    const query = (first: number) =>
      `{ runs(first: ${first}) { items { id agent { key } steps { seq kind } } } }`;
    const small = guard().check({ query: query(5) }) as CheckedOperation;
    const large = guard().check({
      query: `{ runs(first: 100) { items { id steps { seq } childRuns { steps { seq } } } } }`,
    });
    expect(small.cost).toBe(1 + 5 * (1 + 1 + 1 + 20 * 1));
    expect(refusal(large)).toMatchObject({ errorCode: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
  });

  it('takes the page size from the variables', () => {
    const query = 'query($n: Int!) { runs(first: $n) { items { id agent { key } } } }';
    const checked = guard().check({ query, variables: { n: 7 } }) as CheckedOperation;
    expect(checked.cost).toBe(1 + 7 * 2);
  });

  it('refuses an input list over maxListItems and nested input past maxInputDepth with INVALID_INPUT', () => {
    const query = 'query($s: [ApprovalStatus!]) { approvals(statuses: $s) { totalItems } }';
    const statuses = Array.from({ length: 70_000 }, () => 'PENDING');
    const long = refusal(guard().check({ query, variables: { s: statuses } }));
    expect(long.errorCode).toBe('INVALID_INPUT');
    expect(long.message).toContain('1000');
    let nested: unknown = 'leaf';
    for (let i = 0; i < 50; i++) nested = { a: nested };
    const deep = 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }';
    expect(
      refusal(
        guard().check({ query: deep, variables: { input: { agentKey: 'x', input: nested } } }),
      ).errorCode,
    ).toBe('INVALID_INPUT');
  });

  it('answers unknown fields and duplicated fragments with INVALID_QUERY, never INTERNAL', () => {
    for (const query of [
      '{ agents { nope } }',
      '{ agents { ...A } } fragment A on Agent { key } fragment A on Agent { name }',
      '{ agents { key: name key: enabled } }',
    ]) {
      expect(codesOf(guard().check({ query }) as never)).toEqual(
        expect.arrayContaining(['INVALID_QUERY']),
      );
    }
  });

  it('answers a syntax error with MALFORMED_QUERY and quotes at most an excerpt', () => {
    const result = guard().check({ query: `{ ${'x'.repeat(5_000)}( }` });
    const { errorCode, message } = refusal(result);
    expect(errorCode).toBe('MALFORMED_QUERY');
    expect(message.length).toBeLessThan(400);
  });

  it('allows introspection on the console schema (tools need the typed contract)', () => {
    expect(Array.isArray(guard().check({ query: '{ __schema { queryType { name } } }' }))).toBe(
      false,
    );
  });
});

describe('OperationGuard on any input', () => {
  const allowed = ['MALFORMED_QUERY', 'INVALID_QUERY', 'QUERY_TOO_COMPLEX', 'INVALID_INPUT'];

  it('never throws and answers every query text with a document or typed errors', () => {
    const guard = new OperationGuard(widgetSchema, WIDGET_LIMITS);
    const graphqlish = fc.stringMatching(/^[{}()[\]:$!@#."\\a-z0-9 \n_-]{0,200}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), graphqlish),
        fc.jsonValue(),
        (query, variables) => {
          const result = guard.check({ query, variables });
          if (Array.isArray(result)) {
            for (const code of codesOf(result)) expect(allowed).toContain(code);
          } else {
            expect(result.cost).toBeLessThanOrEqual(WIDGET_LIMITS.maxCost);
          }
        },
      ),
      { seed: 11, numRuns: 2_000 },
    );
  });

  it('refuses any variables nested deeper than maxInputDepth', () => {
    const guard = new OperationGuard(hubSchema, CONSOLE_LIMITS);
    const query = 'query($f: RunFilter) { runs(filter: $f) { totalItems } }';
    fc.assert(
      fc.property(fc.integer({ min: CONSOLE_LIMITS.maxInputDepth + 1, max: 500 }), (depth) => {
        let value: unknown = [];
        for (let i = 0; i < depth; i++) value = [value];
        expect(
          codesOf(guard.check({ query, variables: { f: { statuses: value } } }) as never),
        ).toEqual(['INVALID_INPUT']);
      }),
      { seed: 12, numRuns: 50 },
    );
  });
});

describe('OperationGuard on the widget schema', () => {
  const guard = () => new OperationGuard(widgetSchema, WIDGET_LIMITS);

  it('refuses introspection for anonymous visitors with INVALID_QUERY', () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      expect(refusal(guard().check({ query })).errorCode).toBe('INVALID_QUERY');
    }
  });

  it('refuses 1,600 aliases of visitorConversation with QUERY_TOO_COMPLEX', () => {
    const aliases = Array.from(
      { length: 1_600 },
      (_, i) => `a${i}: visitorConversation { messages { id } }`,
    ).join(' ');
    expect(refusal(guard().check({ query: `{ ${aliases} }` })).errorCode).toBe('QUERY_TOO_COMPLEX');
  });
});

/**
 * Every GraphQL document the console, the widget and the e2e suite send, taken from their
 * sources: each must pass the limits of the schema it belongs to, with room to spare.
 */
describe('legitimate operations stay well inside the limits', () => {
  // The generated operations hold every client operation whole, fragments included; the e2e
  // sources add the raw documents some tests send on purpose.
  const sources = [
    'admin/src/gql/graphql.ts',
    'widget/src/gql/graphql.ts',
    'e2e/src/gql/console/graphql.ts',
    'e2e/src/gql/widget/graphql.ts',
    ...readdirSync(join(root, 'e2e/src'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join('e2e/src', file)),
  ];

  it('measures the largest depth, aliases and cost per schema and finds every one within limits', () => {
    const documents = sources.flatMap((file) =>
      graphqlDocuments(readFileSync(join(root, file), 'utf8')),
    );
    const measured = { console: [] as Measure[], widget: [] as Measure[] };
    for (const query of documents) {
      for (const [name, schema, limits] of [
        ['console', hubSchema, CONSOLE_LIMITS],
        ['widget', widgetSchema, WIDGET_LIMITS],
      ] as const) {
        const document = tryParse(query);
        if (!document || validate(schema, document).length > 0) continue;
        const variables = sampleVariables(schema, document);
        const checked = new OperationGuard(schema, limits).check({ query, variables });
        expect(checked, query).not.toBeInstanceOf(Array);
        measured[name].push(measure(query, document, checked as CheckedOperation));
      }
    }
    expect(measured.console.length).toBeGreaterThan(40);
    expect(measured.widget.length).toBeGreaterThan(4);
    for (const [name, limits] of [
      ['console', CONSOLE_LIMITS],
      ['widget', WIDGET_LIMITS],
    ] as const) {
      const largest = largestOf(measured[name]);
      console.info(`${name}: ${measured[name].length} operations, largest`, largest, 'limits', {
        depth: limits.maxDepth,
        aliases: limits.maxAliases,
        cost: limits.maxCost,
        tokens: limits.maxTokens,
      });
      // "Well inside": at most 80% of each limit (the limits leave a client room to grow).
      expect(largest.depth).toBeLessThanOrEqual(limits.maxDepth * 0.8);
      expect(largest.cost).toBeLessThanOrEqual(limits.maxCost * 0.8);
      expect(largest.tokens).toBeLessThanOrEqual(limits.maxTokens * 0.8);
    }
  });
});

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  tokens: number;
}

function measure(query: string, document: DocumentNode, checked: CheckedOperation): Measure {
  const tokens = query.match(/[_A-Za-z][_0-9A-Za-z]*|[{}()[\]:$!=@]|\.\.\.|"[^"]*"|-?\d+/g) ?? [];
  return {
    depth: fieldDepth(document),
    aliases: (query.match(/\b[_A-Za-z]\w*\s*:\s*[_A-Za-z]\w*\s*[({]/g) ?? []).length,
    cost: checked.cost,
    tokens: tokens.length,
  };
}

/** How deep the operation's fields nest, through its fragments (what the server resolves). */
function fieldDepth(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet);
    }
  }
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)));
      }
    }
    return deepest;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? depthOf(operation.selectionSet) : 0;
}

function largestOf(measures: Measure[]): Measure {
  return measures.reduce(
    (max, m) => ({
      depth: Math.max(max.depth, m.depth),
      aliases: Math.max(max.aliases, m.aliases),
      cost: Math.max(max.cost, m.cost),
      tokens: Math.max(max.tokens, m.tokens),
    }),
    { depth: 0, aliases: 0, cost: 0, tokens: 0 },
  );
}

/**
 * Values for an operation's variables, the largest a client may send where size matters: a page
 * (`first`) of MAX_PAGE_SIZE, one item in each list, every input field filled.
 */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string, depth: number): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [sample(inner.ofType as GraphQLInputType, name, depth)];
    // A variable carries the enum value's name (SocialChannel X), not its internal value (x).
    if (isEnumType(inner)) return inner.getValues()[0]?.name;
    if (isInputObjectType(inner)) {
      if (depth > 3) return {};
      return Object.fromEntries(
        Object.values(inner.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type, field.name, depth + 1)]),
      );
    }
    switch ((inner as { name: string }).name) {
      case 'Int':
      case 'SafeInt': // whole cents and counts beyond 32 bits (money inputs)
        return /first|limit/i.test(name) ? MAX_PAGE_SIZE : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return '2026-12-01T00:00:00.000Z';
      case 'JSON':
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return {};
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      const name = definition.variable.name.value;
      return type ? [[name, sample(type, name, 0)]] : [];
    }),
  );
}

function tryParse(query: string) {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

/**
 * The template literals of a source file that read as GraphQL documents, with the file's own
 * `const NAME = \`...\`` pieces substituted (how the clients compose their selections).
 */
function graphqlDocuments(source: string): string[] {
  const pieces = new Map<string, string>();
  for (const [, name = '', text = ''] of source.matchAll(
    /const ([A-Z_][A-Z0-9_]*) =\s*[`']([^`']*)[`']/g,
  )) {
    pieces.set(name, text);
  }
  const expand = (text: string, depth = 0): string =>
    depth > 5
      ? text
      : text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (whole, name: string) =>
          expand(pieces.get(name) ?? whole, pieces.has(name) ? depth + 1 : 99),
        );
  return [...source.matchAll(/`([^`]*)`/g)]
    .map(([, text = '']) => expand(text).trim())
    .filter((text) => /^(query|mutation|subscription|\{)/.test(text) && !text.includes('${'));
}
