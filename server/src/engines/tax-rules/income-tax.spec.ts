import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { computeIncomeTax } from './income-tax.js';
import { RuleNotFoundError } from './rule-set.js';
import type { FilingStatus } from './types.js';

const tax = (taxYear: number, filingStatus: FilingStatus, dollars: number, cents = 0) =>
  computeIncomeTax(FEDERAL_RULE_SET, {
    taxYear,
    filingStatus,
    taxableIncomeCents: dollars * 100 + cents,
    rounding: 'cent',
  });

/**
 * Each row of a Rev. Proc.'s rate table prints the tax at its lower boundary ("$5,426 plus 22% of
 * the excess over $47,150"), so the tax at every bracket top must equal the next row's printed
 * amount: that checks every top and every rate of the data at once. [top, printed tax at top].
 * 2024: Rev. Proc. 2023-34 § 3.01 and 2025: Rev. Proc. 2024-40 § 2.01, as quoted in a public
 * repository's transcription tests (stored copies 56765217722, 56871209591); 2026: Rev. Proc.
 * 2025-32 § 4.01 Tables 1-4, verbatim pdftotext extract (stored copy 71335324390).
 */
const PRINTED: Record<number, Partial<Record<FilingStatus, [number, string][]>>> = {
  2024: {
    single: [
      [11_600, '1160.00'],
      [47_150, '5426.00'],
      [100_525, '17168.50'],
      [191_950, '39110.50'],
      [243_725, '55678.50'],
      [609_350, '183647.25'],
    ],
    marriedFilingJointly: [
      [23_200, '2320.00'],
      [94_300, '10852.00'],
      [201_050, '34337.00'],
      [383_900, '78221.00'],
      [487_450, '111357.00'],
      [731_200, '196669.50'],
    ],
    headOfHousehold: [
      [16_550, '1655.00'],
      [63_100, '7241.00'],
      [100_500, '15469.00'],
      [191_950, '37417.00'],
      [243_700, '53977.00'],
      [609_350, '181954.50'],
    ],
    marriedFilingSeparately: [
      [11_600, '1160.00'],
      [47_150, '5426.00'],
      [100_525, '17168.50'],
      [191_950, '39110.50'],
      [243_725, '55678.50'],
      [365_600, '98334.75'],
    ],
  },
  2025: {
    single: [
      [11_925, '1192.50'],
      [48_475, '5578.50'],
      [103_350, '17651.00'],
      [197_300, '40199.00'],
      [250_525, '57231.00'],
      [626_350, '188769.75'],
    ],
    marriedFilingJointly: [
      [23_850, '2385.00'],
      [96_950, '11157.00'],
      [206_700, '35302.00'],
      [394_600, '80398.00'],
      [501_050, '114462.00'],
      [751_600, '202154.50'],
    ],
    headOfHousehold: [
      [17_000, '1700.00'],
      [64_850, '7442.00'],
      [103_350, '15912.00'],
      [197_300, '38460.00'],
      [250_500, '55484.00'],
      [626_350, '187031.50'],
    ],
    marriedFilingSeparately: [
      [11_925, '1192.50'],
      [48_475, '5578.50'],
      [103_350, '17651.00'],
      [197_300, '40199.00'],
      [250_525, '57231.00'],
      [375_800, '101077.25'],
    ],
  },
  2026: {
    single: [
      [12_400, '1240.00'],
      [50_400, '5800.00'],
      [105_700, '17966.00'],
      [201_775, '41024.00'],
      [256_225, '58448.00'],
      [640_600, '192979.25'],
    ],
    marriedFilingJointly: [
      [24_800, '2480.00'],
      [100_800, '11600.00'],
      [211_400, '35932.00'],
      [403_550, '82048.00'],
      [512_450, '116896.00'],
      [768_700, '206583.50'],
    ],
    headOfHousehold: [
      [17_700, '1770.00'],
      [67_450, '7740.00'],
      [105_700, '16155.00'],
      [201_750, '39207.00'],
      [256_200, '56631.00'],
      [640_600, '191171.00'],
    ],
    marriedFilingSeparately: [
      [12_400, '1240.00'],
      [50_400, '5800.00'],
      [105_700, '17966.00'],
      [201_775, '41024.00'],
      [256_225, '58448.00'],
      [384_350, '103291.75'],
    ],
  },
};

