import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { yearOf } from './iso-date.js';
import {
  formatPercent,
  isGreaterThan,
  multiplyCents,
  roundCents,
  type Rational,
  type Rounding,
} from './rational.js';
import { findRule, valueOf, type LookupOptions } from './rule-set.js';
import type { RuleSet, TaxRule } from './types.js';

/**
 * The Section 179 deduction, following Form 4562 Part I (lines 1 to 13): the year's dollar limit
 * reduced dollar for dollar by the cost of section 179 property over the phase-out threshold, the
 * elected cost, the business income limitation, and the carryover of what that limitation
 * disallows. Limits are looked up by each property's placed-in-service date (a calendar-year
 * taxpayer is assumed, so the tax year is the calendar year).
 */

export class Section179InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Section179InputError';
  }
}

export interface Section179Property {
  description: string;
  costCents: number;
  placedInService: string;
  /** The share of use in the business (miles, hours): 4/5 for 80%. */
  businessUse: Rational;
  /** Listed property (vehicles and the like) must be used more than 50% in the business. */
  listed: boolean;
  /** The cost elected under § 179; defaults to the whole business-use cost. */
  electedCents?: number;
}

export interface Section179Input {
  taxYear: number;
  properties: readonly Section179Property[];
  /**
   * Taxable income from the active conduct of any trade or business, figured without the § 179
   * deduction (Pub 946; Form 4562 line 11). A loss is entered as is and limits the deduction to 0.
   */
  businessIncomeCents: number;
  /** Form 4562 line 10: disallowed deductions carried over from earlier years. */
  carryoverFromPriorYearsCents?: number;
  rounding: Rounding;
  asKnownOn?: string;
}

export interface Section179PropertyResult {
  description: string;
  placedInService: string;
  /** Cost × business use (Form 4562 line 6 column (b)). */
  businessCost: Figure;
  qualifies: boolean;
  reason: string;
  elected: Figure;
}

export interface Section179Result {
  ruleSetVersion: string;
  taxYear: number;
  properties: Section179PropertyResult[];
  maximumAmount: Figure; // line 1
  totalCost: Figure; // line 2
  threshold: Figure; // line 3
  reduction: Figure; // line 4
  dollarLimitation: Figure; // line 5
  totalElected: Figure; // line 8
  tentativeDeduction: Figure; // line 9
  carryoverIn: Figure; // line 10
  businessIncomeLimitation: Figure; // line 11
  deduction: Figure; // line 12
  carryoverOut: Figure; // line 13
  rulesUsed: RuleUse[];
}

function onlyRule(rules: TaxRule[], what: string): TaxRule {
  const ids = [...new Set(rules.map((r) => r.id))];
  if (ids.length !== 1)
    throw new Section179InputError(
      `the properties fall under different ${what} rules: ${ids.join(', ')}`,
    );
  return rules[0] as TaxRule;
}

