import { describe, expect, it } from 'vitest';
import { medianAndMad, modifiedZScore, weeklyCashFlow, type CashMovement } from './cash-flow.js';
import { addDays } from './receivables.js';

// Sunday, November 29, 2026: the report's week is Monday 2026-11-23 to Sunday 2026-11-29.
const WEEK_ENDING = '2026-11-29';

const move = (postedOn: string, amountCents: number, category: string): CashMovement => ({
  postedOn,
  amountCents,
  category,
});

/** One movement per week, on the Wednesday, `weeksBack` 0 being the report's week. */
function weekly(category: string, amountsByWeeksBack: readonly number[]): CashMovement[] {
  return amountsByWeeksBack.flatMap((amount, weeksBack) =>
    amount === 0 ? [] : [move(addDays(WEEK_ENDING, -(weeksBack * 7 + 4)), amount, category)],
  );
}

describe('medianAndMad', () => {
  it('is not dragged by one huge value', () => {
    // Deviations from 3: 2, 1, 0, 1, 97 -> sorted 0, 1, 1, 2, 97 -> MAD 1.
    expect(medianAndMad([1, 2, 3, 4, 100])).toEqual({ median: 3, mad: 1 });
  });

  it('takes the middle pair’s mean for an even count', () => {
    // Median 2.5; deviations 1.5, 0.5, 0.5, 1.5 -> MAD 1.
    expect(medianAndMad([4, 1, 3, 2])).toEqual({ median: 2.5, mad: 1 });
  });

  it('refuses no values', () => {
    expect(() => medianAndMad([])).toThrow(RangeError);
  });
});

describe('modifiedZScore', () => {
  it('is 0.6745 (x - median) / MAD', () => {
    // Median 40, MAD 2 (see the shipping weeks below, in hundreds).
    expect(modifiedZScore(124, [40, 38, 42, 41, 39, 40, 45, 35, 40, 43, 37, 40, 44])).toBeCloseTo(
      28.329,
      4,
    );
  });

  it('falls back to 1.253314 x the mean absolute deviation when the MAD is 0', () => {
    // Rent in 3 of 13 weeks: median 0, MAD 0, mean absolute deviation 3 x 1,800 / 13.
    const history = [0, 0, 0, 1800, 0, 0, 0, 1800, 0, 0, 0, 1800, 0];
    expect(modifiedZScore(1800, history)).toBeCloseTo(1800 / (1.253314 * ((3 * 1800) / 13)), 10);
  });

  it('is null when the history never varied and x differs, 0 when it matches', () => {
    expect(modifiedZScore(10, [49, 49, 49])).toBeNull();
    expect(modifiedZScore(49, [49, 49, 49])).toBe(0);
  });
});

describe('weeklyCashFlow: one week by hand', () => {
  const movements = [
    // The week, 2026-11-23..29:
    move('2026-11-23', 52_500, 'Sales: online store'),
    move('2026-11-25', 31_250, 'Sales: online store'),
    move('2026-11-27', 120_000, 'Sales: wholesale'),
    move('2026-11-24', -12_345, 'Shipping and postage'),
    move('2026-11-26', -180_000, 'Rent'),
    move('2026-11-29', -4_900, 'Software and subscriptions'),
    // The prior week, 2026-11-16..22:
    move('2026-11-22', 10_000, 'Sales: online store'),
    move('2026-11-16', -2_000, 'Shipping and postage'),
    // After the week: not in any figure.
    move('2026-11-30', -99_999, 'Rent'),
    // The same weekdays a year earlier, 2025-11-24..30 (Monday to Sunday):
    move('2025-11-24', 40_000, 'Sales: online store'),
    move('2025-11-23', 999, 'Sales: online store'), // the Sunday before: outside
  ];
  const report = weeklyCashFlow({
    weekEnding: WEEK_ENDING,
    movements,
    cashBalanceCents: 2_500_000,
    historyWeeks: 3,
  });

  it('totals the week: in 2,037.50, out 1,972.45, net 65.05', () => {
    expect(report).toMatchObject({
      week: { start: '2026-11-23', end: '2026-11-29' },
      start: '2026-11-23',
      end: '2026-11-29',
      totalInCents: 203_750, // 525.00 + 312.50 + 1,200.00
      totalOutCents: 197_245, // 123.45 + 1,800.00 + 49.00
      netCents: 6_505,
    });
  });

  it('groups by category, largest first, amounts positive', () => {
    expect(report.inflows).toEqual([
      { category: 'Sales: wholesale', amountCents: 120_000, count: 1 },
      { category: 'Sales: online store', amountCents: 83_750, count: 2 },
    ]);
    expect(report.outflows).toEqual([
      { category: 'Rent', amountCents: 180_000, count: 1 },
      { category: 'Shipping and postage', amountCents: 12_345, count: 1 },
      { category: 'Software and subscriptions', amountCents: 4_900, count: 1 },
    ]);
  });

  it('compares with the prior week and the same weekdays last year', () => {
    expect(report.priorWeek).toEqual({
      start: '2026-11-16',
      end: '2026-11-22',
      totalInCents: 10_000,
      totalOutCents: 2_000,
      netCents: 8_000,
    });
    expect(report.sameWeekLastYear).toEqual({
      start: '2025-11-24',
      end: '2025-11-30',
      totalInCents: 40_000,
      totalOutCents: 0,
      netCents: 40_000,
    });
  });

  it('gives the trend oldest first, ending with this week', () => {
    expect(report.trend).toEqual([
      { start: '2026-11-09', end: '2026-11-15', totalInCents: 0, totalOutCents: 0, netCents: 0 },
      report.priorWeek,
      {
        start: '2026-11-23',
        end: '2026-11-29',
        totalInCents: 203_750,
        totalOutCents: 197_245,
        netCents: 6_505,
      },
    ]);
  });

  it('calls a cash-positive trend cash-positive, with no runway figure', () => {
    // Nets 0.00 + 80.00 + 65.05 = 145.05 over 3 weeks: exactly 48.35 a week.
    expect(report.runway).toEqual({
      cashBalanceCents: 2_500_000,
      averageWeeklyNetCents: 4_835,
      weeksCounted: 3,
      weeksOfRunway: null,
      explanation:
        'Cash-positive: the last 3 weeks averaged a net inflow of $48.35 a week, so the $25,000.00 balance is not being drawn down.',
    });
  });

  it('finds no anomalies with under 4 weeks of history', () => {
    expect(report.anomalies).toEqual([]);
  });
});

