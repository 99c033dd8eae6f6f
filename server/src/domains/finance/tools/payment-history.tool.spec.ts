import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../context.js';
import type { ToolContext } from '../../../runtime/tool-registry.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { InvoiceService } from '../../../modules/finance/invoice.service.js';
import type { PaymentHistory } from '../engine/payment-assessment.js';
import { paymentHistoryTool } from './payment-history.tool.js';

// The demo's invoices are dated relative to the seeding clock, so every figure below is exact.
const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:payment-history-spec' });
  ({ ctx } = fixture);
});

afterAll(() => fixture?.close());

function history(customerEmail: string, workspaceId = ctx.workspaceId): Promise<PaymentHistory> {
  const toolCtx: ToolContext = { workspaceId, runId: randomUUID(), agentKey: 'finance', now: NOW };
  return paymentHistoryTool(new InvoiceService(fixture.db.dataSource)).execute(toolCtx, {
    customerEmail,
  });
}

describe('payment_history on the demo ledger', () => {
  it('rates Harbor Point Realty RISK: two unpaid invoices, one 75 days overdue', async () => {
    expect(await history('dana.whitfield@harborpointrealty.example')).toEqual({
      customerEmail: 'dana.whitfield@harborpointrealty.example',
      customer: { name: 'Dana Whitfield', company: 'Harbor Point Realty' },
      invoices: 2,
      paidOnTime: 0,
      paidLate: 0,
      overdue: [
        {
          number: 'INV-2026-002',
          dueOn: '2026-09-12',
          daysOverdue: 75,
          outstandingCents: 231_200,
        },
        { number: 'INV-2026-006', dueOn: '2026-11-21', daysOverdue: 5, outstandingCents: 115_600 },
      ],
      outstandingCents: 346_800,
      overdueCents: 346_800,
      verdict: 'RISK',
      reason: 'INV-2026-002 is 75 days overdue (more than 30).',
    });
  });

  it('rates Tallgrass Home RISK, counting the part-paid overdue invoice as paid late', async () => {
    const result = await history('orders@tallgrasshome.example');
    expect(result).toMatchObject({
      invoices: 3,
      paidOnTime: 1, // INV-2026-001, settled
      paidLate: 1, // INV-2026-004: 800.00 of 1,642.50 paid, 45 days past due
      overdue: [
        { number: 'INV-2026-004', daysOverdue: 45, outstandingCents: 84_250 }, // 164,250 - 80,000
      ],
      // 84,250 overdue + 61,600 for INV-2026-008, issued 4 days ago and not due yet
      outstandingCents: 145_850,
      overdueCents: 84_250,
      verdict: 'RISK',
    });
  });

  it('rates Bramble & Bean WATCH: one invoice 20 days overdue, one settled, one not due', async () => {
    const result = await history('LUIS@brambleandbean.example');
    expect(result).toMatchObject({
      customer: { name: 'Luis Ortega', company: 'Bramble & Bean Coffee' },
      invoices: 3,
      paidOnTime: 1,
      paidLate: 0,
      overdue: [{ number: 'INV-2026-005', daysOverdue: 20, outstandingCents: 59_800 }],
      outstandingCents: 131_200, // 59,800 + 71,400 (INV-2026-007, due in 10 days)
      overdueCents: 59_800,
      verdict: 'WATCH',
      reason: 'INV-2026-005 is 20 days overdue.',
    });
  });

  it('rates a customer with no invoices, or no customer at all, GOOD', async () => {
    expect(await history('maya.chen@example.com')).toMatchObject({
      customer: { name: 'Maya Chen', company: null },
      invoices: 0,
      outstandingCents: 0,
      verdict: 'GOOD',
      reason: 'No invoices on record.',
    });
    expect(await history('priya@brightdesk.example')).toMatchObject({
      customer: null,
      invoices: 0,
      verdict: 'GOOD',
    });
  });

  it("never reads another workspace's ledger", async () => {
    const elsewhere = await history('dana.whitfield@harborpointrealty.example', randomUUID());
    expect(elsewhere).toMatchObject({ customer: null, invoices: 0, verdict: 'GOOD' });
  });
});
