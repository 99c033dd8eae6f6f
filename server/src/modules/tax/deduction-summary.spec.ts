import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_SET } from '../../engines/tax-rules/index.js';
import { buildDeductionSummary, type DeductionInput } from './deduction-summary.js';

/** A small year of books, in cents: $50,000 of sales, $30,000 of goods, a few expenses. */
function books(overrides: Partial<DeductionInput> = {}): DeductionInput {
  return {
    taxYear: 2026,
    ruleSet: FEDERAL_RULE_SET,
    scheduleCLabels: {
      L9_CAR_AND_TRUCK: 'Line 9',
      L24B_MEALS: 'Line 24b',
      L18_OFFICE_EXPENSE: 'Line 18',
    },
    accounts: [
      {
        code: '4010',
        name: 'Sales',
        type: 'REVENUE',
        scheduleCLine: null,
        netDebitCents: -5_000_000,
      },
      {
        code: '5010',
        name: 'Materials',
        type: 'COGS',
        scheduleCLine: 'L4_COST_OF_GOODS_SOLD',
        netDebitCents: 3_000_000,
      },
      {
        code: '6020',
        name: 'Car and truck',
        type: 'EXPENSE',
        scheduleCLine: 'L9_CAR_AND_TRUCK',
        netDebitCents: 400_000,
      },
      {
        code: '6150',
        name: 'Meals',
        type: 'EXPENSE',
        scheduleCLine: 'L24B_MEALS',
        netDebitCents: 10_001,
      },
      {
        code: '6090',
        name: 'Office',
        type: 'EXPENSE',
        scheduleCLine: 'L18_OFFICE_EXPENSE',
        netDebitCents: 1_589_999,
      },
    ],
    booksThrough: '2026-12-31',
    carAndTruckByMonth: new Map([['2026-03', 400_000]]),
    uncategorized: { count: 0, cents: 0, firstOn: null, lastOn: null },
    profile: null,
    ...overrides,
  };
}

const profile = (
  p: Partial<NonNullable<DeductionInput['profile']>>,
): DeductionInput['profile'] => ({
  filingStatus: 'single',
  businessForm: 'sole proprietor',
  homeOffice: null,
  vehicle: null,
  equipment: [],
  note: '',
  ...p,
});

describe('buildDeductionSummary', () => {
  it('without a profile deducts the books as they are, meals at half, and names what is missing', () => {
    const summary = buildDeductionSummary(books());
    expect(summary.grossIncome.cents).toBe(2_000_000);
    expect(summary.meals?.cents).toBe(5_001); // $100.01 × 50% = $50.005, half a cent away from zero
    expect(summary.totalExpenses.cents).toBe(400_000 + 5_001 + 1_589_999);
    expect(summary.netProfit.cents).toBe(2_000_000 - 1_995_000);
    expect(summary.missedDeductions.map((m) => m.kind)).toEqual([
      'NO_MILEAGE_LOG',
      'NO_TAX_PROFILE',
    ]);
    expect(summary.missedDeductions[0]?.cents).toBe(400_000);
  });

  it('takes actual vehicle costs when they beat the mileage rate, and says why', () => {
    const summary = buildDeductionSummary(
      books({
        profile: profile({
          vehicle: {
            description: 'van',
            placedInServiceOn: '2026-01-02',
            totalMiles: 2_000,
            mileageLog: [{ on: '2026-03', miles: 1_000 }],
            costsOutsideBooks: [{ label: 'insurance', cents: 200_000 }],
          },
        }),
      }),
    );
    // standard: 1,000 × 72.5 cents = $725.00; actual: ($4,000 + $2,000) × 1,000 / 2,000 = $3,000.00
    expect(summary.vehicle?.standardMileage.cents).toBe(72_500);
    expect(summary.vehicle?.actualExpenses.cents).toBe(300_000);
    expect(summary.vehicle?.chosen).toBe('ACTUAL_EXPENSES');
    expect(summary.vehicle?.why).toContain('actual costs give $2,275.00 more');
    expect(summary.lines.find((l) => l.line === 'L9_CAR_AND_TRUCK')?.deduction.cents).toBe(300_000);
    expect(summary.vehicle?.deduction.rules.map((r) => r.ruleId)).toEqual([
      'mileage-business/2026',
    ]);
  });

  it('limits section 179 to the business income and carries the rest to next year', () => {
    const summary = buildDeductionSummary(
      books({
        profile: profile({
          equipment: [
            {
              description: 'kiln',
              costCents: 1_000_000,
              placedInServiceOn: '2026-05-01',
              businessUseBasisPoints: 10_000,
              listed: false,
              election: 'SECTION_179',
            },
          ],
        }),
      }),
    );
    // Business income before 179: $20,000.00 − $19,950.00 = $50.00.
    expect(summary.section179?.businessIncome.cents).toBe(5_000);
    expect(summary.section179?.deduction.cents).toBe(5_000);
    expect(summary.section179?.carryover.cents).toBe(995_000);
    expect(summary.tentativeProfit.cents).toBe(0);
  });

  it('takes the simplified home office when actual expenses are smaller, never above the income left', () => {
    const summary = buildDeductionSummary(
      books({
        accounts: books().accounts.filter((a) => a.code !== '6090'),
        profile: profile({
          homeOffice: {
            officeSquareFeet: 400,
            homeSquareFeet: 2_000,
            mortgageInterestAndTaxes: { direct: 0, indirect: 0 },
            operatingExpenses: { direct: 0, indirect: 100_000 },
            depreciationCents: 0,
          },
        }),
      }),
    );
    // 300 sq ft (of 400) × $5 = $1,500.00 against 20% of $1,000.00 = $200.00.
    expect(summary.homeOffice?.simplified.cents).toBe(150_000);
    expect(summary.homeOffice?.actual.cents).toBe(20_000);
    expect(summary.homeOffice?.chosen).toBe('SIMPLIFIED');
    expect(summary.homeOfficeDeduction.cents).toBe(150_000);
    expect(summary.homeOffice?.deduction.rules.map((r) => r.ruleId)).toEqual([
      'home-office-simplified-maximum-area/2013',
      'home-office-simplified-rate/2013',
    ]);
  });
});
