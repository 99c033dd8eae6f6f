import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildForecast,
  type ForecastHistoryMonth,
  type ForecastSeries,
  type MonthlyActuals,
} from './monthly-forecast.js';

/**
 * The forecast of the demo books' monthly series at the two seed dates the lead measured: with
 * ETS(A,Ad,A) chosen by AIC, the 2026-12-03 books forecast expenses at $16-20K a month against
 * $23-31K in every month of history and cash climbing from $40.8K to $140K; 2026-11-26 happened
 * to look sane. The series are committed (reference/demo-books-monthly.json, read from the seeded
 * ledger with monthlyLedgerSeries) so this runs without a database; forecast.service.spec checks
 * that the 2026-11-26 series still equals the seed's.
 */
const books = (
  JSON.parse(
    readFileSync(new URL('./reference/demo-books-monthly.json', import.meta.url), 'utf8'),
  ) as { books: Array<{ asOf: string; months: MonthlyActuals[] }> }
).books;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe.each(books.map((b) => [b.asOf, b] as const))('the demo books seeded at %s', (asOf, b) => {
  const forecast = buildForecast(asOf, b.months, 12);
  const series = (key: ForecastSeries['key']) =>
    forecast.series.find((s) => s.key === key) as ForecastSeries;
  const history = forecast.history;
  const lastYear = history.slice(-12);
  const flow = (h: ForecastHistoryMonth, key: 'REVENUE' | 'EXPENSES') =>
    key === 'REVENUE' ? h.revenueCents : h.expensesCents;

  it('uses 24 complete months and chooses by AICc: seasonal revenue, a flat expense level', () => {
    expect(history).toHaveLength(24);
    expect(series('REVENUE').method).toContain(', ETS(A,N,A), fitted by least squares');
    expect(series('EXPENSES').method).toContain(', ETS(A,N,N), fitted by least squares');
    for (const key of ['REVENUE', 'EXPENSES'] as const) {
      // ETS(A,Ad,A) is not fitted below 36 months; the three candidates are named with their AICc.
      expect(series(key).method).toMatch(
        /Chosen by AICc among ETS\(A,N,A\) \d+\.\d, ETS\(A,Ad,N\) \d+\.\d, ETS\(A,N,N\) \d+\.\d\./,
      );
      expect(series(key).method).not.toContain('ETS(A,Ad,A)');
    }
  });

  it.each(['REVENUE', 'EXPENSES'] as const)(
    'forecasts every %s month within 0.75x the lowest and 1.25x the highest of the last 12 months',
    (key) => {
      const values = lastYear.map((h) => flow(h, key));
      const low = 0.75 * Math.min(...values);
      const high = 1.25 * Math.max(...values);
      const points = series(key).points;
      expect(points).toHaveLength(12);
      for (const p of points) {
        expect(p.baseCents, `${key} ${p.month}`).toBeGreaterThanOrEqual(low);
        expect(p.baseCents, `${key} ${p.month}`).toBeLessThanOrEqual(high);
      }
      // The year ahead totals within 2% of the last year's (the books have no trend to speak of).
      const ahead = sum(points.map((p) => p.baseCents));
      expect(Math.abs(ahead / sum(values) - 1), key).toBeLessThan(0.02);
    },
  );

  it("keeps the cash path within 5% of a year's revenue of last year's path over the same months", () => {
    // Last year's path is cash(T-12+h) - cash(T-12): the same calendar months, so the Nov/Dec
    // peak and the slow spring are in it. The forecast path is cash(T+h) - cash(T). The bound,
    // 5% of the last 12 months' revenue ($18.7K on these books), leaves room for the median
    // non-P&L movement differing from last year's actual one (about $13.6K over the year for
    // 2026-12-03); the degenerate fit was $100K off.
    const n = history.length;
    const cash = history.map((h) => h.cashCents);
    const start = cash[n - 1] as number;
    const yearAgo = cash[n - 13] as number;
    const bound = 0.05 * sum(lastYear.map((h) => h.revenueCents));
    const points = series('CASH').points;
    expect(points).toHaveLength(12);
    points.forEach((p, i) => {
      const expected = (cash[n - 12 + i] as number) - yearAgo;
      expect(Math.abs(p.baseCents - start - expected), p.month).toBeLessThanOrEqual(bound);
    });
    // The 12-month change itself: last year's actual change within the same bound.
    const change = (points[11]?.baseCents as number) - start;
    expect(Math.abs(change - (start - yearAgo))).toBeLessThanOrEqual(bound);
  });
});
