import { RUN_STATUSES, type RunStatus } from '@zactonics/db';
import { DomainError } from '../errors.js';

/** What can happen to a run. */
export type RunEvent = 'start' | 'await_human' | 'resume' | 'succeed' | 'fail' | 'cancel';

export const TERMINAL_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

export function isTerminal(status: RunStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** A run that can still change: the statuses a step may be appended in. */
export const ACTIVE_STATUSES: readonly RunStatus[] = RUN_STATUSES.filter((s) => !isTerminal(s));

/**
 * `<column> = ANY($n)` for raw SQL, with the statuses as the one parameter `$n` (a text array),
 * so SQL never repeats a status list that this file owns.
 */
export function statusIn(
  column: string,
  statuses: readonly RunStatus[],
  parameterIndex: number,
): { sql: string; parameter: RunStatus[] } {
  return { sql: `${column} = ANY($${parameterIndex}::text[])`, parameter: [...statuses] };
}

// Every status must be listed (the Record type enforces it); a missing event is a refused move.
const TRANSITIONS: Record<RunStatus, Partial<Record<RunEvent, RunStatus>>> = {
  QUEUED: { start: 'RUNNING', cancel: 'CANCELLED', fail: 'FAILED' },
  RUNNING: {
    await_human: 'WAITING_FOR_HUMAN',
    succeed: 'SUCCEEDED',
    fail: 'FAILED',
    cancel: 'CANCELLED',
  },
  WAITING_FOR_HUMAN: { resume: 'RUNNING', cancel: 'CANCELLED', fail: 'FAILED' },
  SUCCEEDED: {},
  FAILED: {},
  CANCELLED: {},
};

/**
 * The only place a run's status changes: QUEUED -> RUNNING -> (WAITING_FOR_HUMAN <-> RUNNING)
 * -> SUCCEEDED | FAILED | CANCELLED. Any other move is refused; a finished run never changes.
 */
export function transition(from: RunStatus, event: RunEvent): RunStatus {
  const next = TRANSITIONS[from][event];
  if (next === undefined) {
    if (isTerminal(from)) {
      throw new DomainError('RUN_ALREADY_FINISHED', `The run already finished (${from}).`, {
        status: from,
      });
    }
    throw new Error(`illegal run transition: ${from} --${event}-->`);
  }
  return next;
}
