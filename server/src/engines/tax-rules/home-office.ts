import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { formatExact, multiplyRate, prorateCents, roundCents, type Rounding } from './rational.js';
import { findRule, valueOf } from './rule-set.js';
import type { RuleSet } from './types.js';

/**
 * Business use of the home (Pub 587), both ways:
 * - simplified method (Simplified Method Worksheet): $ per square foot up to a maximum area,
 *   never more than the gross income limitation, and nothing carried over;
 * - actual expenses (Pub 587's worksheet for the regular method): mortgage interest and real
 *   estate taxes first, then operating expenses, then depreciation, each limited by what the
 *   business income leaves, the excess carried over.
 * Casualty losses, daycare facilities and a part-year business use are not modelled.
 */

export interface SimplifiedHomeOfficeInput {
  taxYear: number;
  /** Area used regularly and exclusively for business. */
  squareFeet: number;
  /** Worksheet line 1: gross income from the business use of the home less other business expenses. */
  grossIncomeLimitationCents: number;
  rounding: Rounding;
}

export interface SimplifiedHomeOfficeResult {
  allowedSquareFeet: number;
  tentative: Figure;
  deduction: Figure;
  /** Disallowed by the gross income limitation; under this method it is NOT carried over. */
  disallowed: Figure;
  rulesUsed: RuleUse[];
}

export function simplifiedHomeOffice(
  ruleSet: RuleSet,
  input: SimplifiedHomeOfficeInput,
): SimplifiedHomeOfficeResult {
  const onDate = `${input.taxYear}-12-31`;
  const rateRule = findRule(ruleSet, 'homeOffice.simplifiedRate', onDate);
  const areaRule = findRule(ruleSet, 'homeOffice.simplifiedMaximumArea', onDate);
  const rate = valueOf(rateRule, 'centsPerUnit').centsPerUnit;
  const maximum = valueOf(areaRule, 'quantity').quantity;
  if (!Number.isSafeInteger(input.squareFeet) || input.squareFeet < 0)
    throw new RangeError(`${input.squareFeet} is not a whole number of square feet`);
  const allowedSquareFeet = Math.min(input.squareFeet, maximum);
  const tentative = figure(
    multiplyRate(allowedSquareFeet, rate, input.rounding),
    `${allowedSquareFeet} square feet (of ${input.squareFeet}, at most ${maximum}) × ${formatExact(rate.numerator, rate.denominator)} cents (worksheet line 4)`,
    ruleUse(ruleSet, areaRule),
    ruleUse(ruleSet, rateRule),
  );
  const limit = Math.max(0, roundCents(input.grossIncomeLimitationCents, input.rounding));
  const deduction = figure(
    Math.min(tentative.cents, limit),
    `smaller of ${formatDollars(tentative.cents)} and the gross income limitation ${formatDollars(limit)} (worksheet line 5)`,
    tentative,
  );
  return {
    allowedSquareFeet,
    tentative,
    deduction,
    disallowed: figure(
      tentative.cents - deduction.cents,
      'not deductible and not carried over under the simplified method',
      deduction,
    ),
    rulesUsed: mergeRules(deduction),
  };
}

/** A home expense: `direct` is for the business part only, `indirect` for the whole home. */
export interface HomeExpense {
  direct: number;
  indirect: number;
}

export interface ActualHomeOfficeInput {
  businessSquareFeet: number;
  homeSquareFeet: number;
  /** Worksheet line 4: gross income from the business use of the home. */
  grossIncomeCents: number;
  /** Worksheet line 11: business expenses not from the business use of the home. */
  otherBusinessExpensesCents: number;
  /** Deductible mortgage interest and real estate taxes (allowed first). */
  mortgageInterestAndTaxes: HomeExpense;
  /** Insurance, repairs, utilities, other operating expenses. */
  operatingExpenses: HomeExpense;
  /** Depreciation of the business part of the home (already figured). */
  depreciationCents: number;
  carryover?: { operatingCents: number; depreciationCents: number };
  rounding: Rounding;
}

