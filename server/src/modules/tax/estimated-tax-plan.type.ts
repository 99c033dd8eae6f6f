import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';
import { TaxFigureView, TaxRuleUseView } from './deduction-summary.type.js';
import type { EstimatedTaxPaymentRecord, EstimatedTaxPlanReport } from './estimated-tax-plan.js';

// Every list here is computed in memory with the plan (a year's payments are a handful of rows):
// EMBEDDED_LIST_COST.

@ObjectType({ description: 'A 1040-ES payment the owner made.' })
export class EstimatedTaxPaymentView {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    description: 'The tax year it pays (January installments: the year before).',
  })
  taxYear!: number;
  @Field({ description: 'YYYY-MM-DD.' }) paidOn!: string;
  @Field(() => GraphQLSafeInt) amountCents!: number;
  @Field() note!: string;
}

@ObjectType({
  description: 'One of the four installments, against the payments made by its due date.',
})
export class EstimatedInstallmentView {
  @Field(() => Int) number!: number;
  @Field({ description: 'The day the rule names (April 15).' }) nominalDueDate!: string;
  @Field({ description: 'Moved past weekends and DC legal holidays (IRC § 7503).' })
  dueDate!: string;
  @Field(() => TaxFigureView) amount!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Installments 1 to this one, together.' })
  cumulative!: TaxFigureView;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Null while not yet due.' })
  paidByDueDate!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) shortfall!: number | null;
  @Field({ description: 'PAID, SHORT or UPCOMING.' }) status!: string;
}

@ObjectType({ description: 'The standard deduction against Schedule A, the larger taken.' })
export class StandardVsItemizedView {
  @Field(() => TaxFigureView) standardDeduction!: TaxFigureView;
  @Field(() => TaxFigureView, { nullable: true, description: 'From 2026 (IRC § 170(p)).' })
  nonItemizerCharitable!: TaxFigureView | null;
  @Field(() => TaxFigureView) standardTotal!: TaxFigureView;
  @Field(() => TaxFigureView) saltPaid!: TaxFigureView;
  @Field(() => TaxFigureView) saltLimit!: TaxFigureView;
  @Field(() => TaxFigureView) salt!: TaxFigureView;
  @Field(() => TaxFigureView) mortgageInterest!: TaxFigureView;
  @Field(() => TaxFigureView) charitable!: TaxFigureView;
  @Field(() => TaxFigureView) itemizedTotal!: TaxFigureView;
  @Field({ description: 'STANDARD or ITEMIZED.' }) chosen!: string;
  @Field(() => TaxFigureView) deduction!: TaxFigureView;
  @Field(() => TaxFigureView) difference!: TaxFigureView;
  @Field() why!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) notes!: string[];
}

@ObjectType({
  description:
    "The owner's estimated tax plan: projected federal tax, the safe-harbor required payment, installments with due dates, payments made and warnings.",
})
export class EstimatedTaxPlanView {
  @Field(() => Int) taxYear!: number;
  @Field() ruleSetVersion!: string;
  @Field() filingStatus!: string;
  @Field({ description: "Today on the shop's calendar: what is due is judged on this day." })
  asOf!: string;
  @Field(() => String, { nullable: true }) booksThrough!: string | null;
  @Field({ description: 'LEDGER_FULL_YEAR, LEDGER_ANNUALISED or GIVEN.' }) netProfitBasis!: string;
  @Field() netProfitBasisExplanation!: string;
  @Field(() => TaxFigureView, { description: 'Schedule C line 31 on the books so far.' })
  netProfitToDate!: TaxFigureView;
  @Field(() => TaxFigureView) projectedNetProfit!: TaxFigureView;
  @Field(() => TaxFigureView) selfEmploymentTax!: TaxFigureView;
  @Field(() => TaxFigureView) deductibleHalfOfSelfEmploymentTax!: TaxFigureView;
  @Field(() => TaxFigureView) additionalMedicareTax!: TaxFigureView;
  @Field(() => TaxFigureView) adjustedGrossIncome!: TaxFigureView;
  @Field(() => StandardVsItemizedView) standardVsItemized!: StandardVsItemizedView;
  @Field(() => TaxFigureView) taxableIncomeBeforeQbi!: TaxFigureView;
  @Field({ description: 'BELOW_THRESHOLD, ABOVE_THRESHOLD_NOT_MODELLED or NO_QBI.' })
  qbiStatus!: string;
  @Field() qbiExplanation!: string;
  @Field(() => TaxFigureView) qbiDeduction!: TaxFigureView;
  @Field(() => TaxFigureView) taxableIncome!: TaxFigureView;
  @Field(() => TaxFigureView) incomeTax!: TaxFigureView;
  @Field() marginalRate!: string;
  @Field(() => TaxFigureView, { description: 'Income tax + SE tax + Additional Medicare Tax.' })
  totalTax!: TaxFigureView;
  @Field(() => TaxFigureView) currentYearOption!: TaxFigureView;
  @Field(() => TaxFigureView, { nullable: true }) priorYearOption!: TaxFigureView | null;
  @Field(() => TaxFigureView) requiredAnnualPayment!: TaxFigureView;
  @Field({ description: 'currentYear or priorYear: which safe harbor is smaller.' }) basis!: string;
  @Field() paymentsRequired!: boolean;
  @Field() paymentsRequiredReason!: string;
  @Field(() => [EstimatedInstallmentView], { complexity: EMBEDDED_LIST_COST })
  installments!: EstimatedInstallmentView[];
  @Field(() => [EstimatedTaxPaymentView], { complexity: EMBEDDED_LIST_COST })
  payments!: EstimatedTaxPaymentView[];
  @Field(() => GraphQLSafeInt) paidToDateCents!: number;
  @Field() behind!: boolean;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) warnings!: string[];
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) notes!: string[];
  @Field(() => [TaxRuleUseView], { complexity: EMBEDDED_LIST_COST }) rulesUsed!: TaxRuleUseView[];
}

