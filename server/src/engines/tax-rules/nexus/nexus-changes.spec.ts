import { describe, expect, it } from 'vitest';
import { NEXUS_RULE_SET } from './data/nexus-rule-set.js';
import { evaluateNexus } from './evaluate.js';
import type { NexusSale, StateCode } from './types.js';

/**
 * Each dated change in the data, tested the day before and the day it applies (a change in the
 * middle of a year applies from its date), and the retroactive ones with and without asKnownOn.
 * Figures restated from the sources in docs/TAX-RULES.md.
 */

function sales(
  date: string,
  count: number,
  totalCents: number,
  kind: NexusSale['kind'] = 'taxable',
): NexusSale[] {
  return Array.from({ length: count }, (_, i) => ({
    date,
    amountCents: i === 0 ? totalCents - (count - 1) : 1,
    marketplaceFacilitated: false,
    kind,
  }));
}

function status(state: StateCode, onDate: string, list: NexusSale[], asKnownOn?: string) {
  const result = evaluateNexus(NEXUS_RULE_SET, {
    state,
    onDate,
    sales: list,
    ...(asKnownOn ? { asKnownOn } : {}),
  });
  return [result.status, result.rule?.id ?? null];
}

/** 200 one-cent-ish sales: meets a 200-transaction test and nothing else. */
const twoHundredSmall = (date: string) => sales(date, 200, 200);

describe('transaction tests dropped, the day before and the day of the change', () => {
  it.each([
    ['CO', '2019-04-13', '2019-04-14', '2019-01-15', 'nexus/CO/2018-12-01', 'nexus/CO/2019-04-14'],
    ['IA', '2019-06-30', '2019-07-01', '2019-03-01', 'nexus/IA/2019-01-01', 'nexus/IA/2019-07-01'],
    ['ND', '2018-12-31', '2019-01-01', '2018-11-01', 'nexus/ND/2018-10-01', 'nexus/ND/2019-01-01'],
    ['WA', '2019-03-13', '2019-03-14', '2019-01-15', 'nexus/WA/2018-10-01', 'nexus/WA/2019-03-14'],
    ['WI', '2021-02-19', '2021-02-20', '2020-06-01', 'nexus/WI/2018-10-01', 'nexus/WI/2021-02-20'],
    ['ME', '2021-12-31', '2022-01-01', '2021-06-01', 'nexus/ME/2018-07-01', 'nexus/ME/2022-01-01'],
    ['LA', '2023-07-31', '2023-08-01', '2023-03-01', 'nexus/LA/2020-07-01', 'nexus/LA/2023-08-01'],
    ['SD', '2023-06-30', '2023-07-01', '2023-03-01', 'nexus/SD/2018-11-01', 'nexus/SD/2023-07-01'],
    ['IN', '2023-12-31', '2024-01-01', '2023-06-01', 'nexus/IN/2018-10-01', 'nexus/IN/2024-01-01'],
    ['NC', '2024-06-30', '2024-07-01', '2024-01-15', 'nexus/NC/2018-11-01', 'nexus/NC/2024-07-01'],
    ['WY', '2024-06-30', '2024-07-01', '2024-01-15', 'nexus/WY/2019-02-01', 'nexus/WY/2024-07-01'],
    ['UT', '2025-06-30', '2025-07-01', '2025-01-15', 'nexus/UT/2019-01-01', 'nexus/UT/2025-07-01'],
    ['IL', '2025-12-31', '2026-01-01', '2025-08-15', 'nexus/IL/2018-10-01', 'nexus/IL/2026-01-01'],
  ] as const)(
    '%s: 200 small sales meet the test on %s, not on %s',
    (state, before, after, saleDate, oldId, newId) => {
      expect(status(state, before, twoHundredSmall(saleDate))).toEqual(['MET', oldId]);
      expect(status(state, after, twoHundredSmall(saleDate))).toEqual(['BELOW', newId]);
    },
  );

  it('MN: 150 sales meet the 2018 rule (100 or more) on 2019-09-30, 75% of 200 under the October 2019 rule', () => {
    expect(status('MN', '2019-09-30', sales('2019-05-01', 150, 150))).toEqual([
      'MET',
      'nexus/MN/2018-10-01',
    ]);
    expect(status('MN', '2019-10-01', sales('2019-05-01', 150, 150))).toEqual([
      'BELOW',
      'nexus/MN/2019-10-01',
    ]);
  });

  it('MN 2018 rule: more than $100,000 counts only in 10 or more transactions', () => {
    expect(status('MN', '2019-06-01', sales('2019-05-01', 9, 10_000_001))[0]).toBe('APPROACHING');
    expect(status('MN', '2019-06-01', sales('2019-05-01', 10, 10_000_001))[0]).toBe('MET');
  });
});

