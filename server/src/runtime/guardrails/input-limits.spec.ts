import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  assertStorableText,
  checkInputLimits,
  findDeepNesting,
  findLongText,
  jsonByteLength,
  MAX_INPUT_BYTES,
  MAX_INPUT_DEPTH,
  MAX_TEXT_FIELD_LENGTH,
  unstorableTextProblem,
} from './input-limits.js';

function refusal(input: unknown): DomainError {
  try {
    checkInputLimits(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the input to be refused');
}

describe('checkInputLimits', () => {
  it('accepts a message of exactly 4,000 characters', () => {
    expect(() => checkInputLimits({ message: 'a'.repeat(4_000) })).not.toThrow();
    expect(MAX_TEXT_FIELD_LENGTH).toBe(4_000);
  });

  it.each(['message', 'question'])(
    'refuses a %s of 4,001 characters with MESSAGE_TOO_LONG naming the field and the limit',
    (field) => {
      const error = refusal({ [field]: 'a'.repeat(4_001) });
      expect(error.errorCode).toBe('MESSAGE_TOO_LONG');
      expect(error.message).toBe(`"${field}" is 4,001 characters long; the limit is 4,000.`);
      expect(error.details).toMatchObject({ field, limit: 4_000, length: 4_001 });
    },
  );

  it('applies the limit to any text field, however nested, and names its path', () => {
    const error = refusal({
      orderNumber: 'JL-1042',
      items: [{ note: 'ok' }, { note: 'x'.repeat(5_000) }],
    });
    expect(error.errorCode).toBe('MESSAGE_TOO_LONG');
    expect(error.details).toMatchObject({ field: 'items[1].note', length: 5_000 });
  });

  it('reports an over-long message as MESSAGE_TOO_LONG even when it also makes the input too big', () => {
    expect(refusal({ message: 'a'.repeat(20_000) }).errorCode).toBe('MESSAGE_TOO_LONG');
  });

  it('refuses an input over 16 KiB of JSON with INVALID_INPUT, though every field is short', () => {
    const notes = Array.from({ length: 6 }, () => 'n'.repeat(3_000));
    const error = refusal({ notes });
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/16,384/);
    expect(error.details).toMatchObject({
      limit: MAX_INPUT_BYTES,
      size: jsonByteLength({ notes }),
    });
  });

  it('counts the input in UTF-8 bytes, so multi-byte text reaches the limit sooner', () => {
    // 4 x 2,100 "é" = 8,400 characters (well under 16,384) but 16,800 bytes.
    const e = 'é'.repeat(2_100);
    const input = { a: e, b: e, c: e, d: e };
    expect(JSON.stringify(input).length).toBeLessThan(MAX_INPUT_BYTES);
    expect(refusal(input).errorCode).toBe('INVALID_INPUT');
  });

  it('accepts an input of exactly 16 KiB', () => {
    const padding = MAX_INPUT_BYTES - jsonByteLength({ a: '', b: '', c: '', d: '', e: '' });
    const input = {
      a: 'x'.repeat(4_000),
      b: 'x'.repeat(4_000),
      c: 'x'.repeat(4_000),
      d: 'x'.repeat(4_000),
      e: 'x'.repeat(padding - 16_000),
    };
    expect(jsonByteLength(input)).toBe(MAX_INPUT_BYTES);
    expect(() => checkInputLimits(input)).not.toThrow();
  });

  it.each([
    ['empty', ''],
    ['spaces and newlines', '  \n\t  '],
    ['zero-width spaces', '\u200B\u200B'],
  ])('refuses a %s message with INVALID_INPUT naming the field', (_name, message) => {
    const error = refusal({ message });
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ field: 'message' });
    expect(refusal({ question: message }).details).toMatchObject({ field: 'question' });
  });

  it('accepts inputs without a message field, and other blank fields (the scenario decides those)', () => {
    expect(() => checkInputLimits({ orderNumber: 'JL-1042' })).not.toThrow();
    expect(() => checkInputLimits({ month: '2026-10', note: '' })).not.toThrow();
    expect(() => checkInputLimits({})).not.toThrow();
  });

  it('refuses an over-long object key as MESSAGE_TOO_LONG', () => {
    expect(refusal({ ['k'.repeat(4_001)]: 1 }).errorCode).toBe('MESSAGE_TOO_LONG');
  });

  it('walks a deeply nested input without overflowing the stack', () => {
    let deep: unknown = 'x'.repeat(4_001);
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findLongText(deep, MAX_TEXT_FIELD_LENGTH)?.length).toBe(4_001);
  });
});

