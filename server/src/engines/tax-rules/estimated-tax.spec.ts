import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from './data/federal-rule-set.js';
import {
  checkEstimatedPayments,
  planEstimatedTax,
  type EstimatedTaxPlanInput,
} from './estimated-tax.js';

const plan = (input: Partial<EstimatedTaxPlanInput>) =>
  planEstimatedTax(FEDERAL_RULE_SET, {
    taxYear: 2026,
    filingStatus: 'single',
    expectedTaxCents: 0,
    priorYearTaxCents: null,
    priorYearAgiCents: null,
    rounding: 'cent',
    ...input,
  });

describe('required annual payment (Pub 505)', () => {
  it('Pub 505 (2012), "Figuring Your Required Annual Payment", Example: Lori Lane owes $12,400, the smaller of 100% of 2011 tax and 90% of 2012 tax ($19,751)', () => {
    const lori = plan({
      taxYear: 2012,
      expectedTaxCents: 2_194_600,
      priorYearTaxCents: 1_240_000,
      priorYearAgiCents: 15_000_000, // "Her AGI was not more than $150,000"
      expectedWithholdingCents: 160_000,
      rounding: 'wholeDollar',
    });
    expect(lori.currentYearOption.cents).toBe(1_975_100);
    expect(lori.priorYearOption?.cents).toBe(1_240_000);
    expect(lori.requiredAnnualPayment.cents).toBe(1_240_000);
    expect(lori.basis).toBe('priorYear');
    expect(lori.paymentsRequired).toBe(true);
  });

  it('Pub 505 (2010) Example: Ivy Fields, 90% of $21,546 is $19,391, so 100% of her 2009 tax ($12,400) is required', () => {
    const ivy = plan({
      taxYear: 2010,
      expectedTaxCents: 2_154_600,
      priorYearTaxCents: 1_240_000,
      priorYearAgiCents: 10_000_000,
      rounding: 'wholeDollar',
    });
    expect(ivy.currentYearOption.cents).toBe(1_939_100);
    expect(ivy.requiredAnnualPayment.cents).toBe(1_240_000);
  });

  it('requires 110% of last year’s tax only when last year’s AGI was MORE THAN $150,000', () => {
    const base = { expectedTaxCents: 5_000_000, priorYearTaxCents: 2_000_000 };
    expect(plan({ ...base, priorYearAgiCents: 15_000_000 }).requiredAnnualPayment.cents).toBe(
      2_000_000,
    );
    const high = plan({ ...base, priorYearAgiCents: 15_000_001 });
    expect(high.requiredAnnualPayment.cents).toBe(2_200_000);
    expect(high.requiredAnnualPayment.rules.map((r) => r.ruleId)).toContain(
      'estimated-tax-prior-year-share-high-income/2010',
    );
  });

  it('uses the $75,000 threshold when married filing separately', () => {
    const separate = plan({
      filingStatus: 'marriedFilingSeparately',
      expectedTaxCents: 5_000_000,
      priorYearTaxCents: 2_000_000,
      priorYearAgiCents: 8_000_000,
    });
    expect(separate.requiredAnnualPayment.cents).toBe(2_200_000);
    expect(
      plan({
        expectedTaxCents: 5_000_000,
        priorYearTaxCents: 2_000_000,
        priorYearAgiCents: 8_000_000,
      }).requiredAnnualPayment.cents,
    ).toBe(2_000_000);
  });

  it('takes 90% of this year when that is smaller, and only that with no prior-year return', () => {
    const smaller = plan({
      expectedTaxCents: 1_000_000,
      priorYearTaxCents: 2_000_000,
      priorYearAgiCents: 9_000_000,
    });
    expect(smaller.basis).toBe('currentYear');
    expect(smaller.requiredAnnualPayment.cents).toBe(900_000);
    const firstYear = plan({ expectedTaxCents: 1_000_000 });
    expect(firstYear.priorYearOption).toBeNull();
    expect(firstYear.requiredAnnualPayment.cents).toBe(900_000);
  });

  it('needs last year’s AGI whenever last year’s tax is given', () => {
    expect(() => plan({ expectedTaxCents: 100_000, priorYearTaxCents: 50_000 })).toThrow(
      /AGI is needed/,
    );
  });

  it('requires no estimated payments when less than $1,000 would be owed after withholding', () => {
    const small = plan({ expectedTaxCents: 500_000, expectedWithholdingCents: 410_000 });
    expect(small.paymentsRequired).toBe(false);
    expect(small.paymentsRequiredReason).toBe(
      'expected tax after withholding $900.00 is less than $1,000.00',
    );
    expect(
      plan({ expectedTaxCents: 500_000, expectedWithholdingCents: 400_000 }).paymentsRequired,
    ).toBe(true);
  });
});

