import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataTopic } from '../../events/data-changes.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { ProcessorPayment } from './invoice-payment.service.js';

// The demo invoices (db/src/seed/demo-business.ts), dated relative to the seeding clock:
// INV-2026-005 (Bramble & Bean, $598.00, unpaid, 50 days old) and INV-2026-006 (Harbor Point,
// $1,156.00, unpaid, 35 days old).
const NOW = new Date('2026-11-26T15:00:00.000Z');
const TODAY = '2026-11-26'; // the demo shop is in America/Chicago: 09:00 there

let s: SeededServices;
const notified: Array<[string, DataTopic]> = [];

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'api_key:invoice-payment-spec' });
  s.services.dataChanges.subscribe(async (workspaceId, topic) => {
    notified.push([workspaceId, topic]);
  });
});
afterAll(() => s?.close());

const stripe = (overrides: Partial<ProcessorPayment>): ProcessorPayment => ({
  invoiceNumber: 'INV-2026-005',
  processor: 'stripe',
  processorPaymentId: 'pi_spec_0005',
  amountCents: 59_800,
  feeCents: 1_764,
  ...overrides,
});

async function invoice(number: string) {
  const [row] = (await s.db.dataSource.query(
    `SELECT amount_cents::int AS amount, paid_cents::int AS paid, status,
            to_char(issued_on, 'YYYY-MM-DD') AS issued
       FROM invoice WHERE number = $1`,
    [number],
  )) as Array<{ amount: number; paid: number; status: string; issued: string }>;
  return row;
}

/** What a refusal must not leave behind: the rows a recording writes. */
async function footprint() {
  const [row] = (await s.db.dataSource.query(
    `SELECT (SELECT count(*) FROM journal_entry)::int AS entries,
            (SELECT count(*) FROM invoice_payment)::int AS payments,
            (SELECT count(*) FROM audit_event WHERE action = 'invoice.payment_recorded')::int AS audits,
            (SELECT sum(paid_cents) FROM invoice)::bigint::text AS paid`,
  )) as Array<Record<string, unknown>>;
  return row;
}

async function refusal(payment: ProcessorPayment) {
  const before = await footprint();
  const error = await s.services.invoicePayments.record(s.ctx, payment).then(
    () => null,
    (e: { errorCode?: string; message?: string }) => e,
  );
  expect(await footprint()).toEqual(before);
  return { errorCode: error?.errorCode, message: error?.message };
}

