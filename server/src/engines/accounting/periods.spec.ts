import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  priorPeriod,
  reportingPeriod,
  samePeriodLastYear,
  type ReportingPeriod,
} from './periods.js';

/** The period a key names, failing the test when it names none. */
function period(key: string): ReportingPeriod {
  const found = reportingPeriod(key);
  if (!found) throw new Error(`${key} names no period`);
  return found;
}

describe('reporting periods', () => {
  it('reads a month, a quarter and a year, with their first and last days', () => {
    expect(reportingPeriod('2026-02')).toEqual({
      key: '2026-02',
      label: 'February 2026',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(reportingPeriod('2024-02')?.to).toBe('2024-02-29');
    expect(reportingPeriod('2026-Q3')).toMatchObject({
      label: 'Q3 2026',
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(reportingPeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses what is not a period', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26-10', 'last month', '2026-1']) {
      expect(reportingPeriod(bad)).toBeNull();
    }
  });

  it('steps back across year ends, and finds the same period last year', () => {
    expect(priorPeriod(period('2026-01')).key).toBe('2025-12');
    expect(priorPeriod(period('2026-Q1')).key).toBe('2025-Q4');
    expect(priorPeriod(period('2026')).key).toBe('2025');
    expect(samePeriodLastYear(period('2026-10'))).toMatchObject({
      key: '2025-10',
      to: '2025-10-31',
    });
    expect(samePeriodLastYear(period('2026-Q2')).key).toBe('2025-Q2');
  });

  it('gives the day before a date, across months and leap days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});
