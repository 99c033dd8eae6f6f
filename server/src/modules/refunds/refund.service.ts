import { OrderEntity, RefundEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';

export interface RefundCommand {
  orderNumber: string;
  amountCents: number;
  reason: string;
  runId: string;
  /** The approval that allowed it; one refund per approval, enforced by a unique index. */
  approvalId: string | null;
}

export interface RefundReceipt {
  refundId: string;
  orderNumber: string;
  amountCents: number;
  /** All refunds of the order so far, this one included. */
  refundedCents: number;
  /** What can still be refunded on the order. */
  remainingCents: number;
}

/** A refund that cannot be made: unknown order, or more than is left to refund. */
export class RefundRefused extends Error {
  override name = 'RefundRefused';
}

/** Money given back on orders, in integer cents, never more than the order's total. */
export class RefundService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a refund. The order row is locked first, so two refunds racing on one order cannot
   * together exceed its total; a second call for the same approval returns the first refund
   * instead of paying twice.
   */
  async refund(workspaceId: string, command: RefundCommand): Promise<RefundReceipt> {
    return this.dataSource.transaction(async (tx) => {
      const order = await tx.findOne(OrderEntity, {
        where: { workspaceId, number: command.orderNumber },
        lock: { mode: 'pessimistic_write' },
      });
      if (!order) throw new RefundRefused(`No order numbered "${command.orderNumber}".`);
      const earlier = command.approvalId
        ? await tx.findOneBy(RefundEntity, { approvalId: command.approvalId })
        : null;
      const refundedBefore = await refundedCents(tx, order.id);
      if (earlier) return receipt(order, earlier, refundedBefore);
      const remaining = order.totalCents - refundedBefore;
      if (command.amountCents > remaining) {
        throw new RefundRefused(
          `A refund of ${command.amountCents} cents is more than the ${remaining} cents left to refund on ${order.number}.`,
        );
      }
      const refund = await tx.save(
        tx.create(RefundEntity, {
          workspaceId,
          orderId: order.id,
          amountCents: command.amountCents,
          reason: command.reason,
          runId: command.runId,
          approvalId: command.approvalId,
        }),
      );
      return receipt(order, refund, refundedBefore + refund.amountCents);
    });
  }
}

async function refundedCents(tx: EntityManager, orderId: string): Promise<number> {
  const rows: Array<{ total: string }> = await tx.query(
    'SELECT COALESCE(SUM(amount_cents), 0)::text AS total FROM refund WHERE order_id = $1',
    [orderId],
  );
  return Number(rows[0]?.total ?? 0);
}

function receipt(order: OrderEntity, refund: RefundEntity, refundedCents: number): RefundReceipt {
  return {
    refundId: refund.id,
    orderNumber: order.number,
    amountCents: refund.amountCents,
    refundedCents,
    remainingCents: order.totalCents - refundedCents,
  };
}
