import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { recordPaymentTool } from './record-payment.tool.js';

// The demo invoice INV-2026-005 (Bramble & Bean, $598.00, unpaid): db/src/seed/demo-business.ts.
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:record-payment-spec' });
});
afterAll(() => s?.close());

describe('record_payment', () => {
  it('records the payment as the Finance & Ops agent, so the audit log names the agent', async () => {
    const tool = recordPaymentTool(s.services.invoicePayments);
    await tool.execute(
      { workspaceId: s.ctx.workspaceId, runId: crypto.randomUUID(), agentKey: 'finance', now: NOW },
      {
        invoiceNumber: 'INV-2026-005',
        amountCents: 59_800,
        feeCents: 1_764,
        processor: 'stripe',
        paymentId: 'pi_tool_spec_0005',
      },
    );
    const rows = (await s.db.dataSource.query(
      `SELECT actor FROM audit_event WHERE action = 'invoice.payment_recorded'`,
    )) as Array<{ actor: string }>;
    expect(rows).toEqual([{ actor: 'agent:finance' }]);
    const names = await s.services.actorNames.names(s.ctx.workspaceId, ['agent:finance']);
    expect(names.get('agent:finance')).toBe('The Finance & Ops agent');
  });
});
