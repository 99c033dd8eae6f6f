import type { HandoffState } from '@zactonics/db';
import { DomainError } from '../../errors.js';

/**
 * What can happen to a conversation's handoff:
 * - `request_human`: the bot (open_ticket) or the visitor (requestHuman) asks for a person;
 * - `take_over`: a person of the shop starts answering;
 * - `hand_back`: the bot answers again (a person is done, or nobody is needed after all);
 * - `resolve`: a person settles the matter;
 * - `customer_writes`: the visitor writes again in a resolved conversation.
 */
export type HandoffEvent =
  'request_human' | 'take_over' | 'hand_back' | 'resolve' | 'customer_writes';

export const HANDOFF_EVENTS: readonly HandoffEvent[] = [
  'request_human',
  'take_over',
  'hand_back',
  'resolve',
  'customer_writes',
];

// Every state must be listed (the Record type enforces it); a missing event is a refused move.
// Decisions beyond the BOT -> HUMAN_REQUESTED -> HUMAN -> RESOLVED:
// - BOT -> HUMAN by take_over: a person watching the inbox may step in before anyone asks.
// - HUMAN_REQUESTED -> BOT by hand_back: the team declines (the visitor withdrew, a duplicate);
//   the visitor is not left waiting for a person who will not come.
// - HUMAN_REQUESTED -/-> RESOLVED: only someone who took the conversation over settles it, so
//   every resolution has a person who answered.
// - RESOLVED -> BOT by customer_writes: a new message reopens the conversation to the bot, which
//   may escalate again; a resolved conversation never silently swallows a message.
// - Repeating the current state (request_human while HUMAN_REQUESTED, take_over while HUMAN) is
//   refused: two people taking over at once get one success and one refusal, not two owners.
const TRANSITIONS: Record<HandoffState, Partial<Record<HandoffEvent, HandoffState>>> = {
  BOT: { request_human: 'HUMAN_REQUESTED', take_over: 'HUMAN' },
  HUMAN_REQUESTED: { take_over: 'HUMAN', hand_back: 'BOT' },
  HUMAN: { hand_back: 'BOT', resolve: 'RESOLVED' },
  RESOLVED: { customer_writes: 'BOT' },
};

/** The state `event` leads to from `from`, or null when the move is not allowed. */
export function nextHandoffState(from: HandoffState, event: HandoffEvent): HandoffState | null {
  return TRANSITIONS[from][event] ?? null;
}

/** The events allowed in `state`, for error messages and clients. */
export function allowedHandoffEvents(state: HandoffState): HandoffEvent[] {
  return HANDOFF_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}

/**
 * The only place a conversation's handoff state changes. An illegal move is a
 * CONVERSATION_STATE_INVALID error naming the state and what is possible from it.
 */
export function handoffTransition(from: HandoffState, event: HandoffEvent): HandoffState {
  const next = nextHandoffState(from, event);
  if (next === null) {
    const allowed = allowedHandoffEvents(from);
    throw new DomainError(
      'CONVERSATION_STATE_INVALID',
      `The conversation is ${from}: it cannot ${EVENT_WORDS[event]} (possible: ${allowed.map((e) => EVENT_WORDS[e]).join(', ') || 'nothing'}).`,
      { handoffState: from, event, allowedEvents: allowed },
    );
  }
  return next;
}

const EVENT_WORDS: Record<HandoffEvent, string> = {
  request_human: 'request a person',
  take_over: 'be taken over',
  hand_back: 'be handed back to the bot',
  resolve: 'be resolved',
  customer_writes: 'reopen',
};
