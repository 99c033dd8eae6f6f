import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidSsn, passesLuhn, redactDeep, redactText } from './pii-redaction.js';

describe('redactText: payment cards', () => {
  it.each([
    ['Visa with spaces', '4111 1111 1111 1111', '[card ••••1111]'],
    ['Mastercard with spaces', '5555 5555 5555 4444', '[card ••••4444]'],
    ['Amex without separators', '378282246310005', '[card ••••0005]'],
    ['Visa with dashes', '4111-1111-1111-1111', '[card ••••1111]'],
    ['Visa without separators', '4111111111111111', '[card ••••1111]'],
    ['Amex in its 4-6-5 grouping', '3782 822463 10005', '[card ••••0005]'],
    ['a 19-digit card', '6011 0009 9013 9424 009', '[card ••••4009]'],
  ])('replaces a %s by its last four digits', (_name, card, expected) => {
    const result = redactText(`My card is ${card}, please charge it.`);
    expect(result.text).toBe(`My card is ${expected}, please charge it.`);
    expect(result.redactions).toEqual({ card: 1, ssn: 0 });
  });

  it('redacts every card in a text and counts them', () => {
    const result = redactText('old 4111 1111 1111 1111 / new 5555-5555-5555-4444');
    expect(result.text).toBe('old [card ••••1111] / new [card ••••4444]');
    expect(result.redactions.card).toBe(2);
  });

  it('finds the card inside a longer run of digits, such as card number then expiry', () => {
    expect(redactText('4111 1111 1111 1111 12 27').text).toBe('[card ••••1111] 12 27');
    expect(redactText('cvc 123 4111 1111 1111 1111').text).toBe('cvc 123 [card ••••1111]');
  });

  it.each([
    ['a 16-digit number that fails Luhn', 'Order 4111 1111 1111 1112 is late'],
    ['a phone number', 'Call me on +1 (415) 555-0132 or 415-555-0132'],
    ['an international phone number', 'My number is +44 20 7946 0958'],
    ['an order number', 'Where is JL-1042? And order 100000000012?'],
    ['a 12-digit number that passes Luhn (too short for a card)', 'Ref 4111 1111 1111'],
    ['a 20-digit number (too long, not carved up)', 'Tracking 41111111111111111111'],
    ['a date and an amount', 'Paid $1,234.56 on 2026-11-26'],
    ['a redacted card again', 'Paid with [card ••••1111]'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactText(text)).toEqual({ text, redactions: { card: 0, ssn: 0 } });
  });
});

describe('redactText: US social security numbers', () => {
  it.each(['123-45-6789', '123 45 6789', '123-45 6789'])('redacts %s', (ssn) => {
    const result = redactText(`My SSN is ${ssn}.`);
    expect(result.text).toBe('My SSN is [ssn redacted].');
    expect(result.redactions).toEqual({ card: 0, ssn: 1 });
  });

  it.each([
    ['area 000', '000-12-3456'],
    ['area 666', '666-12-3456'],
    ['area 900-999', '900-12-3456'],
    ['area 999', '999-12-3456'],
    ['group 00', '123-00-4567'],
    ['serial 0000', '123-45-0000'],
  ])('leaves an invalid SSN (%s) alone', (_rule, ssn) => {
    expect(redactText(`Number ${ssn}`).redactions.ssn).toBe(0);
  });

  it('does not carve an SSN out of a longer number', () => {
    expect(redactText('id 1123-45-6789').redactions.ssn).toBe(0);
    expect(redactText('id 123-45-6789-2').redactions.ssn).toBe(0);
    expect(redactText('id 123-45-67890').redactions.ssn).toBe(0);
  });

  it('does not take a 9-digit number without separators for an SSN', () => {
    expect(redactText('Order 123456789').redactions.ssn).toBe(0);
  });

  it('redacts an SSN and a card in one text, neither swallowing the other', () => {
    const result = redactText('SSN 123-45-6789 4111 1111 1111 1111');
    expect(result.text).toBe('SSN [ssn redacted] [card ••••1111]');
    expect(result.redactions).toEqual({ card: 1, ssn: 1 });
  });
});

describe('redactDeep', () => {
  it('redacts every string of a JSON value and sums the counts, leaving the rest', () => {
    const input = {
      question: 'Card 4111 1111 1111 1111',
      nested: { notes: ['SSN 123-45-6789', 'ok', 42, null, true] },
      amount: 4111111111111111,
    };
    const result = redactDeep(input);
    expect(result.value).toEqual({
      question: 'Card [card ••••1111]',
      nested: { notes: ['SSN [ssn redacted]', 'ok', 42, null, true] },
      amount: 4111111111111111,
    });
    expect(result.redactions).toEqual({ card: 1, ssn: 1 });
  });

  it('does not modify its argument', () => {
    const input = { question: 'Card 4111 1111 1111 1111' };
    redactDeep(input);
    expect(input.question).toBe('Card 4111 1111 1111 1111');
  });

  it('redacts object keys too', () => {
    expect(redactDeep({ '4111 1111 1111 1111': 'x' }).value).toEqual({ '[card ••••1111]': 'x' });
  });

  it('handles a bare string and values without strings', () => {
    expect(redactDeep('123-45-6789').value).toBe('[ssn redacted]');
    expect(redactDeep(null)).toEqual({ value: null, redactions: { card: 0, ssn: 0 } });
  });
});

describe('passesLuhn and isValidSsn', () => {
  it('accepts the published test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('5555555555554444')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('378282246310006')).toBe(false);
    expect(passesLuhn('41111x1111111111')).toBe(false);
  });

  it('applies the SSA ranges', () => {
    expect(isValidSsn('123', '45', '6789')).toBe(true);
    expect(isValidSsn('899', '99', '9999')).toBe(true);
    expect(isValidSsn('665', '01', '0001')).toBe(true);
    expect(isValidSsn('666', '01', '0001')).toBe(false);
  });
});

describe('identifiers', () => {
  it('leaves UUIDs whole, even those whose dash-joined digits pass the Luhn check', () => {
    // Each of these was once taken for a card number, which broke the ids tools pass on.
    for (const id of [
      'e1037527-0365-46a9-9d89-006d03b2a3c8',
      '6c7eaac3-f7a4-4690-9692-182643b8cf37',
      '0308b16e-cbe5-40c5-8357-037821720d87',
    ]) {
      expect(redactText(`outbox ${id}`)).toEqual({
        text: `outbox ${id}`,
        redactions: { card: 0, ssn: 0 },
      });
    }
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    expect(ids.filter((id) => redactText(id).text !== id)).toEqual([]);
  });

  it('still finds a card number written next to punctuation', () => {
    expect(redactText('(4111 1111 1111 1111), card:5555555555554444.').text).toBe(
      '([card ••••1111]), card:[card ••••4444].',
    );
  });
});
