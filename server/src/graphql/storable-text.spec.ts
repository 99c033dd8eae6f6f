import fc from 'fast-check';
import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from './build-schema.js';
import { CONSOLE_LIMITS, OperationGuard } from './operation-limits.js';
import { unstorableLiteral, unstorableText } from './storable-text.js';

describe('unstorableText', () => {
  it('refuses the NUL character and lone surrogates (high or low) with a reason', () => {
    expect(unstorableText('a\u0000b')).toMatch(/NUL/);
    expect(unstorableText('a\ud800b')).toMatch(/surrogate/);
    expect(unstorableText('\udc00')).toMatch(/surrogate/);
    expect(unstorableText('end\ud83d')).toMatch(/surrogate/);
  });

  it('accepts any well-formed text without NUL: emoji pairs, RTL marks, markup, control characters', () => {
    for (const text of ['', '👨‍👩‍👧 👍🏽', '\u202Eabc\u200B', '<script>alert(1)</script>', '\r\n\t']) {
      expect(unstorableText(text)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unstorableText(text.replaceAll('\u0000', ''))).toBeUndefined();
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('agrees with String.prototype.isWellFormed on any UTF-16 text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.array(fc.integer({ min: 0xd800, max: 0xdfff })),
        (text, units) => {
          const mixed = text.replaceAll('\u0000', '') + String.fromCharCode(...units);
          const wellFormed = (mixed as unknown as { isWellFormed(): boolean }).isWellFormed();
          expect(unstorableText(mixed) === undefined).toBe(wellFormed);
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });

  it('finds an unstorable string literal in an operation', () => {
    expect(unstorableLiteral(parse('{ agent(key: "a\\u0000b") { key } }'))).toMatch(/NUL/);
    expect(unstorableLiteral(parse('{ agent(key: "support") { key } }'))).toBeUndefined();
  });
});

describe('OperationGuard refuses text PostgreSQL cannot store as INVALID_INPUT', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });
  const codeOf = (result: unknown) =>
    Array.isArray(result)
      ? (result[0] as { extensions: { errorCode: string } }).extensions.errorCode
      : 'ACCEPTED';

  it('in a variable, in a JSON key, in a list item and in an inline literal', () => {
    const guard = new OperationGuard(schema, CONSOLE_LIMITS);
    const agent = 'query($k: String!) { agent(key: $k) { key } }';
    expect(codeOf(guard.check({ query: agent, variables: { k: 'a\u0000b' } }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(guard.check({ query: agent, variables: { k: '\ud800' } }))).toBe('INVALID_INPUT');
    const startRun = 'mutation($i: StartRunInput!) { startRun(input: $i) { id } }';
    expect(
      codeOf(
        guard.check({
          query: startRun,
          variables: { i: { agentKey: 'support', input: { 'q\u0000': 1 } } },
        }),
      ),
    ).toBe('INVALID_INPUT');
    const audit = 'query($a: [String!]) { auditEvents(actions: $a) { totalItems } }';
    expect(codeOf(guard.check({ query: audit, variables: { a: ['ok', 'x\u0000'] } }))).toBe(
      'INVALID_INPUT',
    );
    const refused = guard.check({ query: audit, variables: { a: ['ok', 'x\u0000'] } });
    expect((refused as { message: string }[])[0]?.message).toMatch(/^\$a\[1\]: .*NUL/);
    expect(codeOf(guard.check({ query: '{ agent(key: "a\\u0000b") { key } }' }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('lets hostile but storable text through to the resolvers', () => {
    const guard = new OperationGuard(schema, CONSOLE_LIMITS);
    const agent = 'query($k: String!) { agent(key: $k) { key } }';
    for (const k of ["'; DROP TABLE run; --", '%', '<script>', '👍🏽']) {
      expect(codeOf(guard.check({ query: agent, variables: { k } }))).toBe('ACCEPTED');
    }
  });
});
