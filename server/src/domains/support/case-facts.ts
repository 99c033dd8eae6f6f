import {
  ConversationMessageEntity,
  CustomerEntity,
  OrderEntity,
  RunEntity,
  ShipmentEventEntity,
  WorkspaceEntity,
} from '@zactonics/db';
import { In, type DataSource } from 'typeorm';
import { customerOfRun } from '../../modules/memory/run-customer.js';
import type { ToolContext } from '../../runtime/tool-registry.js';
import { orderFact, type OrderFact } from './order-facts.js';
import type { BriefFacts } from './ticket-brief.js';

/** How many of the customer's orders a brief lists (newest first): enough for a support case. */
export const BRIEF_ORDER_LIMIT = 10;

export interface CaseFacts extends BriefFacts {
  runId: string;
  conversationId: string | null;
}

/**
 * What the support agent knows about the case of a run: its conversation, the customer (the
 * conversation's, else the run input's `customerEmail`; never one a model names), the customer's
 * messages and orders. `message` stands in for the messages when the run has no conversation.
 */
export async function readCaseFacts(
  dataSource: DataSource,
  ctx: ToolContext,
  message: string,
): Promise<CaseFacts> {
  const manager = dataSource.manager;
  const run = await manager.findOneByOrFail(RunEntity, {
    id: ctx.runId,
    workspaceId: ctx.workspaceId,
  });
  const email = await customerOfRun(manager, run);
  const customer = email
    ? await manager.findOneBy(CustomerEntity, { workspaceId: ctx.workspaceId, email })
    : null;
  const recorded = run.conversationId
    ? await manager.find(ConversationMessageEntity, {
        where: {
          workspaceId: ctx.workspaceId,
          conversationId: run.conversationId,
          role: 'CUSTOMER',
        },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : [];
  const customerMessages =
    recorded.length > 0
      ? recorded.map((m) => ({ text: m.text, at: m.createdAt }))
      : [{ text: message, at: ctx.now }];
  return {
    runId: run.id,
    conversationId: run.conversationId,
    customer: { email, name: customer?.name ?? null },
    customerMessages,
    orders: customer ? await ordersOf(dataSource, ctx, customer.id) : [],
  };
}

async function ordersOf(
  dataSource: DataSource,
  ctx: ToolContext,
  customerId: string,
): Promise<OrderFact[]> {
  const orders = await dataSource.manager.find(OrderEntity, {
    where: { workspaceId: ctx.workspaceId, customerId },
    order: { placedAt: 'DESC', number: 'DESC' },
    take: BRIEF_ORDER_LIMIT,
  });
  if (orders.length === 0) return [];
  const [events, workspace] = await Promise.all([
    dataSource.manager.find(ShipmentEventEntity, {
      where: { workspaceId: ctx.workspaceId, orderId: In(orders.map((o) => o.id)) },
    }),
    dataSource.manager.findOneByOrFail(WorkspaceEntity, { id: ctx.workspaceId }),
  ]);
  return orders.map((o) =>
    orderFact(
      o,
      events.filter((e) => e.orderId === o.id),
      ctx.now,
      workspace.timeZone,
    ),
  );
}
