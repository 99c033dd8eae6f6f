import { HANDOFF_STATES, type HandoffState } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors.js';
import {
  allowedHandoffEvents,
  HANDOFF_EVENTS,
  handoffTransition,
  nextHandoffState,
  type HandoffEvent,
} from './handoff.js';

// The whole table, written out: every legal move, and null for every refused one.
const EXPECTED: Record<HandoffState, Record<HandoffEvent, HandoffState | null>> = {
  BOT: {
    request_human: 'HUMAN_REQUESTED',
    take_over: 'HUMAN',
    hand_back: null,
    resolve: null,
    customer_writes: null,
  },
  HUMAN_REQUESTED: {
    request_human: null,
    take_over: 'HUMAN',
    hand_back: 'BOT',
    resolve: null,
    customer_writes: null,
  },
  HUMAN: {
    request_human: null,
    take_over: null,
    hand_back: 'BOT',
    resolve: 'RESOLVED',
    customer_writes: null,
  },
  RESOLVED: {
    request_human: null,
    take_over: null,
    hand_back: null,
    resolve: null,
    customer_writes: 'BOT',
  },
};

const cases = HANDOFF_STATES.flatMap((from) =>
  HANDOFF_EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })),
);

describe('the handoff state machine', () => {
  it.each(cases.filter((c) => c.to !== null))(
    'moves $from --$event--> $to',
    ({ from, event, to }) => {
      expect(nextHandoffState(from, event)).toBe(to);
      expect(handoffTransition(from, event)).toBe(to);
    },
  );

  it.each(cases.filter((c) => c.to === null))(
    'refuses $event in $from with CONVERSATION_STATE_INVALID',
    ({ from, event }) => {
      expect(nextHandoffState(from, event)).toBeNull();
      let error: DomainError | undefined;
      try {
        handoffTransition(from, event);
      } catch (e) {
        error = e as DomainError;
      }
      expect(error?.errorCode).toBe('CONVERSATION_STATE_INVALID');
      expect(error?.details).toMatchObject({
        handoffState: from,
        event,
        allowedEvents: allowedHandoffEvents(from),
      });
    },
  );

  it('explains a refusal with the state and what is possible from it', () => {
    expect(() => handoffTransition('BOT', 'resolve')).toThrow(
      'The conversation is BOT: it cannot be resolved (possible: request a person, be taken over).',
    );
  });

  it('has exactly seven legal moves', () => {
    expect(cases.filter((c) => c.to !== null)).toHaveLength(7);
  });
});