export function estimatedTaxPaymentView(p: EstimatedTaxPaymentRecord): EstimatedTaxPaymentView {
  return { ...p };
}

/** The report as the API shows it (the engine's figures, flattened). */
export function estimatedTaxPlanView(r: EstimatedTaxPlanReport): EstimatedTaxPlanView {
  const p = r.projection;
  const e = p.estimatedTax;
  const d = p.deductions;
  return {
    taxYear: r.taxYear,
    ruleSetVersion: r.ruleSetVersion,
    filingStatus: r.filingStatus,
    asOf: r.asOf,
    booksThrough: r.booksThrough,
    netProfitBasis: r.netProfitBasis,
    netProfitBasisExplanation: r.netProfitBasisExplanation,
    netProfitToDate: r.netProfitToDate as TaxFigureView,
    projectedNetProfit: r.projectedNetProfit as TaxFigureView,
    selfEmploymentTax: p.selfEmployment.selfEmploymentTax as TaxFigureView,
    deductibleHalfOfSelfEmploymentTax: p.selfEmployment.deductibleHalf as TaxFigureView,
    additionalMedicareTax: p.selfEmployment.additionalMedicareTax as TaxFigureView,
    adjustedGrossIncome: p.adjustedGrossIncome as TaxFigureView,
    standardVsItemized: {
      standardDeduction: d.standardDeduction as TaxFigureView,
      nonItemizerCharitable: d.nonItemizerCharitable as TaxFigureView | null,
      standardTotal: d.standardTotal as TaxFigureView,
      saltPaid: d.saltPaid as TaxFigureView,
      saltLimit: d.saltLimit as TaxFigureView,
      salt: d.salt as TaxFigureView,
      mortgageInterest: d.mortgageInterest as TaxFigureView,
      charitable: d.charitable as TaxFigureView,
      itemizedTotal: d.itemizedTotal as TaxFigureView,
      chosen: d.chosen,
      deduction: d.deduction as TaxFigureView,
      difference: d.difference as TaxFigureView,
      why: d.why,
      notes: d.notes,
    },
    taxableIncomeBeforeQbi: p.taxableIncomeBeforeQbi as TaxFigureView,
    qbiStatus: p.qbi.status,
    qbiExplanation: p.qbi.explanation,
    qbiDeduction: p.qbi.deduction as TaxFigureView,
    taxableIncome: p.taxableIncome as TaxFigureView,
    incomeTax: p.incomeTax.tax as TaxFigureView,
    marginalRate: p.incomeTax.marginalRate,
    totalTax: p.totalTax as TaxFigureView,
    currentYearOption: e.currentYearOption as TaxFigureView,
    priorYearOption: e.priorYearOption as TaxFigureView | null,
    requiredAnnualPayment: e.requiredAnnualPayment as TaxFigureView,
    basis: e.basis,
    paymentsRequired: e.paymentsRequired,
    paymentsRequiredReason: e.paymentsRequiredReason,
    installments: r.installments.map((i) => ({
      ...i,
      amount: i.amount as TaxFigureView,
      cumulative: i.cumulative as TaxFigureView,
    })),
    payments: r.payments.map(estimatedTaxPaymentView),
    paidToDateCents: r.paidToDateCents,
    behind: r.check.behind,
    warnings: r.warnings,
    notes: r.notes,
    rulesUsed: p.rulesUsed as TaxRuleUseView[],
  };
}