describe('a processor payment against an invoice', () => {
  it('posts receivables to processor clearing less the fee, marks the invoice paid and audits it', async () => {
    const recorded = await s.services.invoicePayments.record(s.ctx, stripe({}));

    expect(recorded).toMatchObject({
      invoiceNumber: 'INV-2026-005',
      customer: 'Bramble & Bean Coffee',
      amountCents: 59_800,
      feeCents: 1_764,
      netCents: 58_036,
      paidOn: TODAY,
      alreadyRecorded: false,
      invoice: { amountCents: 59_800, paidCents: 59_800, openCents: 0, status: 'PAID' },
    });
    expect(await invoice('INV-2026-005')).toMatchObject({ paid: 59_800, status: 'PAID' });
    const lines = await s.db.dataSource.query(
      `SELECT a.code, l.debit_cents::int AS debit, l.credit_cents::int AS credit,
              to_char(e.occurred_on, 'YYYY-MM-DD') AS day, e.source_type, e.source_id, e.posted_by_type
         FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE e.id = $1 ORDER BY a.code`,
      [recorded.journalEntryId],
    );
    const entry = {
      day: TODAY,
      source_type: 'PAYMENT',
      source_id: recorded.paymentId,
      posted_by_type: 'API_KEY',
    };
    expect(lines).toEqual([
      { code: '1050', debit: 58_036, credit: 0, ...entry },
      { code: '1100', debit: 0, credit: 59_800, ...entry },
      { code: '6220', debit: 1_764, credit: 0, ...entry },
    ]);
    const [audit] = (await s.db.dataSource.query(
      `SELECT actor, data FROM audit_event WHERE action = 'invoice.payment_recorded'`,
    )) as Array<{ actor: string; data: Record<string, unknown> }>;
    expect(audit).toEqual({
      actor: 'api_key:invoice-payment-spec',
      data: expect.objectContaining({ processorPaymentId: 'pi_spec_0005', amountCents: 59_800 }),
    });
    await s.services.dataChanges.idle();
    expect(notified).toEqual(
      expect.arrayContaining([
        [s.ctx.workspaceId, 'invoices'],
        [s.ctx.workspaceId, 'ledger'],
      ]),
    );
  });

  it('records the same processor payment once however often it is delivered', async () => {
    const before = await footprint();
    const again = await s.services.invoicePayments.record(s.ctx, stripe({}));
    expect(again).toMatchObject({ alreadyRecorded: true, paidOn: TODAY, netCents: 58_036 });
    expect(await footprint()).toEqual(before);
  });

  it('refuses the same payment id with other details, changing nothing', async () => {
    expect(await refusal(stripe({ amountCents: 30_000, feeCents: 0 }))).toEqual({
      errorCode: 'PAYMENT_ID_CONFLICT',
      message: expect.stringContaining('pi_spec_0005 was recorded before with different details'),
    });
  });

  it('leaves a part-paid invoice open with what is left, and pays it with the rest', async () => {
    const first = await s.services.invoicePayments.record(
      s.ctx,
      stripe({
        invoiceNumber: 'INV-2026-006',
        processorPaymentId: 'sq_part_1',
        processor: 'square',
        amountCents: 50_000,
        feeCents: 0,
        paidOn: '2026-11-20',
      }),
    );
    expect(first.invoice).toEqual({
      amountCents: 115_600,
      paidCents: 50_000,
      openCents: 65_600,
      status: 'OVERDUE',
    });
    const rest = await s.services.invoicePayments.record(
      s.ctx,
      stripe({
        invoiceNumber: 'INV-2026-006',
        processorPaymentId: 'sq_part_2',
        processor: 'square',
        amountCents: 65_600,
        feeCents: 0,
      }),
    );
    expect(rest.invoice).toEqual({
      amountCents: 115_600,
      paidCents: 115_600,
      openCents: 0,
      status: 'PAID',
    });
    const [entry] = (await s.db.dataSource.query(
      `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS day FROM journal_entry WHERE id = $1`,
      [first.journalEntryId],
    )) as Array<{ day: string }>;
    expect(entry?.day).toBe('2026-11-20');
  });

  it('refuses a payment larger than what is open, an unknown invoice and impossible dates, writing nothing', async () => {
    const open = await invoice('INV-2026-002');
    expect(open).toMatchObject({ amount: 231_200, paid: 0 });
    expect(
      await refusal(
        stripe({
          invoiceNumber: 'INV-2026-002',
          processorPaymentId: 'pi_over',
          amountCents: 231_201,
          feeCents: 0,
        }),
      ),
    ).toEqual({
      errorCode: 'PAYMENT_EXCEEDS_BALANCE',
      message:
        '$2,312.01 is more than the $2,312.00 open on INV-2026-002; nothing was recorded (a person should apply it).',
    });
    expect(
      await refusal(stripe({ processorPaymentId: 'pi_paid_twice', amountCents: 100, feeCents: 0 })),
    ).toEqual({
      errorCode: 'PAYMENT_EXCEEDS_BALANCE',
      message: expect.stringContaining('INV-2026-005 is already paid in full'),
    });
    expect(
      await refusal(stripe({ invoiceNumber: 'INV-1999-404', processorPaymentId: 'pi_404' })),
    ).toEqual({
      errorCode: 'INVOICE_NOT_FOUND',
      message: 'No invoice numbered INV-1999-404 in this workspace; nothing was recorded.',
    });
    const early = await refusal(
      stripe({
        invoiceNumber: 'INV-2026-002',
        processorPaymentId: 'pi_early',
        feeCents: 0,
        amountCents: 100,
        paidOn: '2026-01-01',
      }),
    );
    expect(early).toEqual({
      errorCode: 'PAYMENT_DATE_INVALID',
      message: `A payment on INV-2026-002 must be dated between its issue on ${open?.issued} and today (${TODAY}), not 2026-01-01; nothing was recorded.`,
    });
    const future = await refusal(
      stripe({
        invoiceNumber: 'INV-2026-002',
        processorPaymentId: 'pi_future',
        feeCents: 0,
        amountCents: 100,
        paidOn: '2026-11-27',
      }),
    );
    expect(future.errorCode).toBe('PAYMENT_DATE_INVALID');
  });

  it("does not find another workspace's invoice", async () => {
    const other = { ...s.ctx, workspaceId: '00000000-0000-4000-8000-000000000000' };
    const error = await s.services.invoicePayments
      .record(
        other,
        stripe({
          invoiceNumber: 'INV-2026-002',
          processorPaymentId: 'pi_cross',
          amountCents: 100,
          feeCents: 0,
        }),
      )
      .catch((e: { errorCode: string }) => e);
    expect(error).toMatchObject({ errorCode: 'INVOICE_NOT_FOUND' });
    expect(await invoice('INV-2026-002')).toMatchObject({ paid: 0 });
  });

  it('records two racing deliveries of one payment once', async () => {
    const payment = stripe({
      invoiceNumber: 'INV-2026-002',
      processorPaymentId: 'pi_race',
      amountCents: 31_200,
      feeCents: 935,
    });
    const results = await Promise.all([
      s.services.invoicePayments.record(s.ctx, payment),
      s.services.invoicePayments.record(s.ctx, payment),
    ]);
    expect(results.map((r) => r.alreadyRecorded).sort()).toEqual([false, true]);
    expect(await invoice('INV-2026-002')).toMatchObject({ paid: 31_200, status: 'OVERDUE' });
  });
});