export interface ActualHomeOfficeResult {
  businessShare: string;
  mortgageInterestAndTaxes: Figure;
  deductionLimit: Figure;
  allowedOperating: Figure;
  allowedDepreciation: Figure;
  deduction: Figure;
  carryoverOperating: Figure;
  carryoverDepreciation: Figure;
}

function businessPart(
  expense: HomeExpense,
  part: number,
  whole: number,
  rounding: Rounding,
): number {
  return (
    roundCents(expense.direct, rounding) + prorateCents(expense.indirect, part, whole, rounding)
  );
}

export function actualHomeOffice(input: ActualHomeOfficeInput): ActualHomeOfficeResult {
  const { businessSquareFeet: part, homeSquareFeet: whole, rounding } = input;
  if (part <= 0 || whole <= 0 || part > whole)
    throw new RangeError(`${part} of ${whole} square feet is not a business share`);
  const share = `${part}/${whole} square feet`;
  const mortgageInterestAndTaxes = figure(
    businessPart(input.mortgageInterestAndTaxes, part, whole, rounding),
    `direct + indirect × ${share} (worksheet lines 5-10)`,
  );
  const deductionLimit = figure(
    Math.max(
      0,
      roundCents(input.grossIncomeCents, rounding) -
        roundCents(input.otherBusinessExpensesCents, rounding) -
        mortgageInterestAndTaxes.cents,
    ),
    `gross income ${formatDollars(input.grossIncomeCents)} − other business expenses ${formatDollars(
      input.otherBusinessExpensesCents,
    )} − mortgage interest and taxes ${formatDollars(mortgageInterestAndTaxes.cents)}, not below zero (line 13)`,
    mortgageInterestAndTaxes,
  );
  const operating =
    businessPart(input.operatingExpenses, part, whole, rounding) +
    roundCents(input.carryover?.operatingCents ?? 0, rounding);
  const allowedOperating = figure(
    Math.min(deductionLimit.cents, operating),
    `smaller of the limit ${formatDollars(deductionLimit.cents)} and operating expenses with carryover ${formatDollars(operating)} (line 23)`,
    deductionLimit,
  );
  const depreciation =
    roundCents(input.depreciationCents, rounding) +
    roundCents(input.carryover?.depreciationCents ?? 0, rounding);
  const room = deductionLimit.cents - allowedOperating.cents;
  const allowedDepreciation = figure(
    Math.min(room, depreciation),
    `smaller of what the limit leaves ${formatDollars(room)} and depreciation with carryover ${formatDollars(depreciation)} (line 29)`,
    allowedOperating,
  );
  const deduction = figure(
    mortgageInterestAndTaxes.cents + allowedOperating.cents + allowedDepreciation.cents,
    'mortgage interest and taxes + allowed operating expenses + allowed depreciation (line 32)',
    mortgageInterestAndTaxes,
    allowedOperating,
    allowedDepreciation,
  );
  return {
    businessShare: share,
    mortgageInterestAndTaxes,
    deductionLimit,
    allowedOperating,
    allowedDepreciation,
    deduction,
    carryoverOperating: figure(
      operating - allowedOperating.cents,
      'operating expenses carried to next year',
      allowedOperating,
    ),
    carryoverDepreciation: figure(
      depreciation - allowedDepreciation.cents,
      'depreciation carried to next year',
      allowedDepreciation,
    ),
  };
}

export interface HomeOfficeComparison {
  simplified: SimplifiedHomeOfficeResult;
  actual: ActualHomeOfficeResult;
  larger: 'simplified' | 'actual' | 'equal';
  difference: number;
}

/** Both methods for one home and year (the method may be chosen anew each year, Pub 587). */
export function compareHomeOfficeMethods(
  ruleSet: RuleSet,
  simplified: SimplifiedHomeOfficeInput,
  actual: ActualHomeOfficeInput,
): HomeOfficeComparison {
  const a = simplifiedHomeOffice(ruleSet, simplified);
  const b = actualHomeOffice(actual);
  const difference = a.deduction.cents - b.deduction.cents;
  return {
    simplified: a,
    actual: b,
    larger: difference > 0 ? 'simplified' : difference < 0 ? 'actual' : 'equal',
    difference: Math.abs(difference),
  };
}
