import { nextBusinessDay, type BusinessDayShift } from './business-days.js';
import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { isoDate } from './iso-date.js';
import { formatPercent, multiplyCents, roundCents, type Rounding } from './rational.js';
import { findRule, valueOf, type LookupOptions } from './rule-set.js';
import type { FilingStatus, RuleConcept, RuleSet } from './types.js';

/**
 * Estimated tax (Form 1040-ES, Pub 505, Form 2210): the required annual payment (the smaller of
 * 90% of this year's tax and 100% of last year's, 110% when last year's AGI was over the
 * threshold), four installments with their due dates moved past weekends and DC legal holidays,
 * and a check of payments made against the installments already due.
 */

export interface EstimatedTaxPlanInput {
  taxYear: number;
  /** This year's filing status (the $75,000 threshold applies to married filing separately). */
  filingStatus: FilingStatus;
  /** The total tax expected on this year's return (income tax and self-employment tax, after credits). */
  expectedTaxCents: number;
  /** The total tax on last year's return; null when there was none or it did not cover 12 months. */
  priorYearTaxCents: number | null;
  /** Last year's adjusted gross income (for the 110% rule); null with no prior-year return. */
  priorYearAgiCents: number | null;
  /** Income tax expected to be withheld this year: it counts toward the required payment. */
  expectedWithholdingCents?: number;
  rounding: Rounding;
  /** Plan with the law as it stood on this day (see findRule). */
  asKnownOn?: string;
}

export interface Installment {
  number: 1 | 2 | 3 | 4;
  /** The day the rule names (April 15) and the day it is due after weekends and holidays. */
  nominalDueDate: string;
  dueDate: string;
  shift: BusinessDayShift;
  /** This installment's estimated payment. */
  amount: Figure;
  /** Estimated payments due by this installment's due date, all together. */
  cumulative: Figure;
}

export interface EstimatedTaxPlan {
  ruleSetVersion: string;
  taxYear: number;
  rounding: Rounding;
  currentYearOption: Figure;
  /** Null when there is no usable prior-year return. */
  priorYearOption: Figure | null;
  requiredAnnualPayment: Figure;
  basis: 'currentYear' | 'priorYear';
  /** The required annual payment less expected withholding, not below zero. */
  estimatedPaymentsDue: Figure;
  /**
   * Whether estimated payments are required: the expected balance after withholding is at least
   * $1,000 AND withholding is less than the required annual payment (Pub 505).
   */
  paymentsRequired: boolean;
  paymentsRequiredReason: string;
  installments: Installment[];
  rulesUsed: RuleUse[];
}