/** `levels` arrays around `leaf`: `nest(2, 'x')` is `[['x']]`. */
function nest(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('checkInputLimits: text PostgreSQL cannot store', () => {
  it.each([
    ['a NUL byte in a message', { message: 'hi\u0000there' }, 'message', /NUL character/],
    ['a NUL byte in a nested note', { items: [{ note: '\u0000' }] }, 'items[0].note', /NUL/],
    ['a NUL byte in a key', { ['a\u0000b']: 1 }, 'input (a key)', /NUL/],
    ['a lone high surrogate', { message: 'smile \ud83d' }, 'message', /surrogate pair/],
    ['a lone low surrogate', { question: '\ude00 why?' }, 'question', /surrogate pair/],
  ])(
    'refuses %s with INVALID_INPUT naming the field and the problem',
    (_name, input, field, problem) => {
      const error = refusal(input);
      expect(error.errorCode).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ field });
      expect(error.message).toMatch(problem);
      expect(error.message.startsWith(`"${field}": `)).toBe(true);
    },
  );

  it('accepts emoji, accents and right-to-left text (whole surrogate pairs)', () => {
    expect(() => checkInputLimits({ message: 'Merci 😀 café שלום 𝄞' })).not.toThrow();
  });

  it('assertStorableText refuses a NUL byte naming the field', () => {
    expect(() => assertStorableText('a\u0000', 'company')).toThrow(/"company": text may not/);
    expect(() => assertStorableText('Acme 😀', 'company')).not.toThrow();
  });
});

describe('checkInputLimits: nesting', () => {
  it('accepts an input nested exactly 8 levels deep', () => {
    expect(() => checkInputLimits({ a: nest(MAX_INPUT_DEPTH - 1, 'x') })).not.toThrow();
  });

  it('refuses 9 levels with INVALID_INPUT naming the path and the limit', () => {
    const error = refusal({ a: nest(MAX_INPUT_DEPTH, 'x') });
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      '"a[0][0][0][0][0][0][0]" is nested more than 8 levels deep; the limit is 8.',
    );
    expect(error.details).toMatchObject({ limit: 8 });
  });

  it('refuses 100,000 levels quickly, without overflowing the stack (INTERNAL before)', () => {
    const started = performance.now();
    expect(refusal({ input: nest(100_000, {}) }).errorCode).toBe('INVALID_INPUT');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

// Any JSON value, with strings that may hold NUL bytes and lone surrogates.
const hostileString = fc.string({ unit: 'binary', maxLength: 40 });
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
}

describe('checkInputLimits properties', () => {
  it('any JSON value is either accepted or refused with a typed error, never anything else', () => {
    fc.assert(
      fc.property(jsonValue, (input) => {
        try {
          checkInputLimits(input);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect(['INVALID_INPUT', 'MESSAGE_TOO_LONG']).toContain((error as DomainError).errorCode);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts an input only if every text is storable and it nests at most 8 levels', () => {
    fc.assert(
      fc.property(jsonValue, (input) => {
        let accepted = true;
        try {
          checkInputLimits(input);
        } catch {
          accepted = false;
        }
        if (accepted) {
          expect(depthOf(input)).toBeLessThanOrEqual(MAX_INPUT_DEPTH);
          for (const text of strings(input)) expect(unstorableTextProblem(text)).toBeNull();
          // What was accepted survives the round trip PostgreSQL's jsonb gives it.
          expect(JSON.parse(JSON.stringify(input))).toEqual(input);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('findDeepNesting agrees with the recursive depth of the value', () => {
    fc.assert(
      fc.property(jsonValue, fc.integer({ min: 1, max: 6 }), (input, limit) => {
        expect(findDeepNesting(input, limit) !== null).toBe(depthOf(input) > limit);
      }),
      { numRuns: 500 },
    );
  });

  it('unstorableTextProblem is null exactly for NUL-free, well-formed UTF-16', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const wellFormed = !/[\ud800-\udfff]/.test(
          text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''),
        );
        expect(unstorableTextProblem(text) === null).toBe(wellFormed && !text.includes('\u0000'));
      }),
      { numRuns: 1_000 },
    );
  });
});
