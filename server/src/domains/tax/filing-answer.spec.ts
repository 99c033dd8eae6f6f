import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesTaxFilingPacketView } from '../../modules/tax/filing/sales-tax-filing.service.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { filingAnswer } from './filing-answer.js';
import { filingToolOutput } from './tools/prepare-sales-tax-filing.tool.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts).
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let packet: SalesTaxFilingPacketView;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:filing-answer-spec' });
  packet = await s.services.salesTaxFiling.prepare({
    workspaceId: s.ctx.workspaceId,
    actor: s.ctx.actor,
    state: 'TX',
    period: '2026-Q3',
  });
});
afterAll(() => s?.close());

describe('the filing-preparation answer (offline) on the demo books', () => {
  it("tells the return's figures, the due date, collected vs owed, the checklist and the links from the packet", async () => {
    const answer = filingAnswer(filingToolOutput(packet));
    expect(answer.text).toContain(
      'Texas Sales and Use Tax Return (Form 01-114), 2026-Q3 (2026-07-01 to 2026-09-30): total Texas sales $40,621.95, taxable sales $29,510.02',
    );
    expect(answer.text).toContain('State tax $1,844.38 + local tax $590.20');
    expect(answer.text).toContain('= $2,434.58 due');
    expect(answer.text).toContain(
      'timely filing discount is $12.17 [tx-form-01-114/2019-04, tx-timely-filing-discount/1991]',
    );
    expect(answer.text).toContain('net tax due $2,422.41');
    expect(answer.text).toContain('Due 2026-10-20 [tx-return-due-day/1982]: that date has passed');
    expect(answer.text).toContain('Form 1099-K from each payment processor (2026) (not held)');
    expect(answer.text).toContain(`packet ${packet.id}`);
  });

  it('tells a state other than Texas its summary figures and due date, with no discount or prepayment', async () => {
    await s.db.dataSource.query(
      `INSERT INTO tax_registration (workspace_id, state, registered_on, filing_frequency)
       VALUES ($1, 'GA', '2026-01-01', 'QUARTERLY')`,
      [s.ctx.workspaceId],
    );
    const georgia = await s.services.salesTaxFiling.prepare({
      workspaceId: s.ctx.workspaceId,
      actor: s.ctx.actor,
      state: 'GA',
      period: '2026-Q3',
    });
    const output = filingToolOutput(georgia);
    expect([output.prepaymentDueDate, output.totalDiscountIfPrepaidCents]).toEqual([null, null]);
    const answer = filingAnswer(output);
    expect(answer.text).toContain(
      "Georgia sales and use tax return: summary worksheet (the hub does not hold Georgia's own form lines), 2026-Q3",
    );
    expect(answer.text).toContain('gross sales $3,256.98 (exempt $0.00, for resale $0.00)');
    expect(answer.text).toContain(
      'State tax $130.28 + local tax $130.66 (4 local jurisdictions) = $260.94 due',
    );
    expect(answer.text).toContain('Due 2026-10-20 [filing/GA]: that date has passed');
    expect(answer.text).not.toMatch(/Texas|prepayment|timely filing discount/);
  });
});
