import { EstimatedTaxPaymentEntity, TaxProfileEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  checkEstimatedPayments,
  FEDERAL_RULE_SET,
  figure,
  formatDollars,
  multiplyCents,
  projectOwnerTax,
  rational,
  RuleNotFoundError,
  type BusinessUseOfHome,
  type EstimatedPayment,
  type Figure,
  type FilingStatus,
  type ItemizedFacts,
  type OwnerTaxProjection,
  type RuleSet,
  type UnderpaymentCheck,
} from '../../engines/tax-rules/index.js';
import { isIsoDate } from '../../engines/tax-rules/iso-date.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { DeductionSummary } from './deduction-summary.js';
import type { TaxService } from './tax.service.js';
import { todayIn, workspaceTimeZone } from './workspace-calendar.js';

/**
 * The owner's estimated tax plan for a year (issue 15): the year's Schedule C net profit (from the
 * ledger, annualised while the year runs, or as given), the projected federal tax on it by the
 * cited rules (income tax after the larger of the standard and itemized deductions and the QBI
 * deduction, SE tax, Additional Medicare), the 1040-ES required annual payment under the safe
 * harbors from the tax profile's last-year tax and AGI, the four installments with due dates, the
 * payments made (`estimated_tax_payment`) and underpayment warnings. Every amount is the engine's.
 *
 * Annualising: while the year runs, Schedule C line 29 (tentative profit) plus the Section 179
 * deduction, from January 1 to the books' last day, × days in the year / days elapsed; then less
 * the Section 179 deduction and the home office deduction (line 30) as they are, since both are
 * one-off or whole-year amounts that do not accrue by the day. A past year (or books through
 * December 31) uses line 31 as is.
 */

const ROUNDING = 'cent' as const;

export type NetProfitBasis = 'LEDGER_FULL_YEAR' | 'LEDGER_ANNUALISED' | 'GIVEN';

export interface EstimatedTaxPaymentRecord {
  id: string;
  taxYear: number;
  paidOn: string;
  amountCents: number;
  note: string;
}

export interface InstallmentProgress {
  number: 1 | 2 | 3 | 4;
  nominalDueDate: string;
  dueDate: string;
  amount: Figure;
  cumulative: Figure;
  /** Payments made on or before the due date (null while not yet due). */
  paidByDueDate: number | null;
  shortfall: number | null;
  status: 'PAID' | 'SHORT' | 'UPCOMING';
}

export interface EstimatedTaxPlanReport {
  taxYear: number;
  ruleSetVersion: string;
  filingStatus: FilingStatus;
  asOf: string;
  booksThrough: string | null;
  netProfitBasis: NetProfitBasis;
  netProfitBasisExplanation: string;
  netProfitToDate: Figure;
  projectedNetProfit: Figure;
  projection: OwnerTaxProjection;
  installments: InstallmentProgress[];
  payments: EstimatedTaxPaymentRecord[];
  paidToDateCents: number;
  check: UnderpaymentCheck;
  warnings: string[];
  notes: string[];
}

export interface EstimatedTaxPlanOptions {
  /** The year's Schedule C net profit, instead of the ledger's (a what-if). */
  expectedNetProfitCents?: number | null;
  /** Payments to check instead of the stored ones (a what-if). */
  paymentsMade?: readonly EstimatedPayment[] | null;
}

const cents = z.number().int().min(0);
const itemizedSchema = z.object({
  stateAndLocalIncomeOrSalesTaxCents: cents,
  realEstateTaxCents: cents,
  personalPropertyTaxCents: cents,
  mortgageInterestCents: cents,
  mortgageAverageBalanceCents: cents.nullable(),
  charitableCashCents: cents,
});

const NO_ITEMIZED: ItemizedFacts = {
  stateAndLocalIncomeOrSalesTaxCents: 0,
  realEstateTaxCents: 0,
  personalPropertyTaxCents: 0,
  mortgageInterestCents: 0,
  mortgageAverageBalanceCents: null,
  charitableCashCents: 0,
};

