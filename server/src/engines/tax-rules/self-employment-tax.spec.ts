import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { RuleNotFoundError } from './rule-set.js';
import { computeSelfEmploymentTax, type SelfEmploymentTaxInput } from './self-employment-tax.js';

/**
 * Hand-computed from the cited rules (Schedule SE lines 4a-13, Form 8959 Parts I-II): no IRS worked
 * example with these lines could be read here.
 */
const se = (input: Partial<SelfEmploymentTaxInput>) =>
  computeSelfEmploymentTax(FEDERAL_RULE_SET, {
    taxYear: 2025,
    filingStatus: 'single',
    netProfitCents: 0,
    rounding: 'cent',
    ...input,
  });

describe('self-employment tax (Schedule SE)', () => {
  it('taxes 92.35% of a $50,000 profit at 12.4% + 2.9%, and deducts half', () => {
    const result = se({ netProfitCents: 5_000_000 });
    expect(result.netEarnings.cents).toBe(4_617_500);
    expect(result.socialSecurityTax.cents).toBe(572_570);
    expect(result.medicareTax.cents).toBe(133_908); // 1,339.075 rounded half up
    expect(result.selfEmploymentTax.cents).toBe(706_478);
    expect(result.deductibleHalf.cents).toBe(353_239);
    expect(result.additionalMedicareTax.cents).toBe(0);
  });

  it('rounds every line to whole dollars when asked, as a whole-dollar return would', () => {
    const result = se({ netProfitCents: 5_000_000, rounding: 'wholeDollar' });
    expect(result.socialSecurityTax.cents).toBe(572_600);
    expect(result.medicareTax.cents).toBe(133_900);
    expect(result.selfEmploymentTax.cents).toBe(706_500);
    expect(result.deductibleHalf.cents).toBe(353_300); // $3,532.50 -> $3,533
  });

  it('charges social security only on the wage base the W-2 wages left, each year its own base', () => {
    const input = {
      netProfitCents: 10_000_000,
      socialSecurityWagesCents: 15_000_000,
      medicareWagesCents: 15_000_000,
    };
    const y2024 = se({ ...input, taxYear: 2024 });
    expect(y2024.wageBaseRemaining.cents).toBe(1_860_000); // 168,600 - 150,000
    expect(y2024.socialSecurityTax.cents).toBe(230_640);
    expect(y2024.medicareTax.cents).toBe(267_815);
    expect(y2024.deductibleHalf.cents).toBe(249_228); // 4,984.55 / 2 = 2,492.275
    const y2026 = se({ ...input, taxYear: 2026 });
    expect(y2026.wageBaseRemaining.cents).toBe(3_450_000); // 184,500 - 150,000
    expect(y2026.socialSecurityTax.cents).toBe(427_800);
  });

  it('stops social security at the 2026 wage base and adds the Additional Medicare Tax over the single threshold', () => {
    const single = se({ taxYear: 2026, netProfitCents: 25_000_000 });
    expect(single.netEarnings.cents).toBe(23_087_500);
    expect(single.socialSecurityTax.cents).toBe(2_287_800); // 184,500 x 12.4%
    expect(single.medicareTax.cents).toBe(669_538);
    expect(single.additionalMedicareOnSelfEmployment.cents).toBe(27_788); // 30,875 x 0.9% = 277.875
    const joint = se({
      taxYear: 2026,
      netProfitCents: 25_000_000,
      filingStatus: 'marriedFilingJointly',
    });
    expect(joint.additionalMedicareTax.cents).toBe(0);
  });

  it('lowers the Additional Medicare threshold for self-employment income by the Medicare wages (Form 8959 Part II)', () => {
    const result = se({ netProfitCents: 5_000_000, medicareWagesCents: 18_000_000 });
    expect(result.additionalMedicareOnWages.cents).toBe(0);
    expect(result.additionalMedicareOnSelfEmployment.cents).toBe(23_558); // (46,175 - 20,000) x 0.9%
    const overWages = se({ netProfitCents: 0, medicareWagesCents: 21_000_000 });
    expect(overWages.additionalMedicareOnWages.cents).toBe(9_000);
  });

  it('owes nothing when net earnings are under $400, and nothing on a loss', () => {
    const under = se({ netProfitCents: 43_300 }); // 399.88
    expect(under.owesSelfEmploymentTax).toBe(false);
    expect(under.selfEmploymentTax.cents).toBe(0);
    const over = se({ netProfitCents: 43_400 }); // 400.80
    expect(over.owesSelfEmploymentTax).toBe(true);
    expect(over.selfEmploymentTax.cents).toBe(4_970 + 1_162);
    const loss = se({ netProfitCents: -500_000 });
    expect(loss.netEarnings.cents).toBe(-500_000);
    expect(loss.selfEmploymentTax.cents).toBe(0);
  });

  it('says why: each figure names its rules, their rule-set version and citation', () => {
    const result = se({ netProfitCents: 5_000_000 });
    expect(result.ruleSetVersion).toBe(FEDERAL_RULE_SET.version);
    expect(result.socialSecurityTax.formula).toBe(
      'smaller of net earnings $46,175.00 and line 9 $176,100.00, × 12.4% (line 10)',
    );
    const ids = result.socialSecurityTax.rules.map((r) => r.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'se-net-earnings-factor/1990',
        'ss-wage-base/2025',
        'se-social-security-rate/2013',
      ]),
    );
    const wageBase = result.rulesUsed.find((r) => r.ruleId === 'ss-wage-base/2025');
    expect(wageBase).toMatchObject({
      value: '$176,100.00',
      ruleSetVersion: FEDERAL_RULE_SET.version,
      citation: { url: 'https://www.ssa.gov/oact/cola/cbb.html' },
    });
  });

  it('refuses a tax year whose wage base is not in the rule set', () => {
    expect(() => se({ taxYear: 2027, netProfitCents: 100 })).toThrow(RuleNotFoundError);
  });
});