export function computeSection179(ruleSet: RuleSet, input: Section179Input): Section179Result {
  const { taxYear, rounding } = input;
  const options: LookupOptions = input.asKnownOn ? { asKnownOn: input.asKnownOn } : {};
  for (const property of input.properties) {
    if (yearOf(property.placedInService) !== taxYear)
      throw new Section179InputError(
        `${property.description} was placed in service on ${property.placedInService}, not in ${taxYear}`,
      );
  }
  const dates =
    input.properties.length > 0
      ? input.properties.map((p) => p.placedInService)
      : [`${taxYear}-12-31`];
  const limitRule = onlyRule(
    dates.map((d) => findRule(ruleSet, 'section179.dollarLimit', d, options)),
    'dollar-limit',
  );
  const thresholdRule = onlyRule(
    dates.map((d) => findRule(ruleSet, 'section179.phaseOutThreshold', d, options)),
    'threshold',
  );
  const floorRule = findRule(
    ruleSet,
    'section179.listedPropertyBusinessUseFloor',
    dates[0] as string,
    options,
  );
  const floor = valueOf(floorRule, 'ratio').ratio;
  const use = (rule: TaxRule) => ruleUse(ruleSet, rule);

  const properties = input.properties.map((property): Section179PropertyResult => {
    const businessCost = figure(
      multiplyCents(roundCents(property.costCents, rounding), property.businessUse, rounding),
      `cost ${formatDollars(property.costCents)} × business use ${formatPercent(property.businessUse)}`,
    );
    const listedFails = property.listed && !isGreaterThan(property.businessUse, floor);
    const reason = listedFails
      ? `listed property used ${formatPercent(property.businessUse)} in the business, not more than ${formatPercent(floor)}: no section 179 deduction`
      : property.listed
        ? `listed property used more than ${formatPercent(floor)} in the business`
        : 'qualifying property';
    const requested = property.electedCents ?? businessCost.cents;
    if (requested < 0 || requested > businessCost.cents)
      throw new Section179InputError(
        `${property.description}: elected ${formatDollars(requested)} is not between $0.00 and its business cost ${formatDollars(businessCost.cents)}`,
      );
    const electedCents = listedFails ? 0 : roundCents(requested, rounding);
    return {
      description: property.description,
      placedInService: property.placedInService,
      businessCost,
      qualifies: !listedFails,
      reason,
      elected: figure(
        electedCents,
        listedFails
          ? reason
          : `elected ${formatDollars(electedCents)} of ${formatDollars(businessCost.cents)}`,
        ...(property.listed ? [use(floorRule)] : []),
      ),
    };
  });
  const qualifying = properties.filter((p) => p.qualifies);

  const maximumAmount = figure(
    valueOf(limitRule, 'cents').cents,
    `the ${taxYear} dollar limit (line 1)`,
    use(limitRule),
  );
  const totalCost = figure(
    qualifying.reduce((sum, p) => sum + p.businessCost.cents, 0),
    `business cost of the section 179 property placed in service in ${taxYear} (line 2)`,
  );
  const threshold = figure(
    valueOf(thresholdRule, 'cents').cents,
    `the ${taxYear} phase-out threshold (line 3)`,
    use(thresholdRule),
  );
  const reduction = figure(
    Math.max(0, totalCost.cents - threshold.cents),
    `line 2 ${formatDollars(totalCost.cents)} − line 3 ${formatDollars(threshold.cents)}, not below zero (line 4)`,
    threshold,
  );
  const dollarLimitation = figure(
    Math.max(0, maximumAmount.cents - reduction.cents),
    `line 1 ${formatDollars(maximumAmount.cents)} − line 4 ${formatDollars(reduction.cents)}, not below zero (line 5)`,
    maximumAmount,
    reduction,
  );
  const totalElected = figure(
    qualifying.reduce((sum, p) => sum + p.elected.cents, 0),
    'elected cost of the qualifying property (line 8)',
    ...properties.map((p) => p.elected),
  );
  const tentativeDeduction = figure(
    Math.min(dollarLimitation.cents, totalElected.cents),
    `smaller of line 5 ${formatDollars(dollarLimitation.cents)} and line 8 ${formatDollars(totalElected.cents)} (line 9)`,
    dollarLimitation,
    totalElected,
  );
  const carryoverIn = figure(
    roundCents(input.carryoverFromPriorYearsCents ?? 0, rounding),
    'disallowed deduction carried over from earlier years (line 10)',
  );
  const income = roundCents(input.businessIncomeCents, rounding);
  const businessIncomeLimitation = figure(
    Math.min(Math.max(0, income), dollarLimitation.cents),
    `smaller of business income ${formatDollars(income)} (not less than zero) and line 5 ${formatDollars(dollarLimitation.cents)} (line 11)`,
    dollarLimitation,
  );
  const deduction = figure(
    Math.min(tentativeDeduction.cents + carryoverIn.cents, businessIncomeLimitation.cents),
    `lines 9 + 10 = ${formatDollars(tentativeDeduction.cents + carryoverIn.cents)}, but not more than line 11 ${formatDollars(
      businessIncomeLimitation.cents,
    )} (line 12)`,
    tentativeDeduction,
    carryoverIn,
    businessIncomeLimitation,
  );
  const carryoverOut = figure(
    tentativeDeduction.cents + carryoverIn.cents - deduction.cents,
    `lines 9 + 10 − line 12: carried to ${taxYear + 1} (line 13)`,
    deduction,
  );

  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    properties,
    maximumAmount,
    totalCost,
    threshold,
    reduction,
    dollarLimitation,
    totalElected,
    tentativeDeduction,
    carryoverIn,
    businessIncomeLimitation,
    deduction,
    carryoverOut,
    rulesUsed: mergeRules(carryoverOut, ...properties.map((p) => p.elected)),
  };
}
