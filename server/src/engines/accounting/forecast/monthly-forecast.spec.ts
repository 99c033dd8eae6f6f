import { describe, expect, it } from 'vitest';
import {
  buildForecast,
  medianCents,
  roundCents,
  shiftMonth,
  typicalNonPnlCashCents,
  type Forecast,
  type ForecastSeries,
  type MonthlyActuals,
} from './monthly-forecast.js';

/** A shop's books: growth, a December peak, deterministic noise; cash from profit minus draws. */
function books(count: number, start = '2024-12'): MonthlyActuals[] {
  const season = [0.85, 0.8, 0.95, 1, 1.05, 0.95, 0.9, 0.92, 1, 1.08, 1.25, 1.6];
  let cash = 2_000_000;
  return Array.from({ length: count }, (_, t) => {
    const month = shiftMonth(start, t);
    const factor = season[Number(month.slice(5, 7)) - 1] as number;
    const noise = Math.round(Math.sin(t * 7.3) * 40_000);
    const revenueCents = Math.round((900_000 + 12_000 * t) * factor) + noise;
    const costOfGoodsSoldCents = Math.round(revenueCents * 0.4);
    const operatingExpensesCents = 300_000 + Math.round(Math.cos(t * 3.1) * 20_000);
    cash += revenueCents - costOfGoodsSoldCents - operatingExpensesCents - 150_000;
    return {
      month,
      revenueCents,
      costOfGoodsSoldCents,
      operatingExpensesCents,
      closingCashCents: cash,
    };
  });
}

const series = (f: Forecast, key: ForecastSeries['key']) =>
  f.series.find((s) => s.key === key) as ForecastSeries;

