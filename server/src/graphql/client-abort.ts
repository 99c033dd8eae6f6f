import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../errors.js';

/**
 * Work stops when its client goes away: every field checks the request's signal before it
 * resolves, so a deep query whose client disconnected resolves nothing more (each database query
 * already started is bounded by the statement timeout on PostgreSQL).
 */
export const stopWhenClientLeaves: MiddlewareFn<{ signal?: AbortSignal }> = ({ context }, next) => {
  if (context.signal?.aborted) {
    throw new DomainError('REQUEST_ABORTED', 'The client went away; the request was stopped.');
  }
  return next();
};

/** Aborted when the HTTP response closes before it was sent in full (the client left). */
export function signalForResponse(res: {
  once(event: 'close', listener: () => void): unknown;
  writableFinished: boolean;
}): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * One signal per operation of a WebSocket: aborted when the client completes the operation or
 * the socket closes.
 */
export class SocketOperationSignals {
  private readonly controllers = new Map<string, AbortController>();

  begin(id: string): AbortSignal {
    this.controllers.get(id)?.abort();
    const controller = new AbortController();
    this.controllers.set(id, controller);
    return controller.signal;
  }

  end(id: string): void {
    this.controllers.get(id)?.abort();
    this.controllers.delete(id);
  }

  endAll(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
  }
}
