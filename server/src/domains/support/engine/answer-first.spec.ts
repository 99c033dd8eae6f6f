import { describe, expect, it } from 'vitest';
import { answerFirst } from './answer-first.js';

describe('answerFirst', () => {
  it('drops the question a paragraph opens with, so the reply starts with the answer', () => {
    expect(
      answerFirst(
        'How long do you have to return an item? You can return any item within 30 days of delivery.',
      ),
    ).toBe('You can return any item within 30 days of delivery.');
  });

  it('drops the leading question of every paragraph and keeps the paragraph breaks', () => {
    expect(
      answerFirst(
        'How much does shipping cost, and how fast is it? We ship to all 50 states.\n\nFree over $75.',
      ),
    ).toBe('We ship to all 50 states.\n\nFree over $75.');
  });

  it('keeps a paragraph that is only a question, and questions after the first sentence', () => {
    const text = 'Live somewhere else?\n\nReturns take 30 days. Need a label? Email us.';
    expect(answerFirst(text)).toBe(text);
  });

  it('leaves text that opens with an answer unchanged', () => {
    const text = 'You can change or cancel an order within 2 hours of placing it.';
    expect(answerFirst(text)).toBe(text);
  });
});