export function planEstimatedTax(ruleSet: RuleSet, input: EstimatedTaxPlanInput): EstimatedTaxPlan {
  const { taxYear, rounding } = input;
  const options: LookupOptions = {
    filingStatus: input.filingStatus,
    ...(input.asKnownOn ? { asKnownOn: input.asKnownOn } : {}),
  };
  // Percentages and due dates are looked up on the first day of the tax year they govern.
  const onDate = `${taxYear}-01-01`;
  const rule = (concept: RuleConcept) => findRule(ruleSet, concept, onDate, options);
  const use = (concept: RuleConcept) => ruleUse(ruleSet, rule(concept));

  const expectedTax = roundCents(input.expectedTaxCents, rounding);
  const withholding = roundCents(input.expectedWithholdingCents ?? 0, rounding);

  const currentShare = valueOf(rule('estimatedTax.currentYearShare'), 'ratio').ratio;
  const currentYearOption = figure(
    multiplyCents(expectedTax, currentShare, rounding),
    `${formatPercent(currentShare)} of this year's expected tax ${formatDollars(expectedTax)}`,
    use('estimatedTax.currentYearShare'),
  );

  let priorYearOption: Figure | null = null;
  if (input.priorYearTaxCents !== null && input.priorYearAgiCents === null)
    throw new RangeError(
      "last year's AGI is needed with last year's tax, to choose between 100% and 110%",
    );
  if (input.priorYearTaxCents !== null) {
    const priorTax = roundCents(input.priorYearTaxCents, rounding);
    const threshold = valueOf(rule('estimatedTax.highIncomeAgiThreshold'), 'cents').cents;
    const highIncome = input.priorYearAgiCents !== null && input.priorYearAgiCents > threshold;
    const shareConcept: RuleConcept = highIncome
      ? 'estimatedTax.priorYearShareHighIncome'
      : 'estimatedTax.priorYearShare';
    const share = valueOf(rule(shareConcept), 'ratio').ratio;
    const agi =
      input.priorYearAgiCents === null ? 'unknown' : formatDollars(input.priorYearAgiCents);
    priorYearOption = figure(
      multiplyCents(priorTax, share, rounding),
      `${formatPercent(share)} of last year's tax ${formatDollars(priorTax)} (last year's AGI ${agi} is ${
        highIncome ? 'more than' : 'not more than'
      } ${formatDollars(threshold)})`,
      use('estimatedTax.highIncomeAgiThreshold'),
      use(shareConcept),
    );
  }

  const usePrior = priorYearOption !== null && priorYearOption.cents < currentYearOption.cents;
  const chosen = usePrior && priorYearOption ? priorYearOption : currentYearOption;
  const requiredAnnualPayment = figure(
    chosen.cents,
    priorYearOption
      ? `the smaller of ${formatDollars(currentYearOption.cents)} (this year) and ${formatDollars(priorYearOption.cents)} (last year)`
      : `${formatDollars(currentYearOption.cents)}: no prior-year return covering 12 months, so only this year's test applies`,
    currentYearOption,
    ...(priorYearOption ? [priorYearOption] : []),
  );

  // Withholding is subtracted from the whole year and the rest split evenly: the same as Form
  // 2210's default of treating withholding as paid in equal amounts on the four due dates.
  const estimatedPaymentsDue = figure(
    Math.max(0, requiredAnnualPayment.cents - withholding),
    `required annual payment ${formatDollars(requiredAnnualPayment.cents)} − expected withholding ${formatDollars(withholding)}, not below zero`,
    requiredAnnualPayment,
  );

  const minimum = valueOf(rule('estimatedTax.minimumBalanceDue'), 'cents').cents;
  const balanceDue = expectedTax - withholding;
  const paymentsRequired = balanceDue >= minimum && withholding < requiredAnnualPayment.cents;
  const paymentsRequiredReason =
    balanceDue < minimum
      ? `expected tax after withholding ${formatDollars(balanceDue)} is less than ${formatDollars(minimum)}`
      : withholding >= requiredAnnualPayment.cents
        ? `withholding ${formatDollars(withholding)} covers the required annual payment`
        : `expected tax after withholding ${formatDollars(balanceDue)} is at least ${formatDollars(minimum)} and withholding does not cover the required annual payment`;

  const installments = splitIntoInstallments(
    ruleSet,
    taxYear,
    estimatedPaymentsDue,
    rounding,
    rule,
    use,
  );

  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    rounding,
    currentYearOption,
    priorYearOption,
    requiredAnnualPayment,
    basis: usePrior ? 'priorYear' : 'currentYear',
    estimatedPaymentsDue,
    paymentsRequired,
    paymentsRequiredReason,
    installments,
    rulesUsed: mergeRules(
      estimatedPaymentsDue,
      use('estimatedTax.minimumBalanceDue'),
      ...installments.map((i) => i.cumulative),
    ),
  };
}

/**
 * Four installments of 25% each (Form 2210 line 18). Each is the quarter share rounded down to the
 * unit (cent or dollar); the last takes what the rounding left, so the four add up exactly.
 */
