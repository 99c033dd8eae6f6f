import { describe, expect, it } from 'vitest';
import { dcLegalHolidays, nextBusinessDay } from './business-days.js';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';

const due = (date: string) => nextBusinessDay(FEDERAL_RULE_SET, date).due;

describe('deadlines moved to the next business day (IRC § 7503, DC legal holidays)', () => {
  it('2016: April 16 was a Saturday, so Emancipation Day was observed Friday April 15 and returns were due Monday April 18 (Rev. Rul. 2015-13)', () => {
    const shift = nextBusinessDay(FEDERAL_RULE_SET, '2016-04-15');
    expect(shift.due).toBe('2016-04-18');
    expect(shift.skipped.map((s) => s.reason)).toEqual([
      'District of Columbia Emancipation Day (observed)',
      'Saturday',
      'Sunday',
    ]);
  });

  it('2011: the same Saturday case, deadline Monday April 18 (Notice 2011-17)', () => {
    expect(due('2011-04-15')).toBe('2011-04-18');
  });

  it('2007: April 15 a Sunday and Emancipation Day the Monday, deadline Tuesday April 17 (Announcement 2007-16)', () => {
    expect(due('2007-04-15')).toBe('2007-04-17');
  });

  it('2023: April 16 a Sunday, observed Monday April 17, so April 15 (a Saturday) moved to Tuesday April 18 (Notice 2011-17 rule)', () => {
    expect(due('2023-04-15')).toBe('2023-04-18');
  });

  it('moves January 15, 2024 (Martin Luther King Jr. Day, the third Monday) to January 16', () => {
    expect(due('2024-01-15')).toBe('2024-01-16');
  });

  it('moves a Sunday to Monday and leaves a working day alone', () => {
    expect(due('2025-06-15')).toBe('2025-06-16');
    expect(due('2026-04-15')).toBe('2026-04-15');
    expect(due('2027-01-15')).toBe('2027-01-15');
  });

  it('has Juneteenth only from 2021, observed on the Friday when June 19 is a Saturday', () => {
    const names = (year: number) =>
      dcLegalHolidays(FEDERAL_RULE_SET, year).map((h) => `${h.date} ${h.name}`);
    expect(names(2021)).toContain('2021-06-18 Juneteenth National Independence Day');
    expect(names(2020).some((n) => n.includes('Juneteenth'))).toBe(false);
    // New Year's Day 2022 fell on a Saturday: observed on Friday, December 31, 2021.
    expect(names(2021)).toContain("2021-12-31 New Year's Day");
    expect(names(2025)).toContain('2025-01-20 Inauguration Day');
  });
});
