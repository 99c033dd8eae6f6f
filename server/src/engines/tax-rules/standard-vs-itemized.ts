import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { formatPercent, multiplyCents, rational, roundCents, type Rounding } from './rational.js';
import { findRule, RuleNotFoundError, valueOf, type LookupOptions } from './rule-set.js';
import type { FilingStatus, RuleConcept, RuleSet, TaxRule } from './types.js';

/**
 * Standard deduction against itemized deductions (Schedule A) for the owner: state and local
 * taxes within the year's cap (P.L. 119-21's phase-down by modified AGI from 2025, never below the
 * floor), home mortgage interest (within the acquisition debt limit when the balance is given),
 * cash gifts to public charities (60% of AGI; from 2026 only the part over 0.5% of AGI), and from
 * 2026 the charitable deduction a non-itemizer takes beside the standard deduction.
 *
 * The business part of the home's mortgage interest and real estate taxes already deducted on
 * Schedule C (home office, actual-expense method: Form 8829) is taken out of the Schedule A
 * amounts, so nothing is deducted twice.
 *
 * Not modelled: the additional standard deduction for age or blindness and the senior deduction,
 * medical expenses, investment interest, casualty losses, charitable carryovers and non-cash
 * gifts, pre-December 16, 2017 mortgage debt, and P.L. 119-21's limit on itemized deductions in
 * the 37% bracket from 2026 (flagged when it could apply).
 */

export interface ItemizedFacts {
  /** State and local income taxes paid (or general sales taxes instead), for the year. */
  stateAndLocalIncomeOrSalesTaxCents: number;
  /** Real estate taxes on the home (all of it; the business part is given separately). */
  realEstateTaxCents: number;
  /** Personal property taxes based on value (car registration fees by value, etc.). */
  personalPropertyTaxCents: number;
  /** Home mortgage interest (Form 1098), all of it. */
  mortgageInterestCents: number;
  /** Average balance of home acquisition debt; null when not given (assumed within the limit). */
  mortgageAverageBalanceCents: number | null;
  /** Cash gifts to public charities (50% organisations). */
  charitableCashCents: number;
}

export interface BusinessUseOfHome {
  /** Mortgage interest and real estate taxes already deducted on Schedule C (Form 8829). */
  mortgageInterestCents: number;
  realEstateTaxCents: number;
  /** How that part was figured, for the formula ("140 of 1,400 sq ft, actual-expense method"). */
  how: string;
}

export interface StandardVsItemizedInput {
  taxYear: number;
  filingStatus: FilingStatus;
  /** Adjusted gross income (charitable limits) and modified AGI (SALT phase-down). */
  agiCents: number;
  /** Modified AGI for the SALT phase-down: AGI plus excluded foreign income (none here). */
  magiCents?: number;
  itemized: ItemizedFacts;
  /** Null when no part of the home is deducted on Schedule C under the actual-expense method. */
  businessUseOfHome: BusinessUseOfHome | null;
  rounding: Rounding;
  asKnownOn?: string;
}

export interface StandardVsItemized {
  ruleSetVersion: string;
  taxYear: number;
  /** The basic standard deduction. */
  standardDeduction: Figure;
  /** From 2026: cash gifts deducted beside the standard deduction (null before). */
  nonItemizerCharitable: Figure | null;
  /** Standard deduction plus the non-itemizer charitable deduction. */
  standardTotal: Figure;
  saltPaid: Figure;
  saltLimit: Figure;
  salt: Figure;
  mortgageInterest: Figure;
  charitable: Figure;
  itemizedTotal: Figure;
  chosen: 'STANDARD' | 'ITEMIZED';
  /** The deduction taken (the larger; the standard one when equal). */
  deduction: Figure;
  /** How much more the chosen side gives. */
  difference: Figure;
  why: string;
  notes: string[];
  rulesUsed: RuleUse[];
}

function optionalRule(
  ruleSet: RuleSet,
  concept: RuleConcept,
  onDate: string,
  options: LookupOptions,
): TaxRule | null {
  try {
    return findRule(ruleSet, concept, onDate, options);
  } catch (error) {
    if (error instanceof RuleNotFoundError) return null;
    throw error;
  }
}

function nonNegative(name: string, cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new RangeError(`${name} must be whole cents, not below zero (got ${cents})`);
}

