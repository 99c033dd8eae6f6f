import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { findRule, valueOf } from './rule-set.js';
import {
  compareStandardAndItemized,
  type ItemizedFacts,
  type StandardVsItemizedInput,
} from './standard-vs-itemized.js';
import type { FilingStatus } from './types.js';

const NONE: ItemizedFacts = {
  stateAndLocalIncomeOrSalesTaxCents: 0,
  realEstateTaxCents: 0,
  personalPropertyTaxCents: 0,
  mortgageInterestCents: 0,
  mortgageAverageBalanceCents: null,
  charitableCashCents: 0,
};

const compare = (
  input: Omit<Partial<StandardVsItemizedInput>, 'itemized'> & { itemized?: Partial<ItemizedFacts> },
) =>
  compareStandardAndItemized(FEDERAL_RULE_SET, {
    taxYear: 2026,
    filingStatus: 'single',
    agiCents: 8_000_000,
    businessUseOfHome: null,
    rounding: 'cent',
    ...input,
    itemized: { ...NONE, ...input.itemized },
  });

const standard = (taxYear: number, filingStatus: FilingStatus, asKnownOn?: string) =>
  valueOf(
    findRule(FEDERAL_RULE_SET, 'standardDeduction.basic', `${taxYear}-06-30`, {
      filingStatus,
      ...(asKnownOn ? { asKnownOn } : {}),
    }),
    'cents',
  ).cents;

describe('the standard deduction by year, status and the law as known', () => {
  it('2024 (Rev. Proc. 2023-34): $14,600 single and separate, $29,200 joint, $21,900 head of household', () => {
    expect(standard(2024, 'single')).toBe(1_460_000);
    expect(standard(2024, 'marriedFilingSeparately')).toBe(1_460_000);
    expect(standard(2024, 'marriedFilingJointly')).toBe(2_920_000);
    expect(standard(2024, 'qualifyingSurvivingSpouse')).toBe(2_920_000);
    expect(standard(2024, 'headOfHousehold')).toBe(2_190_000);
  });

  it('2025 as enacted by P.L. 119-21 on 2025-07-04: $15,750 / $31,500 / $23,625, retroactive to January 1', () => {
    expect(standard(2025, 'single')).toBe(1_575_000);
    expect(standard(2025, 'marriedFilingJointly')).toBe(3_150_000);
    expect(standard(2025, 'headOfHousehold')).toBe(2_362_500);
    expect(standard(2025, 'single', '2025-07-04')).toBe(1_575_000);
  });

  it('2025 as known on 2025-07-03 (Rev. Proc. 2024-40): $15,000 / $30,000 / $22,500', () => {
    expect(standard(2025, 'single', '2025-07-03')).toBe(1_500_000);
    expect(standard(2025, 'marriedFilingJointly', '2025-07-03')).toBe(3_000_000);
    expect(standard(2025, 'headOfHousehold', '2025-07-03')).toBe(2_250_000);
  });

  it('2026 (Rev. Proc. 2025-32): $16,100 / $32,200 / $24,150', () => {
    expect(standard(2026, 'single')).toBe(1_610_000);
    expect(standard(2026, 'marriedFilingSeparately')).toBe(1_610_000);
    expect(standard(2026, 'marriedFilingJointly')).toBe(3_220_000);
    expect(standard(2026, 'headOfHousehold')).toBe(2_415_000);
  });

  it('the comparison uses the law as known: a 2025 plan made on 2025-07-01 compares against $15,000', () => {
    const before = compare({ taxYear: 2025, asKnownOn: '2025-07-01' });
    const after = compare({ taxYear: 2025 });
    expect(before.standardDeduction.cents).toBe(1_500_000);
    expect(before.standardDeduction.rules[0]?.ruleId).toBe(
      'standard-deduction/single/2025/rev-proc-2024-40',
    );
    expect(after.standardDeduction.cents).toBe(1_575_000);
    expect(after.standardDeduction.rules[0]?.ruleId).toBe(
      'standard-deduction/single/2025/pl-119-21',
    );
  });
});

