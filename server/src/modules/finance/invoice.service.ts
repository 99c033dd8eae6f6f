import { CustomerEntity, InvoiceEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';

/** A customer's account as the invoice ledger holds it. */
export interface CustomerLedger {
  /** Null when no customer has the email: a prospect with no history. */
  customer: { name: string; company: string | null } | null;
  /** Earliest due first (then by number); empty without a customer. */
  invoices: InvoiceEntity[];
}

/** Reads the shop's invoice ledger (the demo seeds it; an accounting import will fill it). */
export class InvoiceService {
  constructor(private readonly dataSource: DataSource) {}

  /** The customer with this email (compared case-insensitively) and their invoices. */
  async ledgerOf(workspaceId: string, customerEmail: string): Promise<CustomerLedger> {
    const customer = await this.dataSource.manager
      .createQueryBuilder(CustomerEntity, 'c')
      .where('c.workspace_id = :workspaceId AND lower(c.email) = lower(:email)', {
        workspaceId,
        email: customerEmail,
      })
      .getOne();
    if (!customer) return { customer: null, invoices: [] };
    const invoices = await this.dataSource.manager.find(InvoiceEntity, {
      where: { workspaceId, customerId: customer.id },
      order: { dueOn: 'ASC', number: 'ASC' },
    });
    return { customer: { name: customer.name, company: customer.company }, invoices };
  }
}
