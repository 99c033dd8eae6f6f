import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { EstimatedTaxPlanService, type EstimatedTaxPlanReport } from './estimated-tax-plan.js';
import { TaxService } from './tax.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let seeded: SeededServices;
let service: EstimatedTaxPlanService;
let plan2026: EstimatedTaxPlanReport;
let plan2025: EstimatedTaxPlanReport;

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'estimated-tax-plan-spec' });
  service = new EstimatedTaxPlanService(
    seeded.db.dataSource,
    new TaxService(seeded.db.dataSource),
    { now: () => NOW },
  );
  plan2026 = await service.plan(seeded.ctx.workspaceId, 2026);
  plan2025 = await service.plan(seeded.ctx.workspaceId, 2025);
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('the estimated tax plan on the demo books (2026, books through 2026-11-22)', () => {
  it('annualises the profit that accrues by the day and keeps Section 179 and the home office whole', () => {
    expect(plan2026.asOf).toBe('2026-11-26');
    expect(plan2026.booksThrough).toBe('2026-11-22');
    expect(plan2026.netProfitBasis).toBe('LEDGER_ANNUALISED');
    expect(plan2026.netProfitToDate.cents).toBe(5_811_829);
    // ($61,549.20 + $3,675.00) × 365 / 326 = $73,027.10, − $3,675.00 − $3,430.91.
    expect(plan2026.projectedNetProfit.cents).toBe(6_592_119);
  });

  it('projects SE tax $9,314.37, AGI $61,264.00, QBI $8,832.80, income tax $3,991.74: $13,306.11 in all', () => {
    const p = plan2026.projection;
    expect(p.filingStatus).toBe('single');
    expect(p.selfEmployment.selfEmploymentTax.cents).toBe(931_437);
    expect(p.selfEmployment.deductibleHalf.cents).toBe(465_719);
    expect(p.selfEmployment.additionalMedicareTax.cents).toBe(0);
    expect(p.adjustedGrossIncome.cents).toBe(6_126_400);
    expect(p.taxableIncomeBeforeQbi.cents).toBe(4_416_400);
    expect(p.qbi.status).toBe('BELOW_THRESHOLD');
    expect(p.qbi.deduction.cents).toBe(883_280);
    expect(p.taxableIncome.cents).toBe(3_533_120);
    // $12,400 × 10% + $22,931.20 × 12%.
    expect(p.incomeTax.tax.cents).toBe(399_174);
    expect(p.totalTax.cents).toBe(1_330_611);
  });

  it('standard ($16,100 + $1,000 of gifts for non-itemizers) beats itemizing ($14,393.68) by $2,706.32, the home office share left out of Schedule A', () => {
    const d = plan2026.projection.deductions;
    expect(d.standardTotal.cents).toBe(1_710_000);
    // $5,400 − 10% deducted on Form 8829; $9,600 − 10%; $1,200 − 0.5% of AGI ($306.32).
    expect(d.salt.cents).toBe(486_000);
    expect(d.mortgageInterest.cents).toBe(864_000);
    expect(d.charitable.cents).toBe(89_368);
    expect(d.itemizedTotal.cents).toBe(1_439_368);
    expect(d.chosen).toBe('STANDARD');
    expect(d.difference.cents).toBe(270_632);
    expect(d.saltPaid.formula).toContain('140 of 1,400 sq ft');
  });

  it("requires 100% of last year's $11,843 (smaller than 90% of $13,306.11): four installments of $2,960.75", () => {
    const e = plan2026.projection.estimatedTax;
    expect(e.currentYearOption.cents).toBe(1_197_550);
    expect(e.priorYearOption?.cents).toBe(1_184_300);
    expect(e.basis).toBe('priorYear');
    expect(plan2026.installments.map((i) => [i.dueDate, i.amount.cents, i.status])).toEqual([
      ['2026-04-15', 296_075, 'PAID'],
      ['2026-06-15', 296_075, 'PAID'],
      ['2026-09-15', 296_075, 'SHORT'],
      ['2027-01-15', 296_075, 'UPCOMING'],
    ]);
  });

  it('warns that the third installment is $960.75 short', () => {
    expect(plan2026.paidToDateCents).toBe(792_150);
    expect(plan2026.payments.map((p) => [p.paidOn, p.amountCents])).toEqual([
      ['2026-04-14', 296_075],
      ['2026-06-12', 296_075],
      ['2026-09-15', 200_000],
    ]);
    expect(plan2026.installments[2]).toMatchObject({ paidByDueDate: 792_150, shortfall: 96_075 });
    expect(plan2026.check.behind).toBe(true);
    expect(plan2026.warnings).toEqual([
      'Installment 3 (due 2026-09-15): $7,921.50 paid of $8,882.25 required by then, $960.75 short; an underpayment penalty may apply (Form 2210).',
    ]);
  });

  it('every figure names the rule set and its rules', () => {
    expect(plan2026.ruleSetVersion).toBe('us-federal/2026-12-03.3');
    const ids = plan2026.projection.rulesUsed.map((r) => r.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'standard-deduction/single/2026',
        'charitable-non-itemizer/single/2026',
        'qbi-threshold/single/2026',
        'income-tax-bracket-top-1/single/2026',
        'estimated-tax-prior-year-share/2010',
      ]),
    );
  });
});

