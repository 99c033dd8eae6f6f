import { ContentItemEntity, type ContentItemState } from '@zactonics/db';
import { QueryFailedError, type EntityManager } from 'typeorm';
import {
  moveContentState,
  moveContentStateByHand,
  type StateMove,
} from '../../../engines/content/editorial/index.js';
import { DomainError } from '../../../errors.js';
import { isId } from '../../ids.js';

/**
 * Reading and moving content items, shared by the items service (the console) and the
 * publishing service (the agent's approved publications): one place for "not found" and for
 * refusing a move the editorial calendar does not allow.
 */

/** Who acts: the workspace, and the actor the audit log names. */
export interface ContentScope {
  workspaceId: string;
  actor: string;
}

export function contentNotFound(id: string): DomainError {
  return new DomainError('CONTENT_NOT_FOUND', `No content item ${id} in this workspace.`, {
    contentItemId: id,
  });
}

/** The item, locked for the rest of the transaction; another workspace's id is not found. */
export async function lockItem(
  tx: EntityManager,
  workspaceId: string,
  id: string,
): Promise<ContentItemEntity> {
  const item = isId(id)
    ? await tx.findOne(ContentItemEntity, {
        where: { id, workspaceId },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!item) throw contentNotFound(id);
  return item;
}

/** The move as the editorial engine allows it, or CONTENT_STATE_INVALID in the engine's words. */
export function allowedMove(
  item: Pick<ContentItemEntity, 'id' | 'state'>,
  to: ContentItemState,
  reason: string,
  by: 'hand' | 'publication' = 'publication',
): Extract<StateMove, { ok: true }> {
  const move = (by === 'hand' ? moveContentStateByHand : moveContentState)(item.state, to, reason);
  if (!move.ok) {
    throw new DomainError('CONTENT_STATE_INVALID', move.refusal, {
      contentItemId: item.id,
      from: move.from,
      to: move.to,
    });
  }
  return move;
}

/**
 * The moves from `from` back to DRAFTING, one allowed step at a time (an approved or scheduled
 * item goes through review first); empty when the item is drafting already.
 */
export function stepsBackToDrafting(from: ContentItemState): ContentItemState[] {
  if (from === 'DRAFTING') return [];
  if (from === 'APPROVED' || from === 'SCHEDULED') return ['IN_REVIEW', 'DRAFTING'];
  return ['DRAFTING'];
}

/** Whether the error is a unique violation of `constraint` (PGlite names it only in the message). */
export function uniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return (
    driverError?.code === '23505' &&
    (driverError.constraint === constraint || error.message.includes(constraint))
  );
}
