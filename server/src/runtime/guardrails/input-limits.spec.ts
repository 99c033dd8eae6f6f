import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  checkInputLimits,
  findLongText,
  jsonByteLength,
  MAX_INPUT_BYTES,
  MAX_TEXT_FIELD_LENGTH,
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
      expect(error.extensions).toMatchObject({ field, limit: 4_000, length: 4_001 });
    },
  );

  it('applies the limit to any text field, however nested, and names its path', () => {
    const error = refusal({
      orderNumber: 'JL-1042',
      items: [{ note: 'ok' }, { note: 'x'.repeat(5_000) }],
    });
    expect(error.errorCode).toBe('MESSAGE_TOO_LONG');
    expect(error.extensions).toMatchObject({ field: 'items[1].note', length: 5_000 });
  });

  it('reports an over-long message as MESSAGE_TOO_LONG even when it also makes the input too big', () => {
    expect(refusal({ message: 'a'.repeat(20_000) }).errorCode).toBe('MESSAGE_TOO_LONG');
  });

  it('refuses an input over 16 KiB of JSON with INVALID_INPUT, though every field is short', () => {
    const notes = Array.from({ length: 6 }, () => 'n'.repeat(3_000));
    const error = refusal({ notes });
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/16,384/);
    expect(error.extensions).toMatchObject({
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
    expect(error.extensions).toMatchObject({ field: 'message' });
    expect(refusal({ question: message }).extensions).toMatchObject({ field: 'question' });
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
