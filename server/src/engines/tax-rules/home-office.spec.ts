import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import {
  actualHomeOffice,
  compareHomeOfficeMethods,
  simplifiedHomeOffice,
  type ActualHomeOfficeInput,
} from './home-office.js';

/** Hand-computed from Pub 587's worksheets (no worked example with figures could be read here). */
describe('home office, simplified method', () => {
  it('allows $5 a square foot: 250 square feet is $1,250', () => {
    const result = simplifiedHomeOffice(FEDERAL_RULE_SET, {
      taxYear: 2025,
      squareFeet: 250,
      grossIncomeLimitationCents: 5_000_000,
      rounding: 'cent',
    });
    expect(result.deduction.cents).toBe(125_000);
    expect(result.rulesUsed.map((r) => r.ruleId)).toEqual([
      'home-office-simplified-maximum-area/2013',
      'home-office-simplified-rate/2013',
    ]);
  });

  it('counts at most 300 square feet ($1,500)', () => {
    const result = simplifiedHomeOffice(FEDERAL_RULE_SET, {
      taxYear: 2026,
      squareFeet: 420,
      grossIncomeLimitationCents: 5_000_000,
      rounding: 'cent',
    });
    expect(result.allowedSquareFeet).toBe(300);
    expect(result.deduction.cents).toBe(150_000);
  });

  it('never exceeds the gross income limitation, and carries nothing over', () => {
    const result = simplifiedHomeOffice(FEDERAL_RULE_SET, {
      taxYear: 2026,
      squareFeet: 300,
      grossIncomeLimitationCents: 90_000,
      rounding: 'cent',
    });
    expect(result.deduction.cents).toBe(90_000);
    expect(result.disallowed.cents).toBe(60_000);
    expect(
      simplifiedHomeOffice(FEDERAL_RULE_SET, {
        taxYear: 2026,
        squareFeet: 300,
        grossIncomeLimitationCents: -1_000,
        rounding: 'cent',
      }).deduction.cents,
    ).toBe(0);
  });
});

const home: ActualHomeOfficeInput = {
  businessSquareFeet: 200,
  homeSquareFeet: 2_000,
  grossIncomeCents: 1_000_000,
  otherBusinessExpensesCents: 700_000,
  mortgageInterestAndTaxes: { direct: 0, indirect: 1_200_000 }, // 10%: $1,200
  operatingExpenses: { direct: 20_000, indirect: 600_000 }, // $200 + 10% of $6,000 = $800
  depreciationCents: 150_000,
  rounding: 'cent',
};

describe('home office, actual expenses', () => {
  it('allows mortgage interest and taxes first, then operating costs, then depreciation, within the income left', () => {
    const result = actualHomeOffice(home);
    expect(result.mortgageInterestAndTaxes.cents).toBe(120_000);
    expect(result.deductionLimit.cents).toBe(180_000); // 10,000 - 7,000 - 1,200
    expect(result.allowedOperating.cents).toBe(80_000);
    expect(result.allowedDepreciation.cents).toBe(100_000);
    expect(result.deduction.cents).toBe(300_000);
    expect(result.carryoverOperating.cents).toBe(0);
    expect(result.carryoverDepreciation.cents).toBe(50_000);
  });

  it('carries over what the limit disallows, and uses last year’s carryover when there is room', () => {
    const tight = actualHomeOffice({ ...home, grossIncomeCents: 850_000 });
    expect(tight.deductionLimit.cents).toBe(30_000);
    expect(tight.allowedOperating.cents).toBe(30_000);
    expect(tight.carryoverOperating.cents).toBe(50_000);
    expect(tight.carryoverDepreciation.cents).toBe(150_000);
    const roomy = actualHomeOffice({
      ...home,
      grossIncomeCents: 2_000_000,
      carryover: { operatingCents: 50_000, depreciationCents: 150_000 },
    });
    expect(roomy.deduction.cents).toBe(120_000 + 130_000 + 300_000);
  });

  it('compares the two methods for the year', () => {
    const comparison = compareHomeOfficeMethods(
      FEDERAL_RULE_SET,
      { taxYear: 2026, squareFeet: 200, grossIncomeLimitationCents: 300_000, rounding: 'cent' },
      home,
    );
    expect(comparison.simplified.deduction.cents).toBe(100_000);
    expect(comparison.actual.deduction.cents).toBe(300_000);
    expect(comparison.larger).toBe('actual');
    expect(comparison.difference).toBe(200_000);
  });
});
