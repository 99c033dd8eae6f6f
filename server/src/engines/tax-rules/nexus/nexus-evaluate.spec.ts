import { describe, expect, it } from 'vitest';
import { NEXUS_RULE_SET } from './data/nexus-rule-set.js';
import { evaluateNexus, nexusExposure, percentText } from './evaluate.js';
import { findNexusRule, validateNexusRuleSet } from './nexus-rules.js';
import { measurementWindows } from './periods.js';
import type { MeasurementPeriod, NexusRuleSet, NexusSale, StateCode } from './types.js';

function sale(date: string, amountCents: number, extra: Partial<NexusSale> = {}): NexusSale {
  return { date, amountCents, marketplaceFacilitated: false, kind: 'taxable', ...extra };
}

function evaluate(state: StateCode, onDate: string, list: NexusSale[]) {
  return evaluateNexus(NEXUS_RULE_SET, { state, onDate, sales: list });
}

const window = (period: MeasurementPeriod, onDate: string) =>
  measurementWindows(period, onDate).map(({ from, to }) => [from, to]);

describe('measurement windows', () => {
  it('previous calendar year, and previous or current (current ends on the date evaluated)', () => {
    expect(window({ kind: 'previousCalendarYear' }, '2026-07-15')).toEqual([
      ['2025-01-01', '2025-12-31'],
    ]);
    expect(window({ kind: 'previousOrCurrentCalendarYear' }, '2026-07-15')).toEqual([
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-07-15'],
    ]);
  });

  it('rolling twelve months ends on the date; Feb 29 steps back to March 1 a year earlier', () => {
    expect(window({ kind: 'trailingTwelveMonths' }, '2026-07-15')).toEqual([
      ['2025-07-16', '2026-07-15'],
    ]);
    expect(window({ kind: 'trailingTwelveMonths' }, '2024-02-29')).toEqual([
      ['2023-03-01', '2024-02-29'],
    ]);
  });

  it('twelve calendar months before the month (Texas, Vermont)', () => {
    expect(window({ kind: 'precedingTwelveCalendarMonths' }, '2026-07-15')).toEqual([
      ['2025-07-01', '2026-06-30'],
    ]);
    expect(window({ kind: 'precedingTwelveCalendarMonths' }, '2026-01-01')).toEqual([
      ['2025-01-01', '2025-12-31'],
    ]);
  });

  it('four quarters ended before the date: calendar quarters, and New York’s ending in Feb/May/Aug/Nov', () => {
    const calendar: MeasurementPeriod = {
      kind: 'fourQuartersEndedBefore',
      quarterEndMonths: [3, 6, 9, 12],
    };
    const ny: MeasurementPeriod = {
      kind: 'fourQuartersEndedBefore',
      quarterEndMonths: [2, 5, 8, 11],
    };
    expect(window(calendar, '2026-07-01')).toEqual([['2025-07-01', '2026-06-30']]);
    expect(window(calendar, '2026-06-30')).toEqual([['2025-04-01', '2026-03-31']]);
    expect(window(ny, '2026-06-01')).toEqual([['2025-06-01', '2026-05-31']]);
    expect(window(ny, '2026-05-31')).toEqual([['2025-03-01', '2026-02-28']]);
  });

  it('twelve months ended on the September 30 before the date (Connecticut)', () => {
    const ct: MeasurementPeriod = { kind: 'twelveMonthsEndedBefore', month: 9, day: 30 };
    expect(window(ct, '2026-10-01')).toEqual([['2025-10-01', '2026-09-30']]);
    expect(window(ct, '2026-09-30')).toEqual([['2024-10-01', '2025-09-30']]);
  });

  it('the calendar year before the collection year starting April 1 (Pennsylvania)', () => {
    const pa: MeasurementPeriod = {
      kind: 'calendarYearForCollectionYear',
      collectionYearStartsMonth: 4,
    };
    expect(window(pa, '2026-03-31')).toEqual([['2024-01-01', '2024-12-31']]);
    expect(window(pa, '2026-04-01')).toEqual([['2025-01-01', '2025-12-31']]);
    expect(window(pa, '2019-07-01')).toEqual([['2018-01-01', '2018-12-31']]);
  });
});