describe('the SALT limit', () => {
  const salt = (
    taxYear: number,
    agiDollars: number,
    filingStatus: FilingStatus = 'single',
    asKnownOn?: string,
  ) =>
    compare({
      taxYear,
      filingStatus,
      agiCents: agiDollars * 100,
      itemized: { stateAndLocalIncomeOrSalesTaxCents: 6_000_000 },
      ...(asKnownOn ? { asKnownOn } : {}),
    });

  it('2024: $10,000 ($5,000 married filing separately), whatever the income', () => {
    expect(salt(2024, 900_000).saltLimit.cents).toBe(1_000_000);
    expect(salt(2024, 900_000, 'marriedFilingSeparately').saltLimit.cents).toBe(500_000);
    expect(salt(2024, 900_000).salt.cents).toBe(1_000_000);
  });

  it('2025: $40,000 up to $500,000 of modified AGI; $10,000 when the law is taken as known before July 4, 2025', () => {
    expect(salt(2025, 500_000).saltLimit.cents).toBe(4_000_000);
    expect(salt(2025, 500_000, 'single', '2025-07-03').saltLimit.cents).toBe(1_000_000);
  });

  it('2025: reduced by 30% of modified AGI over $500,000, never below $10,000', () => {
    // $550,000: $40,000 − 30% × $50,000 = $25,000.
    expect(salt(2025, 550_000).saltLimit.cents).toBe(2_500_000);
    expect(salt(2025, 550_000).salt.cents).toBe(2_500_000);
    // $600,000: $40,000 − $30,000 = $10,000, the floor; $700,000 stays at the floor.
    expect(salt(2025, 600_000).saltLimit.cents).toBe(1_000_000);
    expect(salt(2025, 700_000).saltLimit.cents).toBe(1_000_000);
  });

  it('2025 married filing separately: $20,000 reduced over $250,000, never below $5,000', () => {
    expect(salt(2025, 250_000, 'marriedFilingSeparately').saltLimit.cents).toBe(2_000_000);
    expect(salt(2025, 260_000, 'marriedFilingSeparately').saltLimit.cents).toBe(1_700_000);
    expect(salt(2025, 300_000, 'marriedFilingSeparately').saltLimit.cents).toBe(500_000);
  });

  it('2026: $40,400 up to $505,000; $535,000 gives $40,400 − $9,000 = $31,400', () => {
    expect(salt(2026, 505_000).saltLimit.cents).toBe(4_040_000);
    expect(salt(2026, 535_000).saltLimit.cents).toBe(3_140_000);
    expect(salt(2026, 535_000).saltLimit.rules.map((r) => r.ruleId)).toEqual([
      'salt-cap/single/2026/pl-119-21',
      'salt-phase-down-threshold/single/2026',
      'salt-phase-down-rate/2025',
      'salt-floor/single/2025',
    ]);
  });
});

describe('standard against itemized for the owner', () => {
  // The demo owner: mortgage interest $9,600, property tax $5,400, gifts $1,200, no state income tax.
  const owner: Partial<ItemizedFacts> = {
    realEstateTaxCents: 540_000,
    mortgageInterestCents: 960_000,
    charitableCashCents: 120_000,
  };

  it('2026: the standard deduction and the non-itemizer gift deduction ($17,100) beat itemizing ($15,800) at $80,000 of AGI', () => {
    const result = compare({ itemized: owner });
    expect(result.standardDeduction.cents).toBe(1_610_000);
    expect(result.nonItemizerCharitable?.cents).toBe(100_000);
    expect(result.standardTotal.cents).toBe(1_710_000);
    expect(result.salt.cents).toBe(540_000);
    expect(result.mortgageInterest.cents).toBe(960_000);
    // $1,200 − 0.5% of $80,000 ($400) = $800.
    expect(result.charitable.cents).toBe(80_000);
    expect(result.itemizedTotal.cents).toBe(1_580_000);
    expect(result.chosen).toBe('STANDARD');
    expect(result.difference.cents).toBe(130_000);
  });

  it('takes the business part of the home already deducted on Schedule C out of Schedule A', () => {
    const result = compare({
      itemized: owner,
      businessUseOfHome: {
        mortgageInterestCents: 96_000,
        realEstateTaxCents: 54_000,
        how: '10% of the home',
      },
    });
    expect(result.salt.cents).toBe(486_000);
    expect(result.mortgageInterest.cents).toBe(864_000);
    expect(result.itemizedTotal.cents).toBe(486_000 + 864_000 + 80_000);
    expect(result.notes.join(' ')).toContain('deducted on Schedule C');
  });

  it('2024: no floor or non-itemizer deduction; itemizing $16,200 beats $14,600', () => {
    const result = compare({ taxYear: 2024, itemized: owner });
    expect(result.nonItemizerCharitable).toBeNull();
    expect(result.charitable.cents).toBe(120_000);
    expect(result.itemizedTotal.cents).toBe(1_620_000);
    expect(result.chosen).toBe('ITEMIZED');
    expect(result.deduction.cents).toBe(1_620_000);
    expect(result.difference.cents).toBe(160_000);
  });

  it('limits cash gifts to 60% of AGI', () => {
    const result = compare({
      taxYear: 2025,
      agiCents: 1_000_000,
      itemized: { charitableCashCents: 900_000 },
    });
    expect(result.charitable.cents).toBe(600_000);
    expect(result.notes.join(' ')).toContain('carry over');
  });

  it('limits mortgage interest to the share of the $750,000 acquisition debt limit', () => {
    const result = compare({
      itemized: { mortgageInterestCents: 6_000_000, mortgageAverageBalanceCents: 100_000_000 },
    });
    expect(result.mortgageInterest.cents).toBe(4_500_000);
  });

  it('an equal result keeps the standard deduction', () => {
    const result = compare({ taxYear: 2024, itemized: { mortgageInterestCents: 1_460_000 } });
    expect(result.chosen).toBe('STANDARD');
    expect(result.difference.cents).toBe(0);
  });

  it('refuses negative amounts', () => {
    expect(() => compare({ itemized: { mortgageInterestCents: -1 } })).toThrow(RangeError);
  });
});
