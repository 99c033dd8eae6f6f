import { z } from 'zod';
import type { InvoiceService } from '../../../modules/finance/invoice.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { assess, type PaymentHistory } from '../engine/payment-assessment.js';

const input = z.object({ customerEmail: z.email().max(320) });

/**
 * How a customer pays, from the invoice ledger, for deciding on credit or a booking. Every figure
 * is computed by the payment-assessment engine in integer cents against the run's clock; a model
 * only quotes it.
 */
export function paymentHistoryTool(
  ledger: InvoiceService,
): Tool<z.infer<typeof input>, PaymentHistory> {
  return {
    name: 'payment_history',
    description:
      "A customer's invoice payment record by email: invoices paid on time and late, those overdue now (with days), the amount outstanding in cents, and a verdict GOOD, WATCH or RISK.",
    input,
    async execute(ctx, { customerEmail }) {
      const { customer, invoices } = await ledger.ledgerOf(ctx.workspaceId, customerEmail);
      return { customerEmail, customer, ...assess(invoices, ctx.now) };
    },
    summarize(history) {
      const who = history.customer?.company ?? history.customer?.name ?? history.customerEmail;
      const oldest = history.overdue[0];
      const overdue = oldest
        ? `${history.overdue.length} overdue (oldest ${oldest.daysOverdue} days)`
        : 'none overdue';
      return `${who}: ${history.invoices} invoice(s), ${overdue}, ${history.outstandingCents} cents outstanding: ${history.verdict}`;
    },
  };
}
