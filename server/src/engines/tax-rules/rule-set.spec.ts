import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { rational } from './rational.js';
import { findRule, ruleById, RuleNotFoundError, validateRuleSet, valueOf } from './rule-set.js';
import type { RuleSet, TaxRule } from './types.js';

const cents = (rule: TaxRule) => valueOf(rule, 'cents').cents;

describe('the federal rule set', () => {
  it('is consistent: unique ids, valid ranges, the right kind of value, a citation and a source for every rule', () => {
    expect(validateRuleSet(FEDERAL_RULE_SET)).toEqual([]);
  });

  it('holds each year’s Social Security wage base, 2024 to 2026', () => {
    const base = (date: string) =>
      cents(findRule(FEDERAL_RULE_SET, 'selfEmployment.socialSecurityWageBase', date));
    expect(base('2024-06-30')).toBe(16_860_000);
    expect(base('2025-01-01')).toBe(17_610_000);
    expect(base('2026-12-31')).toBe(18_450_000);
  });

  it('reports a year it has no figure for instead of guessing', () => {
    expect(() =>
      findRule(FEDERAL_RULE_SET, 'selfEmployment.socialSecurityWageBase', '2027-01-01'),
    ).toThrow(RuleNotFoundError);
    expect(() => findRule(FEDERAL_RULE_SET, 'section179.dollarLimit', '2023-05-01')).toThrow(
      /no section179.dollarLimit for 2023-05-01/,
    );
  });

  it('applies 2025’s retroactive Section 179 increase, yet still finds the law as it stood before July 4, 2025', () => {
    const limit = (asKnownOn?: string) =>
      findRule(
        FEDERAL_RULE_SET,
        'section179.dollarLimit',
        '2025-03-10',
        asKnownOn ? { asKnownOn } : {},
      );
    expect(limit().id).toBe('section-179-dollar-limit/2025/pl-119-21');
    expect(cents(limit())).toBe(250_000_000);
    expect(cents(limit('2025-07-03'))).toBe(125_000_000);
    expect(cents(limit('2025-07-04'))).toBe(250_000_000);
    const threshold = findRule(FEDERAL_RULE_SET, 'section179.phaseOutThreshold', '2025-12-31');
    expect(cents(threshold)).toBe(400_000_000);
  });

  it('looks the mileage rate up by the day driven: 2022’s rate changed on July 1', () => {
    const rate = (date: string) =>
      valueOf(
        findRule(FEDERAL_RULE_SET, 'vehicle.businessStandardMileageRate', date),
        'centsPerUnit',
      ).centsPerUnit;
    expect(rate('2022-06-30')).toEqual(rational(117, 2));
    expect(rate('2022-07-01')).toEqual(rational(125, 2));
    expect(rate('2026-03-01')).toEqual(rational(145, 2));
  });

  it('keeps where each figure was read, for the console to show behind a "why"', () => {
    const rule = ruleById(FEDERAL_RULE_SET, 'mileage-business/2026');
    expect(rule?.citation.title).toBe('Notice 2026-10 (IR-2025-128), 2026 standard mileage rates');
    expect(rule?.readAt[0]?.quote).toContain('72.5 cents per mile driven for business use');
    expect(ruleById(FEDERAL_RULE_SET, 'nope')).toBeUndefined();
  });

  it('picks the Additional Medicare threshold by filing status', () => {
    const threshold = (
      filingStatus: 'marriedFilingJointly' | 'marriedFilingSeparately' | 'single',
    ) =>
      cents(
        findRule(FEDERAL_RULE_SET, 'additionalMedicare.threshold', '2026-12-31', { filingStatus }),
      );
    expect(threshold('marriedFilingJointly')).toBe(25_000_000);
    expect(threshold('marriedFilingSeparately')).toBe(12_500_000);
    expect(threshold('single')).toBe(20_000_000);
    expect(() => findRule(FEDERAL_RULE_SET, 'additionalMedicare.threshold', '2026-12-31')).toThrow(
      RuleNotFoundError,
    );
  });
});

describe('rule-set validation', () => {
  const base = findRule(FEDERAL_RULE_SET, 'selfEmployment.socialSecurityWageBase', '2025-05-01');

  it('catches overlapping rules, a value of the wrong kind and a reused id', () => {
    const broken: RuleSet = {
      version: 'test',
      holidays: [],
      rules: [
        base,
        { ...base, effective: { from: '2025-12-01', to: '2026-01-31' } },
        { ...base, id: 'x', concept: 'selfEmployment.medicareRate' },
      ],
    };
    const problems = validateRuleSet(broken);
    expect(problems).toContain('duplicate rule id ss-wage-base/2025');
    expect(problems).toContain('x: selfEmployment.medicareRate needs a ratio value');
    expect(problems.some((p) => p.includes('overlap with the same enactment date'))).toBe(true);
  });

  it('refuses to choose between two rules that govern the same day with the same standing', () => {
    const tied: RuleSet = {
      version: 'test',
      holidays: [],
      rules: [base, { ...base, id: 'other' }],
    };
    expect(() => findRule(tied, 'selfEmployment.socialSecurityWageBase', '2025-05-01')).toThrow(
      /all govern/,
    );
  });
});