describe('sales on the edges of the window', () => {
  const big = 60_000_000; // $600,000: over every dollar threshold in the data

  it.each([
    ['AL previous year', 'AL', '2026-07-15', '2025-01-01', '2024-12-31'],
    ['MS rolling twelve months', 'MS', '2026-07-15', '2025-07-16', '2025-07-15'],
    ['TX preceding twelve calendar months', 'TX', '2026-07-15', '2025-07-01', '2025-06-30'],
    ['MO four quarters', 'MO', '2026-07-15', '2025-07-01', '2025-06-30'],
    ['NY four sales tax quarters', 'NY', '2026-06-01', '2025-06-01', '2025-05-31'],
    ['CT year to September 30', 'CT', '2026-10-01', '2025-10-01', '2025-09-30'],
    ['PA collection year', 'PA', '2026-04-01', '2025-01-01', '2024-12-31'],
  ] as const)(
    '%s: a sale on the first day counts, the day before does not',
    (_, state, onDate, first, before) => {
      const count = state === 'NY' || state === 'CT' ? 201 : 1;
      const many = (date: string) =>
        Array.from({ length: count }, (_, i) => sale(date, i === 0 ? big : 1));
      expect(evaluate(state, onDate, many(first)).status).toBe('MET');
      expect(evaluate(state, onDate, many(before)).status).toBe('BELOW');
    },
  );

  it('the current-year window ends on the date evaluated: a later sale is not counted', () => {
    expect(evaluate('GA', '2026-07-15', [sale('2026-07-15', 10_000_001)]).status).toBe('MET');
    expect(evaluate('GA', '2026-07-15', [sale('2026-07-16', 10_000_001)]).status).toBe('BELOW');
  });

  it('the two calendar years are measured apart, never added: $60,000 in each is 60%', () => {
    const result = evaluate('GA', '2026-07-15', [
      sale('2025-03-01', 6_000_000),
      sale('2026-03-01', 6_000_000),
    ]);
    expect(result.status).toBe('BELOW');
    expect(result.windows.map((w) => w.salesCents)).toEqual([6_000_000, 6_000_000]);
    expect(result.decidingWindow?.percent).toBe('60.00%');
  });
});

describe('which sales count', () => {
  const mixed = [
    sale('2025-08-01', 4_000_000),
    sale('2025-08-02', 4_000_000, { kind: 'exempt' }),
    sale('2025-08-03', 4_000_000, { kind: 'resale' }),
    sale('2025-08-04', 4_000_000, { marketplaceFacilitated: true }),
  ];

  it('gross with marketplace included (Texas) counts all four: $160,000', () => {
    expect(evaluate('TX', '2026-07-15', mixed).decidingWindow?.salesCents).toBe(16_000_000);
  });

  it('retail with marketplace excluded (Virginia) drops resale and marketplace: $80,000 in 2 sales', () => {
    const result = evaluate('VA', '2026-07-15', mixed).decidingWindow;
    expect([result?.salesCents, result?.transactions]).toEqual([8_000_000, 2]);
  });

  it('taxable with marketplace excluded (Florida) counts the direct taxable sale only: $40,000', () => {
    expect(evaluate('FL', '2026-07-15', mixed).decidingWindow?.salesCents).toBe(4_000_000);
  });

  it('marketplace treatment not stated (Kansas) counts marketplace sales and says so', () => {
    const result = evaluate('KS', '2026-07-15', mixed);
    expect(result.decidingWindow?.salesCents).toBe(16_000_000);
    expect(result.rule?.summary).toContain('treatment not stated');
  });
});

describe('figures, status and reason', () => {
  it('percent is exact and truncated for display: $99,999.99 of $100,000 is 99.99%, never 100%', () => {
    const result = evaluate('IN', '2026-07-15', [sale('2026-02-01', 9_999_999)]);
    expect(result.status).toBe('APPROACHING');
    expect(result.decidingWindow?.share).toEqual({ numerator: 9_999_999, denominator: 10_000_000 });
    expect(result.decidingWindow?.percent).toBe('99.99%');
    expect(percentText({ numerator: 1, denominator: 3 })).toBe('33.33%');
  });

  it('APPROACHING starts at exactly 80%: $79,999.99 is BELOW, $80,000 is APPROACHING', () => {
    expect(evaluate('IN', '2026-07-15', [sale('2026-02-01', 7_999_999)]).status).toBe('BELOW');
    expect(evaluate('IN', '2026-07-15', [sale('2026-02-01', 8_000_000)]).status).toBe(
      'APPROACHING',
    );
  });

  it('the reason names the rule, window, figures and source', () => {
    const result = evaluate('TX', '2026-07-15', [sale('2025-08-15', 50_000_000)]);
    expect(result.reason).toBe(
      'Texas MET on 2026-07-15 under nexus/TX/2019-10-01 (at least $500,000.00 of gross sales, in the twelve calendar months before the month evaluated; marketplace-facilitated sales included). ' +
        'Measured over the twelve calendar months before this month (2025-07-01 to 2026-06-30): $500,000.00 is 100.00% of $500,000.00 (at least $500,000.00 needed: met). ' +
        'Source: Remote Sellers (34 Tex. Admin. Code § 3.286 safe harbor), https://comptroller.texas.gov/taxes/sales/remote-sellers.php.',
    );
    expect(result.ruleSetVersion).toBe(NEXUS_RULE_SET.version);
  });

  it('AND takes the furthest test: $600,000 in 50 sales in New York is 50% (50 of more than 100)', () => {
    const list = Array.from({ length: 50 }, (_, i) => sale('2025-08-15', i === 0 ? 60_000_000 : 1));
    const result = evaluate('NY', '2026-07-15', list);
    expect(result.status).toBe('BELOW');
    expect(result.decidingWindow?.percent).toBe('50.00%');
  });

  it('refuses a fractional cent and a date that is not a calendar date', () => {
    expect(() => evaluate('TX', '2026-07-15', [sale('2025-08-15', 10.5)])).toThrow(RangeError);
    expect(() => evaluate('TX', '2026-02-30', [])).toThrow(RangeError);
  });
});

