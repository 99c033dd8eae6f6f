import {
  ConversationMessageEntity,
  CustomerEntity,
  OrderEntity,
  RunEntity,
  ShipmentEventEntity,
  WorkspaceEntity,
} from '@zactonics/db';
import { In, type DataSource } from 'typeorm';
import { customerOfRun } from '../memory/run-customer.js';

/** One of the customer's orders with its shipment scans, as stored. */
export interface CaseOrder {
  order: OrderEntity;
  events: ShipmentEventEntity[];
}

/** What the hub holds about the case of a run, read in one place for a ticket brief. */
export interface CaseFile {
  runId: string;
  conversationId: string | null;
  /** The conversation's customer, else the run input's `customerEmail`; never one a model names. */
  customer: { email: string | null; name: string | null };
  /** The customer's messages of the run's conversation, oldest first; empty outside one. */
  customerMessages: Array<{ text: string; at: Date }>;
  /** The customer's newest orders first, at most the limit asked for. */
  orders: CaseOrder[];
  /** The shop's zone, in which order dates are calendar dates. */
  timeZone: string;
}

/** Reads a run's case: its conversation, customer, messages and orders. Reads only. */
export class CaseFileService {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    scope: { workspaceId: string; runId: string },
    options: { orderLimit: number },
  ): Promise<CaseFile> {
    const manager = this.dataSource.manager;
    const { workspaceId } = scope;
    const run = await manager.findOneByOrFail(RunEntity, { id: scope.runId, workspaceId });
    const email = await customerOfRun(manager, run);
    const customer = email ? await manager.findOneBy(CustomerEntity, { workspaceId, email }) : null;
    const messages = run.conversationId
      ? await manager.find(ConversationMessageEntity, {
          where: { workspaceId, conversationId: run.conversationId, role: 'CUSTOMER' },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const orders = customer
      ? await manager.find(OrderEntity, {
          where: { workspaceId, customerId: customer.id },
          order: { placedAt: 'DESC', number: 'DESC' },
          take: options.orderLimit,
        })
      : [];
    const [events, workspace] = await Promise.all([
      orders.length > 0
        ? manager.find(ShipmentEventEntity, {
            where: { workspaceId, orderId: In(orders.map((o) => o.id)) },
          })
        : [],
      manager.findOneByOrFail(WorkspaceEntity, { id: workspaceId }),
    ]);
    return {
      runId: run.id,
      conversationId: run.conversationId,
      customer: { email, name: customer?.name ?? null },
      customerMessages: messages.map((m) => ({ text: m.text, at: m.createdAt })),
      orders: orders.map((order) => ({
        order,
        events: events.filter((e) => e.orderId === order.id),
      })),
      timeZone: workspace.timeZone,
    };
  }
}