describe('a past year and a given profit', () => {
  it('2025 takes the full year as booked: 90% of $10,111.94 is under last year’s $10,210, and four payments of $2,552.50 cover it', () => {
    expect(plan2025.netProfitBasis).toBe('LEDGER_FULL_YEAR');
    expect(plan2025.projectedNetProfit.cents).toBe(5_146_097);
    expect(plan2025.projection.totalTax.cents).toBe(1_011_194);
    expect(plan2025.projection.deductions.standardDeduction.cents).toBe(1_575_000);
    expect(plan2025.projection.estimatedTax.requiredAnnualPayment.cents).toBe(910_075);
    expect(plan2025.projection.estimatedTax.basis).toBe('currentYear');
    expect(plan2025.paidToDateCents).toBe(1_021_000);
    expect(plan2025.installments.every((i) => i.status === 'PAID')).toBe(true);
    expect(plan2025.warnings).toEqual([]);
  });

  it('uses a given net profit instead of the ledger', async () => {
    const given = await service.plan(seeded.ctx.workspaceId, 2026, {
      expectedNetProfitCents: 8_000_000,
    });
    expect(given.netProfitBasis).toBe('GIVEN');
    expect(given.projectedNetProfit.cents).toBe(8_000_000);
    expect(given.netProfitToDate.cents).toBe(5_811_829);
    // $80,000 × 92.35% × 15.3% = $11,303.64.
    expect(given.projection.selfEmployment.selfEmploymentTax.cents).toBe(1_130_364);
  });

  it('refuses a year not begun, a year outside the rules, and an unknown workspace', async () => {
    expect((await refusal(service.plan(seeded.ctx.workspaceId, 2027))).errorCode).toBe(
      'INVALID_INPUT',
    );
    expect((await refusal(service.plan(seeded.ctx.workspaceId, 2019))).errorCode).toBe(
      'INVALID_INPUT',
    );
    expect((await refusal(service.plan(randomUUID(), 2026))).errorCode).toBe('NOT_FOUND');
  });
});

describe('recording a payment', () => {
  it('refuses a bad date, a future date, a date outside the tax year and the next, a bad amount and a year outside the rules', async () => {
    const ws = seeded.ctx.workspaceId;
    const cases: [Parameters<EstimatedTaxPlanService['recordPayment']>[1], string][] = [
      [{ taxYear: 2026, paidOn: '2026-13-01', amountCents: 100 }, 'paidOn'],
      [{ taxYear: 2026, paidOn: '2026-11-27', amountCents: 100 }, 'paidOn'],
      [{ taxYear: 2026, paidOn: '2025-12-31', amountCents: 100 }, 'paidOn'],
      [{ taxYear: 2026, paidOn: '2026-11-20', amountCents: 0 }, 'amountCents'],
      [{ taxYear: 2026, paidOn: '2026-11-20', amountCents: 10.5 }, 'amountCents'],
      [{ taxYear: 2019, paidOn: '2019-04-15', amountCents: 100 }, 'taxYear'],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(service.recordPayment(ws, input));
      expect(error.errorCode, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(error.details.field).toBe(field);
    }
    expect(await service.payments(ws, 2026)).toHaveLength(3);
  });

  it('a payment after a due date does not cure that installment: the third stays short', async () => {
    const ws = seeded.ctx.workspaceId;
    const saved = await service.recordPayment(ws, {
      taxYear: 2026,
      paidOn: '2026-11-20',
      amountCents: 96_075,
      note: 'catch-up for voucher 3',
    });
    expect(saved).toMatchObject({ taxYear: 2026, paidOn: '2026-11-20', amountCents: 96_075 });
    const after = await service.plan(ws, 2026);
    expect(after.paidToDateCents).toBe(888_225);
    expect(after.installments[2]?.status).toBe('SHORT');
    expect(after.payments.at(-1)?.note).toBe('catch-up for voucher 3');
  });

  it("another workspace's payments are not this one's", async () => {
    expect(await service.payments(randomUUID(), 2026)).toEqual([]);
  });
});
