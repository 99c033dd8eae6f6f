import { describe, expect, it } from 'vitest';
import {
  addDays,
  agingBucket,
  agingReport,
  daysBetween,
  longDate,
  REMINDER_STAGES,
  reminderStageDue,
  reminderText,
  type ReceivableInvoice,
} from './receivables.js';

describe('daysBetween', () => {
  it('counts whole calendar days, across month ends, leap days and DST changes', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US DST starts 2026-03-08
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
    expect(daysBetween('2025-12-03', '2026-12-03')).toBe(365);
  });

  it('refuses something that is not a date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('moves by calendar days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-12-03', -364)).toBe('2025-12-04');
  });
});

describe('agingBucket', () => {
  it.each([
    ['2026-04-10', 'CURRENT'], // not yet due
    ['2026-04-01', 'CURRENT'], // due today
    ['2026-03-31', 'DAYS_1_30'], // 1 day
    ['2026-03-02', 'DAYS_1_30'], // 30 days
    ['2026-03-01', 'DAYS_31_60'], // 31 days
    ['2026-01-31', 'DAYS_31_60'], // 60 days
    ['2026-01-30', 'DAYS_61_90'], // 61 days
    ['2026-01-01', 'DAYS_61_90'], // 90 days
    ['2025-12-31', 'OVER_90'], // 91 days
  ])('an invoice due %s is %s as of 2026-04-01', (dueOn, bucket) => {
    expect(agingBucket(dueOn, '2026-04-01')).toBe(bucket);
  });
});

function invoice(
  number: string,
  dueOn: string,
  amountCents: number,
  paidCents = 0,
  customer = 'Harbor Goods Co.',
): ReceivableInvoice {
  return {
    id: `inv-${number}`,
    number,
    customer,
    issuedOn: addDays(dueOn, -30),
    dueOn,
    amountCents,
    paidCents,
  };
}

describe('agingReport', () => {
  const asOf = '2026-04-01';
  const invoices = [
    invoice('INV-2026-001', '2026-04-15', 50_000), // current, due in 14 days
    invoice('INV-2026-002', '2026-04-01', 12_345), // due today: current
    invoice('INV-2026-003', '2026-03-20', 100_000, 40_000), // 12 days, 600.00 open
    invoice('INV-2026-004', '2026-02-10', 234_567), // 50 days
    invoice('INV-2026-005', '2026-01-15', 80_000, 80_000), // paid in full: left out
    invoice('INV-2026-006', '2025-12-01', 9_999), // 121 days
    invoice('INV-2026-007', '2026-03-25', 10_000, 12_000), // overpaid: a credit, left out
    { ...invoice('INV-2026-008', '2026-05-30', 70_000), issuedOn: '2026-04-30' }, // not issued yet
  ];
  const report = agingReport(invoices, asOf);

  it('lists open invoices most overdue first, then soonest due', () => {
    expect(report.rows.map((r) => [r.number, r.daysOverdue, r.bucket, r.openCents])).toEqual([
      ['INV-2026-006', 121, 'OVER_90', 9_999],
      ['INV-2026-004', 50, 'DAYS_31_60', 234_567],
      ['INV-2026-003', 12, 'DAYS_1_30', 60_000],
      ['INV-2026-002', 0, 'CURRENT', 12_345],
      ['INV-2026-001', 0, 'CURRENT', 50_000],
    ]);
  });

  it('totals each bucket, the open amount and the overdue amount to the cent', () => {
    expect(report.buckets).toEqual({
      CURRENT: { count: 2, openCents: 62_345 }, // 123.45 + 500.00
      DAYS_1_30: { count: 1, openCents: 60_000 }, // 1,000.00 - 400.00 paid
      DAYS_31_60: { count: 1, openCents: 234_567 },
      DAYS_61_90: { count: 0, openCents: 0 },
      OVER_90: { count: 1, openCents: 9_999 },
    });
    // 623.45 + 600.00 + 2,345.67 + 99.99 = 3,669.11, of which 3,045.66 is past due.
    expect(report.totalOpenCents).toBe(366_911);
    expect(report.overdueCents).toBe(304_566);
    expect(report.asOf).toBe(asOf);
  });

  it('as of an earlier date, ages the same invoices less', () => {
    const earlier = agingReport(invoices, '2026-02-15');
    expect(earlier.rows.map((r) => [r.number, r.daysOverdue, r.bucket])).toEqual([
      ['INV-2026-006', 76, 'DAYS_61_90'],
      ['INV-2026-004', 5, 'DAYS_1_30'],
      // INV-2026-003 (issued 2026-02-18) and later ones did not exist yet.
    ]);
  });
});

