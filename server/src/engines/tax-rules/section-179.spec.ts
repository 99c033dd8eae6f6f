import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import { rational } from './rational.js';
import {
  computeSection179,
  Section179InputError,
  type Section179Input,
  type Section179Property,
} from './section-179.js';
import type { RuleSet, TaxRule } from './types.js';

const machine = (
  costCents: number,
  placedInService: string,
  extra: Partial<Section179Property> = {},
): Section179Property => ({
  description: 'machinery',
  costCents,
  placedInService,
  businessUse: rational(1),
  listed: false,
  ...extra,
});

const run = (input: Partial<Section179Input>, ruleSet: RuleSet = FEDERAL_RULE_SET) =>
  computeSection179(ruleSet, {
    taxYear: 2024,
    properties: [],
    businessIncomeCents: 1_000_000_000,
    rounding: 'cent',
    ...input,
  });

/**
 * Pub 946 (2023), chapter 2, "Dollar Limits", Example, read at
 * http://143.47.35.158/author/cristiananthony/page/14032: "In 2023, Jane Ash placed in service
 * machinery costing $2,940,000. This cost is $50,000 more than $2,890,000, so Jane must reduce the
 * dollar limit to $1,110,000 ($1,160,000 − $50,000)." 2023 is not in the shipped rule set, so the
 * example's own two figures are the test's rules.
 */
function ruleSetFor2023(): RuleSet {
  const template = FEDERAL_RULE_SET.rules.find(
    (r) => r.id === 'section-179-dollar-limit/2024',
  ) as TaxRule;
  const year2023 = {
    taxYear: 2023,
    effective: { from: '2023-01-01', to: '2023-12-31' },
    enacted: undefined,
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Publication 946 (2023), How To Depreciate Property',
      section: 'Chapter 2, Dollar Limits, Example',
      url: 'http://143.47.35.158/author/cristiananthony/page/14032',
      published: '2023',
    },
  };
  return {
    version: 'test/pub-946-2023',
    holidays: [],
    rules: [
      ...FEDERAL_RULE_SET.rules.filter(
        (r) => r.concept === 'section179.listedPropertyBusinessUseFloor',
      ),
      { ...template, ...year2023, id: 'limit/2023', value: { kind: 'cents', cents: 116_000_000 } },
      {
        ...template,
        ...year2023,
        id: 'threshold/2023',
        concept: 'section179.phaseOutThreshold',
        value: { kind: 'cents', cents: 289_000_000 },
      },
    ],
  };
}

