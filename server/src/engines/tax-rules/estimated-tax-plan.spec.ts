import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { projectOwnerTax, type OwnerTaxInput } from './estimated-tax-plan.js';

const NO_ITEMIZED = {
  stateAndLocalIncomeOrSalesTaxCents: 0,
  realEstateTaxCents: 0,
  personalPropertyTaxCents: 0,
  mortgageInterestCents: 0,
  mortgageAverageBalanceCents: null,
  charitableCashCents: 0,
};

const project = (input: Partial<OwnerTaxInput>) =>
  projectOwnerTax(FEDERAL_RULE_SET, {
    taxYear: 2025,
    filingStatus: 'single',
    netProfitCents: 8_000_000,
    itemized: NO_ITEMIZED,
    businessUseOfHome: null,
    priorYearTaxCents: 1_200_000,
    priorYearAgiCents: 7_000_000,
    rounding: 'cent',
    ...input,
  });

/**
 * Hand-computed from the cited rules (no Pub 505 worked example with a 2024 or 2025 worksheet could
 * be read here): a single owner with $80,000 of 2025 net profit and nothing else.
 */
describe('the owner’s projected tax and estimated payments', () => {
  it('$80,000 of 2025 net profit, single: SE tax $11,303.64, AGI $74,348.18, QBI $11,719.64, income tax $5,386.92, total $16,690.56', () => {
    const p = project({});
    // Schedule SE: $80,000 × 92.35% = $73,880; × 12.4% = $9,161.12; × 2.9% = $2,142.52.
    expect(p.selfEmployment.selfEmploymentTax.cents).toBe(1_130_364);
    expect(p.selfEmployment.deductibleHalf.cents).toBe(565_182);
    expect(p.adjustedGrossIncome.cents).toBe(7_434_818);
    expect(p.deductions.chosen).toBe('STANDARD');
    expect(p.deductions.deduction.cents).toBe(1_575_000);
    expect(p.taxableIncomeBeforeQbi.cents).toBe(5_859_818);
    // QBI $74,348.18 × 20% = $14,869.64; taxable income $58,598.18 × 20% = $11,719.64 (smaller).
    expect(p.qbi.status).toBe('BELOW_THRESHOLD');
    expect(p.qbi.qualifiedBusinessIncome.cents).toBe(7_434_818);
    expect(p.qbi.deduction.cents).toBe(1_171_964);
    expect(p.taxableIncome.cents).toBe(4_687_854);
    // $1,192.50 + 12% × $34,953.54 = $5,386.9248.
    expect(p.incomeTax.tax.cents).toBe(538_692);
    expect(p.totalTax.cents).toBe(1_669_056);
    expect(p.selfEmployment.additionalMedicareTax.cents).toBe(0);
  });

  it('the required annual payment is the smaller safe harbor: 100% of last year’s $12,000 against 90% of $16,690.56', () => {
    const plan = project({}).estimatedTax;
    expect(plan.currentYearOption.cents).toBe(1_502_150);
    expect(plan.priorYearOption?.cents).toBe(1_200_000);
    expect(plan.basis).toBe('priorYear');
    expect(plan.installments.map((i) => [i.dueDate, i.amount.cents])).toEqual([
      ['2025-04-15', 300_000],
      ['2025-06-16', 300_000],
      ['2025-09-15', 300_000],
      ['2026-01-15', 300_000],
    ]);
  });

  it('the 2025 projection made before P.L. 119-21 (as known on 2025-07-03) uses the $15,000 standard deduction and owes more', () => {
    const before = project({ asKnownOn: '2025-07-03' });
    const after = project({});
    expect(before.deductions.standardDeduction.cents).toBe(1_500_000);
    // $750 more taxable income before QBI, 80% of it taxable after the QBI deduction, at 12%.
    expect(before.taxableIncome.cents - after.taxableIncome.cents).toBe(60_000);
    expect(before.incomeTax.tax.cents - after.incomeTax.tax.cents).toBe(7_200);
  });

  it('over the § 199A threshold the deduction is left out and said to be not modelled', () => {
    const p = project({ netProfitCents: 40_000_000 });
    expect(p.qbi.status).toBe('ABOVE_THRESHOLD_NOT_MODELLED');
    expect(p.qbi.deduction.cents).toBe(0);
    expect(p.notes.join(' ')).toContain('not modelled');
    // Over the 2025 wage base: SE tax 12.4% × $176,100 + 2.9% × $369,400 = $21,836.40 + $10,712.60.
    expect(p.selfEmployment.selfEmploymentTax.cents).toBe(2_183_640 + 1_071_260);
    // Additional Medicare: 0.9% × ($369,400 − $200,000) = $1,524.60.
    expect(p.selfEmployment.additionalMedicareTax.cents).toBe(152_460);
    expect(p.totalTax.cents).toBe(p.incomeTax.tax.cents + 2_183_640 + 1_071_260 + 152_460);
  });

  it('a loss owes no tax and has no QBI deduction', () => {
    const p = project({ netProfitCents: -500_000 });
    expect(p.qbi.status).toBe('NO_QBI');
    expect(p.totalTax.cents).toBe(0);
    expect(p.estimatedTax.paymentsRequired).toBe(false);
  });

  it('every figure names the rule-set version and its rules', () => {
    const p = project({});
    expect(p.ruleSetVersion).toBe('us-federal/2026-12-03.3');
    const ids = p.rulesUsed.map((r) => r.ruleId);
    expect(ids).toContain('income-tax-bracket-top-2/single/2025');
    expect(ids).toContain('qbi-threshold/single/2025');
    expect(ids).toContain('standard-deduction/single/2025/pl-119-21');
    expect(ids).toContain('estimated-tax-prior-year-share/2010');
  });
});