describe('reminderStageDue', () => {
  it('drafts nothing before 3 days past due', () => {
    expect(reminderStageDue(0, [])).toBeNull();
    expect(reminderStageDue(2, [])).toBeNull();
  });

  it.each([
    [3, [], 1],
    [6, [], 1],
    [7, [1], 2],
    [14, [1, 2], 3],
    [30, [1, 2, 3], 4],
    [10, [], 2], // stage 1 was missed: skipped
  ])('at %d days with stages %j drafted, stage %d is due', (days, drafted, stage) => {
    expect(reminderStageDue(days, drafted)?.stage).toBe(stage);
  });

  it('sends a 45-day-late invoice with no reminder the final notice, not a gentle one', () => {
    expect(reminderStageDue(45, [])).toEqual({ stage: 4, afterDays: 30, tone: 'FINAL' });
  });

  it('never repeats a stage already drafted', () => {
    expect(reminderStageDue(5, [1])).toBeNull();
    expect(reminderStageDue(13, [1, 2])).toBeNull();
    expect(reminderStageDue(400, [4])).toBeNull();
  });

  it('never steps back down after a later stage went out', () => {
    expect(reminderStageDue(8, [3])).toBeNull();
  });

  it('escalates once the next threshold is reached after a skipped one', () => {
    expect(reminderStageDue(20, [2])?.stage).toBe(3);
  });

  it('has the four stages at 3, 7, 14 and 30 days', () => {
    expect(REMINDER_STAGES.map((s) => [s.stage, s.afterDays, s.tone])).toEqual([
      [1, 3, 'GENTLE'],
      [2, 7, 'FRIENDLY'],
      [3, 14, 'FIRM'],
      [4, 30, 'FINAL'],
    ]);
  });
});

describe('reminderText', () => {
  const facts = {
    customer: 'Harbor Goods Co.',
    number: 'INV-2026-004',
    openCents: 234_567,
    dueOn: '2026-02-10',
    daysOverdue: 50,
    shopName: 'Clay & Co. Pottery',
  };
  const stage = (n: number) => {
    const found = REMINDER_STAGES.find((s) => s.stage === n);
    if (!found) throw new Error(`no stage ${n}`);
    return found;
  };

  it('writes the gentle reminder with the exact amount and due date', () => {
    expect(reminderText(stage(1), { ...facts, daysOverdue: 3 })).toEqual({
      subject: 'Friendly reminder: invoice INV-2026-004 was due February 10, 2026',
      body:
        'Hello Harbor Goods Co.,\n\n' +
        'A quick note that invoice INV-2026-004 for $2,345.67 was due on February 10, 2026. ' +
        'If your payment is already on its way, thank you, and please disregard this message.\n\n' +
        'Thank you,\nClay & Co. Pottery',
    });
  });

  it('escalates in tone: friendly, firm, final, each quoting amount, days and number', () => {
    expect(reminderText(stage(2), { ...facts, daysOverdue: 7 }).subject).toBe(
      'Invoice INV-2026-004 is 7 days past due',
    );
    expect(reminderText(stage(3), { ...facts, daysOverdue: 14 }).subject).toBe(
      'Overdue: invoice INV-2026-004, $2,345.67 outstanding',
    );
    const final = reminderText(stage(4), facts);
    expect(final.subject).toBe('Final notice: invoice INV-2026-004, $2,345.67 is 50 days overdue');
    expect(final.body).toContain(
      'This is our final reminder about invoice INV-2026-004: $2,345.67 has been outstanding since February 10, 2026, 50 days ago.',
    );
    for (const n of [2, 3, 4]) {
      const { body } = reminderText(stage(n), facts);
      expect(body).toContain('$2,345.67');
      expect(body.startsWith('Hello Harbor Goods Co.,')).toBe(true);
      expect(body.endsWith('Thank you,\nClay & Co. Pottery')).toBe(true);
    }
  });

  it('says "1 day", and gives the same text for the same facts', () => {
    const once = reminderText(stage(2), { ...facts, daysOverdue: 1 });
    expect(once.subject).toBe('Invoice INV-2026-004 is 1 day past due');
    expect(reminderText(stage(2), { ...facts, daysOverdue: 1 })).toEqual(once);
  });
});

describe('longDate', () => {
  it('writes the date in words without locale data', () => {
    expect(longDate('2026-03-02')).toBe('March 2, 2026');
    expect(longDate('2026-12-31')).toBe('December 31, 2026');
  });
});
