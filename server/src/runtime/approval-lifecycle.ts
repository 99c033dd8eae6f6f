import { ApprovalEntity } from '@zactonics/db';
import type { EntityManager } from 'typeorm';
import { redactText } from './guardrails/pii-redaction.js';

/** How a pending approval ends: by a person, by its deadline, or with its run. */
export type ApprovalSettlement =
  | { status: 'APPROVED'; by: string; editedOutput: string | null }
  | { status: 'REJECTED'; by: string; reason: string }
  | { status: 'EXPIRED' };

/** Who decided what nobody decided (an expiry, a withdrawal). */
const SYSTEM = 'system';

/**
 * The only place a pending approval's status changes (PENDING -> APPROVED | REJECTED | EXPIRED),
 * inside the caller's transaction on the locked run. A person's edit or reason is stored like any
 * other text: without card numbers or SSNs.
 */
export async function settleWithin(
  tx: EntityManager,
  approval: ApprovalEntity,
  settlement: ApprovalSettlement,
  at: Date,
): Promise<ApprovalEntity> {
  Object.assign(approval, {
    status: settlement.status,
    decidedAt: at,
    decidedBy: settlement.status === 'EXPIRED' ? SYSTEM : settlement.by,
    ...(settlement.status === 'APPROVED'
      ? {
          editedOutput:
            settlement.editedOutput !== null ? redactText(settlement.editedOutput).text : null,
          decisionNote: null,
        }
      : {}),
    ...(settlement.status === 'REJECTED'
      ? { editedOutput: null, decisionNote: redactText(settlement.reason).text }
      : {}),
  });
  return tx.save(approval);
}

/**
 * A finished run waits for nobody: its pending approval is withdrawn (PENDING -> WITHDRAWN) in the
 * transaction that finishes it, whoever finishes it (a cancel, an expiry, recovery).
 */
export async function withdrawPendingWithin(
  tx: EntityManager,
  runId: string,
  at: Date,
): Promise<void> {
  await tx.update(
    ApprovalEntity,
    { runId, status: 'PENDING' },
    { status: 'WITHDRAWN', decidedAt: at, decidedBy: SYSTEM },
  );
}

/** The decided action is done with (carried out, or nothing left to do): it never runs again. */
export async function markExecutedWithin(
  tx: EntityManager,
  approvalId: string,
  at: Date,
): Promise<void> {
  await tx.update(ApprovalEntity, { id: approvalId }, { executedAt: at });
}

/**
 * Marks a decided action as executed, once: true for the one caller that claimed it. Whoever
 * carries out an approved action does so only after winning this claim.
 */
export async function claimExecution(
  manager: EntityManager,
  approvalId: string,
  at: Date,
): Promise<boolean> {
  const claimed = await manager
    .createQueryBuilder()
    .update(ApprovalEntity)
    .set({ executedAt: at })
    .where("id = :approvalId AND status IN ('APPROVED', 'REJECTED') AND executed_at IS NULL", {
      approvalId,
    })
    .execute();
  return claimed.affected === 1;
}
