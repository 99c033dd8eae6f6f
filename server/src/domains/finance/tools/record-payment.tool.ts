import { z } from 'zod';
import { formatCents } from '../../../engines/accounting/index.js';
import { callerContext } from '../../../context.js';
import type {
  InvoicePaymentService,
  RecordedPayment,
} from '../../../modules/finance/invoice-payment.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

/** At most $10M in one payment: larger is a unit mistake (dollars sent as cents). */
const MAX_PAYMENT_CENTS = 1_000_000_000;

/**
 * A payment processor's event as the payment-received scenario takes it (the `data` of an
 * inbound webhook's envelope, or the console's form): amounts in integer cents.
 */
export const paymentInput = z
  .object({
    invoiceNumber: z.string().trim().min(1).max(40),
    amountCents: z.number().int().positive().max(MAX_PAYMENT_CENTS),
    feeCents: z.number().int().min(0).max(MAX_PAYMENT_CENTS).default(0),
    paidOn: z.iso.date().optional(),
    processor: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a processor name such as "stripe" or "square"')
      .default('stripe'),
    paymentId: z.string().trim().min(1).max(255),
  })
  .refine((p) => p.feeCents < p.amountCents, {
    path: ['feeCents'],
    message: 'The fee must be less than the amount paid.',
  });
export type PaymentInput = z.infer<typeof paymentInput>;

/**
 * Records a processor's payment against an invoice: receivables down by the amount, the
 * processor's clearing account up by the amount less the fee, the fee an expense; the invoice is
 * paid when nothing is left open. The same processor payment id again changes nothing.
 */
export function recordPaymentTool(
  payments: InvoicePaymentService,
): Tool<PaymentInput, RecordedPayment> {
  return {
    name: 'record_payment',
    description:
      "Records a payment a processor (Stripe, Square...) reported against an invoice, by invoice number, amount and fee in cents and the processor's payment id; posts it to the ledger and updates the invoice. Recording the same payment id again changes nothing.",
    input: paymentInput,
    execute: (ctx, call) =>
      asTool(() =>
        payments.record(callerContext(ctx.workspaceId, `agent:${ctx.agentKey}`), {
          invoiceNumber: call.invoiceNumber,
          processor: call.processor,
          processorPaymentId: call.paymentId,
          amountCents: call.amountCents,
          feeCents: call.feeCents,
          ...(call.paidOn ? { paidOn: call.paidOn } : {}),
        }),
      ),
    summarize: (p) =>
      p.alreadyRecorded
        ? `${p.processor} payment ${p.processorPaymentId} was already recorded`
        : `${formatCents(p.amountCents)} on ${p.invoiceNumber}; ${formatCents(p.invoice.openCents)} left open`,
  };
}