const RATES = ['10%', '12%', '22%', '24%', '32%', '35%', '37%'];
/** Cents of tax on one dollar at a bracket's rate: 12% → 12. */
const CENTS_PER_DOLLAR = [10, 12, 22, 24, 32, 35, 37];
const cents = (printed: string) => Math.round(Number(printed) * 100);

describe('ordinary income tax by the rate schedules', () => {
  for (const [year, statuses] of Object.entries(PRINTED)) {
    for (const [status, rows] of Object.entries(statuses)) {
      it(`${year} ${status}: the tax at every bracket top is the Rev. Proc.'s printed amount, and the next dollar is taxed at the next rate`, () => {
        rows.forEach(([top, printed], index) => {
          const atTop = tax(Number(year), status as FilingStatus, top);
          expect(atTop.tax.cents, `${year} ${status} at $${top}`).toBe(cents(printed));
          expect(atTop.marginalRate).toBe(RATES[index + 1]);
          const dollarOver = tax(Number(year), status as FilingStatus, top + 1);
          // One dollar over the top is taxed at the next bracket's rate (12 cents ... 37 cents).
          expect(dollarOver.tax.cents - atTop.tax.cents).toBe(CENTS_PER_DOLLAR[index + 1]);
          const dollarUnder = tax(Number(year), status as FilingStatus, top - 1);
          expect(atTop.tax.cents - dollarUnder.tax.cents).toBe(CENTS_PER_DOLLAR[index]);
        });
      });
    }
  }

  it('a qualifying surviving spouse uses the joint table', () => {
    expect(tax(2026, 'qualifyingSurvivingSpouse', 211_400).tax.cents).toBe(3_593_200);
  });

  it('sums the slices exactly and rounds once: $46,878.54 single 2025 is $5,386.92', () => {
    // $1,192.50 + 12% × ($46,878.54 − $11,925) = $1,192.50 + $4,194.4248.
    const result = tax(2025, 'single', 46_878, 54);
    expect(result.tax.cents).toBe(538_692);
    expect(result.slices.map((s) => s.incomeCents)).toEqual([1_192_500, 3_495_354]);
    expect(result.marginalRate).toBe('12%');
    expect(result.tax.rules.map((r) => r.ruleId)).toEqual([
      'income-tax-rate-1/2018',
      'income-tax-bracket-top-1/single/2025',
      'income-tax-rate-2/2018',
      'income-tax-bracket-top-2/single/2025',
    ]);
  });

  it('taxes zero and negative taxable income as zero', () => {
    expect(tax(2026, 'single', 0).tax.cents).toBe(0);
    expect(tax(2026, 'single', -5_000).tax.cents).toBe(0);
  });

  it('the top bracket has no ceiling: $1,000,000 single 2026 is $192,979.25 + 37% of $359,400', () => {
    expect(tax(2026, 'single', 1_000_000).tax.cents).toBe(19_297_925 + 13_297_800);
    expect(tax(2026, 'single', 1_000_000).marginalRate).toBe('37%');
  });

  it('refuses a year whose brackets are not in the rule set', () => {
    expect(() => tax(2027, 'single', 50_000)).toThrow(RuleNotFoundError);
  });

  it('whole-dollar rounding rounds the total once', () => {
    const result = computeIncomeTax(FEDERAL_RULE_SET, {
      taxYear: 2025,
      filingStatus: 'single',
      taxableIncomeCents: 4_687_854,
      rounding: 'wholeDollar',
    });
    // Taxable income rounds to $46,879: $1,192.50 + 12% × $34,954 = $5,386.98 → $5,387.
    expect(result.tax.cents).toBe(538_700);
  });
});
