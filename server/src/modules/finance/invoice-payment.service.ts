import { randomUUID } from 'node:crypto';
import { CustomerEntity, InvoiceEntity, InvoicePaymentEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { formatCents } from '../../engines/accounting/index.js';
import { DomainError } from '../../errors.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';
import type { Clock } from '../../runtime/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { posterOf } from '../ledger/journal-poster.js';
import type { LedgerService } from '../ledger/ledger.service.js';

/** Where a processor's payment lands until the payout reaches the bank, and what it charged. */
const PROCESSOR_CLEARING = '1050';
const PROCESSING_FEES = '6220';
const RECEIVABLES = '1100';

export interface ProcessorPayment {
  invoiceNumber: string;
  /** e.g. "stripe", "square", "paypal" (lower case). */
  processor: string;
  /** The processor's own id for the payment: recording it again changes nothing. */
  processorPaymentId: string;
  /** What the customer paid, in cents. */
  amountCents: number;
  /** What the processor kept, in cents (0 when it reports no fee). */
  feeCents: number;
  /** The day paid; the shop's today when omitted. */
  paidOn?: string;
}

export interface RecordedPayment {
  paymentId: string;
  invoiceNumber: string;
  customer: string;
  processor: string;
  processorPaymentId: string;
  amountCents: number;
  feeCents: number;
  /** amountCents - feeCents: what the processor will pay out. */
  netCents: number;
  paidOn: string;
  journalEntryId: string;
  /** True when this processor payment was recorded before: nothing changed this time. */
  alreadyRecorded: boolean;
  invoice: { amountCents: number; paidCents: number; openCents: number; status: string };
}

/**
 * Payments a payment processor reports against an invoice (a Stripe or Square event through an
 * inbound webhook, or a person). Recording one posts receivables to the processor's clearing
 * account less its fee (the payout to the bank later clears 1050, as the demo's card sales do),
 * adds it to the invoice and audits it, all in one transaction; the processor's payment id makes
 * a second delivery of the same payment a no-op. Refusals write nothing.
 */
export class InvoicePaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    /** Told after a payment commits: it settles an invoice and moves cash. */
    private readonly changes: DataChangeNotifier = NO_DATA_CHANGES,
  ) {}

  async record(ctx: RequestContext, payment: ProcessorPayment): Promise<RecordedPayment> {
    const today = await this.ledger.today(ctx.workspaceId, this.clock.now());
    const recorded = await this.dataSource.transaction((tx) =>
      this.recordWithin(tx, ctx, payment, today),
    );
    if (!recorded.alreadyRecorded) {
      this.changes.notify(ctx.workspaceId, 'invoices');
      this.changes.notify(ctx.workspaceId, 'ledger');
    }
    return recorded;
  }

  private async recordWithin(
    tx: EntityManager,
    ctx: RequestContext,
    payment: ProcessorPayment,
    today: string,
  ): Promise<RecordedPayment> {
    const { workspaceId } = ctx;
    // The invoice's row lock serializes two deliveries of one payment: the second sees the first.
    const invoice = await tx.findOne(InvoiceEntity, {
      where: { workspaceId, number: payment.invoiceNumber },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invoice) {
      throw new DomainError(
        'INVOICE_NOT_FOUND',
        `No invoice numbered ${payment.invoiceNumber} in this workspace; nothing was recorded.`,
      );
    }
    const customer = await tx.findOneBy(CustomerEntity, { id: invoice.customerId });
    const customerName = customer?.company ?? customer?.name ?? 'the customer';
    const earlier = await tx.findOneBy(InvoicePaymentEntity, {
      workspaceId,
      processor: payment.processor,
      processorPaymentId: payment.processorPaymentId,
    });
    if (earlier) return this.replayOf(earlier, invoice, customerName, payment);

    const paidOn = payment.paidOn ?? today;
    refuseDate(paidOn, invoice, today);
    const openCents = invoice.amountCents - invoice.paidCents;
    if (payment.amountCents > openCents) {
      throw new DomainError(
        'PAYMENT_EXCEEDS_BALANCE',
        openCents === 0
          ? `${invoice.number} is already paid in full; the ${formatCents(payment.amountCents)} payment was not recorded (refund it, or record a credit by hand).`
          : `${formatCents(payment.amountCents)} is more than the ${formatCents(openCents)} open on ${invoice.number}; nothing was recorded (a person should apply it).`,
      );
    }

    const id = randomUUID();
    const netCents = payment.amountCents - payment.feeCents;
    const entry = await this.ledger.postWithin(
      tx,
      workspaceId,
      {
        occurredOn: paidOn,
        memo: `${payment.processor} payment ${payment.processorPaymentId} on ${invoice.number} (${customerName})`.slice(
          0,
          500,
        ),
        sourceType: 'PAYMENT',
        sourceId: id,
        lines: [
          { accountCode: PROCESSOR_CLEARING, debitCents: netCents, creditCents: 0 },
          ...(payment.feeCents > 0
            ? [{ accountCode: PROCESSING_FEES, debitCents: payment.feeCents, creditCents: 0 }]
            : []),
          { accountCode: RECEIVABLES, debitCents: 0, creditCents: payment.amountCents },
        ],
      },
      posterOf(ctx),
    );
    const recorded = {
      processor: payment.processor,
      processorPaymentId: payment.processorPaymentId,
      amountCents: payment.amountCents,
      feeCents: payment.feeCents,
      paidOn,
      journalEntryId: entry.id,
    };
    await tx.insert(InvoicePaymentEntity, {
      id,
      workspaceId,
      invoiceId: invoice.id,
      ...recorded,
      recordedBy: ctx.actor,
    });
    const paidCents = invoice.paidCents + payment.amountCents;
    const status = paidCents >= invoice.amountCents ? 'PAID' : invoice.status;
    await tx.update(InvoiceEntity, { id: invoice.id }, { paidCents, status });
    await this.audit.record(
      workspaceId,
      {
        actor: ctx.actor,
        action: 'invoice.payment_recorded',
        targetType: 'invoice',
        targetId: invoice.id,
        data: { invoiceNumber: invoice.number, ...recorded },
      },
      tx,
    );
    return recordedView(
      { id, ...recorded },
      { ...invoice, paidCents, status },
      customerName,
      false,
    );
  }

  /**
   * The same processor payment again: the earlier record, unchanged, when it says the same thing;
   * a conflict when the same id now names another invoice or amount (a sender's bug to look at).
   */
  private replayOf(
    earlier: InvoicePaymentEntity,
    invoice: InvoiceEntity,
    customer: string,
    payment: ProcessorPayment,
  ): RecordedPayment {
    if (
      earlier.invoiceId !== invoice.id ||
      earlier.amountCents !== payment.amountCents ||
      earlier.feeCents !== payment.feeCents
    ) {
      throw new DomainError(
        'PAYMENT_ID_CONFLICT',
        `${payment.processor} payment ${payment.processorPaymentId} was recorded before with different details (${formatCents(earlier.amountCents)}, fee ${formatCents(earlier.feeCents)}); nothing was changed.`,
      );
    }
    return recordedView(earlier, invoice, customer, true);
  }
}