export function compareStandardAndItemized(
  ruleSet: RuleSet,
  input: StandardVsItemizedInput,
): StandardVsItemized {
  const { taxYear, filingStatus, rounding, itemized: facts } = input;
  for (const [name, cents] of Object.entries(facts))
    if (cents !== null) nonNegative(`itemized.${name}`, cents as number);
  if (input.businessUseOfHome) {
    nonNegative(
      'businessUseOfHome.mortgageInterestCents',
      input.businessUseOfHome.mortgageInterestCents,
    );
    nonNegative('businessUseOfHome.realEstateTaxCents', input.businessUseOfHome.realEstateTaxCents);
  }
  const options: LookupOptions = {
    filingStatus,
    ...(input.asKnownOn ? { asKnownOn: input.asKnownOn } : {}),
  };
  const onDate = `${taxYear}-12-31`;
  const rule = (concept: RuleConcept) => findRule(ruleSet, concept, onDate, options);
  const maybe = (concept: RuleConcept) => optionalRule(ruleSet, concept, onDate, options);
  const use = (r: TaxRule) => ruleUse(ruleSet, r);
  const round = (cents: number) => roundCents(cents, rounding);
  const agi = round(input.agiCents);
  const magi = round(input.magiCents ?? input.agiCents);
  const notes: string[] = [];

  // --- Standard side.
  const standardRule = rule('standardDeduction.basic');
  const standardDeduction = figure(
    valueOf(standardRule, 'cents').cents,
    `${taxYear} basic standard deduction, ${filingStatus}`,
    use(standardRule),
  );
  const nonItemizerRule = maybe('charitable.nonItemizerDeduction');
  const cash = round(facts.charitableCashCents);
  const nonItemizerCharitable = nonItemizerRule
    ? figure(
        Math.min(cash, valueOf(nonItemizerRule, 'cents').cents),
        `cash gifts ${formatDollars(cash)}, at most ${formatDollars(valueOf(nonItemizerRule, 'cents').cents)} for a taxpayer who does not itemize`,
        use(nonItemizerRule),
      )
    : null;
  const standardTotal = nonItemizerCharitable
    ? figure(
        standardDeduction.cents + nonItemizerCharitable.cents,
        `standard deduction ${formatDollars(standardDeduction.cents)} + charitable deduction for non-itemizers ${formatDollars(nonItemizerCharitable.cents)}`,
        standardDeduction,
        nonItemizerCharitable,
      )
    : standardDeduction;

  // --- State and local taxes, less the business part of real estate taxes.
  const business = input.businessUseOfHome;
  const businessTaxes = business ? round(business.realEstateTaxCents) : 0;
  const realEstate = Math.max(0, round(facts.realEstateTaxCents) - businessTaxes);
  const incomeTaxes = round(facts.stateAndLocalIncomeOrSalesTaxCents);
  const propertyTaxes = round(facts.personalPropertyTaxCents);
  const saltPaid = figure(
    incomeTaxes + realEstate + propertyTaxes,
    `state and local income or sales taxes ${formatDollars(incomeTaxes)} + real estate taxes ${formatDollars(round(facts.realEstateTaxCents))}${
      business
        ? ` − ${formatDollars(businessTaxes)} already deducted on Schedule C (${business.how})`
        : ''
    } + personal property taxes ${formatDollars(propertyTaxes)} (Schedule A lines 5a-5d)`,
  );
  const capRule = rule('itemized.saltCap');
  const cap = valueOf(capRule, 'cents').cents;
  const thresholdRule = maybe('itemized.saltPhaseDownThreshold');
  const rateRule = maybe('itemized.saltPhaseDownRate');
  const floorRule = maybe('itemized.saltFloor');
  let saltLimit: Figure;
  if (thresholdRule && rateRule && floorRule) {
    const threshold = valueOf(thresholdRule, 'cents').cents;
    const rate = valueOf(rateRule, 'ratio').ratio;
    const floor = valueOf(floorRule, 'cents').cents;
    const over = Math.max(0, magi - threshold);
    const reduction = multiplyCents(over, rate, rounding);
    saltLimit = figure(
      Math.max(floor, cap - reduction),
      over > 0
        ? `cap ${formatDollars(cap)} − ${formatPercent(rate)} of modified AGI over ${formatDollars(threshold)} (${formatDollars(over)} over: ${formatDollars(reduction)}), not below ${formatDollars(floor)}`
        : `cap ${formatDollars(cap)}: modified AGI ${formatDollars(magi)} is not over ${formatDollars(threshold)}, so no phase-down`,
      use(capRule),
      use(thresholdRule),
      use(rateRule),
      use(floorRule),
    );
  } else {
    saltLimit = figure(
      cap,
      `cap ${formatDollars(cap)} (no phase-down in ${taxYear})`,
      use(capRule),
    );
  }
  const salt = figure(
    Math.min(saltPaid.cents, saltLimit.cents),
    `smaller of taxes paid ${formatDollars(saltPaid.cents)} and the limit ${formatDollars(saltLimit.cents)} (line 5e)`,
    saltPaid,
    saltLimit,
  );

  // --- Home mortgage interest, less the business part; limited to the debt limit's share.
  const businessInterest = business ? round(business.mortgageInterestCents) : 0;
  const personalInterest = Math.max(0, round(facts.mortgageInterestCents) - businessInterest);
  const debtLimitRule = rule('itemized.mortgageDebtLimit');
  const debtLimit = valueOf(debtLimitRule, 'cents').cents;
  const balance = facts.mortgageAverageBalanceCents;
  const interestBase = `mortgage interest ${formatDollars(round(facts.mortgageInterestCents))}${
    business
      ? ` − ${formatDollars(businessInterest)} already deducted on Schedule C (${business.how})`
      : ''
  }`;
  const mortgageInterest =
    balance !== null && balance > debtLimit
      ? figure(
          multiplyCents(personalInterest, rational(debtLimit, balance), rounding),
          `${interestBase} = ${formatDollars(personalInterest)} × debt limit ${formatDollars(debtLimit)} / average balance ${formatDollars(balance)} (Pub 936, line 8a)`,
          use(debtLimitRule),
        )
      : figure(
          personalInterest,
          `${interestBase} (acquisition debt ${
            balance === null ? 'assumed' : formatDollars(balance)
          } within the ${formatDollars(debtLimit)} limit; line 8a)`,
          use(debtLimitRule),
        );

  // --- Cash gifts to public charities.
  const limitRule = rule('itemized.charitableCashAgiLimit');
  const limitShare = valueOf(limitRule, 'ratio').ratio;
  const agiLimit = multiplyCents(Math.max(0, agi), limitShare, rounding);
  const floorShareRule = maybe('itemized.charitableAgiFloor');
  let charitable: Figure;
  if (floorShareRule) {
    const share = valueOf(floorShareRule, 'ratio').ratio;
    const floor = multiplyCents(Math.max(0, agi), share, rounding);
    const overFloor = Math.max(0, cash - floor);
    charitable = figure(
      Math.min(overFloor, agiLimit),
      `cash gifts ${formatDollars(cash)} − ${formatPercent(share)} of AGI ${formatDollars(agi)} (${formatDollars(floor)}), at most ${formatPercent(limitShare)} of AGI ${formatDollars(agiLimit)} (line 11)`,
      use(floorShareRule),
      use(limitRule),
    );
  } else {
    charitable = figure(
      Math.min(cash, agiLimit),
      `cash gifts ${formatDollars(cash)}, at most ${formatPercent(limitShare)} of AGI ${formatDollars(agiLimit)} (line 11)`,
      use(limitRule),
    );
  }
  if (cash > agiLimit)
    notes.push('Cash gifts over the AGI limit carry over five years (not modelled).');

  const itemizedTotal = figure(
    salt.cents + mortgageInterest.cents + charitable.cents,
    `taxes ${formatDollars(salt.cents)} + mortgage interest ${formatDollars(mortgageInterest.cents)} + gifts ${formatDollars(charitable.cents)} (line 17)`,
    salt,
    mortgageInterest,
    charitable,
  );

  const itemize = itemizedTotal.cents > standardTotal.cents;
  const chosen = itemize ? 'ITEMIZED' : 'STANDARD';
  const deduction = itemize ? itemizedTotal : standardTotal;
  const difference = figure(
    Math.abs(itemizedTotal.cents - standardTotal.cents),
    `|itemized ${formatDollars(itemizedTotal.cents)} − standard ${formatDollars(standardTotal.cents)}|`,
    itemizedTotal,
    standardTotal,
  );
  const why = itemize
    ? `Itemizing gives ${formatDollars(difference.cents)} more than the standard deduction (${formatDollars(itemizedTotal.cents)} against ${formatDollars(standardTotal.cents)}).`
    : difference.cents === 0
      ? `Both give ${formatDollars(standardTotal.cents)}; the standard deduction needs no Schedule A.`
      : `The standard deduction gives ${formatDollars(difference.cents)} more than itemizing (${formatDollars(standardTotal.cents)} against ${formatDollars(itemizedTotal.cents)}).`;
  if (business)
    notes.push(
      `The business part of the home's mortgage interest (${formatDollars(businessInterest)}) and real estate taxes (${formatDollars(businessTaxes)}) is deducted on Schedule C and left out of Schedule A.`,
    );

  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    standardDeduction,
    nonItemizerCharitable,
    standardTotal,
    saltPaid,
    saltLimit,
    salt,
    mortgageInterest,
    charitable,
    itemizedTotal,
    chosen,
    deduction,
    difference,
    why,
    notes,
    rulesUsed: mergeRules(difference),
  };
}
