import { describe, expect, it } from 'vitest';
import { assess } from './payment-assessment.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

describe('the payment verdict rule', () => {
  const invoice = (number: string, dueOn: string, amountCents: number, paidCents: number) => ({
    number,
    dueOn,
    amountCents,
    paidCents,
  });

  it('is GOOD when everything is paid, and an invoice due today is not overdue yet', () => {
    const result = assess(
      [invoice('A', '2026-10-01', 10_000, 10_000), invoice('B', '2026-11-26', 5_000, 0)],
      NOW,
    );
    expect(result).toMatchObject({
      paidOnTime: 1,
      overdue: [],
      outstandingCents: 5_000,
      overdueCents: 0,
      verdict: 'GOOD',
      reason: 'Nothing overdue.',
    });
  });

  it('is RISK from 31 days overdue, and WATCH at 30', () => {
    expect(assess([invoice('A', '2026-10-27', 1_000, 0)], NOW)).toMatchObject({
      overdue: [{ daysOverdue: 30 }],
      verdict: 'WATCH',
    });
    expect(assess([invoice('A', '2026-10-26', 1_000, 0)], NOW)).toMatchObject({
      overdue: [{ daysOverdue: 31 }],
      verdict: 'RISK',
    });
  });

  it('is RISK when two invoices are overdue at once, however recent', () => {
    const result = assess(
      [invoice('A', '2026-11-24', 1_000, 0), invoice('B', '2026-11-25', 2_000, 500)],
      NOW,
    );
    expect(result).toMatchObject({
      paidLate: 1,
      overdueCents: 2_500,
      verdict: 'RISK',
      reason: '2 invoices are overdue at once.',
    });
  });
});