const MAX_PAYMENT_CENTS = 100_000_000_000; // $1 billion: anything larger is a typo.

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field });
}

function dayOfYear(iso: string): number {
  const start = Date.UTC(Number(iso.slice(0, 4)), 0, 1);
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - start) / 86_400_000) + 1;
}

function daysInYear(year: number): number {
  return dayOfYear(`${year}-12-31`);
}

/**
 * The business part of the home's mortgage interest and real estate taxes that Schedule C
 * already deducts: only under the actual-expense method (the simplified method leaves all of
 * them to Schedule A, Pub 587), at the office's share of the home's area.
 */
export function businessUseOfHome(
  summary: DeductionSummary,
  itemized: ItemizedFacts,
): BusinessUseOfHome | null {
  const home = summary.homeOffice;
  if (!home || home.chosen !== 'ACTUAL_EXPENSES' || home.deduction.cents === 0) return null;
  const share = rational(home.officeSquareFeet, home.homeSquareFeet);
  return {
    mortgageInterestCents: multiplyCents(itemized.mortgageInterestCents, share, ROUNDING),
    realEstateTaxCents: multiplyCents(itemized.realEstateTaxCents, share, ROUNDING),
    how: `${home.officeSquareFeet.toLocaleString('en-US')} of ${home.homeSquareFeet.toLocaleString('en-US')} sq ft, home office by actual expenses on Form 8829`,
  };
}

