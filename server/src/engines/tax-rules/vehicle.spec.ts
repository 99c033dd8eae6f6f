import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { RuleNotFoundError } from './rule-set.js';
import {
  actualExpenseDeduction,
  compareVehicleMethods,
  standardMileageDeduction,
} from './vehicle.js';

/** Hand-computed from the cited rates (no Pub 463 worked example could be read here). */
describe('standard mileage rate, by the day driven', () => {
  it('prices 2026 miles at 72.5 cents: 1,001 miles is $725.73 (725.725, rounded once)', () => {
    const result = standardMileageDeduction(
      FEDERAL_RULE_SET,
      [
        { date: '2026-02-03', miles: 600 },
        { date: '2026-11-20', miles: 401 },
      ],
      'cent',
    );
    expect(result.deduction.cents).toBe(72_573);
    expect(result.byRate).toHaveLength(1);
    expect(result.rulesUsed[0]).toMatchObject({
      ruleId: 'mileage-business/2026',
      value: '72.5 cents per mile',
    });
  });

  it('splits 2022 at July 1: 1,000 miles in June at 58.5 cents and 1,000 in July at 62.5 cents', () => {
    const result = standardMileageDeduction(
      FEDERAL_RULE_SET,
      [
        { date: '2022-06-30', miles: 1_000 },
        { date: '2022-07-01', miles: 1_000 },
      ],
      'cent',
    );
    expect(result.byRate.map((line) => [line.ruleId, line.amount.cents])).toEqual([
      ['mileage-business/2022-h1', 58_500],
      ['mileage-business/2022-h2', 62_500],
    ]);
    expect(result.deduction.cents).toBe(121_000);
  });

  it('prices trips across a year end at each year’s rate (2024: 67 cents, 2025: 70 cents)', () => {
    const result = standardMileageDeduction(
      FEDERAL_RULE_SET,
      [
        { date: '2024-12-31', miles: 100 },
        { date: '2025-01-01', miles: 100 },
      ],
      'cent',
    );
    expect(result.deduction.cents).toBe(6_700 + 7_000);
  });

  it('refuses a day with no published rate and a fractional mile', () => {
    expect(() =>
      standardMileageDeduction(FEDERAL_RULE_SET, [{ date: '2027-01-04', miles: 5 }], 'cent'),
    ).toThrow(RuleNotFoundError);
    expect(() =>
      standardMileageDeduction(FEDERAL_RULE_SET, [{ date: '2026-01-05', miles: 1.5 }], 'cent'),
    ).toThrow(RangeError);
  });
});

describe('actual costs and the comparison', () => {
  it('takes the business share of actual costs by miles', () => {
    const result = actualExpenseDeduction(
      [
        { label: 'gas', cents: 300_000 },
        { label: 'insurance', cents: 150_000 },
        { label: 'depreciation', cents: 450_000 },
      ],
      6_000,
      9_000,
      'cent',
    );
    expect(result.totalCost.cents).toBe(900_000);
    expect(result.deduction.cents).toBe(600_000);
  });

  it('says which method gives more, and by how much', () => {
    const comparison = compareVehicleMethods(FEDERAL_RULE_SET, {
      trips: [{ date: '2025-05-01', miles: 6_000 }],
      costs: [{ label: 'all costs', cents: 900_000 }],
      totalMiles: 9_000,
      rounding: 'cent',
    });
    expect(comparison.standardMileage.deduction.cents).toBe(420_000); // 6,000 x 70 cents
    expect(comparison.actualExpenses.deduction.cents).toBe(600_000);
    expect(comparison.larger).toBe('actualExpenses');
    expect(comparison.difference).toBe(180_000);
  });
});