describe('weeklyCashFlow: anomalies against 13 weeks', () => {
  // Index 0 is this week; 1..13 the history.
  const movements = [
    // Shipping: median 400.00, MAD 20.00; this week 1,240.00 -> 0.6745 x 840 / 20 = 28.33.
    ...weekly(
      'Shipping and postage',
      [
        -124_000, -40_000, -38_000, -42_000, -41_000, -39_000, -40_000, -45_000, -35_000, -40_000,
        -43_000, -37_000, -40_000, -44_000,
      ],
    ),
    // Online sales: median 2,000.00, MAD 50.00; this week 2,060.00 -> 0.81: usual.
    ...weekly(
      'Sales: online store',
      [
        206_000, 200_000, 210_000, 190_000, 205_000, 195_000, 200_000, 215_000, 185_000, 200_000,
        202_000, 198_000, 207_000, 193_000,
      ],
    ),
    // Wholesale: 1,500.00 every week, none this week: no spread at all, so the drop is unusual.
    ...weekly('Sales: wholesale', [0, ...Array<number>(13).fill(150_000)]),
    // Software: 49.00 every week including this one: usual.
    ...weekly('Software and subscriptions', Array<number>(14).fill(-4_900)),
    // Rent in its usual week, 3 of the 13 history weeks: 1,800 / (1.253314 x 415.38) = 3.46: usual.
    ...weekly('Rent', [-180_000, 0, 0, 0, -180_000, 0, 0, 0, -180_000, 0, 0, 0, -180_000, 0]),
    // Legal: never before, 1,500.00 this week.
    ...weekly('Legal and professional', [-150_000]),
    // Bank fees: new but 15.00, under the 50.00 floor.
    ...weekly('Bank fees', [-1_500]),
  ];
  const report = weeklyCashFlow({
    weekEnding: WEEK_ENDING,
    movements,
    cashBalanceCents: 1_000_000,
  });

  it('flags the shipping spike, the missing wholesale payment and the new legal bill, explained', () => {
    expect(report.anomalies).toEqual([
      {
        category: 'Sales: wholesale',
        direction: 'IN',
        deviation: 'LOW',
        amountCents: 0,
        medianCents: 150_000,
        score: null,
        explanation:
          'Sales: wholesale in: none this week, against the usual $1,500.00 (median of 13 weeks)',
      },
      {
        category: 'Legal and professional',
        direction: 'OUT',
        deviation: 'HIGH',
        amountCents: 150_000,
        medianCents: 0,
        score: null,
        explanation:
          'Legal and professional out $1,500.00 this week; usually none (median of 13 weeks)',
      },
      {
        category: 'Shipping and postage',
        direction: 'OUT',
        deviation: 'HIGH',
        amountCents: 124_000,
        medianCents: 40_000,
        score: 28.33,
        explanation:
          'Shipping and postage out $1,240.00 this week, 3.1x the usual $400.00 (median of 13 weeks)',
      },
    ]);
  });

  it('has 13 trend weeks ending with this one', () => {
    expect(report.trend).toHaveLength(13);
    expect(report.trend[0]).toMatchObject({ start: '2026-08-31', end: '2026-09-06' });
    expect(report.trend[12]).toMatchObject({ start: '2026-11-23', end: '2026-11-29' });
    // This week: in 2,060.00; out 1,240.00 + 49.00 + 1,800.00 + 1,500.00 + 15.00 = 4,604.00;
    // net -2,544.00.
    expect(report.trend[12]).toMatchObject({
      totalInCents: 206_000,
      totalOutCents: 460_400,
      netCents: -254_400,
    });
  });
});