describe('registration and the action', () => {
  const met = [sale('2026-02-01', 20_000_000)];

  it('met and not registered: register', () => {
    expect(evaluate('IN', '2026-07-15', met).action).toMatch(/^Register and collect/);
  });

  it('registered on or before the date counts as registered; a later registration does not', () => {
    const on = (registeredOn: string) =>
      evaluateNexus(NEXUS_RULE_SET, {
        state: 'IN',
        onDate: '2026-07-15',
        sales: met,
        registration: { registeredOn },
      });
    expect(on('2026-07-15').registered).toBe(true);
    expect(on('2026-07-15').action).toMatch(/^Registered: keep collecting/);
    expect(on('2026-07-16').registered).toBe(false);
  });

  it('states without a sales tax need nothing', () => {
    const result = evaluate('OR', '2026-07-15', met);
    expect([result.status, result.rule, result.action]).toEqual([
      'NO_SALES_TAX',
      null,
      'No state sales tax: nothing to register.',
    ]);
  });
});

describe('exposure for every state at once', () => {
  it('sorts measured states by share, highest first, then no rule, then no sales tax', () => {
    const result = nexusExposure(NEXUS_RULE_SET, {
      onDate: '2026-07-15',
      salesByState: {
        TX: [sale('2025-08-15', 45_000_000)], // 90% of $500,000
        CA: [sale('2026-02-01', 10_000_000)], // 20% of $500,000
        IN: [sale('2026-02-01', 20_000_000)], // 200% of $100,000
      },
      registrations: { IN: { registeredOn: '2025-01-01' } },
    });
    expect(result).toHaveLength(51);
    expect(result.slice(0, 3).map((e) => [e.state, e.status, e.decidingWindow?.percent])).toEqual([
      ['IN', 'MET', '200.00%'],
      ['TX', 'APPROACHING', '90.00%'],
      ['CA', 'BELOW', '20.00%'],
    ]);
    expect(result[0]?.registered).toBe(true);
    expect(result.slice(-5).map((e) => [e.state, e.status])).toEqual([
      ['AK', 'NO_SALES_TAX'],
      ['DE', 'NO_SALES_TAX'],
      ['MT', 'NO_SALES_TAX'],
      ['NH', 'NO_SALES_TAX'],
      ['OR', 'NO_SALES_TAX'],
    ]);
  });

  it('places states whose rules start later after the measured ones (2018-06-01: Missouri, Kansas...)', () => {
    const result = nexusExposure(NEXUS_RULE_SET, { onDate: '2018-06-01', salesByState: {} });
    const noRule = result.filter((e) => e.status === 'NO_RULE_ON_DATE').map((e) => e.state);
    expect(noRule).toContain('MO');
    expect(noRule).toContain('KS');
    expect(result.findIndex((e) => e.status === 'NO_RULE_ON_DATE')).toBeGreaterThan(
      result.findLastIndex((e) => e.status === 'BELOW'),
    );
  });
});

describe('the rule set', () => {
  it('has no problems: every state once, unique ids, good dates, thresholds, citations, sources', () => {
    expect(validateNexusRuleSet(NEXUS_RULE_SET)).toEqual([]);
  });

  it('reports two versions that would govern the same day, and a threshold that is not whole cents', () => {
    const texas = NEXUS_RULE_SET.states.find((e) => e.state === 'TX');
    if (texas?.kind !== 'salesTax') throw new Error('Texas is in the data');
    const [first] = texas.versions;
    if (!first) throw new Error('Texas has a version');
    const broken: NexusRuleSet = {
      version: 'broken',
      states: NEXUS_RULE_SET.states.map((entry) =>
        entry.state === 'TX'
          ? {
              ...texas,
              versions: [
                first,
                {
                  ...first,
                  id: 'nexus/TX/copy',
                  test: { kind: 'sales', thresholdCents: 10.5, comparator: 'atLeast' },
                },
              ],
            }
          : entry,
      ),
    };
    expect(validateNexusRuleSet(broken)).toEqual([
      'nexus/TX/copy: sales threshold must be a positive whole number of cents',
      'nexus/TX/2019-10-01 and nexus/TX/copy overlap with the same enactment date',
    ]);
    expect(() => findNexusRule(broken, 'TX', '2026-01-01')).toThrow(/all govern TX/);
  });
});
