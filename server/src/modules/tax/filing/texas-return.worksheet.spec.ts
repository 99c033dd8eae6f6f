import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET, nextBusinessDay } from '../../../engines/tax-rules/index.js';
import { parseSalesTaxPeriod } from '../sales-tax/sales-tax-period.js';
import {
  decimalPercent,
  texasPrepaymentDueDate,
  texasReturnDueDate,
  wholeDollars,
} from './texas-return.worksheet.js';

// Tex. Tax Code § 111.053 moves a due date past Saturdays, Sundays and the Comptroller's banking
// holidays (read at legalfix.com; tx-due-date-weekend-holiday/1997), not the DC holidays of IRC § 7503.
describe('Texas return due dates', () => {
  it('is the 20th of the month after a quarter: 2026-Q3 is due Tuesday 2026-10-20, unmoved', () => {
    const due = texasReturnDueDate(parseSalesTaxPeriod('2026-Q3'));
    expect(due).toEqual({
      nominal: '2026-10-20',
      due: '2026-10-20',
      skipped: [],
      ruleIds: ['tx-return-due-day/1982'],
    });
  });

  it('moves 2024-Q4 from Monday 2025-01-20 (Martin Luther King Jr. Day, a banking holiday) to 2025-01-21', () => {
    const due = texasReturnDueDate(parseSalesTaxPeriod('2024-Q4'));
    expect(due.due).toBe('2025-01-21');
    expect(due.skipped).toEqual([
      { date: '2025-01-20', reason: "Dr. Martin Luther King, Jr.'s Birthday" },
    ]);
    expect(due.ruleIds).toContain('tx-due-date-weekend-holiday/1997');
  });

  it('keeps 2033-01-20, Inauguration Day, which moves federal deadlines (DC) but not Texas returns', () => {
    expect(nextBusinessDay(FEDERAL_RULE_SET, '2033-01-20').due).toBe('2033-01-21');
    expect(texasReturnDueDate(parseSalesTaxPeriod('2032-Q4')).due).toBe('2033-01-20');
  });

  it('moves a month to the 20th of the next: 2026-12 is due 2027-01-20 (a Wednesday)', () => {
    expect(texasReturnDueDate(parseSalesTaxPeriod('2026-12')).due).toBe('2027-01-20');
  });

  it("takes a quarter's prepayment by the 15th of its second month: Saturday 2026-08-15 moves to Monday 2026-08-17", () => {
    const due = texasPrepaymentDueDate(parseSalesTaxPeriod('2026-Q3'));
    expect(due.nominal).toBe('2026-08-15');
    expect(due.due).toBe('2026-08-17');
    // A month's prepayment is due on the 15th of that month.
    expect(texasPrepaymentDueDate(parseSalesTaxPeriod('2026-07')).due).toBe('2026-07-15');
  });
});

describe('form arithmetic helpers', () => {
  it('rounds to whole dollars as the form asks: 49 cents down, 50 cents up', () => {
    expect(wholeDollars(1_234_549)).toBe(12_345);
    expect(wholeDollars(1_234_550)).toBe(12_346);
    expect(wholeDollars(0)).toBe(0);
  });

  it('writes exact decimal rates as percents without floats', () => {
    expect(decimalPercent('0.0625')).toBe('6.25%');
    expect(decimalPercent('0.01')).toBe('1%');
    expect(decimalPercent('0.0825')).toBe('8.25%');
    expect(decimalPercent('0.005')).toBe('0.5%');
  });
});