describe('the monthly forecast', () => {
  const demoLength = buildForecast('2026-11-26', books(23), 12);

  it('forecasts the 12 months after the last complete month', () => {
    for (const s of demoLength.series) {
      expect(s.points.map((p) => p.month)).toEqual(
        Array.from({ length: 12 }, (_, i) => shiftMonth('2026-11', i)),
      );
    }
    expect(demoLength.history).toHaveLength(23);
    expect(demoLength.history[22]?.month).toBe('2026-10');
  });

  it('fits no seasonal model to 23 months, and says why', () => {
    for (const key of ['REVENUE', 'EXPENSES'] as const) {
      const s = series(demoLength, key);
      expect(s.method).toContain('Chosen by AICc among ETS(A,Ad,N)');
      expect(s.method).not.toContain('ETS(A,Ad,A)');
      expect(s.method).not.toContain('ETS(A,N,A)');
      expect(s.method).toContain('23 complete months are fewer than the 24');
      expect(s.parameters?.gamma).toBeNull();
    }
  });

  it('follows a steady trend with the damped-trend model on 23 months', () => {
    const growing = books(23).map((m, t) => ({
      ...m,
      revenueCents: 500_000 + 25_000 * t + Math.round(Math.sin(t * 5.1) * 3_000),
    }));
    const revenue = series(buildForecast('2026-11-26', growing, 12), 'REVENUE');
    expect(revenue.method).toMatch(/^exponential smoothing with a damped trend .*ETS\(A,Ad,N\)/);
    expect(revenue.parameters?.phi).toBeGreaterThanOrEqual(0.8);
    expect(revenue.parameters?.phi).toBeLessThanOrEqual(0.98);
    // Damped: still rising after the last month (500,000 + 25,000 x 22), by less each month.
    const base = revenue.points.map((p) => p.baseCents);
    const rises = base.slice(1).map((b, i) => b - (base[i] as number));
    expect(base[0]).toBeGreaterThan(1_050_000);
    for (let i = 0; i < rises.length; i++) {
      expect(rises[i]).toBeGreaterThan(0);
      if (i > 0) expect(rises[i]).toBeLessThanOrEqual(rises[i - 1] as number);
    }
  });

  it('fits seasonality without a trend from 24 to 35 months, and the December peak shows', () => {
    for (const count of [24, 35]) {
      const forecast = buildForecast(
        '2027-12-10',
        books(count, shiftMonth('2027-11', 1 - count)),
        12,
      );
      const revenue = series(forecast, 'REVENUE');
      expect(revenue.method, String(count)).toMatch(
        /ETS\(A,N,A\), fitted .* on \d+ complete months/,
      );
      expect(revenue.method).toContain('Chosen by AICc among ETS(A,N,A)');
      expect(revenue.method).toContain('fewer than the 36 (three full years)');
      expect(revenue.parameters?.beta).toBeNull();
      const peak = revenue.points.reduce((a, b) => (b.baseCents > a.baseCents ? b : a));
      expect(peak.month).toBe('2027-12');
    }
  });

  it('chooses the seasonal model on three strongly seasonal years and forecasts the December peak', () => {
    const forecast = buildForecast('2027-12-10', books(36), 12);
    expect(forecast.history.at(-1)?.month).toBe('2027-11');
    const revenue = series(forecast, 'REVENUE');
    // Both seasonal models compete from 36 months; AICc may pick either, never a flat one.
    expect(revenue.method).toMatch(/ETS\(A,(Ad|N),A\), fitted/);
    expect(revenue.method).toContain('Chosen by AICc among ETS(A,Ad,A)');
    expect(revenue.method).toContain('ETS(A,N,A)');
    expect(revenue.parameters?.gamma).not.toBeNull();
    const peak = revenue.points.reduce((a, b) => (b.baseCents > a.baseCents ? b : a));
    expect(peak.month).toBe('2027-12'); // the books run Dec 2024..Nov 2027
  });

  it('widens the intervals with the horizon (strictly for a wandering series and for cash)', () => {
    // A level that wanders (a random walk's steps) gets a large alpha, so the spread grows.
    let level = 800_000;
    let seed = 42;
    const wandering = books(23).map((m) => {
      seed = (seed * 48_271) % 2_147_483_647; // Park-Miller: a fixed pseudo-random walk
      level += Math.round((seed / 2_147_483_647 - 0.5) * 120_000);
      return { ...m, revenueCents: level };
    });
    const forecast = buildForecast('2026-11-26', wandering, 12);
    expect(series(forecast, 'REVENUE').parameters?.alpha).toBeGreaterThan(0.5);
    const widths = (s: ForecastSeries) => s.points.map((p) => p.upper95Cents - p.lower95Cents);
    for (const key of ['REVENUE', 'CASH'] as const) {
      const w = widths(series(forecast, key));
      for (let i = 1; i < w.length; i++)
        expect(w[i], `${key} ${i}`).toBeGreaterThan(w[i - 1] as number);
    }
    for (const s of demoLength.series) {
      const w = widths(s);
      for (let i = 1; i < w.length; i++) {
        expect(w[i], `${s.key} ${i}`).toBeGreaterThanOrEqual(w[i - 1] as number);
      }
      for (const p of s.points) {
        expect(p.lower95Cents).toBeLessThanOrEqual(p.lower80Cents);
        expect(p.lower80Cents).toBeLessThanOrEqual(p.baseCents);
        expect(p.baseCents).toBeLessThanOrEqual(p.upper80Cents);
        expect(p.upper80Cents).toBeLessThanOrEqual(p.upper95Cents);
      }
    }
  });

  it('orders the scenarios: conservative <= base <= aggressive for revenue and cash, reversed for expenses', () => {
    for (const key of ['REVENUE', 'CASH'] as const) {
      for (const p of series(demoLength, key).points) {
        expect(p.conservativeCents, `${key} ${p.month}`).toBeLessThanOrEqual(p.baseCents);
        expect(p.baseCents, `${key} ${p.month}`).toBeLessThanOrEqual(p.aggressiveCents);
      }
    }
    for (const p of series(demoLength, 'EXPENSES').points) {
      expect(p.conservativeCents).toBe(p.upper80Cents);
      expect(p.aggressiveCents).toBe(p.lower80Cents);
    }
    const lastCash = series(demoLength, 'CASH').points[11];
    expect(lastCash?.conservativeCents).toBeLessThan(lastCash?.aggressiveCents ?? -Infinity);
  });

  it('projects cash from the last closing cash, the profit forecast and the median non-P&L movement, to the cent', () => {
    // Flat books: revenue 10,000.00, COGS 4,000.00, expenses 2,000.00 a month; cash grows 3,000.00
    // (4,000.00 profit, 1,000.00 repaid on a loan). The models fit exactly: no spread.
    const flat = Array.from({ length: 8 }, (_, t) => ({
      month: shiftMonth('2026-01', t),
      revenueCents: 1_000_000,
      costOfGoodsSoldCents: 400_000,
      operatingExpensesCents: 200_000,
      closingCashCents: 5_000_000 + 300_000 * t,
    }));
    const forecast = buildForecast('2026-09-03', flat, 3);
    expect(series(forecast, 'CASH').points).toEqual(
      [1, 2, 3].map((h) => {
        const cents = 7_100_000 + 300_000 * h;
        return {
          month: shiftMonth('2026-08', h),
          baseCents: cents,
          conservativeCents: cents,
          aggressiveCents: cents,
          lower80Cents: cents,
          upper80Cents: cents,
          lower95Cents: cents,
          upper95Cents: cents,
        };
      }),
    );
    expect(forecast.assumptions.join(' ')).toContain('-100000 cents a month');
  });

  it('reports each complete month exactly: net income, gross margin to one decimal, cash', () => {
    const [first] = buildForecast(
      '2026-02-01',
      [
        {
          month: '2026-01',
          revenueCents: 1_600,
          costOfGoodsSoldCents: 1_500,
          operatingExpensesCents: 7,
          closingCashCents: -250,
        },
      ],
      12,
    ).history;
    expect(first).toEqual({
      month: '2026-01',
      revenueCents: 1_600,
      expensesCents: 1_507,
      netIncomeCents: 93,
      grossMarginPercent: 6.3, // 100 / 1600 = 6.25% -> 6.3, half away from zero
      cashCents: -250,
    });
  });

  it('gives no forecast below three complete months, saying so', () => {
    const forecast = buildForecast('2026-03-15', books(2, '2026-01'), 12);
    expect(forecast.history).toHaveLength(2);
    for (const s of forecast.series) expect(s.points).toEqual([]);
    expect(series(forecast, 'REVENUE').method).toContain('2 complete month(s)');
    const empty = buildForecast('2026-03-15', [], 12);
    expect(empty.history).toEqual([]);
    for (const s of empty.series) expect(s.points).toEqual([]);
    expect(empty.assumptions[0]).toBe(
      'History: 0 complete month(s), none; the current month (2026-03) is partial and left out.',
    );
  });

  it('refuses a horizon outside 1..24', () => {
    expect(() => buildForecast('2026-11-26', books(23), 0)).toThrow(RangeError);
    expect(() => buildForecast('2026-11-26', books(23), 25)).toThrow(RangeError);
  });
});

describe('forecast helpers', () => {
  it('rounds estimates half away from zero to whole cents', () => {
    expect([2.5, -2.5, 1.49, -0.4].map(roundCents)).toEqual([3, -3, 1, 0]);
  });

  it('takes the exact median, the middle pair averaged', () => {
    expect(medianCents([5, 1, 3])).toBe(3);
    expect(medianCents([4, 1, 3, 10])).toBe(3.5);
    expect(medianCents([])).toBeNull();
  });

  it('measures non-P&L cash from the last 12 month-to-month changes only', () => {
    const history = Array.from({ length: 15 }, (_, t) => ({
      month: shiftMonth('2025-01', t),
      revenueCents: 0,
      expensesCents: 0,
      netIncomeCents: 100,
      grossMarginPercent: null,
      cashCents: t < 3 ? 1_000_000 * t : 2_000_000 + 50 * t, // early jumps fall outside the window
    }));
    const typical = typicalNonPnlCashCents(history);
    expect(typical.months).toEqual(Array.from({ length: 12 }, (_, i) => shiftMonth('2025-04', i)));
    expect(typical.cents).toBe(-50); // +50 cash, 100 profit
  });
});
