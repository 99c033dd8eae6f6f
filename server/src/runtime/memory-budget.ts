import type { ConversationTurn, RememberedFact, RunMemory } from './model-gateway.js';

/**
 * What a turn costs beyond its text: the role marker and separators the model reads around every
 * message. A small flat allowance, so that many tiny turns cannot slip past the budget for free.
 */
export const TURN_OVERHEAD_TOKENS = 4;

/** What a fact costs beyond its key and value: the bullet, colon and line break around it. */
export const FACT_OVERHEAD_TOKENS = 2;

/**
 * An estimate of how many tokens `text` takes, without a tokenizer: there is no reliable offline
 * tokenizer for Claude, and a budget only needs to be roughly right as long as it errs high.
 * ASCII text counts as one token per 4 characters (the usual rule of thumb for English prose and
 * code); every other character counts as a whole token, so accented, Cyrillic or CJK text (where
 * a character is often one token or more) is not underestimated four-fold.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) < 0x80) ascii++;
    else other++;
  }
  return Math.ceil(ascii / 4) + other;
}

export function turnTokens(turn: ConversationTurn): number {
  return estimateTokens(turn.text) + TURN_OVERHEAD_TOKENS;
}

export function factTokens(fact: RememberedFact): number {
  return estimateTokens(fact.key) + estimateTokens(fact.value) + FACT_OVERHEAD_TOKENS;
}

/** The estimated size of an assembled memory, as packMemory counted it. */
export function memoryTokens(memory: RunMemory): number {
  return (
    memory.facts.reduce((sum, fact) => sum + factTokens(fact), 0) +
    memory.history.reduce((sum, turn) => sum + turnTokens(turn), 0)
  );
}

/**
 * Fits what is known about a run into `budgetTokens`. Facts come first: they are short, durable
 * and matter in every conversation; each one that fits is kept, in the given order (a fact that
 * does not fit is skipped, the next may still fit). Then the newest turns, walking back from the
 * end: the first turn that does not fit ends the history, because a gap in the middle of a
 * conversation would mislead more than a shorter history. `turns` are oldest first.
 */
export function packMemory(options: {
  turns: readonly ConversationTurn[];
  facts: readonly RememberedFact[];
  budgetTokens: number;
}): RunMemory {
  let remaining = options.budgetTokens;
  const facts: RememberedFact[] = [];
  for (const fact of options.facts) {
    const cost = factTokens(fact);
    if (cost > remaining) continue;
    facts.push(fact);
    remaining -= cost;
  }
  let firstKept = options.turns.length;
  while (firstKept > 0) {
    const turn = options.turns[firstKept - 1];
    if (!turn) break;
    const cost = turnTokens(turn);
    if (cost > remaining) break;
    remaining -= cost;
    firstKept--;
  }
  return {
    history: options.turns.slice(firstKept),
    omittedTurns: firstKept,
    facts,
  };
}