describe('weeklyCashFlow: lumpy categories', () => {
  const report = (packagingWeeks: number[]) =>
    weeklyCashFlow({
      weekEnding: WEEK_ENDING,
      movements: weekly('Packaging', packagingWeeks),
      cashBalanceCents: 1_000_000,
    });

  it('does not flag a monthly bill paid in its usual week at its usual size', () => {
    // 125.88 this week; paid 118.40, 131.20 and 122.75 in three of the 13 history weeks (median
    // 0 week by week, so "usually none" would be wrong): among those weeks it is usual.
    const monthly = [-12_588, 0, 0, 0, -11_840, 0, 0, 0, -13_120, 0, 0, 0, -12_275, 0];
    expect(report(monthly).anomalies).toEqual([]);
  });

  it('still flags a monthly bill five times its usual size', () => {
    const outsized = [-62_500, 0, 0, 0, -11_840, 0, 0, 0, -13_120, 0, 0, 0, -12_275, 0];
    expect(report(outsized).anomalies).toMatchObject([
      { category: 'Packaging', deviation: 'HIGH', amountCents: 62_500, medianCents: 0 },
    ]);
  });

  it('still flags a category seen only once in the 12 weeks before', () => {
    const once = [-12_588, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11_840, 0];
    expect(report(once).anomalies).toHaveLength(1);
  });
});

describe('weeklyCashFlow: runway', () => {
  it('divides the balance by the average weekly burn, rounded down to 0.1 week', () => {
    // Four weeks each: in 250.00, out 1,000.00 -> net -750.00. 10,000.00 / 750.00 = 13.33 weeks.
    const movements = [
      ...weekly('Sales: online store', [25_000, 25_000, 25_000, 25_000]),
      ...weekly('Wages', [-100_000, -100_000, -100_000, -100_000]),
    ];
    const { runway } = weeklyCashFlow({
      weekEnding: WEEK_ENDING,
      movements,
      cashBalanceCents: 1_000_000,
      historyWeeks: 4,
    });
    expect(runway).toEqual({
      cashBalanceCents: 1_000_000,
      averageWeeklyNetCents: -75_000,
      weeksCounted: 4,
      weeksOfRunway: 13.3,
      explanation:
        'At the average net outflow of $750.00 a week over the last 4 weeks, the $10,000.00 balance lasts about 13.3 weeks.',
    });
  });

  it('averages only over weeks since the first movement', () => {
    // Data starts 2 weeks back: (-300.00 - 300.00) / 2 = -300.00, not / 13.
    const movements = weekly('Rent', [-30_000, -30_000]);
    const { runway } = weeklyCashFlow({
      weekEnding: WEEK_ENDING,
      movements,
      cashBalanceCents: 90_000,
    });
    expect(runway).toMatchObject({
      averageWeeklyNetCents: -30_000,
      weeksCounted: 2,
      weeksOfRunway: 3,
    });
  });

  it('has no runway left when the cash is already gone', () => {
    const { runway } = weeklyCashFlow({
      weekEnding: WEEK_ENDING,
      movements: weekly('Rent', [-30_000]),
      cashBalanceCents: -5_000,
      historyWeeks: 1,
    });
    expect(runway.weeksOfRunway).toBe(0);
    expect(runway.explanation).toBe(
      'Cash is at -$50.00 and the last 1 week averaged a net outflow of $300.00 a week: no runway left.',
    );
  });

  it('says so when there are no movements at all', () => {
    const report = weeklyCashFlow({ weekEnding: WEEK_ENDING, movements: [], cashBalanceCents: 0 });
    expect(report.runway).toMatchObject({ weeksOfRunway: null, weeksCounted: 0 });
    expect(report).toMatchObject({ totalInCents: 0, totalOutCents: 0, netCents: 0, anomalies: [] });
  });

  it('refuses a fraction of a cent', () => {
    expect(() =>
      weeklyCashFlow({
        weekEnding: WEEK_ENDING,
        movements: [move('2026-11-25', 1.5, 'X')],
        cashBalanceCents: 0,
      }),
    ).toThrow(RangeError);
  });
});