describe('dollar thresholds changed, the day before and the day of the change', () => {
  it('AZ: $150,000.01 of 2019 sales is 75% of 2019’s $200,000, and meets 2020’s $150,000 on January 1', () => {
    expect(status('AZ', '2019-12-31', sales('2019-06-01', 1, 15_000_001))).toEqual([
      'BELOW',
      'nexus/AZ/2019-10-01',
    ]);
    expect(status('AZ', '2020-01-01', sales('2019-06-01', 1, 15_000_001))).toEqual([
      'MET',
      'nexus/AZ/2020-01-01',
    ]);
  });

  it('GA: $100,000.01 is 40% of $250,000 in 2019 and meets $100,000 from 2020-01-01', () => {
    expect(status('GA', '2019-12-31', sales('2019-06-01', 1, 10_000_001))).toEqual([
      'BELOW',
      'nexus/GA/2019-01-01',
    ]);
    expect(status('GA', '2020-01-01', sales('2019-06-01', 1, 10_000_001))).toEqual([
      'MET',
      'nexus/GA/2020-01-01',
    ]);
  });

  it('CT: $100,000 with 200 sales fails the $250,000 AND test to 2019-06-30 and meets it from 2019-07-01', () => {
    expect(status('CT', '2019-06-30', sales('2018-05-01', 200, 10_000_000))).toEqual([
      'BELOW',
      'nexus/CT/2018-12-01',
    ]);
    expect(status('CT', '2019-07-01', sales('2018-05-01', 200, 10_000_000))).toEqual([
      'MET',
      'nexus/CT/2019-07-01',
    ]);
  });

  it('TN: $200,000 over twelve months is 40% of $500,000 to 2020-09-30 and meets $100,000 from 2020-10-01', () => {
    expect(status('TN', '2020-09-30', sales('2020-06-01', 1, 20_000_000))).toEqual([
      'BELOW',
      'nexus/TN/2019-10-01',
    ]);
    expect(status('TN', '2020-10-01', sales('2020-06-01', 1, 20_000_000))).toEqual([
      'MET',
      'nexus/TN/2020-10-01',
    ]);
  });

  it('MA: $150,000 in 150 sales fails the $500,000-and-100 test on 2019-09-30 and meets $100,000 from 2019-10-01', () => {
    expect(status('MA', '2019-09-30', sales('2018-06-01', 150, 15_000_000))).toEqual([
      'BELOW',
      'nexus/MA/2018-01-01',
    ]);
    expect(status('MA', '2019-10-01', sales('2018-06-01', 150, 15_000_000))).toEqual([
      'MET',
      'nexus/MA/2019-10-01',
    ]);
  });

  it('WV: exactly $100,000 is short of "more than" on 2019-06-30 and meets "or more" from 2019-07-01', () => {
    expect(status('WV', '2019-06-30', sales('2019-02-01', 1, 10_000_000))).toEqual([
      'APPROACHING',
      'nexus/WV/2019-01-01',
    ]);
    expect(status('WV', '2019-07-01', sales('2019-02-01', 1, 10_000_000))).toEqual([
      'MET',
      'nexus/WV/2019-07-01',
    ]);
  });

  it('WA: $150,000 of sales for resale count from 2020 (gross receipts), not in 2019 (retail sales)', () => {
    const resale = sales('2019-06-01', 1, 15_000_000, 'resale');
    expect(status('WA', '2019-12-31', resale)).toEqual(['BELOW', 'nexus/WA/2019-03-14']);
    expect(status('WA', '2020-01-01', resale)).toEqual(['MET', 'nexus/WA/2020-01-01']);
  });
});

describe('retroactive law and first rules', () => {
  const ny = [...sales('2018-08-15', 1, 40_000_000), ...sales('2018-09-15', 100, 100)];

  it('NY: $400,000 in 101 sales meets the $300,000 test as the law stood on 2019-03-15, not the $500,000 enacted 2019-06-24 back to 2018-06-21', () => {
    expect(status('NY', '2019-03-15', ny, '2019-03-15')).toEqual([
      'MET',
      'nexus/NY/2018-06-21/notice-n-19-1',
    ]);
    expect(status('NY', '2019-03-15', ny)).toEqual([
      'APPROACHING',
      'nexus/NY/2018-06-21/amended-2019-06-24',
    ]);
  });

  it('CA: $100,000.01 met the CDTFA notice as known on 2019-04-20; AB 147 (signed 2019-04-25) applies $500,000 from 2019-04-01', () => {
    const ca = sales('2018-06-01', 1, 10_000_001);
    expect(status('CA', '2019-04-15', ca, '2019-04-20')).toEqual([
      'MET',
      'nexus/CA/2019-04-01/cdtfa-notice',
    ]);
    expect(status('CA', '2019-04-15', ca)).toEqual(['BELOW', 'nexus/CA/2019-04-01/ab147']);
  });

  it.each([
    ['KS', '2021-06-30', '2021-07-01', '2021-02-01'],
    ['MO', '2022-12-31', '2023-01-01', '2022-06-01'],
    ['FL', '2021-06-30', '2021-07-01', '2020-06-01'],
  ] as const)('%s has no rule on %s and measures from %s', (state, before, first, saleDate) => {
    const list = sales(saleDate, 1, 10_000_001);
    expect(status(state, before, list)).toEqual(['NO_RULE_ON_DATE', null]);
    expect(status(state, first, list)[0]).toBe('MET');
  });
});