describe('Section 179 (Form 4562 Part I)', () => {
  it('Pub 946 (2023) Example: Jane Ash’s $2,940,000 of machinery is $50,000 over the threshold, so her dollar limit is $1,110,000', () => {
    const jane = run(
      { taxYear: 2023, properties: [machine(294_000_000, '2023-05-01')] },
      ruleSetFor2023(),
    );
    expect(jane.reduction.cents).toBe(5_000_000);
    expect(jane.dollarLimitation.cents).toBe(111_000_000);
    expect(jane.deduction.cents).toBe(111_000_000);
  });

  it('limits the deduction to business income and carries the rest forward (the Minnesota Revenue example’s figures: $100,000 elected, $80,000 income)', () => {
    const mack = run({
      properties: [machine(10_000_000, '2024-06-01')],
      businessIncomeCents: 8_000_000,
    });
    expect(mack.tentativeDeduction.cents).toBe(10_000_000);
    expect(mack.deduction.cents).toBe(8_000_000);
    expect(mack.carryoverOut.cents).toBe(2_000_000);
  });

  it('uses a carryover from earlier years when this year’s income allows it', () => {
    const next = run({
      properties: [machine(9_000_000, '2024-02-01')],
      carryoverFromPriorYearsCents: 2_000_000,
      businessIncomeCents: 10_000_000,
    });
    expect(next.deduction.cents).toBe(10_000_000);
    expect(next.carryoverOut.cents).toBe(1_000_000);
  });

  it('gives nothing on a business loss, carrying the whole election forward', () => {
    const loss = run({
      properties: [machine(500_000, '2024-02-01')],
      businessIncomeCents: -300_000,
    });
    expect(loss.businessIncomeLimitation.cents).toBe(0);
    expect(loss.deduction.cents).toBe(0);
    expect(loss.carryoverOut.cents).toBe(500_000);
  });

  it('enrolled-agent exam notes, 2024 phase-out example: $3,250,000 of property is $200,000 over $3,050,000, leaving $1,020,000', () => {
    // Read at https://open-exam-prep.com/exams/ea/depreciation-asset-treatment/section-179-expense
    expect(run({ properties: [machine(325_000_000, '2024-04-01')] }).dollarLimitation.cents).toBe(
      102_000_000,
    );
  });

  it('phases the 2024 limit out dollar for dollar above $3,050,000, to nothing at $4,270,000', () => {
    expect(run({ properties: [machine(305_000_000, '2024-03-01')] }).dollarLimitation.cents).toBe(
      122_000_000,
    );
    expect(run({ properties: [machine(305_000_100, '2024-03-01')] }).dollarLimitation.cents).toBe(
      121_999_900,
    );
    expect(run({ properties: [machine(427_000_000, '2024-03-01')] }).dollarLimitation.cents).toBe(
      0,
    );
  });

  it('applies 2025’s retroactive $2,500,000 / $4,000,000, or Rev. Proc. 2024-40’s $1,250,000 / $3,130,000 as the law stood before July 4, 2025', () => {
    const properties = [machine(320_000_000, '2025-03-01')];
    const now = run({ taxYear: 2025, properties });
    expect(now.maximumAmount.cents).toBe(250_000_000);
    expect(now.reduction.cents).toBe(0);
    expect(now.deduction.cents).toBe(250_000_000);
    expect(now.maximumAmount.rules[0]).toMatchObject({
      ruleId: 'section-179-dollar-limit/2025/pl-119-21',
      citation: { published: '2025-07-04' },
    });
    const before = run({ taxYear: 2025, properties, asKnownOn: '2025-06-30' });
    expect(before.reduction.cents).toBe(7_000_000);
    expect(before.dollarLimitation.cents).toBe(118_000_000);
  });

  it('uses 2026’s $2,560,000 limit and $4,090,000 threshold', () => {
    const result = run({ taxYear: 2026, properties: [machine(420_000_000, '2026-08-01')] });
    expect(result.reduction.cents).toBe(11_000_000);
    expect(result.dollarLimitation.cents).toBe(245_000_000);
  });

  it('counts only the business-use share of cost, and refuses listed property used 50% or less in the business', () => {
    const car = (share: number) =>
      run({
        properties: [
          machine(6_000_000, '2024-09-01', {
            description: 'truck',
            listed: true,
            businessUse: rational(share, 100),
          }),
        ],
      });
    const half = car(50);
    expect(half.properties[0]?.qualifies).toBe(false);
    expect(half.properties[0]?.reason).toBe(
      'listed property used 50% in the business, not more than 50%: no section 179 deduction',
    );
    expect(half.deduction.cents).toBe(0);
    const mostly = car(60);
    expect(mostly.properties[0]?.businessCost.cents).toBe(3_600_000);
    expect(mostly.deduction.cents).toBe(3_600_000);
    expect(mostly.rulesUsed.map((r) => r.ruleId)).toContain(
      'section-179-listed-property-business-use-floor/2020',
    );
  });

  it('refuses property placed in service in another year and an election above the business cost', () => {
    expect(() => run({ properties: [machine(100, '2025-01-01')] })).toThrow(Section179InputError);
    expect(() => run({ properties: [machine(100, '2024-01-01', { electedCents: 101 })] })).toThrow(
      /not between/,
    );
  });
});