/** A payment is dated between the invoice's issue and the shop's today. */
function refuseDate(paidOn: string, invoice: InvoiceEntity, today: string): void {
  if (paidOn < invoice.issuedOn || paidOn > today) {
    throw new DomainError(
      'PAYMENT_DATE_INVALID',
      `A payment on ${invoice.number} must be dated between its issue on ${invoice.issuedOn} and today (${today}), not ${paidOn}; nothing was recorded.`,
    );
  }
}

function recordedView(
  payment: Pick<
    InvoicePaymentEntity,
    | 'id'
    | 'processor'
    | 'processorPaymentId'
    | 'amountCents'
    | 'feeCents'
    | 'paidOn'
    | 'journalEntryId'
  >,
  invoice: Pick<InvoiceEntity, 'number' | 'amountCents' | 'paidCents' | 'status'>,
  customer: string,
  alreadyRecorded: boolean,
): RecordedPayment {
  return {
    paymentId: payment.id,
    invoiceNumber: invoice.number,
    customer,
    processor: payment.processor,
    processorPaymentId: payment.processorPaymentId,
    amountCents: payment.amountCents,
    feeCents: payment.feeCents,
    netCents: payment.amountCents - payment.feeCents,
    paidOn: payment.paidOn,
    journalEntryId: payment.journalEntryId,
    alreadyRecorded,
    invoice: {
      amountCents: invoice.amountCents,
      paidCents: invoice.paidCents,
      openCents: invoice.amountCents - invoice.paidCents,
      status: invoice.status,
    },
  };
}
