import { z } from 'zod';
import type { RefundReceipt, RefundService } from '../../../modules/refunds/refund.service.js';
import { formatCents } from '../../../runtime/review-policy.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const input = z.object({
  orderNumber: z.string().trim().min(1).max(40),
  amountCents: z.number().int().positive(),
  reason: z.string().trim().min(1).max(500),
});

/**
 * Refunds part or all of an order. Declared for review: above the agent's refund limit ($500 by
 * default) a person approves first, and the approved refund is paid once.
 */
export function issueRefundTool(
  refunds: RefundService,
): Tool<z.infer<typeof input>, RefundReceipt> {
  return {
    name: 'issue_refund',
    description:
      "Refunds an amount (integer cents) on one of the shop's orders, at most what is left to refund.",
    input,
    review: { kind: 'refund', amountCents: (call) => Number(call.amountCents) },
    execute(ctx, { orderNumber, amountCents, reason }) {
      return refunds.refund(ctx.workspaceId, {
        orderNumber,
        amountCents,
        reason,
        runId: ctx.runId,
        approvalId: ctx.approvalId ?? null,
      });
    },
    summarize: (r) =>
      `Refunded ${formatCents(r.amountCents)} on ${r.orderNumber}; ${formatCents(r.remainingCents)} left`,
  };
}
