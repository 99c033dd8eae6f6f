import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { ACTIVE_STATUSES, statusIn, transition } from './run-lifecycle.js';

describe('run lifecycle', () => {
  it('moves a run through the happy path QUEUED -> RUNNING -> SUCCEEDED', () => {
    expect(transition('QUEUED', 'start')).toBe('RUNNING');
    expect(transition('RUNNING', 'succeed')).toBe('SUCCEEDED');
  });

  it('lets a run wait for a human and resume', () => {
    expect(transition('RUNNING', 'await_human')).toBe('WAITING_FOR_HUMAN');
    expect(transition('WAITING_FOR_HUMAN', 'resume')).toBe('RUNNING');
  });

  it('cancels a queued, running or waiting run', () => {
    expect(transition('QUEUED', 'cancel')).toBe('CANCELLED');
    expect(transition('RUNNING', 'cancel')).toBe('CANCELLED');
    expect(transition('WAITING_FOR_HUMAN', 'cancel')).toBe('CANCELLED');
  });

  it.each(['SUCCEEDED', 'FAILED', 'CANCELLED'] as const)(
    'refuses any change to a %s run with RUN_ALREADY_FINISHED',
    (status) => {
      for (const event of [
        'start',
        'resume',
        'succeed',
        'fail',
        'cancel',
        'await_human',
      ] as const) {
        expect(() => transition(status, event)).toThrow(DomainError);
        try {
          transition(status, event);
        } catch (error) {
          expect((error as DomainError).errorCode).toBe('RUN_ALREADY_FINISHED');
        }
      }
    },
  );

  it('refuses moves that skip a state, such as succeeding a queued run', () => {
    expect(() => transition('QUEUED', 'succeed')).toThrow(/illegal run transition/);
    expect(() => transition('RUNNING', 'start')).toThrow(/illegal run transition/);
    expect(() => transition('WAITING_FOR_HUMAN', 'succeed')).toThrow(/illegal run transition/);
  });
});

describe('status lists', () => {
  it('counts every status that is not terminal as active', () => {
    expect(ACTIVE_STATUSES).toEqual(['QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN']);
  });

  it('renders a status list as one SQL array parameter', () => {
    expect(statusIn('r.status', ACTIVE_STATUSES, 3)).toEqual({
      sql: 'r.status = ANY($3::text[])',
      parameter: ['QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN'],
    });
  });
});