function splitIntoInstallments(
  ruleSet: RuleSet,
  taxYear: number,
  total: Figure,
  rounding: Rounding,
  rule: (concept: RuleConcept) => ReturnType<typeof findRule>,
  use: (concept: RuleConcept) => RuleUse,
): Installment[] {
  const share = valueOf(rule('estimatedTax.installmentShare'), 'ratio').ratio;
  const unit = rounding === 'cent' ? 1 : 100;
  const exactQuarter = (total.cents * share.numerator) / share.denominator;
  const each = Math.floor(exactQuarter / unit) * unit;
  const installments: Installment[] = [];
  let cumulative = 0;
  for (const number of [1, 2, 3, 4] as const) {
    const concept = `estimatedTax.dueDate.${number}` as const;
    const due = valueOf(rule(concept), 'monthDay');
    const nominalDueDate = isoDate(taxYear + due.yearOffset, due.month, due.day);
    const shift = nextBusinessDay(ruleSet, nominalDueDate);
    const cents = number === 4 ? total.cents - 3 * each : each;
    cumulative += cents;
    const moved =
      shift.due !== nominalDueDate
        ? `, moved to ${shift.due} (${shift.skipped.map((s) => `${s.date} ${s.reason}`).join('; ')})`
        : '';
    installments.push({
      number,
      nominalDueDate,
      dueDate: shift.due,
      shift,
      amount: figure(
        cents,
        number === 4
          ? `${formatDollars(total.cents)} less the first three installments`
          : `${formatPercent(share)} of ${formatDollars(total.cents)}, rounded down to the ${unit === 1 ? 'cent' : 'dollar'}`,
        total,
        use('estimatedTax.installmentShare'),
      ),
      cumulative: figure(
        cumulative,
        `installments 1 to ${number}, due ${nominalDueDate}${moved}`,
        total,
        use('estimatedTax.installmentShare'),
        use(concept),
      ),
    });
  }
  return installments;
}

export interface EstimatedPayment {
  date: string;
  cents: number;
}

export interface InstallmentStatus {
  number: 1 | 2 | 3 | 4;
  dueDate: string;
  required: Figure;
  /** Estimated payments made on or before the due date. */
  paidByDueDate: number;
  shortfall: number;
}

export interface UnderpaymentCheck {
  asOf: string;
  /** Installments already due on `asOf`, each against what had been paid by its due date. */
  due: InstallmentStatus[];
  behind: boolean;
  /** One line per installment paid short, for the console and the agent's reply. */
  warnings: string[];
  /** The next installment not yet due, if any. */
  next: { number: number; dueDate: string; cumulative: Figure } | null;
}

/**
 * Paid-to-date against the installments already due. A payment counts toward an installment when
 * made on or before its due date (a late payment only counts toward later ones).
 */
export function checkEstimatedPayments(
  plan: EstimatedTaxPlan,
  payments: readonly EstimatedPayment[],
  asOf: string,
): UnderpaymentCheck {
  const due: InstallmentStatus[] = [];
  const warnings: string[] = [];
  for (const installment of plan.installments) {
    if (installment.dueDate > asOf) continue;
    const paid = payments
      .filter((p) => p.date <= installment.dueDate)
      .reduce((sum, p) => sum + p.cents, 0);
    const shortfall = Math.max(0, installment.cumulative.cents - paid);
    due.push({
      number: installment.number,
      dueDate: installment.dueDate,
      required: installment.cumulative,
      paidByDueDate: paid,
      shortfall,
    });
    if (shortfall > 0)
      warnings.push(
        `Installment ${installment.number} (due ${installment.dueDate}): ${formatDollars(paid)} paid of ${formatDollars(
          installment.cumulative.cents,
        )} required by then, ${formatDollars(shortfall)} short; an underpayment penalty may apply (Form 2210).`,
      );
  }
  const upcoming = plan.installments.find((i) => i.dueDate > asOf);
  return {
    asOf,
    due,
    behind: warnings.length > 0,
    warnings,
    next: upcoming
      ? { number: upcoming.number, dueDate: upcoming.dueDate, cumulative: upcoming.cumulative }
      : null,
  };
}
