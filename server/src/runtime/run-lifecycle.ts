import type { RunStatus } from '@zactonics/db';
import { DomainError } from '../errors.js';

/** What can happen to a run. */
export type RunEvent = 'start' | 'await_human' | 'resume' | 'succeed' | 'fail' | 'cancel';

export const TERMINAL_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

export function isTerminal(status: RunStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * The only place a run's status changes: QUEUED -> RUNNING -> (WAITING_FOR_HUMAN <-> RUNNING)
 * -> SUCCEEDED | FAILED | CANCELLED. Any other move is refused; a finished run never changes.
 */
export function transition(from: RunStatus, event: RunEvent): RunStatus {
  const next = nextStatus(from, event);
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

function nextStatus(from: RunStatus, event: RunEvent): RunStatus | undefined {
  switch (from) {
    case 'QUEUED':
      return event === 'start'
        ? 'RUNNING'
        : event === 'cancel'
          ? 'CANCELLED'
          : event === 'fail'
            ? 'FAILED'
            : undefined;
    case 'RUNNING':
      switch (event) {
        case 'await_human':
          return 'WAITING_FOR_HUMAN';
        case 'succeed':
          return 'SUCCEEDED';
        case 'fail':
          return 'FAILED';
        case 'cancel':
          return 'CANCELLED';
        case 'start':
        case 'resume':
          return undefined;
        default:
          return assertNever(event);
      }
    case 'WAITING_FOR_HUMAN':
      return event === 'resume'
        ? 'RUNNING'
        : event === 'cancel'
          ? 'CANCELLED'
          : event === 'fail'
            ? 'FAILED'
            : undefined;
    case 'SUCCEEDED':
    case 'FAILED':
    case 'CANCELLED':
      return undefined;
    default:
      return assertNever(from);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