describe('installments and due dates', () => {
  it('splits the payments in four that add up to the cent and puts the 2026 dates on business days', () => {
    const result = plan({ expectedTaxCents: 1_111_223 }); // 90% = $10,001.01 (10,001.007 rounded)
    expect(result.estimatedPaymentsDue.cents).toBe(1_000_101);
    expect(result.installments.map((i) => i.amount.cents)).toEqual([
      250_025, 250_025, 250_025, 250_026,
    ]);
    expect(result.installments.map((i) => i.dueDate)).toEqual([
      '2026-04-15',
      '2026-06-15',
      '2026-09-15',
      '2027-01-15',
    ]);
    expect(result.installments[3]?.cumulative.cents).toBe(1_000_101);
  });

  it('moves 2025’s June 15 (a Sunday) to June 16, and 2023’s January 15, 2024 (Martin Luther King Jr. Day) to January 16', () => {
    expect(
      plan({ taxYear: 2025, expectedTaxCents: 100_000 }).installments.map((i) => i.dueDate),
    ).toEqual(['2025-04-15', '2025-06-16', '2025-09-15', '2026-01-15']);
    const y2023 = plan({ taxYear: 2023, expectedTaxCents: 100_000 });
    expect(y2023.installments[3]?.nominalDueDate).toBe('2024-01-15');
    expect(y2023.installments[3]?.dueDate).toBe('2024-01-16');
    expect(y2023.installments[3]?.cumulative.formula).toContain(
      "2024-01-15 Dr. Martin Luther King, Jr.'s Birthday",
    );
  });

  it('moves 2012’s first installment past Sunday April 15 and Emancipation Day (Monday April 16) to April 17', () => {
    expect(plan({ taxYear: 2012, expectedTaxCents: 100_000 }).installments[0]?.dueDate).toBe(
      '2012-04-17',
    );
  });
});

describe('underpayment warning', () => {
  const lori = plan({
    taxYear: 2012,
    expectedTaxCents: 2_194_600,
    priorYearTaxCents: 1_240_000,
    priorYearAgiCents: 15_000_000,
    expectedWithholdingCents: 160_000,
    rounding: 'wholeDollar',
  });

  it('warns when payments fall behind the installments due: Lori paid $1,000 a quarter against $2,700', () => {
    expect(lori.installments.map((i) => i.amount.cents)).toEqual([
      270_000, 270_000, 270_000, 270_000,
    ]);
    const check = checkEstimatedPayments(
      lori,
      [
        { date: '2012-04-17', cents: 100_000 },
        { date: '2012-06-15', cents: 100_000 },
      ],
      '2012-07-01',
    );
    expect(check.behind).toBe(true);
    expect(check.due.map((d) => d.shortfall)).toEqual([170_000, 340_000]);
    expect(check.warnings[0]).toBe(
      'Installment 1 (due 2012-04-17): $1,000.00 paid of $2,700.00 required by then, $1,700.00 short; an underpayment penalty may apply (Form 2210).',
    );
    expect(check.next).toMatchObject({ number: 3, dueDate: '2012-09-17' });
  });

  it('counts a late payment only toward later installments, and is quiet once caught up', () => {
    const late = checkEstimatedPayments(
      lori,
      [{ date: '2012-04-18', cents: 540_000 }],
      '2012-06-30',
    );
    expect(late.due.map((d) => d.shortfall)).toEqual([270_000, 0]);
    const onTime = checkEstimatedPayments(
      lori,
      [{ date: '2012-04-10', cents: 540_000 }],
      '2012-06-30',
    );
    expect(onTime.behind).toBe(false);
    expect(onTime.warnings).toEqual([]);
  });
});
