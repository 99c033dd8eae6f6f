import { describe, expect, it } from 'vitest';
import {
  estimateTokens,
  factTokens,
  memoryTokens,
  packMemory,
  turnTokens,
} from './memory-budget.js';
import type { ConversationTurn } from './model-gateway.js';

describe('estimateTokens', () => {
  it('counts nothing for empty text', () => {
    expect(estimateTokens('')).toBe(0);
  });

  it('counts ASCII text as one token per 4 characters, rounding up', () => {
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateTokens('Where is my order?')).toBe(5); // 18 characters
  });

  it('counts every non-ASCII character as a whole token so other scripts are not underestimated', () => {
    expect(estimateTokens('日本語')).toBe(3);
    expect(estimateTokens('café')).toBe(2); // "caf" is 1, "é" is 1
    expect(estimateTokens('👋')).toBe(1); // one code point, not two UTF-16 units
  });
});

describe('packMemory', () => {
  // Each turn below costs 1 (4 ASCII characters) + 4 overhead = 5 tokens.
  const turns: ConversationTurn[] = [
    { role: 'customer', text: 'aaaa' },
    { role: 'agent', text: 'bbbb' },
    { role: 'customer', text: 'cccc' },
    { role: 'agent', text: 'dddd' },
  ];
  // preferred_name: 4 + Maya: 1 + 2 overhead = 7 tokens.
  const name = { key: 'preferred_name', value: 'Maya' };
  // gift_wrap: 3 + always: 2 + 2 overhead = 7 tokens.
  const wrap = { key: 'gift_wrap', value: 'always' };

  it('prices turns and facts as documented', () => {
    expect(turns.map(turnTokens)).toEqual([5, 5, 5, 5]);
    expect([factTokens(name), factTokens(wrap)]).toEqual([7, 7]);
  });

  it('keeps everything when it all fits', () => {
    const memory = packMemory({ turns, facts: [name, wrap], budgetTokens: 34 });

    expect(memory).toEqual({ history: turns, omittedTurns: 0, facts: [name, wrap] });
    expect(memoryTokens(memory)).toBe(34);
  });

  it('keeps the facts first, then the newest turns that fit, counting the turns left out', () => {
    const memory = packMemory({ turns, facts: [name, wrap], budgetTokens: 33 });

    expect(memory.facts).toEqual([name, wrap]);
    expect(memory.history).toEqual(turns.slice(1));
    expect(memory.omittedTurns).toBe(1);
    expect(memoryTokens(memory)).toBe(29);
  });

  it('gives the whole budget to facts before any turn', () => {
    const memory = packMemory({ turns, facts: [name, wrap], budgetTokens: 14 });

    expect(memory).toEqual({ history: [], omittedTurns: 4, facts: [name, wrap] });
  });

  it('skips a fact that does not fit and keeps a later one that does', () => {
    const long = { key: 'note', value: 'x'.repeat(40) }; // 1 + 10 + 2 = 13 tokens
    const memory = packMemory({ turns: [], facts: [long, name], budgetTokens: 10 });

    expect(memory.facts).toEqual([name]);
  });

  it('stops at the first turn that does not fit rather than leaving a gap in the history', () => {
    const withLongTurn: ConversationTurn[] = [
      { role: 'customer', text: 'aaaa' }, // 5 tokens
      { role: 'agent', text: 'b'.repeat(40) }, // 14 tokens
      { role: 'customer', text: 'cccc' }, // 5 tokens
    ];
    const memory = packMemory({ turns: withLongTurn, facts: [], budgetTokens: 12 });

    expect(memory.history).toEqual([{ role: 'customer', text: 'cccc' }]);
    expect(memory.omittedTurns).toBe(2);
  });

  it('keeps nothing within a zero budget', () => {
    expect(packMemory({ turns, facts: [name], budgetTokens: 0 })).toEqual({
      history: [],
      omittedTurns: 4,
      facts: [],
    });
  });
});