export class EstimatedTaxPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tax: TaxService,
    private readonly clock: Clock,
    private readonly ruleSet: RuleSet = FEDERAL_RULE_SET,
  ) {}

  async plan(
    workspaceId: string,
    taxYear: number,
    options: EstimatedTaxPlanOptions = {},
  ): Promise<EstimatedTaxPlanReport> {
    const today = todayIn(await this.timeZoneOf(workspaceId), this.clock.now());
    const currentYear = Number(today.slice(0, 4));
    if (Number.isInteger(taxYear) && taxYear > currentYear)
      throw invalid(
        'taxYear',
        `Tax year ${taxYear} has not begun on the shop's calendar (today is ${today}).`,
      );
    const expected = options.expectedNetProfitCents ?? null;
    if (
      expected !== null &&
      (!Number.isSafeInteger(expected) || Math.abs(expected) > MAX_PAYMENT_CENTS)
    )
      throw invalid(
        'expectedNetProfitCents',
        'The expected net profit must be whole cents within ±$1,000,000,000.',
      );
    // Validates the year against the rules (INVALID_INPUT outside them).
    const summary = await this.tax.deductionSummary(workspaceId, taxYear);
    const row = await this.dataSource
      .getRepository(TaxProfileEntity)
      .findOneBy({ workspaceId, taxYear });
    if (!row)
      throw new DomainError(
        'NOT_FOUND',
        `No tax profile for ${taxYear}: the filing status and last year's tax are needed for an estimated tax plan.`,
        { field: 'taxYear' },
      );
    if (row.priorYearTaxCents !== null && row.priorYearAgiCents === null)
      throw invalid(
        'taxYear',
        `The tax profile for ${taxYear} has last year's tax but not last year's AGI, which decides between the 100% and 110% safe harbors.`,
      );
    const filingStatus = row.filingStatus as FilingStatus;
    const itemizedParsed = row.itemized === null ? null : itemizedSchema.safeParse(row.itemized);
    if (itemizedParsed && !itemizedParsed.success)
      throw new DomainError(
        'INVALID_INPUT',
        `The tax profile's itemized facts for ${taxYear} are malformed: ${itemizedParsed.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    const itemized: ItemizedFacts = itemizedParsed?.data ?? NO_ITEMIZED;

    const { basis, explanation, toDate, projected } = this.netProfit(summary, taxYear, expected);
    const notes: string[] = [];
    if (!itemizedParsed)
      notes.push('No Schedule A facts in the tax profile: itemized deductions are taken as zero.');

    let projection: OwnerTaxProjection;
    try {
      projection = projectOwnerTax(this.ruleSet, {
        taxYear,
        filingStatus,
        netProfitCents: projected.cents,
        itemized,
        businessUseOfHome: businessUseOfHome(summary, itemized),
        priorYearTaxCents: row.priorYearTaxCents,
        priorYearAgiCents: row.priorYearAgiCents,
        rounding: ROUNDING,
      });
    } catch (error) {
      if (error instanceof RuleNotFoundError)
        throw invalid(
          'taxYear',
          `The tax rules do not cover the estimated tax plan for ${taxYear}: ${error.message}.`,
        );
      throw error;
    }

    const stored = await this.payments(workspaceId, taxYear);
    const payments: EstimatedPayment[] = options.paymentsMade
      ? options.paymentsMade.map((p) => this.checkedPayment(taxYear, p.date, p.cents))
      : stored.map((p) => ({ date: p.paidOn, cents: p.amountCents }));
    const check = checkEstimatedPayments(projection.estimatedTax, payments, today);
    const installments = projection.estimatedTax.installments.map((i): InstallmentProgress => {
      const status = check.due.find((d) => d.number === i.number);
      return {
        number: i.number,
        nominalDueDate: i.nominalDueDate,
        dueDate: i.dueDate,
        amount: i.amount,
        cumulative: i.cumulative,
        paidByDueDate: status ? status.paidByDueDate : null,
        shortfall: status ? status.shortfall : null,
        status: !status ? 'UPCOMING' : status.shortfall > 0 ? 'SHORT' : 'PAID',
      };
    });
    const paidToDateCents = payments
      .filter((p) => p.date <= today)
      .reduce((s, p) => s + p.cents, 0);
    const warnings = [...check.warnings];
    if (!projection.estimatedTax.paymentsRequired)
      notes.push(
        `Estimated payments are not required: ${projection.estimatedTax.paymentsRequiredReason}.`,
      );

    return {
      taxYear,
      ruleSetVersion: this.ruleSet.version,
      filingStatus,
      asOf: today,
      booksThrough: summary.booksThrough,
      netProfitBasis: basis,
      netProfitBasisExplanation: explanation,
      netProfitToDate: toDate,
      projectedNetProfit: projected,
      projection,
      installments,
      payments: options.paymentsMade
        ? payments.map((p, index) => ({
            id: `what-if-${index + 1}`,
            taxYear,
            paidOn: p.date,
            amountCents: p.cents,
            note: 'what-if payment (not stored)',
          }))
        : stored,
      paidToDateCents,
      check,
      warnings,
      notes: [...notes, ...projection.notes],
    };
  }

  /** Records a 1040-ES payment (admin only through the API's mutation rules). */
  async recordPayment(
    workspaceId: string,
    input: { taxYear: number; paidOn: string; amountCents: number; note?: string | null },
  ): Promise<EstimatedTaxPaymentRecord> {
    const today = todayIn(await this.timeZoneOf(workspaceId), this.clock.now());
    const years = this.tax.yearsCovered();
    if (!Number.isInteger(input.taxYear) || !years.includes(input.taxYear))
      throw invalid(
        'taxYear',
        `The tax rules cover ${years[0]} to ${years.at(-1)}; ${input.taxYear} is outside them.`,
      );
    const payment = this.checkedPayment(input.taxYear, input.paidOn, input.amountCents);
    if (payment.date > today)
      throw invalid(
        'paidOn',
        `${payment.date} is after today (${today}) on the shop's calendar: record a payment once it is made.`,
      );
    const note = (input.note ?? '').trim();
    if (note.length > 500) throw invalid('note', 'The note is longer than 500 characters.');
    const saved = await this.dataSource.getRepository(EstimatedTaxPaymentEntity).save({
      workspaceId,
      taxYear: input.taxYear,
      paidOn: payment.date,
      amountCents: payment.cents,
      note,
    });
    return {
      id: saved.id,
      taxYear: saved.taxYear,
      paidOn: saved.paidOn,
      amountCents: saved.amountCents,
      note: saved.note,
    };
  }

  /** The stored payments for a tax year, oldest first. */
  async payments(workspaceId: string, taxYear: number): Promise<EstimatedTaxPaymentRecord[]> {
    const rows = await this.dataSource.getRepository(EstimatedTaxPaymentEntity).find({
      where: { workspaceId, taxYear },
      order: { paidOn: 'ASC', createdAt: 'ASC' },
    });
    return rows.map((r) => ({
      id: r.id,
      taxYear: r.taxYear,
      paidOn: r.paidOn,
      amountCents: r.amountCents,
      note: r.note,
    }));
  }

  private checkedPayment(taxYear: number, paidOn: string, amountCents: number): EstimatedPayment {
    if (!isIsoDate(paidOn)) throw invalid('paidOn', `"${paidOn}" is not a date (YYYY-MM-DD).`);
    // A payment for a tax year is made from its January 1; the last installment is due the next
    // January and late ones follow until the return is filed, so up to the next year's end.
    if (paidOn < `${taxYear}-01-01` || paidOn > `${taxYear + 1}-12-31`)
      throw invalid(
        'paidOn',
        `A payment for ${taxYear} is made between ${taxYear}-01-01 and ${taxYear + 1}-12-31; ${paidOn} is outside.`,
      );
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > MAX_PAYMENT_CENTS)
      throw invalid(
        'amountCents',
        'The amount must be whole cents, more than zero and at most $1,000,000,000.',
      );
    return { date: paidOn, cents: amountCents };
  }

  private netProfit(
    summary: DeductionSummary,
    taxYear: number,
    expected: number | null,
  ): { basis: NetProfitBasis; explanation: string; toDate: Figure; projected: Figure } {
    const toDate = summary.netProfit;
    if (expected !== null) {
      return {
        basis: 'GIVEN',
        explanation: `The year's net profit was given (${formatDollars(expected)}); the ledger's to date is ${formatDollars(toDate.cents)}.`,
        toDate,
        projected: figure(expected, `expected net profit for ${taxYear}, as given`),
      };
    }
    const through = summary.booksThrough;
    if (through === null)
      throw invalid(
        'expectedNetProfitCents',
        `The books hold nothing for ${taxYear}: give the expected net profit.`,
      );
    if (through >= `${taxYear}-12-31`) {
      return {
        basis: 'LEDGER_FULL_YEAR',
        explanation: `The books run through ${through}: the year's Schedule C net profit is taken as it is.`,
        toDate,
        projected: toDate,
      };
    }
    const elapsed = dayOfYear(through);
    const days = daysInYear(taxYear);
    const section179 = summary.section179?.deduction.cents ?? 0;
    const accruing = summary.tentativeProfit.cents + section179;
    const annual = multiplyCents(accruing, rational(days, elapsed), ROUNDING);
    const projected = figure(
      annual - section179 - summary.homeOfficeDeduction.cents,
      `(tentative profit ${formatDollars(summary.tentativeProfit.cents)} + Section 179 ${formatDollars(section179)}) to ${through} × ${days} / ${elapsed} days = ${formatDollars(annual)}, − Section 179 ${formatDollars(section179)} − home office ${formatDollars(summary.homeOfficeDeduction.cents)} (whole-year amounts, not annualised)`,
      summary.tentativeProfit,
      summary.homeOfficeDeduction,
    );
    return {
      basis: 'LEDGER_ANNUALISED',
      explanation: `The books run through ${through} (day ${elapsed} of ${days}): the profit that accrues by the day is annualised (× ${days} / ${elapsed}); Section 179 and the home office are whole-year amounts and are not. Seasonal swings (the holiday quarter) are not forecast.`,
      toDate,
      projected,
    };
  }

  private timeZoneOf(workspaceId: string): Promise<string> {
    return workspaceTimeZone(this.dataSource, workspaceId);
  }
}
